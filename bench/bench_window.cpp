// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on a large library: time to the first rows and to all rows, the longest
// stall of the GUI thread while loading and what filled it, and the time to switch between agents.
//
// Usage: bench_window [--agents N] [--switches N] [--stall-events] [FOLDER]
//   Without FOLDER it generates N agents (default 10000) into a temporary folder.
//   --stall-events lists each event of half a millisecond or more in the longest stall.

#include "agentgenerator.h"
#include "gui/agenteditor.h"
#include "gui/mainwindow.h"
#include "library/agentlibrary.h"
#include "library/agentlibrarymodel.h"
#include "library/librarychecker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Agentry;

namespace {

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(int(values.size()) - 1, int(p * values.size())));
}

// Times each event the GUI thread handles from its event loop, to name what fills a stall.
class TimedApplication : public QApplication
{
public:
    struct TimedEvent
    {
        qint64 start; // ms on the clock
        qint64 micros;
        QByteArray what;
    };

    TimedApplication(int &argc, char **argv)
        : QApplication(argc, argv)
    {
        m_clock.start();
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = m_clock.nsecsElapsed();
        // Taken before: the receiver may be gone after. A timer is named after its parent.
        const QEvent::Type type = event->type();
        const QMetaObject *const kind = receiver->metaObject();
        const QMetaObject *const owner = qobject_cast<QTimer *>(receiver) && receiver->parent() ? receiver->parent()->metaObject() : nullptr;
        const QByteArray name = receiver->objectName().toUtf8();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 elapsed = m_clock.nsecsElapsed() - start;
        if (m_timing) {
            const QByteArray what = QByteArray(kind->className()) + (owner ? QByteArray(" of ") + owner->className() : QByteArray())
                + (name.isEmpty() ? QByteArray() : " " + name) + " event " + QByteArray::number(int(type));
            if (elapsed / 1000000 > m_longest) {
                m_longest = elapsed / 1000000;
                m_longestWhat = what;
            }
            m_recent.append({start / 1000000, elapsed / 1000, what});
            if (m_recent.size() > 4096)
                m_recent.remove(0, 2048);
        }
        --m_depth;
        return handled;
    }

