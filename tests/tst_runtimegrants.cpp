// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/agentgrants.h"
#include "matrix/agentrisk.h"
#include "matrix/grantpatcher.h"
#include "matrix/opencoderules.h"
#include "runtime/toolcatalog.h"
#include "runtime/yamlvalue.h"
#include "text/agenttext.h"
#include "validation/agentvalidator.h"

#include <QFile>
#include <QtTest>

using namespace Agentry;

namespace {

// Where each runtime looks, so that the validator reads a file as that runtime.
QString pathFor(Runtime runtime)
{
    switch (runtime) {
    case Runtime::ClaudeCode:
        return QStringLiteral("/p/.claude/agents/a.md");
    case Runtime::Copilot:
        return QStringLiteral("/p/.github/agents/a.agent.md");
    case Runtime::OpenCode:
        return QStringLiteral("/p/.opencode/agent/a.md");
    case Runtime::GeminiCli:
        return QStringLiteral("/p/.gemini/agents/a.md");
    case Runtime::QwenCode:
        return QStringLiteral("/p/.qwen/agents/a.md");
    case Runtime::FactoryDroid:
        return QStringLiteral("/p/.factory/droids/a.md");
    }
    return {};
}

AgentGrants grantsOf(Runtime runtime, const QByteArray &bytes)
{
    static const AgentValidator validator;
    const AgentReading reading = validator.read(pathFor(runtime), bytes, AgentScope::Project);
    return AgentGrants::read(reading, bytes, ToolCatalog::builtin());
}

// The file once `patch` is applied.
QByteArray applied(const QByteArray &bytes, const GrantPatch &patch)
{
    QByteArray after = bytes;
    for (const ByteEdit &edit : patch.edits)
        after = edit.appliedTo(after);
    return after;
}

GrantState stateOf(Runtime runtime, const QByteArray &bytes, const QString &column)
{
    return grantsOf(runtime, bytes).grant(column).state;
}

} // namespace

class TestRuntimeGrants : public QObject
{
    Q_OBJECT

private slots:
    void runtimeNamesMapOntoColumns_data();
    void runtimeNamesMapOntoColumns();
    void catalogRefusesAColumnItDoesNotHave();
    void listRuntimes();
    void openCodeRules_data();
    void openCodeRules();
    void openCodePermissionCells();
    void risk();
    void listEditsUseTheRuntimesNames();
    void sharedEntryIsNotRevokedHalfway();
    void openCodeEdits_data();
    void openCodeEdits();
    void openCodeEditThatALaterRuleUndoesIsRefused();
    void patternsOnlyForClaudeCode();
    void noEditWhereTheRuntimeReadsNoSettings();
    void claudeNameGrantsNothingInAnotherRuntime();
    void qwenCodeKeepsOneTool();
    void noEditWhereOnlyAFallbackReads();
    void editIsKeptOnlyIfTheRuntimeReadsItBack();
    void openCodeBlockEndsWhereOpenCodeEndsIt();
};

