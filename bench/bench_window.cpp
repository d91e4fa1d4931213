// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on a large library: time to the first rows and to all rows, the longest
// stall of the GUI thread while loading, and the time to switch between agents.
//
// Usage: bench_window [--agents N] [--switches N] [FOLDER]
//   Without FOLDER it generates N agents (default 10000) into a temporary folder.

#include "agentgenerator.h"
#include "gui/agenteditor.h"
#include "gui/mainwindow.h"
#include "library/agentlibrary.h"
#include "library/agentlibrarymodel.h"
#include "library/librarychecker.h"

#include <QApplication>
#include <QElapsedTimer>
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

// Times each event the GUI thread handles from its event loop, to name the one behind a stall.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        // Taken before: the receiver may be gone after. A timer is named after its parent.
        const QEvent::Type type = event->type();
        const QMetaObject *const kind = receiver->metaObject();
        const QMetaObject *const owner = qobject_cast<QTimer *>(receiver) && receiver->parent() ? receiver->parent()->metaObject() : nullptr;
        const bool handled = QApplication::notify(receiver, event);
        const qint64 elapsed = timer.elapsed();
        if (m_timing && elapsed > m_longest) {
            m_longest = elapsed;
            m_longestWhat = QByteArray(kind->className()) + (owner ? QByteArray(" of ") + owner->className() : QByteArray())
                + " event " + QByteArray::number(int(type));
        }
        --m_depth;
        return handled;
    }

    void setTiming(bool timing) { m_timing = timing; }
    qint64 longest() const { return m_longest; }
    const QByteArray &longestWhat() const { return m_longestWhat; }

private:
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
    QString folder;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--agents") && i + 1 < args.size())
            agents = args.at(++i).toInt();
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
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestStall = qMax(longestStall, now - lastTick);
        lastTick = now;
    });

    qint64 firstRows = -1;
    QObject::connect(window.library(), &AgentLibrary::itemsAdded, [&] {
        if (firstRows < 0) {
            QCoreApplication::processEvents(); // the rows painted
            firstRows = clock.elapsed();
        }
    });
    bool finished = false;
    QObject::connect(window.library(), &AgentLibrary::loadingFinished, [&] { finished = true; });
    clock.start();
    ticker.start();
    app.setTiming(true);
    window.openFolder(folder);
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 allLoaded = clock.elapsed();
    const qint64 loadStall = longestStall;
    // Checking goes on in the background after loading.
    while (window.checker()->isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 allChecked = clock.elapsed();
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
    std::printf("switch agent (%d times):  median %.1f ms, p95 %.1f ms, max %.1f ms   (target <= 30 ms)\n", int(switchTimes.size()),
                percentile(switchTimes, 0.5), percentile(switchTimes, 0.95), percentile(switchTimes, 1.0));
    return count > 0 ? 0 : 1;
}
