// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/toolcatalog.h"

#include <QTest>

using namespace Agentry;

class TestToolCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoads();
    void builtinIsTheSourceFile();
    void specTools_data();
    void specTools();
    void legacy_data();
    void legacy();
    void aliases_data();
    void aliases();
    void versions();
    void flagged();
    void caseSensitivity();
    void everyToolComplete();
    void risks();
    void mcpNames_data();
    void mcpNames();
    void splitRule_data();
    void splitRule();
    void foreign_data();
    void foreign();
    void foreignPointsToCurrentTools();
    void malformed_data();
    void malformed();
    void missingFile();
};

void TestToolCatalog::builtinLoads()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    QCOMPARE(&catalog, &ToolCatalog::builtin());
    QCOMPARE(catalog.clientVersion(), QStringLiteral("2.1.332"));
    QStringList ids;
    for (const ToolCategory &category : catalog.categories())
        ids.append(category.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("execute"),
                               QStringLiteral("network"), QStringLiteral("orchestration"), QStringLiteral("session"),
                               QStringLiteral("mcp"), QStringLiteral("scheduling")}));
    QCOMPARE(catalog.tools().first().name, QStringLiteral("Read"));
}

void TestToolCatalog::builtinIsTheSourceFile()
{
    QString error;
    const std::optional<ToolCatalog> source =
        ToolCatalog::fromFile(QStringLiteral(AGENTRY_SOURCE_DIR "/resources/tools.json"), &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->tools().size(), ToolCatalog::builtin().tools().size());
    QCOMPARE(source->foreignTools().size(), ToolCatalog::builtin().foreignTools().size());
    QCOMPARE(source->flaggedTools().size(), ToolCatalog::builtin().flaggedTools().size());
}

// The "Tools" table of the spec (client 2.1.197), name by name, with its categories.
void TestToolCatalog::specTools_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("category");

    const auto add = [](const char *category, std::initializer_list<const char *> names) {
        for (const char *name : names)
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(category);
    };
    add("read", {"Read", "Glob", "Grep", "LS", "NotebookRead"});
    add("write", {"Write", "Edit", "MultiEdit", "NotebookEdit"});
    add("execute", {"Bash", "PowerShell", "TaskOutput", "TaskStop", "Monitor", "BashOutput", "KillShell", "KillBash"});
    add("network", {"WebFetch", "WebSearch", "WebBrowser"});
    add("orchestration", {"Agent", "Task", "SendMessage", "TeamCreate", "TeamDelete", "TaskCreate", "TaskGet",
                          "TaskList", "TaskUpdate", "Workflow"});
    add("session", {"TodoWrite", "TodoRead", "AskUserQuestion", "ExitPlanMode", "EnterPlanMode", "EnterWorktree",
                    "Skill", "SlashCommand", "ToolSearch", "LSP", "Config"});
    add("mcp", {"ListMcpResources", "ReadMcpResource"});
    add("scheduling", {"CronCreate", "CronDelete", "CronList", "ScheduleWakeup", "RemoteTrigger", "PushNotification",
                       "SendUserMessage"});
}

void TestToolCatalog::specTools()
{
    QFETCH(QString, name);
    const ToolInfo *tool = ToolCatalog::builtin().find(name);
    QVERIFY2(tool, qPrintable(name));
    QTEST(tool->category, "category");
}

void TestToolCatalog::legacy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("legacy");

    for (const char *name : {"MultiEdit", "LS", "NotebookRead", "TodoRead", "SlashCommand", "TeamCreate",
                             "TeamDelete", "TaskOutput", "BashOutput"})
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    for (const char *name : {"Read", "Edit", "Bash", "Agent", "Task", "KillShell", "TaskStop", "TodoWrite"})
        QTest::newRow(name) << QString::fromLatin1(name) << false;
}

void TestToolCatalog::legacy()
{
    QFETCH(QString, name);
    const ToolInfo *tool = ToolCatalog::builtin().find(name);
    QVERIFY(tool);
    QTEST(tool->legacy, "legacy");
}