void TestRuntimeGrants::runtimeNamesMapOntoColumns_data()
{
    QTest::addColumn<int>("runtime");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QStringList>("columns"); // empty: unknown; "*mcp": every MCP tool

    const auto row = [](const char *name, Runtime runtime, const char *entry, QStringList columns) {
        QTest::newRow(name) << int(runtime) << QString::fromUtf8(entry) << columns;
    };
    row("gemini shell", Runtime::GeminiCli, "run_shell_command", {QStringLiteral("Bash")});
    row("gemini alias", Runtime::GeminiCli, "list_directory", {QStringLiteral("Glob")});
    row("gemini own tool", Runtime::GeminiCli, "update_topic", {QStringLiteral("update_topic")});
    row("gemini mcp tool", Runtime::GeminiCli, "mcp_github_list_issues", {QStringLiteral("mcp__github__list_issues")});
    row("gemini mcp server", Runtime::GeminiCli, "mcp_github_*", {QStringLiteral("mcp__github")});
    row("gemini every mcp", Runtime::GeminiCli, "mcp_*", {QStringLiteral("*mcp")});
    row("gemini claude name", Runtime::GeminiCli, "Bash", {});
    row("copilot case", Runtime::Copilot, "Bash", {QStringLiteral("Bash")});
    row("copilot alias to two", Runtime::Copilot, "edit", {QStringLiteral("Edit"), QStringLiteral("Write")});
    row("copilot prefix", Runtime::Copilot, "search/codebase", {QStringLiteral("Grep"), QStringLiteral("Glob")});
    row("copilot mcp", Runtime::Copilot, "GitHub/*", {QStringLiteral("mcp__github")});
    row("copilot mcp dash", Runtime::Copilot, "context7-resolve", {QStringLiteral("mcp__context7__resolve")});
    row("copilot search grants nothing", Runtime::Copilot, "WebSearch", QStringList{});
    row("qwen display name", Runtime::QwenCode, "Shell", {QStringLiteral("Bash")});
    row("qwen claude name", Runtime::QwenCode, "Bash", {});
    row("qwen mcp", Runtime::QwenCode, "mcp__db__query", {QStringLiteral("mcp__db__query")});
    row("factory group", Runtime::FactoryDroid, "edit", {QStringLiteral("Write"), QStringLiteral("Edit")});
    row("factory execute", Runtime::FactoryDroid, "Execute", {QStringLiteral("Bash")});
    row("opencode permission", Runtime::OpenCode, "edit", {QStringLiteral("Edit"), QStringLiteral("Write")});
}

void TestRuntimeGrants::runtimeNamesMapOntoColumns()
{
    QFETCH(int, runtime);
    QFETCH(QString, entry);
    QFETCH(QStringList, columns);
    const RuntimeTools *tools = ToolCatalog::builtin().runtimeTools(Runtime(runtime));
    QVERIFY(tools);
    const std::optional<RuntimeToolGrant> grant = tools->grantOf(entry);
    if (QByteArray(QTest::currentDataTag()) == "copilot search grants nothing") {
        QVERIFY(grant);
        QVERIFY(grant->columns.isEmpty());
        return;
    }
    if (columns.isEmpty()) {
        QVERIFY2(!grant, qPrintable(entry));
        return;
    }
    QVERIFY2(grant, qPrintable(entry));
    if (columns == QStringList{QStringLiteral("*mcp")}) {
        QVERIFY(grant->allMcp);
        return;
    }
    QStringList actual = grant->columns;
    actual.sort();
    columns.sort();
    QCOMPARE(actual, columns);
    // The column's own name in the runtime is one the runtime reads back.
    for (const QString &column : std::as_const(columns)) {
        const QStringList names = tools->namesFor(column);
        QVERIFY2(!names.isEmpty() || Runtime(runtime) == Runtime::OpenCode, qPrintable(column));
        for (const QString &name : names)
            QVERIFY2(tools->grantOf(name) && tools->grantOf(name)->columns.contains(column), qPrintable(name));
    }
}