    void setTiming(bool timing) { m_timing = timing; }
    qint64 longest() const { return m_longest; }
    const QByteArray &longestWhat() const { return m_longestWhat; }
    const QElapsedTimer &clock() const { return m_clock; }
    // The events that began at or after `since` on the clock.
    QVector<TimedEvent> eventsSince(qint64 since) const
    {
        QVector<TimedEvent> events;
        for (const TimedEvent &event : m_recent)
            if (event.start >= since)
                events.append(event);
        return events;
    }

private:
    QElapsedTimer m_clock;
    QVector<TimedEvent> m_recent;
    int m_depth = 0;
    bool m_timing = false;
    qint64 m_longest = 0;
    QByteArray m_longestWhat;
};

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no settings of the user's are read or written
    QStringList args = app.arguments().mid(1);
    int agents = 10000;
    int switches = 200;
    bool stallTrace = false;
    QString folder;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--agents") && i + 1 < args.size())
            agents = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--stall-events"))
            stallTrace = true;
        else if (args.at(i) == QLatin1String("--switches") && i + 1 < args.size())
            switches = args.at(++i).toInt();
        else
            folder = args.at(i);
    }
    QTemporaryDir generated;
    if (folder.isEmpty()) {
        folder = generated.path();
        const QString error = AgentGenerator(1).write(folder, agents, nullptr);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    // The GUI thread's longest gap between two 1 ms timer ticks while loading.
    const qint64 origin = app.clock().elapsed();
    const auto elapsed = [&] { return app.clock().elapsed() - origin; };
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QVector<TimedApplication::TimedEvent> stallEvents;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = elapsed();
        if (now - lastTick > longestStall) {
            longestStall = now - lastTick;
            stallEvents = app.eventsSince(origin + lastTick);
        }
        lastTick = now;
    });

    qint64 firstRows = -1;
    QObject::connect(window.library(), &AgentLibrary::itemsAdded, [&] {
        if (firstRows < 0) {
            QCoreApplication::processEvents(); // the rows painted
            firstRows = elapsed();
        }
    });
    bool finished = false;
    QObject::connect(window.library(), &AgentLibrary::loadingFinished, [&] { finished = true; });
    ticker.start();
    app.setTiming(true);
    window.openFolder(folder);
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 allLoaded = elapsed();
    const qint64 loadStall = longestStall;
    // Checking goes on in the background after loading.
    while (window.checker()->isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 allChecked = elapsed();
    ticker.stop();
    app.setTiming(false);
    QCoreApplication::processEvents();
    const int count = window.library()->count();

    // Switch: select agents spread over the library, each shown and painted.
    QVector<double> switchTimes;
    QTreeView *view = window.libraryView();
    QVector<QModelIndex> rows;
    for (int group = 0; group < view->model()->rowCount(); ++group) {
        const QModelIndex parent = view->model()->index(group, 0);
        for (int row = 0; row < view->model()->rowCount(parent); row += qMax(1, count / qMax(1, switches)))
            rows << view->model()->index(row, 0, parent);
    }
    for (const QModelIndex &index : std::as_const(rows)) {
        QElapsedTimer timer;
        timer.start();
        view->setCurrentIndex(index);
        window.editor()->repaint();
        switchTimes << timer.nsecsElapsed() / 1e6;
    }

    std::printf("agents loaded:            %d\n", count);
    std::printf("first rows shown:         %lld ms   (target <= 300 ms)\n", static_cast<long long>(firstRows));
    std::printf("all loaded:               %lld ms   (target <= 1500 ms)\n", static_cast<long long>(allLoaded));
    std::printf("all checked:              %lld ms   (target <= 1000 ms)\n", static_cast<long long>(allChecked));
    std::printf("longest GUI-thread stall: %lld ms while loading, %lld ms until checked   (target <= 50 ms)\n",
                static_cast<long long>(loadStall), static_cast<long long>(longestStall));
    std::printf("longest event until checked: %lld ms (%s)\n", static_cast<long long>(app.longest()), app.longestWhat().constData());
    // What filled the longest stall: the time of each kind of event in it and, when asked, each event.
    qint64 stallBusy = 0;
    QMap<QByteArray, QPair<int, qint64>> byKind; // count and microseconds
    for (const TimedApplication::TimedEvent &event : std::as_const(stallEvents)) {
        stallBusy += event.micros;
        byKind[event.what].first += 1;
        byKind[event.what].second += event.micros;
    }
    std::printf("the longest stall: %d events, %.1f ms in them\n", int(stallEvents.size()), stallBusy / 1000.0);
    QVector<QByteArray> kinds = byKind.keys().toVector();
    std::sort(kinds.begin(), kinds.end(), [&](const QByteArray &a, const QByteArray &b) { return byKind[a].second > byKind[b].second; });
    for (int i = 0; i < qMin(5, int(kinds.size())); ++i)
        std::printf("    %5.1f ms in %3d  %s\n", byKind[kinds.at(i)].second / 1000.0, byKind[kinds.at(i)].first, kinds.at(i).constData());
    if (stallTrace) {
        for (const TimedApplication::TimedEvent &event : std::as_const(stallEvents)) {
            if (event.micros >= 500)
                std::printf("    at %4lld ms: %5.1f ms  %s\n", event.start - origin, event.micros / 1000.0, event.what.constData());
        }
    }
    std::printf("switch agent (%d times):  median %.1f ms, p95 %.1f ms, max %.1f ms   (target <= 30 ms)\n", int(switchTimes.size()),
                percentile(switchTimes, 0.5), percentile(switchTimes, 0.95), percentile(switchTimes, 1.0));
    return count > 0 ? 0 : 1;
}
