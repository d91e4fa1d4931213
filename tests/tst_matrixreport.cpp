// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/agentgrants.h"
#include "matrix/agentrisk.h"
#include "matrix/matrixcomparison.h"
#include "matrix/matrixreport.h"
#include "matrix/permissionmatrixmodel.h"
#include "runtime/runtimeprofile.h"
#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Agentry;

namespace {

AgentGrants grantsOf(const QByteArray &bytes)
{
    const AgentReading reading = RuntimeReader(RuntimeProfile::latest()).read(bytes, QStringLiteral("agent.md"));
    return AgentGrants::read(reading, bytes, ToolCatalog::builtin());
}

MatrixReportAgent reportAgent(const QString &file, const QString &name, const QByteArray &bytes)
{
    const AgentGrants grants = grantsOf(bytes);
    return {file, name, grants, AgentRisk::assess(grants, ToolCatalog::builtin())};
}

QByteArray agent(const QByteArray &fields)
{
    return "---\nname: x\ndescription: Does x.\n" + fields + "---\nBody.\n";
}

const QString kAwkwardName = QStringLiteral("R&D <b>\"lead\"</b>,\nteam");
const QString kAwkwardFile = QStringLiteral("agents/b, \"quoted\".md");

// Four agents, not in file order: an inheriting one with a denial, an explicit one with a
// pattern and an MCP server, one with an unknown token, one the client cannot read.
QVector<MatrixReportAgent> agents()
{
    return {
        reportAgent(kAwkwardFile, kAwkwardName, agent("tools: Read, Grep, Bash(git *), mcp__github\n")),
        reportAgent(QStringLiteral("agents/a.md"), QStringLiteral("inheritor"), agent("disallowedTools: WebFetch\n")),
        reportAgent(QStringLiteral("agents/d.md"), QStringLiteral("plain"), "No frontmatter at all.\n"),
        reportAgent(QStringLiteral("agents/c.md"), QStringLiteral("typo"), agent("tools: Read, Serch\n")),
    };
}

// The baseline of agents(), by the paths the comparison uses: b had Write and every use of
// Bash and no MCP; d could read; c is new; gone.md is gone.
MatrixComparison comparison()
{
    const QHash<QString, AgentGrants> baseline{
        {QStringLiteral("a.md"), grantsOf(agent("disallowedTools: WebFetch\n"))},
        {QStringLiteral("b.md"), grantsOf(agent("tools: Read, Grep, Write, Bash\n"))},
        {QStringLiteral("d.md"), grantsOf(agent("tools: Read\n"))},
        {QStringLiteral("gone.md"), grantsOf(agent("tools: Read\n"))},
    };
    MatrixComparison comparison(baseline, ToolCatalog::builtin());
    comparison.setAgents({
        {QStringLiteral("b.md"), agents().at(0).grants},
        {QStringLiteral("a.md"), agents().at(1).grants},
        {QStringLiteral("d.md"), agents().at(2).grants},
        {QStringLiteral("c.md"), agents().at(3).grants},
    });
    return comparison;
}

// A reader for RFC 4180 text, to check the quoting by reading it back.
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QJsonObject agentByFile(const QJsonArray &agents, const QString &file)
{
    for (const QJsonValue &agent : agents) {
        if (agent.toObject().value(QLatin1String("file")).toString() == file)
            return agent.toObject();
    }
    return {};
}

} // namespace

// The permission matrix written out: JSON, CSV and HTML, sorted and escaped, with baseline marks.
class TestMatrixReport : public QObject
{
    Q_OBJECT

private slots:
    void json();
    void csv();
    void html();
    void deterministic();
    void baselineJson();
    void baselineCsv();
    void baselineHtml();
};