void TestRuntimeGrants::catalogRefusesAColumnItDoesNotHave()
{
    QFile file(QStringLiteral(AGENTRY_SOURCE_DIR "/resources/tools.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    QString error;
    QVERIFY2(ToolCatalog::fromJson(json, &error), qPrintable(error));
    json.replace("{ \"name\": \"run_shell_command\", \"columns\": [\"Bash\"] }", "{ \"name\": \"run_shell_command\", \"columns\": [\"Shell\"] }");
    QVERIFY(!ToolCatalog::fromJson(json, &error));
    QVERIFY2(error.contains(QLatin1String("gemini-cli")) && error.contains(QLatin1String("Shell")), qPrintable(error));
}

void TestRuntimeGrants::listRuntimes()
{
    // Gemini CLI: a list of its names; no list inherits every tool.
    const QByteArray gemini = "---\nname: r\ndescription: d\ntools:\n  - read_file\n  - run_shell_command\n  - mcp_*\n---\nBody text here.\n";
    AgentGrants grants = grantsOf(Runtime::GeminiCli, gemini);
    QCOMPARE(grants.runtime(), Runtime::GeminiCli);
    QCOMPARE(grants.mode(), AgentGrants::Mode::Explicit);
    QCOMPARE(grants.grant(QStringLiteral("Bash")).state, GrantState::Granted);
    QCOMPARE(grants.grant(QStringLiteral("Bash")).tokens, QStringList{QStringLiteral("run_shell_command")});
    QCOMPARE(grants.grant(QStringLiteral("Bash")).line, 5);
    QCOMPARE(grants.grant(QStringLiteral("Write")).state, GrantState::NotGranted);
    QCOMPARE(grants.grant(QStringLiteral("mcp__any__tool")).state, GrantState::Granted);
    QCOMPARE(grants.runtimeNames(QStringLiteral("Bash")), QStringList{QStringLiteral("run_shell_command")});
    grants = grantsOf(Runtime::GeminiCli, "---\nname: r\ndescription: d\n---\nBody text here.\n");
    QCOMPARE(grants.mode(), AgentGrants::Mode::Inherit);
    QCOMPARE(grants.grant(QStringLiteral("Bash")).state, GrantState::Inherited);
    QCOMPARE(grants.grant(QStringLiteral("NotebookEdit")).state, GrantState::NotGranted); // Gemini CLI has none

    // Copilot: "" is no tools at all, but skill and sql stay.
    grants = grantsOf(Runtime::Copilot, "---\ndescription: d\ntools: \"\"\n---\nBody\n");
    QCOMPARE(grants.mode(), AgentGrants::Mode::Explicit);
    QCOMPARE(grants.grant(QStringLiteral("Read")).state, GrantState::NotGranted);
    QCOMPARE(grants.grant(QStringLiteral("Skill")).state, GrantState::Granted);
    QCOMPARE(grants.grant(QStringLiteral("sql")).state, GrantState::Granted);
    QVERIFY(grants.namedColumns().contains(QStringLiteral("sql")));
    grants = grantsOf(Runtime::Copilot, "---\ndescription: d\ntools: ['read', 'terminal']\n---\nBody\n");
    QCOMPARE(grants.grant(QStringLiteral("terminal")).state, GrantState::Unknown);

    // Qwen Code: an empty list inherits; disallowedTools takes tools away.
    grants = grantsOf(Runtime::QwenCode, "---\nname: tester\ndescription: d\ntools: []\ndisallowedTools: [Shell]\n---\nYou run the tests.\n");
    QCOMPARE(grants.mode(), AgentGrants::Mode::Inherit);
    QCOMPARE(grants.grant(QStringLiteral("Bash")).state, GrantState::Denied);
    QCOMPARE(grants.grant(QStringLiteral("Read")).state, GrantState::Inherited);

    // Factory Droid: a category string; a wrong-typed field drops the frontmatter, so every tool.
    grants = grantsOf(Runtime::FactoryDroid, "---\nname: c\ntools: read-only\n---\nClean.\n");
    QCOMPARE(grants.mode(), AgentGrants::Mode::Explicit);
    QCOMPARE(grants.grant(QStringLiteral("Read")).state, GrantState::Granted);
    QCOMPARE(grants.grant(QStringLiteral("Bash")).state, GrantState::NotGranted);
    QCOMPARE(grants.grant(QStringLiteral("Skill")).state, GrantState::Granted); // always added
    grants = grantsOf(Runtime::FactoryDroid, "---\nname: c\ndescription: 123\ntools: [Read]\n---\nClean.\n");
    QCOMPARE(grants.mode(), AgentGrants::Mode::Inherit);
    QCOMPARE(grants.grant(QStringLiteral("Bash")).state, GrantState::Inherited);
}

void TestRuntimeGrants::openCodeRules_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<QString>("expected"); // base action or "none", then exceptions as pattern=action

    QTest::newRow("nothing") << QByteArray("description: d\n") << "bash" << "none";
    QTest::newRow("bare action") << QByteArray("permission: ask\n") << "bash" << "ask";
    QTest::newRow("tools false") << QByteArray("tools:\n  write: false\n") << "edit" << "deny";
    QTest::newRow("permission beats tools") << QByteArray("tools:\n  bash: false\npermission:\n  bash: allow\n") << "bash" << "allow";
    QTest::newRow("last match wins") << QByteArray("permission:\n  bash: allow\n  \"*\": deny\n") << "bash" << "deny";
    QTest::newRow("wildcard first") << QByteArray("permission:\n  \"*\": deny\n  bash: allow\n") << "bash" << "allow";
    QTest::newRow("assign keeps place") << QByteArray("tools:\n  bash: true\n  \"*\": false\npermission:\n  bash: deny\n") << "bash" << "deny";
    QTest::newRow("patterns") << QByteArray("permission:\n  bash:\n    \"*\": ask\n    \"git *\": allow\n") << "bash" << "ask git *=allow";
    QTest::newRow("patterns before base") << QByteArray("permission:\n  bash:\n    \"git *\": allow\n    \"*\": deny\n") << "bash" << "deny";
    QTest::newRow("mcp wildcard") << QByteArray("permission:\n  github_*: deny\n") << "github_issues" << "deny";
    QTest::newRow("question mark") << QByteArray("permission:\n  \"w?bfetch\": deny\n") << "webfetch" << "deny";
}

void TestRuntimeGrants::openCodeRules()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, permission);
    QFETCH(QString, expected);
    const auto parsed = YamlValue::parse(yaml, YamlValue::Schema::JsYaml3);
    const YamlValue *value = std::get_if<YamlValue>(&parsed);
    QVERIFY(value);
    const OpenCodeRules rules = OpenCodeRules::read(value->value(QStringLiteral("tools")), value->value(QStringLiteral("permission")));
    const OpenCodeRules::Verdict verdict = rules.verdict(permission);
    QStringList parts{verdict.hasBase ? QLatin1String(OpenCodeRules::actionId(verdict.base)) : QStringLiteral("none")};
    for (const OpenCodeRules::Rule &rule : verdict.exceptions)
        parts.append(rule.pattern + u'=' + QLatin1String(OpenCodeRules::actionId(rule.action)));
    QCOMPARE(parts.join(u' '), expected);
}

