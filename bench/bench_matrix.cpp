// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_matrix: the permission matrix model over a large generated library — building it from
// the library's checks, and toggling one cell (the edit and the re-derived row).

#include "agentgenerator.h"
#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "matrix/permissionmatrixmodel.h"
#include "runtime/toolcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Agentry;

namespace {

// The targets: 10,000 agents × 150 tool columns built in 200 ms, one toggle in 5 ms.
constexpr double TargetBuildMilliseconds = 200;
constexpr double TargetToggleMilliseconds = 5;
constexpr int Servers = 10;
constexpr int ToolsPerServer = 9;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_matrix"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates AGENTS agent files, loads and checks them, then times building the permission matrix model "
        "from the checks and toggling single cells; prints medians."));
    parser.addHelpOption();
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents to generate (default 10000)."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed model builds (default 7)."),
        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption togglesOption(QStringLiteral("toggles"), QStringLiteral("Timed cell toggles (default 200)."),
        QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({agentsOption, runsOption, togglesOption});
    parser.process(app);
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        ok = ok && valid && value > 0;
        return value;
    };
    const int agents = number(agentsOption);
    const int runs = number(runsOption);
    const int toggles = number(togglesOption);
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 2;
    }

    QTemporaryDir temporary;
    const QString error = AgentGenerator(1).write(temporary.path(), agents, nullptr);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_matrix: %s\n", qPrintable(error));
        return 1;
    }
    const int withMcp = AgentGenerator::addMcpTools(temporary.path());
    if (withMcp < 0) {
        std::fprintf(stderr, "bench_matrix: cannot write the MCP tools into the generated files\n");
        return 1;
    }

    // Loading and checking are not timed here (bench_load, bench_window): the matrix starts from checks.
    AgentLibrary library;
    LibraryChecker checker(&library);
    QElapsedTimer loading;
    loading.start();
    library.open(temporary.path());
    if (!waitUntil([&] { return !library.isLoading() && !checker.isBusy(); }, 600000)) {
        std::fprintf(stderr, "bench_matrix: the library did not finish loading and checking\n");
        return 1;
    }
    std::printf("%d agents (%d with added MCP tools) loaded and checked in %.1f s\n", library.count(), withMcp,
        double(loading.elapsed()) / 1e3);

    std::vector<double> builds;
    std::unique_ptr<PermissionMatrixModel> model;
    for (int run = 0; run < runs; ++run) {
        model.reset();
        QElapsedTimer timer;
        timer.start();
        model = std::make_unique<PermissionMatrixModel>(&library, &checker, ToolCatalog::builtin());
        builds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QSet<QString> servers;
    for (const MatrixColumn &column : model->allColumns()) {
        if (column.kind == MatrixColumn::Kind::McpServer)
            servers.insert(column.group);
    }
    for (const QString &server : std::as_const(servers))
        model->setExpanded(server, true);
    const int columns = model->columnCount() - PermissionMatrixModel::FirstToolColumn;
    const MatrixSummary summary = model->summary();

    // Toggle WebSearch on agents that list their tools without it: granted, then revoked.
    const int webSearch = model->sectionOf(QStringLiteral("WebSearch"));
    std::vector<double> toggleTimes;
    int refused = 0;
    for (int row = 0; row < model->rowCount() && int(toggleTimes.size()) < toggles; row += 7) {
        const AgentGrants *grants = model->grants(row);
        if (!grants || grants->mode() != AgentGrants::Mode::Explicit)
            continue;
        if (model->index(row, webSearch).data(PermissionMatrixModel::GrantStateRole).toInt() != int(GrantState::NotGranted))
            continue;
        AgentDocument *document = model->document(row);
        const QByteArray before = document->text().bytes;
        for (const bool grant : {true, false}) {
            QElapsedTimer timer;
            timer.start();
            const GrantPatch edit = model->setGrant(model->index(row, webSearch), grant);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!edit.isChanged()) {
                ++refused;
                break;
            }
            toggleTimes.push_back(ms);
        }
        if (document->text().bytes != before) {
            const QByteArray &after = document->text().bytes;
            std::fprintf(stderr, "bench_matrix: granting and revoking did not restore %s:\n%s\nbecame\n%s\n", qPrintable(document->path()),
                before.left(before.indexOf("\n---")).constData(), after.left(after.indexOf("\n---")).constData());
            return 1;
        }
    }
    if (toggleTimes.empty()) {
        std::fprintf(stderr, "bench_matrix: no cell could be toggled\n");
        return 1;
    }

    const double build = median(builds);
    const double toggle = median(toggleTimes);
    std::printf("%d rows (%d checked, %d unreadable) x %d tool columns (%lld MCP servers expanded)\n%s\n", model->rowCount(),
        summary.agents, summary.unreadable, columns, qlonglong(servers.size()), qPrintable(summary.text()));
    std::printf("model build: median %.1f ms of %d runs (min %.1f, max %.1f)\n", build, runs,
        *std::min_element(builds.begin(), builds.end()), *std::max_element(builds.begin(), builds.end()));
    std::printf("toggle one cell: median %.2f ms of %zu toggles (max %.2f); %d refused (lenient or unreadable files)\n", toggle,
        toggleTimes.size(), *std::max_element(toggleTimes.begin(), toggleTimes.end()), refused);
    const double scaled = build * 10000.0 / double(std::max(1, model->rowCount()));
    std::printf("target, per 10,000 agents: build %.0f ms (<= %.0f: %s); toggle %.2f ms (<= %.0f: %s)\n", scaled,
        TargetBuildMilliseconds, scaled <= TargetBuildMilliseconds ? "met" : "missed", toggle, TargetToggleMilliseconds,
        toggle <= TargetToggleMilliseconds ? "met" : "missed");
    return 0;
}
