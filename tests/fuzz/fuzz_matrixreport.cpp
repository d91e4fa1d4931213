// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzproperty.h"
#include "matrix/matrixreport.h"
#include "runtime/displayname.h"
#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"

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

MatrixReportAgent agentOf(const QByteArray &bytes, const QString &file, const RuntimeReader &reader, const ToolCatalog &catalog)
{
    const AgentReading reading = reader.read(bytes, file);
    MatrixReportAgent agent;
    agent.file = QStringLiteral("agents/") + file;
    agent.name = displayName(reading, bytes, file);
    agent.grants = AgentGrants::read(reading, bytes, catalog);
    agent.risk = AgentRisk::assess(agent.grants, catalog);
    return agent;
}

} // namespace

// Agent files (the input cut at its NUL bytes) read as the newest client reads them, against a
// baseline of the same files in reverse order read by the oldest, written in every format: the
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