void TestRuntimeGrants::openCodePermissionCells()
{
    const QByteArray bytes = "---\ndescription: d\npermission:\n  edit: allow\n  bash:\n    \"*\": ask\n    \"git status\": allow\n"
                             "  webfetch: deny\n  github_*: deny\n---\nYou build.\n";
    const AgentGrants grants = grantsOf(Runtime::OpenCode, bytes);
    QCOMPARE(grants.mode(), AgentGrants::Mode::Inherit);
    QCOMPARE(grants.grant(QStringLiteral("Edit")).state, GrantState::Granted);
    QCOMPARE(grants.grant(QStringLiteral("Write")).state, GrantState::Granted); // OpenCode's edit covers writing
    const ToolGrant bash = grants.grant(QStringLiteral("Bash"));
    QCOMPARE(bash.state, GrantState::Ask);
    QCOMPARE(bash.patterns, QStringList{QStringLiteral("git status (allow)")});
    QCOMPARE(bash.line, 5);
    QCOMPARE(grants.grant(QStringLiteral("WebFetch")).state, GrantState::Denied);
    QCOMPARE(grants.grant(QStringLiteral("Read")).state, GrantState::Inherited);
    QCOMPARE(grants.grant(QStringLiteral("github_*")).state, GrantState::Denied);
    QVERIFY(grants.namedColumns().contains(QStringLiteral("Bash")));
    QVERIFY(!grants.namedColumns().contains(QStringLiteral("Read")));

    const AgentGrants denying = grantsOf(Runtime::OpenCode, "---\npermission:\n  \"*\": deny\n  bash:\n    \"*\": deny\n    \"npm test\": allow\n---\nx\n");
    QCOMPARE(denying.mode(), AgentGrants::Mode::Explicit);
    QCOMPARE(denying.grant(QStringLiteral("Read")).state, GrantState::Denied);
    QCOMPARE(denying.grant(QStringLiteral("Bash")).state, GrantState::Pattern);
    QCOMPARE(denying.grant(QStringLiteral("Bash")).patterns, QStringList{QStringLiteral("npm test")});
    QCOMPARE(denying.grant(QStringLiteral("mcp__github")).state, GrantState::NotGranted);
}

