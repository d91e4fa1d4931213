// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_matrixview: how fast the permission matrix view repaints while it scrolls over a
// large generated library (10,000 agents, about 150 tool columns). Each frame moves the
// scroll bar and lets Qt paint what that exposes, as in the window (the frame time is that
// move plus the paint); a second figure paints the whole table every frame, the worst case.

#include "agentgenerator.h"
#include "frozencolumntableview.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "library/libraryhistory.h"
#include "matrix/permissionmatrixmodel.h"
#include "permissionmatrixview.h"
#include "runtime/toolcatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Agentry;

namespace {

// 60 frames a second leave 16.7 ms a frame.
constexpr double TargetFrameMilliseconds = 1000.0 / 60.0;

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figures(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[std::min(values.size() - 1, values.size() * 95 / 100)], values.back()};
}

// Scrolls `bar` by `step` per frame (bouncing at the ends). Each frame either lets the
// pending paint events run (what the window does: Qt moves the pixels and paints the strip
// that came into view) or, with `painted`, repaints those widgets whole.
Figures scroll(QScrollBar *bar, int step, int frames, const QList<QWidget *> &painted = {})
{
    std::vector<double> times;
    int direction = 1;
    for (int frame = 0; frame < frames; ++frame) {
        if (bar->value() + step * direction > bar->maximum() || bar->value() + step * direction < bar->minimum())
            direction = -direction;
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->value() + step * direction);
        if (painted.isEmpty())
            QCoreApplication::processEvents();
        for (QWidget *widget : painted)
            widget->repaint();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return figures(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates AGENTS agent files, shows their permission matrix and times repaints while scrolling it by "
        "rows, by pages and sideways; prints median, 95th percentile and worst frame times."));
    parser.addHelpOption();
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents to generate (default 10000)."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames per kind of scrolling (default 300)."),
        QStringLiteral("n"), QStringLiteral("300"));
    parser.addOptions({agentsOption, framesOption});
    parser.process(app);
    const int agents = parser.value(agentsOption).toInt();
    const int frames = parser.value(framesOption).toInt();
    if (agents <= 0 || frames <= 0) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 2;
    }

    QTemporaryDir temporary;
    const QString error = AgentGenerator(1).write(temporary.path(), agents, nullptr);
    if (!error.isEmpty() || AgentGenerator::addMcpTools(temporary.path()) < 0) {
        std::fprintf(stderr, "bench_matrixview: cannot write the agents: %s\n", qPrintable(error));
        return 1;
    }
    AgentLibrary library;
    LibraryChecker checker(&library);
    library.open(temporary.path());
    QElapsedTimer loading;
    loading.start();
    while (library.isLoading() || checker.isBusy()) {
        if (loading.elapsed() > 600000) {
            std::fprintf(stderr, "bench_matrixview: the library did not finish loading and checking\n");
            return 1;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    PermissionMatrixModel model(&library, &checker, ToolCatalog::builtin());
    for (const MatrixColumn &column : model.allColumns()) {
        if (column.kind == MatrixColumn::Kind::McpServer)
            model.setExpanded(column.group, true);
    }
    LibraryHistory history;
    PermissionMatrixView view(&model, &history);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    FrozenColumnTableView *table = view.table();
    const QList<QWidget *> painted{table->viewport(), table->frozenView()->viewport(), table->horizontalHeader()->viewport()};
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int page = table->viewport()->height();

    std::printf("%d agents x %d tool columns in a %dx%d view (%s)\n", model.rowCount(),
        model.columnCount() - PermissionMatrixModel::FirstToolColumn, view.width(), view.height(),
        qPrintable(QGuiApplication::platformName()));
    std::printf("| scrolling | median | p95 | worst | frames per second at p95 |\n|---|--:|--:|--:|--:|\n");
    const auto report = [](const char *what, const Figures &f) {
        std::printf("| %s | %.2f ms | %.2f ms | %.2f ms | %.0f |\n", what, f.median, f.p95, f.max, 1000.0 / f.p95);
        return f.p95 <= TargetFrameMilliseconds;
    };
    QScrollBar *vertical = table->verticalScrollBar();
    QScrollBar *horizontal = table->horizontalScrollBar();
    const int columnWidth = table->horizontalHeader()->defaultSectionSize();
    bool met = report("3 rows a frame", scroll(vertical, 3 * rowHeight, frames));
    met = report("a page a frame", scroll(vertical, page, frames)) && met;
    met = report("sideways, 4 columns a frame", scroll(horizontal, 4 * columnWidth, frames)) && met;
    report("3 rows a frame, whole table repainted", scroll(vertical, 3 * rowHeight, frames, painted));
    report("sideways, whole table and header repainted", scroll(horizontal, 4 * columnWidth, frames, painted));
    std::printf("target: scrolling at >= 60 frames per second at the 95th percentile: %s\n", met ? "met" : "missed");
    return 0;
}