void TestMatrixReport::json()
{
    const MatrixReport report(agents(), ToolCatalog::builtin());
    const QJsonObject root = QJsonDocument::fromJson(report.json()).object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("agents"), QStringLiteral("tools")}));

    QStringList tools;
    for (const QJsonValue &tool : root.value(QLatin1String("tools")).toArray())
        tools.append(tool.toString());
    QStringList keys;
    for (const MatrixColumn &column : report.columns())
        keys.append(column.key);
    QCOMPARE(tools, keys);
    QVERIFY(tools.contains(QLatin1String("Serch")));
    QVERIFY(tools.contains(QLatin1String("mcp__github")));

    const QJsonArray list = root.value(QLatin1String("agents")).toArray();
    QStringList files;
    for (const QJsonValue &agent : list) {
        QCOMPARE(agent.toObject().keys(), (QStringList{QStringLiteral("cells"), QStringLiteral("file"), QStringLiteral("mode"),
                                                       QStringLiteral("name"), QStringLiteral("risk"), QStringLiteral("runtime")}));
        files.append(agent.toObject().value(QLatin1String("file")).toString());
    }
    QCOMPARE(files, (QStringList{QStringLiteral("agents/a.md"), kAwkwardFile, QStringLiteral("agents/c.md"), QStringLiteral("agents/d.md")}));

    const QJsonObject inheritor = list.at(0).toObject();
    QCOMPARE(inheritor.value(QLatin1String("mode")).toString(), QStringLiteral("inherit"));
    QCOMPARE(inheritor.value(QLatin1String("risk")).toString(), QStringLiteral("critical"));
    const QJsonObject inherited = inheritor.value(QLatin1String("cells")).toObject();
    QCOMPARE(inherited.value(QLatin1String("Read")).toString(), QStringLiteral("inherited"));
    QCOMPARE(inherited.value(QLatin1String("mcp__github")).toString(), QStringLiteral("inherited"));
    QCOMPARE(inherited.value(QLatin1String("WebFetch")).toString(), QStringLiteral("denied"));
    QVERIFY(!inherited.contains(QLatin1String("Serch"))); // an unknown token is no tool to inherit

    const QJsonObject explicitAgent = list.at(1).toObject();
    QCOMPARE(explicitAgent.value(QLatin1String("name")).toString(), kAwkwardName);
    QCOMPARE(explicitAgent.value(QLatin1String("mode")).toString(), QStringLiteral("explicit"));
    const QJsonObject cells = explicitAgent.value(QLatin1String("cells")).toObject();
    QCOMPARE(cells.keys(), (QStringList{QStringLiteral("Bash"), QStringLiteral("Grep"), QStringLiteral("Read"), QStringLiteral("mcp__github")}));
    QCOMPARE(cells.value(QLatin1String("Bash")).toString(), QStringLiteral("pattern:git *"));
    QCOMPARE(cells.value(QLatin1String("Read")).toString(), QStringLiteral("granted"));

    QCOMPARE(list.at(2).toObject().value(QLatin1String("cells")).toObject().value(QLatin1String("Serch")).toString(), QStringLiteral("unknown"));

    const QJsonObject unreadable = list.at(3).toObject();
    QCOMPARE(unreadable.value(QLatin1String("mode")).toString(), QStringLiteral("unreadable"));
    QCOMPARE(unreadable.value(QLatin1String("risk")).toString(), QStringLiteral("none"));
    QVERIFY(unreadable.value(QLatin1String("cells")).toObject().isEmpty());
}

void TestMatrixReport::csv()
{
    const MatrixReport report(agents(), ToolCatalog::builtin());
    const QByteArray bytes = report.csv();
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count("\r\n"), 5);
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), 5);

    QStringList header{QStringLiteral("file"), QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("risk"), QStringLiteral("runtime")};
    for (const MatrixColumn &column : report.columns())
        header.append(column.key);
    QCOMPARE(rows.at(0), header);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());

    // The awkward names come back whole: quotes, commas and the line break survive.
    const QStringList &b = rows.at(2);
    QCOMPARE(b.at(0), kAwkwardFile);
    QCOMPARE(b.at(1), kAwkwardName);
    QCOMPARE(b.at(2), QStringLiteral("explicit"));
    QCOMPARE(b.at(header.indexOf(QLatin1String("Bash"))), QStringLiteral("pattern:git *"));
    QCOMPARE(b.at(header.indexOf(QLatin1String("Write"))), QString());
    QVERIFY(bytes.contains("\"agents/b, \"\"quoted\"\".md\""));

    QCOMPARE(rows.at(1).at(header.indexOf(QLatin1String("WebFetch"))), QStringLiteral("denied"));
    QCOMPARE(rows.at(3).at(header.indexOf(QLatin1String("Serch"))), QStringLiteral("unknown"));
    QCOMPARE(rows.at(4).at(2), QStringLiteral("unreadable"));

    // A name a spreadsheet would take for a formula is defused; other text stays as it is.
    const MatrixReport formula({reportAgent(QStringLiteral("agents/f.md"), QStringLiteral("=HYPERLINK(\"x\")"), agent("tools: Read\n")),
                                reportAgent(QStringLiteral("agents/g.md"), QStringLiteral("@sum"), agent("tools: Read\n"))},
                               ToolCatalog::builtin());
    const QVector<QStringList> defused = parseCsv(QString::fromUtf8(formula.csv()));
    QCOMPARE(defused.at(1).at(1), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(defused.at(2).at(1), QStringLiteral("'@sum"));
    QCOMPARE(defused.at(1).at(0), QStringLiteral("agents/f.md"));
}