void TestRuntimeGrants::risk()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    const AgentGrants yolo = grantsOf(Runtime::QwenCode, "---\nname: tester\ndescription: d\ntools: [run_shell_command]\napprovalMode: yolo\n---\nYou run the tests.\n");
    AgentRisk risk = AgentRisk::assess(yolo, catalog);
    QVERIFY(risk.bypassesPermissions);
    QCOMPARE(risk.level, AgentRisk::Level::Critical);
    QVERIFY(risk.reasons.join(u'\n').contains(QLatin1String("approvalMode: yolo")));

    // Asking first is not running unasked.
    const AgentGrants asks = grantsOf(Runtime::OpenCode, "---\npermission:\n  \"*\": deny\n  bash: ask\n---\nx\n");
    risk = AgentRisk::assess(asks, catalog);
    QVERIFY(!risk.canExecute);
    QCOMPARE(risk.level, AgentRisk::Level::Medium);
    QVERIFY(risk.reasons.join(u'\n').contains(QLatin1String("Bash (asks the user first)")));
    const AgentGrants allows = grantsOf(Runtime::OpenCode, "---\npermission:\n  \"*\": deny\n  bash: allow\n---\nx\n");
    QVERIFY(AgentRisk::assess(allows, catalog).canExecute);
}

void TestRuntimeGrants::listEditsUseTheRuntimesNames()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    const QByteArray bytes = "---\nname: r\ndescription: d\ntools:\n  - read_file # look only\n  - glob\n---\nBody text here.\n";
    const AgentText text = AgentText::fromBytes(bytes);
    const AgentGrants grants = grantsOf(Runtime::GeminiCli, bytes);
    const GrantPatch granted = GrantPatcher(text, grants, catalog).grant(QStringLiteral("Bash"));
    QVERIFY2(granted.isChanged(), qPrintable(granted.message));
    QCOMPARE(applied(bytes, granted),
             QByteArray("---\nname: r\ndescription: d\ntools:\n  - read_file # look only\n  - glob\n  - run_shell_command\n---\nBody text here.\n"));
    QCOMPARE(stateOf(Runtime::GeminiCli, applied(bytes, granted), QStringLiteral("Bash")), GrantState::Granted);

    const GrantPatch revoked = GrantPatcher(text, grants, catalog).revoke(QStringLiteral("Glob"));
    QVERIFY(revoked.isChanged());
    QCOMPARE(applied(bytes, revoked), QByteArray("---\nname: r\ndescription: d\ntools:\n  - read_file # look only\n---\nBody text here.\n"));

    // Made explicit, an inheriting agent lists Gemini CLI's own names.
    const QByteArray inheriting = "---\nname: r\ndescription: d\n---\nBody text here.\n";
    const AgentGrants all = grantsOf(Runtime::GeminiCli, inheriting);
    const QStringList entries = GrantPatcher(AgentText::fromBytes(inheriting), all, catalog).explicitEntries();
    QVERIFY(entries.contains(QStringLiteral("run_shell_command")));
    QVERIFY(entries.contains(QStringLiteral("read_file")));
    QVERIFY(!entries.contains(QStringLiteral("Bash")));
    QVERIFY(!entries.contains(QStringLiteral("list_directory"))); // glob covers the column already
    const GrantPatch revokeInherited = GrantPatcher(AgentText::fromBytes(inheriting), all, catalog).revoke(QStringLiteral("WebFetch"));
    QVERIFY(revokeInherited.isChanged());
    const AgentGrants after = grantsOf(Runtime::GeminiCli, applied(inheriting, revokeInherited));
    QCOMPARE(after.mode(), AgentGrants::Mode::Explicit);
    QCOMPARE(after.grant(QStringLiteral("WebFetch")).state, GrantState::NotGranted);
    QCOMPARE(after.grant(QStringLiteral("Bash")).state, GrantState::Granted);
    for (const QString &column : after.namedColumns())
        QVERIFY2(after.grant(column).state != GrantState::Unknown, qPrintable(column));
}