void TestToolCatalog::aliases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("Task") << QStringLiteral("Task") << QStringLiteral("Agent");
    QTest::newRow("BashOutput") << QStringLiteral("BashOutput") << QStringLiteral("TaskOutput");
    QTest::newRow("KillShell") << QStringLiteral("KillShell") << QStringLiteral("TaskStop");
    QTest::newRow("KillBash") << QStringLiteral("KillBash") << QStringLiteral("TaskStop");
    QTest::newRow("ListMcpResources") << QStringLiteral("ListMcpResources") << QStringLiteral("ListMcpResourcesTool");
    QTest::newRow("ReadMcpResource") << QStringLiteral("ReadMcpResource") << QStringLiteral("ReadMcpResourceTool");
    QTest::newRow("Brief") << QStringLiteral("Brief") << QStringLiteral("SendUserMessage");
    QTest::newRow("own name") << QStringLiteral("Agent") << QStringLiteral("Agent");
    QTest::newRow("unknown stays") << QStringLiteral("all") << QStringLiteral("all");
    QTest::newRow("MCP stays") << QStringLiteral("mcp__context7__x") << QStringLiteral("mcp__context7__x");
}

void TestToolCatalog::aliases()
{
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    const ToolCatalog &catalog = ToolCatalog::builtin();
    QCOMPARE(catalog.canonicalName(name), canonical);
    if (const ToolInfo *tool = catalog.find(name))
        QCOMPARE(tool->name, canonical);
}

void TestToolCatalog::versions()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    QCOMPARE(catalog.find(QStringLiteral("Task"))->since, QStringLiteral("2.1.63"));
    QCOMPARE(catalog.find(QStringLiteral("TaskOutput"))->removedIn, QStringLiteral("2.1.277"));
    QVERIFY(catalog.find(QStringLiteral("Read"))->removedIn.isEmpty());
    for (const ToolInfo &tool : catalog.tools())
        QVERIFY2(tool.legacy || tool.removedIn.isEmpty(), qPrintable(tool.name));
}

// Tools behind a feature flag that is off by default are recorded, but they are no catalog
// tools: nothing resolves, offers or suggests them.
void TestToolCatalog::flagged()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    for (const QString &name : {QStringLiteral("McpTaskCheck"), QStringLiteral("McpTaskShowQuestion")}) {
        const FlaggedTool *tool = catalog.findFlagged(name);
        QVERIFY2(tool, qPrintable(name));
        QCOMPARE(tool->since, QStringLiteral("2.1.332"));
        QVERIFY(!catalog.find(name));
        QVERIFY(!catalog.findCaseInsensitive(name));
    }
    QCOMPARE(catalog.flaggedTools().size(), 2);
    QVERIFY(!catalog.findFlagged(QStringLiteral("Read")));
}

void TestToolCatalog::caseSensitivity()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    QVERIFY(!catalog.find(QStringLiteral("bash")));
    QVERIFY(!catalog.find(QStringLiteral("read")));
    QCOMPARE(catalog.findCaseInsensitive(QStringLiteral("bash"))->name, QStringLiteral("Bash"));
    QCOMPARE(catalog.findCaseInsensitive(QStringLiteral("WEBFETCH"))->name, QStringLiteral("WebFetch"));
    QCOMPARE(catalog.findCaseInsensitive(QStringLiteral("task"))->name, QStringLiteral("Agent"));
    QCOMPARE(catalog.findCaseInsensitive(QStringLiteral("ls"))->name, QStringLiteral("LS"));
    QVERIFY(!catalog.findCaseInsensitive(QStringLiteral("nothing")));
}

void TestToolCatalog::everyToolComplete()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    qsizetype grouped = 0;
    for (const ToolCategory &category : catalog.categories()) {
        QVERIFY(!category.displayLabel().isEmpty());
        const QVector<const ToolInfo *> tools = catalog.toolsIn(category.id);
        QVERIFY2(!tools.isEmpty(), qPrintable(category.id));
        grouped += tools.size();
    }
    QCOMPARE(grouped, catalog.tools().size());
    for (const ToolInfo &tool : catalog.tools()) {
        QVERIFY(!tool.displayDescription().isEmpty());
        QVERIFY(!tool.displayRiskReason().isEmpty());
        QCOMPARE(catalog.find(tool.name), &tool);
        for (const QString &alias : tool.aliases)
            QCOMPARE(catalog.find(alias), &tool);
    }
}

void TestToolCatalog::risks()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    QCOMPARE(catalog.find(QStringLiteral("Read"))->risk, ToolRisk::Low);
    QCOMPARE(catalog.find(QStringLiteral("Edit"))->risk, ToolRisk::Medium);
    QCOMPARE(catalog.find(QStringLiteral("Bash"))->risk, ToolRisk::High);
    QCOMPARE(catalog.find(QStringLiteral("WebFetch"))->risk, ToolRisk::High);
    for (const ToolInfo *tool : catalog.toolsIn(QStringLiteral("read")))
        QCOMPARE(tool->risk, ToolRisk::Low);
    for (const ToolInfo *tool : catalog.toolsIn(QStringLiteral("network")))
        QVERIFY(tool->risk != ToolRisk::Low);
}