void TestMatrixReport::html()
{
    const MatrixReport report(agents(), ToolCatalog::builtin());
    const QString page = QString::fromUtf8(report.html(QStringLiteral("Matrix <of> \"team\"")));
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(page.contains(QLatin1String("<title>Matrix &lt;of&gt; &quot;team&quot;</title>")));
    QVERIFY(page.contains(QLatin1String("<style>")));
    // Self-contained and inert: nothing to run, nothing to fetch.
    for (const char *forbidden : {"<script", "src=", "href=", "url(", "@import", "<link"})
        QVERIFY2(!page.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);

    QVERIFY(page.contains(QStringLiteral("R&amp;D &lt;b&gt;&quot;lead&quot;&lt;/b&gt;,\nteam")));
    QVERIFY(!page.contains(QLatin1String("<b>")));
    QVERIFY(page.contains(QStringLiteral("agents/b, &quot;quoted&quot;.md")));

    // Each state by symbol and by words.
    QVERIFY(page.contains(QStringLiteral("<td class=\"granted\">\u2713 granted</td>")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"pattern\">\u25D0 only git *</td>")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"inherited\">\u2193 inherited</td>")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"denied\">\u2717 denied</td>")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"unknown\">? unknown</td>")));
    QVERIFY(page.contains(QLatin1String("class=\"unreadable\"")));
    QVERIFY(page.contains(QLatin1String("<td class=\"risk-critical\"")));

    // Grouped headers: the first group spans its columns.
    const QVector<MatrixColumn> &columns = report.columns();
    const QString group = MatrixColumns::groupLabel(columns.first(), ToolCatalog::builtin());
    const auto span = std::count_if(columns.begin(), columns.end(), [&group](const MatrixColumn &column) {
        return MatrixColumns::groupLabel(column, ToolCatalog::builtin()) == group;
    });
    QVERIFY(page.contains(QStringLiteral("<th colspan=\"%1\" scope=\"colgroup\">%2</th>").arg(span).arg(group)));

    MatrixSummary summary;
    summary.agents = 4;
    summary.canExecute = 2; // the inheritor, and Bash(git *)
    summary.inheritAll = 1;
    summary.writeAndNetwork = 1;
    summary.unreadable = 1;
    QVERIFY2(page.contains(summary.text().toHtmlEscaped()), qPrintable(summary.text()));
    QVERIFY(page.contains(QLatin1String("<dl class=\"legend\">")));
    QVERIFY(!page.contains(QLatin1String("Since baseline")));
}

void TestMatrixReport::deterministic()
{
    QVector<MatrixReportAgent> reversed = agents();
    std::reverse(reversed.begin(), reversed.end());
    const MatrixReport first(agents(), ToolCatalog::builtin());
    const MatrixReport second(reversed, ToolCatalog::builtin());
    QCOMPARE(first.json(), second.json());
    QCOMPARE(first.csv(), second.csv());
    QCOMPARE(first.html(QStringLiteral("t")), second.html(QStringLiteral("t")));
    QCOMPARE(first.json(), MatrixReport(agents(), ToolCatalog::builtin()).json());
}