void TestRuntimeGrants::sharedEntryIsNotRevokedHalfway()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    const QByteArray bytes = "---\ndescription: d\ntools: ['read', 'edit']\n---\nBody\n";
    const AgentText text = AgentText::fromBytes(bytes);
    const AgentGrants grants = grantsOf(Runtime::Copilot, bytes);
    const GrantPatch half = GrantPatcher(text, grants, catalog).revoke(QStringLiteral("Write"));
    QCOMPARE(half.status, GrantPatch::Status::Refused);
    QVERIFY2(half.message.contains(QLatin1String("edit")), qPrintable(half.message));
    const GrantPatch both = GrantPatcher(text, grants, catalog).revoke(QStringList{QStringLiteral("Write"), QStringLiteral("Edit")});
    QVERIFY(both.isChanged());
    QCOMPARE(applied(bytes, both), QByteArray("---\ndescription: d\ntools: ['read']\n---\nBody\n"));
}

void TestRuntimeGrants::openCodeEdits_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("start the map") << QByteArray("---\ndescription: d\n---\nx\n") << "revoke" << "Bash"
                                   << QByteArray("---\ndescription: d\npermission:\n  bash: deny\n---\nx\n");
    QTest::newRow("replace a line") << QByteArray("---\npermission:\n  edit: deny # careful\n  bash: ask\n---\nx\n") << "grant" << "Edit"
                                    << QByteArray("---\npermission:\n  edit: allow\n  bash: ask\n---\nx\n");
    QTest::newRow("patterns go") << QByteArray("---\npermission:\n  bash:\n    \"*\": deny\n    \"git *\": allow\n  edit: ask\n---\nx\n") << "ask"
                                 << "Bash" << QByteArray("---\npermission:\n  bash: ask\n  edit: ask\n---\nx\n");
    QTest::newRow("add a line") << QByteArray("---\r\npermission:\r\n    edit: deny\r\nmode: subagent\r\n---\r\nx\r\n") << "ask" << "WebFetch"
                                << QByteArray("---\r\npermission:\r\n    edit: deny\r\n    webfetch: ask\r\nmode: subagent\r\n---\r\nx\r\n");
    QTest::newRow("bare action") << QByteArray("---\npermission: ask\n---\nx\n") << "grant" << "Read"
                                 << QByteArray("---\npermission:\n  \"*\": ask\n  read: allow\n---\nx\n");
}

void TestRuntimeGrants::openCodeEdits()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, action);
    QFETCH(QString, column);
    QFETCH(QByteArray, after);
    const AgentText text = AgentText::fromBytes(before);
    const AgentGrants grants = grantsOf(Runtime::OpenCode, before);
    const GrantPatcher patcher(text, grants, ToolCatalog::builtin());
    const GrantPatch patch = action == QLatin1String("grant") ? patcher.grant(column)
        : action == QLatin1String("ask")                      ? patcher.ask({column})
                                                              : patcher.revoke(column);
    QVERIFY2(patch.isChanged(), qPrintable(patch.message));
    QCOMPARE(applied(before, patch), after);
    const GrantState want = action == QLatin1String("grant") ? GrantState::Granted
        : action == QLatin1String("ask")                     ? GrantState::Ask
                                                             : GrantState::Denied;
    QCOMPARE(stateOf(Runtime::OpenCode, after, column), want);
}