void TestToolCatalog::mcpNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isMcp");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("tool");

    QTest::newRow("tool") << QStringLiteral("mcp__context7__get-library-docs") << true << QStringLiteral("context7")
                          << QStringLiteral("get-library-docs");
    QTest::newRow("whole server") << QStringLiteral("mcp__basic-memory") << true << QStringLiteral("basic-memory")
                                  << QString();
    QTest::newRow("tool with __") << QStringLiteral("mcp__a__b__c") << true << QStringLiteral("a")
                                  << QStringLiteral("b__c");
    QTest::newRow("prefix only") << QStringLiteral("mcp__") << false << QString() << QString();
    QTest::newRow("empty server") << QStringLiteral("mcp____x") << false << QString() << QString();
    QTest::newRow("upper case") << QStringLiteral("MCP__a__b") << false << QString() << QString();
    QTest::newRow("built-in") << QStringLiteral("Bash") << false << QString() << QString();
    QTest::newRow("copilot style") << QStringLiteral("mcp_github_create_issue") << false << QString() << QString();
}

void TestToolCatalog::mcpNames()
{
    QFETCH(QString, name);
    QFETCH(bool, isMcp);
    QCOMPARE(ToolCatalog::isMcpTool(name), isMcp);
    const std::optional<McpToolName> parsed = ToolCatalog::parseMcpName(name);
    if (parsed) {
        QTEST(parsed->server, "server");
        QTEST(parsed->tool, "tool");
    }
}

void TestToolCatalog::splitRule_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("malformed");

    QTest::newRow("git diff") << QStringLiteral("Bash(git diff:*)") << QStringLiteral("Bash")
                              << QStringLiteral("git diff:*") << false;
    QTest::newRow("npm") << QStringLiteral("Bash(npm run test *)") << QStringLiteral("Bash")
                         << QStringLiteral("npm run test *") << false;
    QTest::newRow("path") << QStringLiteral("Read(./src/**)") << QStringLiteral("Read") << QStringLiteral("./src/**")
                          << false;
    QTest::newRow("domain") << QStringLiteral("WebFetch(domain:example.com)") << QStringLiteral("WebFetch")
                            << QStringLiteral("domain:example.com") << false;
    QTest::newRow("bare") << QStringLiteral("Read") << QStringLiteral("Read") << QString() << false;
    QTest::newRow("empty parentheses") << QStringLiteral("Bash()") << QStringLiteral("Bash") << QString() << false;
    QTest::newRow("star") << QStringLiteral("Bash(*)") << QStringLiteral("Bash") << QString() << false;
    QTest::newRow("escaped parentheses") << QStringLiteral("Bash(echo \\(hi\\))") << QStringLiteral("Bash")
                                         << QStringLiteral("echo (hi)") << false;
    QTest::newRow("escaped backslash") << QStringLiteral("Read(a\\\\b)") << QStringLiteral("Read")
                                       << QStringLiteral("a\\b") << false;
    QTest::newRow("nested parentheses") << QStringLiteral("Bash(f (x))") << QStringLiteral("Bash")
                                        << QStringLiteral("f (x)") << false;
    QTest::newRow("only escaped") << QStringLiteral("Bash\\(x\\)") << QStringLiteral("Bash\\(x\\)") << QString()
                                  << false;
    QTest::newRow("unclosed") << QStringLiteral("Bash(git") << QStringLiteral("Bash(git") << QString() << true;
    QTest::newRow("text after") << QStringLiteral("Bash(a)b") << QStringLiteral("Bash(a)b") << QString() << true;
    QTest::newRow("no tool") << QStringLiteral("(a)") << QStringLiteral("(a)") << QString() << true;
    QTest::newRow("close only") << QStringLiteral("Bash)") << QStringLiteral("Bash)") << QString() << true;
    QTest::newRow("mcp") << QStringLiteral("mcp__srv__tool") << QStringLiteral("mcp__srv__tool") << QString() << false;
}

void TestToolCatalog::splitRule()
{
    QFETCH(QString, entry);
    const ToolRule rule = ToolCatalog::splitRule(entry);
    QTEST(rule.tool, "tool");
    QTEST(rule.pattern, "pattern");
    QTEST(rule.malformed, "malformed");
}