void TestMatrixReport::baselineJson()
{
    MatrixReport report(agents(), ToolCatalog::builtin());
    report.setBaseline(QStringLiteral("git:HEAD"), comparison(), {QStringLiteral("agents/gone.md")});
    const QJsonObject root = QJsonDocument::fromJson(report.json()).object();
    QCOMPARE(root.value(QLatin1String("baseline")).toObject(),
             (QJsonObject{{QStringLiteral("source"), QStringLiteral("git:HEAD")},
                          {QStringLiteral("deleted"), QJsonArray{QStringLiteral("agents/gone.md")}}}));
    const QJsonArray list = root.value(QLatin1String("agents")).toArray();

    const QJsonObject b = agentByFile(list, kAwkwardFile);
    QCOMPARE(b.value(QLatin1String("baseline")).toString(), QStringLiteral("changed"));
    QCOMPARE(b.value(QLatin1String("changes")).toObject(), (QJsonObject{{QStringLiteral("Write"), QStringLiteral("removed")},
                                                                        {QStringLiteral("Bash"), QStringLiteral("changed")},
                                                                        {QStringLiteral("mcp__github"), QStringLiteral("added")}}));
    const QJsonObject a = agentByFile(list, QStringLiteral("agents/a.md"));
    QCOMPARE(a.value(QLatin1String("baseline")).toString(), QStringLiteral("same"));
    QVERIFY(a.value(QLatin1String("changes")).toObject().isEmpty());
    const QJsonObject c = agentByFile(list, QStringLiteral("agents/c.md"));
    QCOMPARE(c.value(QLatin1String("baseline")).toString(), QStringLiteral("new"));
    QCOMPARE(c.value(QLatin1String("changes")).toObject(), (QJsonObject{{QStringLiteral("Read"), QStringLiteral("added")}}));
    const QJsonObject d = agentByFile(list, QStringLiteral("agents/d.md"));
    QCOMPARE(d.value(QLatin1String("changes")).toObject(), (QJsonObject{{QStringLiteral("Read"), QStringLiteral("removed")}}));
}

void TestMatrixReport::baselineCsv()
{
    MatrixReport report(agents(), ToolCatalog::builtin());
    report.setBaseline(QStringLiteral("git:HEAD"), comparison(), {QStringLiteral("agents/gone.md")});
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(report.csv()));
    QCOMPARE(rows.size(), 6);
    const QStringList &header = rows.at(0);
    QCOMPARE(header.at(5), QStringLiteral("baseline"));
    const QStringList &b = rows.at(2);
    QCOMPARE(b.at(4), QStringLiteral("claude-code"));
    QCOMPARE(b.at(5), QStringLiteral("changed"));
    QCOMPARE(b.at(header.indexOf(QLatin1String("Write"))), QStringLiteral("[removed]"));
    QCOMPARE(b.at(header.indexOf(QLatin1String("Bash"))), QStringLiteral("pattern:git * [changed]"));
    QCOMPARE(b.at(header.indexOf(QLatin1String("mcp__github"))), QStringLiteral("granted [added]"));
    QCOMPARE(b.at(header.indexOf(QLatin1String("Read"))), QStringLiteral("granted"));
    QCOMPARE(rows.at(3).at(5), QStringLiteral("new"));
    const QStringList &gone = rows.at(5);
    QCOMPARE(gone.at(0), QStringLiteral("agents/gone.md"));
    QCOMPARE(gone.at(5), QStringLiteral("deleted"));
    QCOMPARE(gone.size(), header.size());
}

void TestMatrixReport::baselineHtml()
{
    MatrixReport report(agents(), ToolCatalog::builtin());
    report.setBaseline(QStringLiteral("git:<HEAD>"), comparison(), {QStringLiteral("agents/<gone>.md")});
    const QString page = QString::fromUtf8(report.html(QStringLiteral("t")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"granted added\">\u2713 granted<span class=\"mark\">+ added</span></td>")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"removed\"><span class=\"mark\">\u2212 removed</span></td>")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"pattern changed\">\u25D0 only git *<span class=\"mark\">~ changed</span></td>")));
    QVERIFY(page.contains(QLatin1String("Compared with git:&lt;HEAD&gt;")));
    QVERIFY(page.contains(QLatin1String("<li>agents/&lt;gone&gt;.md</li>")));
    QVERIFY(page.contains(QLatin1String("Since baseline")));
    QVERIFY(page.contains(QLatin1String("<td>new</td>")));
}

QTEST_GUILESS_MAIN(TestMatrixReport)
#include "tst_matrixreport.moc"