void TestRuntimeGrants::openCodeEditThatALaterRuleUndoesIsRefused()
{
    const QByteArray bytes = "---\npermission:\n  bash: deny\n  \"*\": deny\n---\nx\n";
    const AgentText text = AgentText::fromBytes(bytes);
    const AgentGrants grants = grantsOf(Runtime::OpenCode, bytes);
    const GrantPatch patch = GrantPatcher(text, grants, ToolCatalog::builtin()).grant(QStringLiteral("Bash"));
    QCOMPARE(patch.status, GrantPatch::Status::Refused);
    QVERIFY2(patch.message.contains(QLatin1String("*")), qPrintable(patch.message));
    QVERIFY(patch.edits.isEmpty());
    // A flow map is left to the form.
    const QByteArray flow = "---\npermission: {bash: deny}\n---\nx\n";
    QCOMPARE(GrantPatcher(AgentText::fromBytes(flow), grantsOf(Runtime::OpenCode, flow), ToolCatalog::builtin()).grant(QStringLiteral("Bash")).status,
             GrantPatch::Status::Refused);
}

void TestRuntimeGrants::patternsOnlyForClaudeCode()
{
    const QByteArray bytes = "---\nname: r\ndescription: d\ntools: [run_shell_command]\n---\nBody text here.\n";
    const GrantPatch patch = GrantPatcher(AgentText::fromBytes(bytes), grantsOf(Runtime::GeminiCli, bytes), ToolCatalog::builtin())
                                 .setPatterns(QStringLiteral("Bash"), {QStringLiteral("git *")});
    QCOMPARE(patch.status, GrantPatch::Status::Refused);
    QVERIFY(patch.message.contains(QLatin1String("Gemini CLI")));
}

// Factory Droid finds no block behind a BOM and gives every tool: a `tools` edit would change
// nothing it reads, so none is made.
void TestRuntimeGrants::noEditWhereTheRuntimeReadsNoSettings()
{
    const QByteArray bytes = "\xEF\xBB\xBF---\r\nname: bom-crlf-agent\r\ndescription: Both.\r\n---\r\nBody";
    const AgentGrants grants = grantsOf(Runtime::FactoryDroid, bytes);
    QVERIFY(grants.ignoresSettings());
    QCOMPARE(grants.grant(QStringLiteral("Bash")).state, GrantState::Inherited);
    const GrantPatch patch = GrantPatcher(AgentText::fromBytes(bytes), grants, ToolCatalog::builtin()).revoke(QStringLiteral("Bash"));
    QCOMPARE(patch.status, GrantPatch::Status::Refused);
    QVERIFY2(patch.message.contains(QLatin1String("Factory Droid reads none of this file's settings")), qPrintable(patch.message));
    // Nor where a wrong-typed field makes it drop the frontmatter.
    const QByteArray dropped = "---\nname: c\ndescription: 123\ntools: [Read]\n---\nClean.\n";
    QCOMPARE(GrantPatcher(AgentText::fromBytes(dropped), grantsOf(Runtime::FactoryDroid, dropped), ToolCatalog::builtin())
                 .revoke(QStringLiteral("Bash"))
                 .status,
             GrantPatch::Status::Refused);
}

// Gemini CLI's `Read` is no tool: granting Read adds read_file rather than calling it done
// (and reformatting the list).
void TestRuntimeGrants::claudeNameGrantsNothingInAnotherRuntime()
{
    const QByteArray bytes = "---\nname: tabs-agent\ndescription: d\ntools: [Read,\tGrep]\n---\nBody text here.\n";
    const AgentGrants grants = grantsOf(Runtime::GeminiCli, bytes);
    QCOMPARE(grants.grant(QStringLiteral("Read")).state, GrantState::Unknown);
    const GrantPatch patch = GrantPatcher(AgentText::fromBytes(bytes), grants, ToolCatalog::builtin()).grant(QStringLiteral("Read"));
    QVERIFY2(patch.isChanged(), qPrintable(patch.message));
    const QByteArray after = applied(bytes, patch);
    QVERIFY2(after.contains("read_file"), after.constData());
    QCOMPARE(stateOf(Runtime::GeminiCli, after, QStringLiteral("Read")), GrantState::Granted);
}

