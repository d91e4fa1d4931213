// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzproperty.h"
#include "matrix/grantpatcher.h"
#include "matrix/matrixreport.h"
#include "runtime/displayname.h"
#include "runtime/runtimereader.h"
#include "runtime/specreader.h"
#include "runtime/toolcatalog.h"
#include "text/agenttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Agentry;

namespace {

// RFC 4180 records: line ends outside quoted fields.
int csvRecords(const QByteArray &csv)
{
    int records = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        if (csv.at(i) == '"')
            quoted = !quoted;
        else if (!quoted && csv.at(i) == '\n')
            ++records;
    }
    return records;
}

MatrixReportAgent agentOf(const AgentReading &reading, const QByteArray &bytes, const QString &file, const ToolCatalog &catalog)
{
    MatrixReportAgent agent;
    agent.file = QStringLiteral("agents/") + file;
    agent.name = displayName(reading, bytes, file);
    agent.grants = AgentGrants::read(reading, bytes, catalog);
    agent.risk = AgentRisk::assess(agent.grants, catalog);
    return agent;
}

MatrixReportAgent agentOf(const QByteArray &bytes, const QString &file, const RuntimeReader &reader, const ToolCatalog &catalog)
{
    return agentOf(reader.read(bytes, file), bytes, file, catalog);
}

// `bytes` read as another runtime: for the first of the files, each runtime in turn.
MatrixReportAgent agentOf(const QByteArray &bytes, const QString &file, Runtime runtime, const ToolCatalog &catalog)
{
    return agentOf(SpecReader::of(runtime)->read(bytes, {QStringLiteral("agent"), AgentScope::Project}), bytes, file, catalog);
}

// An edit the patcher makes is read back by the runtime as it was asked for: the tool granted,
// revoked or asked about, and no other column changed.
void editsReadBack(const QByteArray &bytes, Runtime runtime, const ToolCatalog &catalog)
{
    const AgentGrants grants = agentOf(bytes, QStringLiteral("a.md"), runtime, catalog).grants;
    const AgentText text = AgentText::fromBytes(bytes);
    const GrantPatcher patcher(text, grants, catalog);
    const QString id = Runtimes::id(runtime);
    for (const QString &column : {QStringLiteral("Bash"), QStringLiteral("Read"), QStringLiteral("WebFetch")}) {
        const std::pair<GrantPatch, GrantState> asked[] = {
            {patcher.grant(column), GrantState::Granted},
            {patcher.revoke(column), GrantState::NotGranted},
            {patcher.ask({column}), GrantState::Ask},
        };
        for (const auto &edit : asked) {
            const GrantPatch &patch = edit.first;
            const GrantState wanted = edit.second;
            if (!patch.isChanged())
                continue;
            QByteArray after = bytes;
            for (const ByteEdit &byteEdit : patch.edits)
                after = byteEdit.appliedTo(after);
            const AgentGrants now = agentOf(after, QStringLiteral("a.md"), runtime, catalog).grants;
            const GrantState state = now.grant(column).state;
            const bool asWanted = wanted == GrantState::NotGranted ? state == GrantState::NotGranted || state == GrantState::Denied
                                                                   : state == wanted || (wanted == GrantState::Granted && state == GrantState::Inherited);
            requireProperty(asWanted, "the runtime reads an edit as it was asked for",
                            [&]() -> QString { return id + u' ' + patch.label + QStringLiteral("\n") + QString::fromUtf8(after); });
        }
    }
}

} // namespace

// Agent files (the input cut at its NUL bytes) read as the newest client reads them (the first
// also as each other runtime does, and edited), against a baseline of the same files in reverse
// order read by the oldest, written in every format: the
// CSV holds one record per agent and deleted file, the JSON one object per agent, and the HTML
// page no markup from a name.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> files = fuzzBytes(data, size).split('\0').mid(0, 6);
    const ToolCatalog &catalog = ToolCatalog::builtin();
    const RuntimeReader latest(RuntimeProfile::latest());
    const RuntimeReader oldest(*RuntimeProfile::find(RuntimeProfile::versions().constFirst()));

    QVector<MatrixReportAgent> agents;
    QVector<ComparedAgent> compared;
    QHash<QString, AgentGrants> baseline{{QStringLiteral("gone.md"), agentOf(files.constFirst(), QStringLiteral("gone.md"), oldest, catalog).grants}};
    for (int i = 0; i < files.size(); ++i) {
        const QString file = QString::number(i) + QStringLiteral(".md");
        agents.append(agentOf(files.at(i), file, latest, catalog));
        compared.append({file, agents.constLast().grants});
        baseline.insert(file, agentOf(files.at(files.size() - 1 - i), file, oldest, catalog).grants);
    }
    // The first file as each other runtime reads it, in the report too, and edited.
    for (const Runtime runtime : Runtimes::all()) {
        if (runtime == Runtime::ClaudeCode)
            continue;
        const QString file = Runtimes::id(runtime) + QStringLiteral(".md");
        agents.append(agentOf(files.constFirst(), file, runtime, catalog));
        compared.append({file, agents.constLast().grants});
        editsReadBack(files.constFirst(), runtime, catalog);
    }
    MatrixComparison comparison(baseline, catalog);
    comparison.setAgents(compared);
    const auto reportOf = [&](const QVector<MatrixReportAgent> &rows) {
        MatrixReport report(rows, catalog);
        report.setBaseline(QStringLiteral("HEAD"), comparison, {QStringLiteral("agents/gone.md")});
        return report;
    };
    const MatrixReport report = reportOf(agents);

    const QByteArray csv = report.csv();
    requireProperty(csvRecords(csv) == 1 + agents.size() + 1, "one CSV record per agent, after the header and before the deleted file",
                    [&] { return QString::fromUtf8(csv); });
    const QJsonDocument json = QJsonDocument::fromJson(report.json());
    requireProperty(json.object().value(QLatin1String("agents")).toArray().size() == agents.size(), "one JSON object per agent");
    // The same agents named plainly give a page with the same markup: names add none.
    QVector<MatrixReportAgent> plain = agents;
    for (MatrixReportAgent &agent : plain)
        agent.name = QStringLiteral("agent");
    const QByteArray html = report.html(agents.constFirst().name);
    requireProperty(html.count('<') == reportOf(plain).html(QStringLiteral("agent")).count('<'), "the page shows names escaped",
                    [&] { return QString::fromUtf8(html); });
    return 0;
}