void TestToolCatalog::foreign_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("closest");

    QTest::newRow("codebase") << QStringLiteral("codebase") << QStringLiteral("Grep");
    QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("Grep");
    QTest::newRow("githubRepo") << QStringLiteral("githubRepo") << QStringLiteral("WebFetch");
    QTest::newRow("runCommands") << QStringLiteral("runCommands") << QStringLiteral("Bash");
    QTest::newRow("editFiles") << QStringLiteral("editFiles") << QStringLiteral("Edit");
    QTest::newRow("edit/editFiles") << QStringLiteral("edit/editFiles") << QStringLiteral("Edit");
    QTest::newRow("fetch") << QStringLiteral("fetch") << QStringLiteral("WebFetch");
}

void TestToolCatalog::foreign()
{
    QFETCH(QString, name);
    const ToolCatalog &catalog = ToolCatalog::builtin();
    QVERIFY(!catalog.find(name));
    const ForeignTool *foreign = catalog.findForeign(name);
    QVERIFY(foreign);
    QCOMPARE(foreign->dialect, QStringLiteral("copilot"));
    QTEST(foreign->closest.first(), "closest");
}

void TestToolCatalog::foreignPointsToCurrentTools()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    for (const ForeignTool &foreign : catalog.foreignTools()) {
        QVERIFY2(!foreign.closest.isEmpty(), qPrintable(foreign.name));
        for (const QString &name : foreign.closest) {
            const ToolInfo *tool = catalog.find(name);
            QVERIFY2(tool && tool->name == name && !tool->legacy, qPrintable(foreign.name + QLatin1String(" -> ") + name));
        }
    }
}

void TestToolCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QByteArray head(R"({"schema": 1, "client": "9.9", "categories": [{"id": "read", "label": "Read", "order": 1}], )");
    const QByteArray read(R"({"name": "Read", "category": "read", "risk": "low", "description": "d", "risk_reason": "r"})");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("Not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"schema": 1, "tools": [)") << QStringLiteral("Not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("schema") << QByteArray(R"({"schema": 2})") << QStringLiteral("schema 2");
    QTest::newRow("no client") << QByteArray(R"({"schema": 1})") << QStringLiteral("client");
    QTest::newRow("no categories") << QByteArray(R"({"schema": 1, "client": "1"})") << QStringLiteral("categories");
    QTest::newRow("duplicate category")
        << QByteArray(R"({"schema": 1, "client": "1", "categories": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}]})")
        << QStringLiteral("category a appears twice");
    QTest::newRow("no tools") << QByteArray(head + R"("tools": {}})") << QStringLiteral("\"tools\"");
    QTest::newRow("tool without name") << QByteArray(head + R"("tools": [{"category": "read"}]})")
                                       << QStringLiteral("Tool 1 has no");
    QTest::newRow("tool not an object") << QByteArray(head + R"("tools": [42]})") << QStringLiteral("Tool 1 has no");
    QTest::newRow("unknown category")
        << QByteArray(head + R"("tools": [{"name": "X", "category": "nope", "risk": "low"}]})")
        << QStringLiteral("unknown category \"nope\"");
    QTest::newRow("bad risk") << QByteArray(head + R"("tools": [{"name": "X", "category": "read", "risk": "extreme"}]})")
                              << QStringLiteral("\"extreme\"");
    QTest::newRow("bad aliases")
        << QByteArray(head + R"("tools": [{"name": "X", "category": "read", "aliases": "Y", "risk": "low"}]})")
        << QStringLiteral("aliases");
    QTest::newRow("no description")
        << QByteArray(head + R"("tools": [{"name": "X", "category": "read", "risk": "low"}]})")
        << QStringLiteral("description");
    QTest::newRow("duplicate name") << QByteArray(head + "\"tools\": [" + read + ", " + read + "]}")
                                    << QStringLiteral("Read appears twice");
    QTest::newRow("flagged without since")
        << QByteArray(head + "\"tools\": [" + read + R"(], "flagged": [{"name": "F"}]})") << QStringLiteral("Flagged tool 1 needs");
    QTest::newRow("flagged is a tool")
        << QByteArray(head + "\"tools\": [" + read + R"(], "flagged": [{"name": "Read", "since": "2"}]})")
        << QStringLiteral("flagged tool Read is also a tool");
    QTest::newRow("foreign to unknown")
        << QByteArray(head + "\"tools\": [" + read
                      + R"(], "foreign": [{"name": "f", "dialect": "copilot", "closest": ["Nope"]}]})")
        << QStringLiteral("unknown tool Nope");
}

void TestToolCatalog::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!ToolCatalog::fromJson(json, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!ToolCatalog::fromJson(json, nullptr));
}

void TestToolCatalog::missingFile()
{
    QString error;
    QVERIFY(!ToolCatalog::fromFile(QStringLiteral("/nonexistent/tools.json"), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/tools.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestToolCatalog)
#include "tst_toolcatalog.moc"