// Qwen Code reads `tools: []` as every tool: revoking the last tool would grant them all.
void TestRuntimeGrants::qwenCodeKeepsOneTool()
{
    const QByteArray bytes = "---\nname: tester\ndescription: d\ntools: [read_file]\n---\nYou run the tests.\n";
    const GrantPatch patch = GrantPatcher(AgentText::fromBytes(bytes), grantsOf(Runtime::QwenCode, bytes), ToolCatalog::builtin())
                                 .revoke(QStringLiteral("Read"));
    QCOMPARE(patch.status, GrantPatch::Status::Refused);
    QVERIFY2(patch.message.contains(QLatin1String("every tool")), qPrintable(patch.message));
}

// Qwen Code's line reader takes a flow list with single quotes as text: an edit of `tools`
// would not read back as asked.
void TestRuntimeGrants::noEditWhereOnlyAFallbackReads()
{
    const QByteArray bytes = "---\nname: tdd\ndescription: d\ntools: ['read_file']\nmodel: a# b\n c: d\n---\nYou run the tests.\n";
    const AgentGrants grants = grantsOf(Runtime::QwenCode, bytes);
    QVERIFY(grants.readLeniently());
    const GrantPatch patch = GrantPatcher(AgentText::fromBytes(bytes), grants, ToolCatalog::builtin()).grant(QStringLiteral("Bash"));
    QCOMPARE(patch.status, GrantPatch::Status::Refused);
    QVERIFY2(patch.message.contains(QLatin1String("lenient fallback")), qPrintable(patch.message));
}

// A lone carriage return after `---` is no closing line to Gemini CLI, which then reads a
// different block than the editor edits: such an edit is refused, not written.
void TestRuntimeGrants::editIsKeptOnlyIfTheRuntimeReadsItBack()
{
    QFile file(QStringLiteral(AGENTRY_FIXTURES_DIR "/fuzz-crashers/matrixreport-gemini-lone-cr.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll().split('\0').constFirst();
    const GrantPatch patch = GrantPatcher(AgentText::fromBytes(bytes), grantsOf(Runtime::GeminiCli, bytes), ToolCatalog::builtin())
                                 .grant(QStringLiteral("Bash"));
    if (patch.isChanged())
        QCOMPARE(stateOf(Runtime::GeminiCli, applied(bytes, patch), QStringLiteral("Bash")), GrantState::Granted);
    else
        QVERIFY2(patch.message.contains(QLatin1String("would not read")), qPrintable(patch.message));
}

// OpenCode's block ends at the first line starting `---`, so `---: x` closes it: a permission
// written below that line is one OpenCode never reads, and the edit is refused.
void TestRuntimeGrants::openCodeBlockEndsWhereOpenCodeEndsIt()
{
    const QByteArray bytes = "---\ndescription: d\nmodel: a\n---: b\n---\nBody\n";
    const GrantPatch patch = GrantPatcher(AgentText::fromBytes(bytes), grantsOf(Runtime::OpenCode, bytes), ToolCatalog::builtin())
                                 .revoke(QStringLiteral("Bash"));
    if (patch.isChanged())
        QCOMPARE(stateOf(Runtime::OpenCode, applied(bytes, patch), QStringLiteral("Bash")), GrantState::Denied);
    else
        QCOMPARE(patch.status, GrantPatch::Status::Refused);
}

QTEST_GUILESS_MAIN(TestRuntimeGrants)
#include "tst_runtimegrants.moc"
