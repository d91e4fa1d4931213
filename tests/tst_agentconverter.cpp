// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversion/agentconverter.h"
#include "conversion/conversiontable.h"
#include "conversion/conversionwriter.h"
#include "conversion/convertedfrontmatter.h"
#include "conversion/targetname.h"
#include "matrix/agentgrants.h"
#include "runtime/runtimetools.h"
#include "runtime/toolcatalog.h"
#include "corpusagents.h"
#include "scratchfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

Q_DECLARE_METATYPE(Runtime)

// Converting an agent of one runtime into a file another runtime loads: names, tools, the
// settings each runtime can say, the findings for what it cannot, the prompt kept byte for
// byte, and the round trip Claude Code → X → Claude Code over the corpus.
class TestAgentConverter : public QObject
{
    Q_OBJECT

private slots:
    void targetNames_data();
    void targetNames();
    void namesAvoidEachOther();
    void relativePaths();
    void scalarsReadBackEverywhere_data();
    void scalarsReadBackEverywhere();
    void table();

    void geminiFileIsExact();
    void openCodeGetsPermissionsAndPatterns();
    void qwenGetsApprovalModeAndColour();
    void findingsNameWhatIsLeftOut();
    void widenedGrantsAreReported();
    void inheritWithDeniedTools();
    void alwaysOnToolsAreNotCarried();
    void promptBytesAndLineEndingsKept();
    void sameRuntimeCopiesBytes();
    void refusals_data();
    void refusals();

    void writerNeverOverwritesUnasked();
    void roundTripOverCorpus();
};

namespace {

const QByteArray kBody = "\nYou review the diff carefully and report each bug you find.\n";

QByteArray agent(const QByteArray &frontmatter, const QByteArray &body = kBody)
{
    return "---\n" + frontmatter + "\n---\n" + body;
}

const QString kClaudePath = QStringLiteral("/p/.claude/agents/reviewer.md");

bool hasFinding(const AgentConversion &conversion, Severity severity, const QString &field, const QString &words)
{
    for (const ConversionFinding &finding : conversion.findings) {
        if (finding.severity == severity && finding.field == field && finding.message.contains(words))
            return true;
    }
    return false;
}

QString findingsText(const AgentConversion &conversion)
{
    QStringList lines;
    for (const ConversionFinding &finding : conversion.findings)
        lines << QStringLiteral("%1 %2: %3").arg(QLatin1String(severityName(finding.severity)), finding.field, finding.message);
    return lines.join(u'\n');
}

// The grant of a cell as a level: every use, some uses, none.
int level(GrantState state)
{
    return state == GrantState::Granted || state == GrantState::Inherited || state == GrantState::Ask ? 2 : state == GrantState::Pattern ? 1 : 0;
}

} // namespace

void TestAgentConverter::targetNames_data()
{
    QTest::addColumn<Runtime>("runtime");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gemini keeps a slug") << Runtime::GeminiCli << "code_reviewer-2" << "code_reviewer-2";
    QTest::newRow("gemini slugs a title") << Runtime::GeminiCli << "Code Reviewer" << "code-reviewer";
    QTest::newRow("gemini drops accents") << Runtime::GeminiCli << "Révision: Café" << "revision-cafe";
    QTest::newRow("gemini, nothing left") << Runtime::GeminiCli << "!!!" << "agent";
    QTest::newRow("qwen keeps letters") << Runtime::QwenCode << "Révision" << "Révision";
    QTest::newRow("qwen reserved") << Runtime::QwenCode << "System" << "system-agent";
    QTest::newRow("qwen too short") << Runtime::QwenCode << "a" << "agent-a";
    QTest::newRow("qwen too long") << Runtime::QwenCode << QString(60, u'x') << QString(50, u'x');
    QTest::newRow("qwen trailing hyphen") << Runtime::QwenCode << "reviewer-" << "reviewer";
    QTest::newRow("claude keeps a title") << Runtime::ClaudeCode << "Code Reviewer" << "Code Reviewer";
    QTest::newRow("claude refuses a colon") << Runtime::ClaudeCode << "team:reviewer" << "team-reviewer";
    QTest::newRow("copilot reserved") << Runtime::Copilot << "general-purpose" << "general-purpose-agent";
    QTest::newRow("opencode file-safe") << Runtime::OpenCode << "team/rev" << "team-rev";
    QTest::newRow("factory slug") << Runtime::FactoryDroid << "Rev.2" << "rev-2";
}

void TestAgentConverter::targetNames()
{
    QFETCH(Runtime, runtime);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(TargetName::of(runtime, name), expected);
    QVERIFY(TargetName::isValid(runtime, expected));
}

void TestAgentConverter::namesAvoidEachOther()
{
    QSet<QString> taken;
    QCOMPARE(TargetName::of(Runtime::GeminiCli, QStringLiteral("Code Reviewer"), &taken), QStringLiteral("code-reviewer"));
    QCOMPARE(TargetName::of(Runtime::GeminiCli, QStringLiteral("code-reviewer"), &taken), QStringLiteral("code-reviewer-2"));
    QCOMPARE(TargetName::of(Runtime::GeminiCli, QStringLiteral("code reviewer"), &taken), QStringLiteral("code-reviewer-3"));
    // Qwen Code compares names without case.
    QSet<QString> qwen;
    QCOMPARE(TargetName::of(Runtime::QwenCode, QStringLiteral("Rev"), &qwen), QStringLiteral("Rev"));
    QCOMPARE(TargetName::of(Runtime::QwenCode, QStringLiteral("rev"), &qwen), QStringLiteral("rev-2"));
}

void TestAgentConverter::relativePaths()
{
    QCOMPARE(TargetName::relativePath(Runtime::ClaudeCode, QStringLiteral("a")), QStringLiteral(".claude/agents/a.md"));
    QCOMPARE(TargetName::relativePath(Runtime::Copilot, QStringLiteral("a")), QStringLiteral(".github/agents/a.agent.md"));
    QCOMPARE(TargetName::relativePath(Runtime::OpenCode, QStringLiteral("a")), QStringLiteral(".opencode/agent/a.md"));
    QCOMPARE(TargetName::relativePath(Runtime::GeminiCli, QStringLiteral("a")), QStringLiteral(".gemini/agents/a.md"));
    QCOMPARE(TargetName::relativePath(Runtime::QwenCode, QStringLiteral("a")), QStringLiteral(".qwen/agents/a.md"));
    QCOMPARE(TargetName::relativePath(Runtime::FactoryDroid, QStringLiteral("a")), QStringLiteral(".factory/droids/a.md"));
    // A Claude Code name that is no file name gets a file name of its own.
    QCOMPARE(TargetName::relativePath(Runtime::ClaudeCode, QStringLiteral("Code Reviewer")), QStringLiteral(".claude/agents/code-reviewer.md"));
}

void TestAgentConverter::scalarsReadBackEverywhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "Reviews diffs" << "Reviews diffs";
    QTest::newRow("colon space") << "Reviews: diffs" << "'Reviews: diffs'";
    QTest::newRow("yaml 1.1 boolean") << "yes" << "'yes'";
    QTest::newRow("date") << "2024-01-01" << "'2024-01-01'";
    QTest::newRow("number") << "1.5" << "'1.5'";
    QTest::newRow("hash") << "#FF5733" << "'#FF5733'";
    QTest::newRow("quote and newline") << "it's\nhere" << "\"it's\\nhere\"";
    QTest::newRow("leading space") << " x" << "' x'";
}

void TestAgentConverter::scalarsReadBackEverywhere()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(ConvertedFrontmatter::scalar(text), written);
    // Every runtime's reader reads the value back as the same string.
    for (const Runtime runtime : {Runtime::ClaudeCode, Runtime::OpenCode, Runtime::GeminiCli, Runtime::QwenCode, Runtime::Copilot}) {
        ConvertedFrontmatter out;
        out.setScalar(QStringLiteral("name"), QStringLiteral("reviewer"));
        out.setScalar(QStringLiteral("description"), text);
        const QByteArray bytes = out.render("\n") + kBody;
        const AgentReading reading = AgentValidator().read(QStringLiteral("/p/") + TargetName::relativePath(runtime, QStringLiteral("reviewer")), bytes,
                                                           AgentScope::Project, runtime);
        QVERIFY2(reading.project.loads, qPrintable(Runtimes::id(runtime) + u' ' + reading.project.reason));
        QCOMPARE(reading.fields.value(QLatin1String("description")).toString(), text);
    }
}

void TestAgentConverter::table()
{
    const ConversionTable &table = ConversionTable::builtin();
    QCOMPARE(table.modelFamily(Runtime::ClaudeCode, QStringLiteral("claude-sonnet-4-5")), QStringLiteral("sonnet"));
    QCOMPARE(table.modelFamily(Runtime::OpenCode, QStringLiteral("anthropic/claude-opus-4-1")), QStringLiteral("opus"));
    QCOMPARE(table.modelFamily(Runtime::GeminiCli, QStringLiteral("gemini-2.5-pro")), QString());
    QCOMPARE(table.modelFor(QStringLiteral("haiku"), Runtime::QwenCode), QStringLiteral("anthropic:claude-haiku-4-5"));
    QCOMPARE(table.modelFor(QStringLiteral("opus"), Runtime::GeminiCli), QString());
    QCOMPARE(table.colorOfHex(table.hexOf(QStringLiteral("Purple"))), QStringLiteral("purple"));
    QCOMPARE(table.permissionMode(QStringLiteral("bypassPermissions"), Runtime::ClaudeCode, Runtime::QwenCode), QStringLiteral("yolo"));
    QCOMPARE(table.permissionMode(QStringLiteral("auto-edit"), Runtime::QwenCode, Runtime::ClaudeCode), QStringLiteral("acceptEdits"));
    QCOMPARE(table.permissionMode(QStringLiteral("plan"), Runtime::ClaudeCode, Runtime::OpenCode), QString());
    QString error;
    QVERIFY(!ConversionTable::fromJson(R"({"schema": 1, "models": {"x": {"nope": "y"}}})", &error));
    QVERIFY2(error.contains(QLatin1String("nope")), qPrintable(error));
}

void TestAgentConverter::geminiFileIsExact()
{
    const QByteArray source = agent("name: Code Reviewer\ndescription: \"Reviews diffs: finds bugs\"\ntools: Read, Grep, Glob, Edit, "
                                    "mcp__github__get_issue\nmodel: inherit\nmaxTurns: 12");
    const AgentConversion c = AgentConverter(Runtime::GeminiCli).convert(kClaudePath, source);
    QVERIFY2(!c.hasErrors(), qPrintable(findingsText(c)));
    QCOMPARE(c.from, Runtime::ClaudeCode);
    QCOMPARE(c.name, QStringLiteral("code-reviewer"));
    QCOMPARE(c.relativePath, QStringLiteral(".gemini/agents/code-reviewer.md"));
    QCOMPARE(c.bytes, QByteArray("---\nname: code-reviewer\ndisplay_name: Code Reviewer\ndescription: 'Reviews diffs: finds bugs'\n"
                                 "tools: [read_file, grep_search, glob, replace, mcp_github_get_issue]\nmodel: inherit\nmax_turns: 12\n---\n")
                 + kBody);
    QVERIFY(c.verdict.loads);
    QVERIFY(c.verdict.needsAcknowledging);
    QVERIFY(hasFinding(c, Severity::Warning, QStringLiteral("name"), QStringLiteral("Renamed to \"code-reviewer\"")));
    QVERIFY2(c.widened.isEmpty() && c.narrowed.isEmpty(), qPrintable(c.widened.join(u',') + u'/' + c.narrowed.join(u',')));
}

void TestAgentConverter::openCodeGetsPermissionsAndPatterns()
{
    const QByteArray source = agent("name: reviewer\ndescription: Reviews diffs\ntools: Read, Bash(git diff:*), Bash(npm test)\nmodel: haiku\n"
                                    "color: Purple\nmaxTurns: 5");
    const AgentConversion c = AgentConverter(Runtime::OpenCode).convert(kClaudePath, source);
    QVERIFY2(!c.hasErrors(), qPrintable(findingsText(c)));
    QCOMPARE(c.relativePath, QStringLiteral(".opencode/agent/reviewer.md"));
    QCOMPARE(c.bytes, QByteArray("---\ndescription: Reviews diffs\nmode: subagent\npermission:\n  \"*\": deny\n  read: allow\n  bash:\n"
                                 "    \"git diff\": allow\n    \"git diff *\": allow\n    \"npm test\": allow\nmodel: anthropic/claude-haiku-4-5\n"
                                 "color: '#8E4EC6'\nsteps: 5\n---\n")
                 + kBody);
    // OpenCode's read permission also reads MCP resources: reported, not hidden.
    QCOMPARE(c.widened, (QStringList{QStringLiteral("ListMcpResourcesTool"), QStringLiteral("ReadMcpResourceTool")}));
    QVERIFY(c.narrowed.isEmpty());
    // The before/after rows leave out what neither grants (`"*": deny` denies every other tool).
    for (const GrantChange &row : c.grants)
        QVERIFY2(level(row.before.state) + level(row.after.state) > 0, qPrintable(row.column));
    QVERIFY(!c.grants.isEmpty());
}

void TestAgentConverter::qwenGetsApprovalModeAndColour()
{
    const QByteArray source = agent("name: reviewer\ndescription: Reviews diffs\ntools: [Read, Write, Bash]\npermissionMode: bypassPermissions\n"
                                    "color: cyan\nmodel: opus");
    const AgentConversion c = AgentConverter(Runtime::QwenCode).convert(kClaudePath, source);
    QVERIFY2(!c.hasErrors(), qPrintable(findingsText(c)));
    QCOMPARE(c.bytes, QByteArray("---\nname: reviewer\ndescription: Reviews diffs\ntools: [read_file, write_file, run_shell_command]\n"
                                 "model: anthropic:claude-opus-4-1\napprovalMode: yolo\ncolor: cyan\n---\n")
                 + kBody);
    // And back: the mode, colour and model family return to Claude Code's words.
    const AgentConversion back = AgentConverter(Runtime::ClaudeCode).convert(QStringLiteral("/p/") + c.relativePath, c.bytes);
    QVERIFY2(!back.hasErrors(), qPrintable(findingsText(back)));
    QCOMPARE(back.bytes, QByteArray("---\nname: reviewer\ndescription: Reviews diffs\ntools: Read, Write, Bash\nmodel: opus\n"
                                    "permissionMode: bypassPermissions\ncolor: cyan\n---\n")
                 + kBody);
}

void TestAgentConverter::findingsNameWhatIsLeftOut()
{
    const QByteArray source = agent("name: reviewer\ndescription: Reviews diffs\ntools: Read, Bash(git *), NoSuchTool\nmodel: sonnet\n"
                                    "permissionMode: plan\ncolor: red\nhooks:\n  Stop: []\nx-team: core");
    const AgentConversion c = AgentConverter(Runtime::GeminiCli).convert(kClaudePath, source);
    QVERIFY2(!c.hasErrors(), qPrintable(findingsText(c)));
    QVERIFY(hasFinding(c, Severity::Warning, QStringLiteral("tools"), QStringLiteral("takes no patterns such as Bash(git *)")));
    QVERIFY(hasFinding(c, Severity::Info, QStringLiteral("tools"), QStringLiteral("\"NoSuchTool\" names no tool of Claude Code")));
    QVERIFY(hasFinding(c, Severity::Warning, QStringLiteral("model"), QStringLiteral("cannot name the model \"sonnet\"")));
    QVERIFY(hasFinding(c, Severity::Warning, QStringLiteral("permissionMode"), QStringLiteral("\"plan\" is not carried over")));
    QVERIFY(hasFinding(c, Severity::Info, QStringLiteral("color"), QStringLiteral("shows no colour")));
    QVERIFY(hasFinding(c, Severity::Warning, QStringLiteral("hooks"), QStringLiteral("Not carried over")));
    QVERIFY(hasFinding(c, Severity::Info, QStringLiteral("x-team"), QStringLiteral("does not read \"x-team\" either")));
    QCOMPARE(c.narrowed, QStringList{QStringLiteral("Bash")});
    QVERIFY(hasFinding(c, Severity::Warning, QStringLiteral("tools"), QStringLiteral("grants less than the source: Bash")));
    // Gemini CLI refuses unknown keys: none of them is written.
    QVERIFY(!c.bytes.contains("hooks") && !c.bytes.contains("x-team") && !c.bytes.contains("color"));
    QVERIFY(c.verdict.loads);
}

void TestAgentConverter::widenedGrantsAreReported()
{
    // Copilot's `edit` is Edit and Write together.
    const AgentConversion c = AgentConverter(Runtime::Copilot).convert(kClaudePath, agent("name: reviewer\ndescription: Reviews diffs\ntools: Read, Edit"));
    QVERIFY2(!c.hasErrors(), qPrintable(findingsText(c)));
    QVERIFY2(c.bytes.contains("tools: [read, edit]\n"), c.bytes.constData());
    QCOMPARE(c.widened, QStringList{QStringLiteral("Write")});
    QVERIFY(hasFinding(c, Severity::Warning, QStringLiteral("tools"), QStringLiteral("grants more than the source: Write")));
    // Side by side: the granted tools, the one widened among them, and those Copilot gives every agent.
    QStringList rows;
    for (const GrantChange &change : c.grants)
        rows << QStringLiteral("%1 %2→%3 %4").arg(change.column).arg(int(change.before.state)).arg(int(change.after.state)).arg(int(change.kind));
    QCOMPARE(rows, (QStringList{QStringLiteral("Read 1→1 0"), QStringLiteral("Write 0→1 1"), QStringLiteral("Edit 1→1 0"),
                                QStringLiteral("Skill 0→1 3"), QStringLiteral("sql 0→1 3")}));
}

void TestAgentConverter::inheritWithDeniedTools()
{
    const QByteArray source = agent("name: reviewer\ndescription: Reviews diffs\ndisallowedTools: Bash, Write");
    const AgentConversion qwen = AgentConverter(Runtime::QwenCode).convert(kClaudePath, source);
    QVERIFY2(qwen.bytes.contains("disallowedTools: [run_shell_command, write_file]\n"), qwen.bytes.constData());
    const AgentConversion opencode = AgentConverter(Runtime::OpenCode).convert(kClaudePath, source);
    QVERIFY2(opencode.bytes.contains("permission:\n  bash: deny\n  edit: deny\n"), opencode.bytes.constData());
    // Gemini CLI has no list of denied tools: every other tool is named instead.
    const AgentConversion gemini = AgentConverter(Runtime::GeminiCli).convert(kClaudePath, source);
    QVERIFY2(!gemini.hasErrors(), qPrintable(findingsText(gemini)));
    QVERIFY2(gemini.bytes.contains("read_file") && !gemini.bytes.contains("run_shell_command") && !gemini.bytes.contains("write_file"),
             gemini.bytes.constData());
    QVERIFY(hasFinding(gemini, Severity::Info, QStringLiteral("tools"), QStringLiteral("has no list of denied tools")));
    for (const AgentConversion *c : {&qwen, &opencode, &gemini}) {
        QVERIFY2(!c->widened.contains(QStringLiteral("Bash")) && !c->widened.contains(QStringLiteral("Write")), qPrintable(c->widened.join(u',')));
        QVERIFY(c->verdict.loads);
    }
}

void TestAgentConverter::alwaysOnToolsAreNotCarried()
{
    // Copilot gives every agent `skill` and `sql`: they are not the file's, so not carried.
    const QByteArray source = agent("name: reviewer\ndescription: Reviews diffs\ntools: [read, execute]");
    const AgentConversion c = AgentConverter(Runtime::ClaudeCode).convert(QStringLiteral("/p/.github/agents/reviewer.agent.md"), source);
    QCOMPARE(c.from, Runtime::Copilot);
    QVERIFY2(!c.hasErrors(), qPrintable(findingsText(c)));
    QVERIFY2(c.bytes.contains("tools: Read, Bash\n"), c.bytes.constData());
    QVERIFY2(c.narrowed.isEmpty() && c.widened.isEmpty(), qPrintable(findingsText(c)));
}

void TestAgentConverter::promptBytesAndLineEndingsKept()
{
    const QByteArray body = "\r\n\r\n  Indented first line, then a table:\r\n| a | b |\r\n\r\n";
    const QByteArray source = "---\r\nname: reviewer\r\ndescription: Reviews diffs\r\n---\r\n" + body;
    const AgentConversion c = AgentConverter(Runtime::GeminiCli).convert(kClaudePath, source);
    QVERIFY2(!c.hasErrors(), qPrintable(findingsText(c)));
    QCOMPARE(c.bytes, "---\r\nname: reviewer\r\ndescription: Reviews diffs\r\n---\r\n" + body);
    // The prompt is where the source's runtime finds it: Qwen Code takes lone CRs as line breaks,
    // OpenCode's block ends right after the closing `---`.
    const AgentConversion qwen = AgentConverter(Runtime::ClaudeCode)
                                     .convert(QStringLiteral("/p/.qwen/agents/reviewer.md"),
                                              "---\rname: reviewer\rdescription: Reviews diffs\r---\rYou review the diff carefully.\r");
    QVERIFY2(qwen.bytes.endsWith("\n---\nYou review the diff carefully.\r"), qwen.bytes.constData());
    const AgentConversion openCode = AgentConverter(Runtime::ClaudeCode)
                                         .convert(QStringLiteral("/p/.opencode/agent/reviewer.md"), "---\ndescription: Reviews diffs\n---\nYou review.\n");
    QVERIFY2(openCode.bytes.endsWith("\n---\nYou review.\n"), openCode.bytes.constData());
}

void TestAgentConverter::sameRuntimeCopiesBytes()
{
    const QByteArray source = agent("name: reviewer\ndescription: Reviews diffs  # kept\ntools: Read");
    const AgentConversion c = AgentConverter(Runtime::ClaudeCode).convert(kClaudePath, source);
    QCOMPARE(c.bytes, source);
    QVERIFY(hasFinding(c, Severity::Info, QString(), QStringLiteral("copied unchanged")));
}

void TestAgentConverter::refusals_data()
{
    QTest::addColumn<Runtime>("target");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("words");
    QTest::newRow("not loaded") << Runtime::GeminiCli << agent("description: Reviews diffs, but has no name") << "does not load this file";
    QTest::newRow("no frontmatter") << Runtime::GeminiCli << QByteArray("Just a prompt.\n") << "does not load this file";
    QTest::newRow("qwen short prompt") << Runtime::QwenCode << agent("name: reviewer\ndescription: Reviews diffs", "Short.\n") << "shorter than 10";
    QTest::newRow("qwen no tools") << Runtime::QwenCode << agent("name: reviewer\ndescription: Reviews diffs\ntools: []") << "empty tools list";
}

void TestAgentConverter::refusals()
{
    QFETCH(Runtime, target);
    QFETCH(QByteArray, source);
    QFETCH(QString, words);
    const AgentConversion c = AgentConverter(target).convert(kClaudePath, source);
    QVERIFY(c.hasErrors());
    QVERIFY2(findingsText(c).contains(words), qPrintable(findingsText(c)));
    QTemporaryDir dir;
    QStringList written;
    QVERIFY(ConversionWriter::write({c}, dir.path(), ConversionWriter::Existing::Refuse, &written).isEmpty());
    QVERIFY(written.isEmpty());
    QVERIFY(scratchTree(dir.path()).isEmpty());
}

void TestAgentConverter::writerNeverOverwritesUnasked()
{
    QTemporaryDir dir;
    QSet<QString> taken;
    const AgentConverter converter(Runtime::GeminiCli);
    const QVector<AgentConversion> conversions{
        converter.convert(kClaudePath, agent("name: reviewer\ndescription: Reviews diffs"), AgentScope::Project, std::nullopt, &taken),
        converter.convert(QStringLiteral("/p/.claude/agents/other.md"), agent("name: Reviewer\ndescription: Reviews again"), AgentScope::Project,
                          std::nullopt, &taken),
    };
    QCOMPARE(conversions.at(1).name, QStringLiteral("reviewer-2"));
    const QString existing = dir.filePath(QStringLiteral(".gemini/agents/reviewer-2.md"));
    writeScratchFile(existing, "mine\n");
    QStringList written;
    const QString error = ConversionWriter::write(conversions, dir.path(), ConversionWriter::Existing::Refuse, &written);
    QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));
    QCOMPARE(scratchTree(dir.path()), (QStringList{QStringLiteral(".gemini"), QStringLiteral(".gemini/agents"), QStringLiteral(".gemini/agents/reviewer-2.md")}));
    QCOMPARE(readScratchFile(existing), QByteArray("mine\n"));
    QVERIFY(ConversionWriter::write(conversions, dir.path(), ConversionWriter::Existing::Overwrite, &written).isEmpty());
    QCOMPARE(written.size(), 2);
    QCOMPARE(readScratchFile(existing), conversions.at(1).bytes);
    QCOMPARE(readScratchFile(dir.filePath(QStringLiteral(".gemini/agents/reviewer.md"))), conversions.at(0).bytes);
}

// Claude Code → X → Claude Code keeps the name X gave, the description, the prompt's bytes
// and the tools X could say; and each step reports every grant it widened or narrowed.
void TestAgentConverter::roundTripOverCorpus()
{
    const QVector<CorpusAgent> files = corpusAgents();
    if (files.isEmpty())
        QSKIP("../shared/corpus is not here");
    QVERIFY(files.size() > 250);
    const ToolCatalog &catalog = ToolCatalog::builtin();
    const AgentValidator validator;
    QStringList problems;
    int loading = 0;
    QHash<Runtime, int> converted;
    for (const auto &[path, scope] : files) {
        const QByteArray bytes = readScratchFile(path);
        const AgentReading source = validator.read(path, bytes, scope, Runtime::ClaudeCode);
        if (!source.verdictIn(scope).loads || !source.isParsed())
            continue;
        ++loading;
        const AgentGrants sourceGrants = AgentGrants::read(source, bytes, catalog);
        for (const Runtime runtime : Runtimes::all()) {
            if (runtime == Runtime::ClaudeCode)
                continue;
            const AgentConversion there = AgentConverter(runtime).convert(path, bytes, scope);
            if (there.hasErrors()) {
                // The one refusal the corpus meets: Qwen Code cannot say "no tools".
                if (!(runtime == Runtime::QwenCode && findingsText(there).contains(QLatin1String("empty tools list"))))
                    problems << QStringLiteral("%1 → %2: %3").arg(path, Runtimes::id(runtime), findingsText(there));
                continue;
            }
            ++converted[runtime];
            const QString therePath = QStringLiteral("/p/") + there.relativePath;
            const AgentReading middle = validator.read(therePath, there.bytes, AgentScope::Project, runtime);
            const AgentGrants middleGrants = AgentGrants::read(middle, there.bytes, catalog);
            const AgentConversion back = AgentConverter(Runtime::ClaudeCode).convert(therePath, there.bytes);
            const AgentReading end = validator.read(kClaudePath, back.bytes, AgentScope::Project, Runtime::ClaudeCode);
            const QString where = QStringLiteral("%1 via %2").arg(QFileInfo(path).fileName(), Runtimes::id(runtime));
            if (back.hasErrors() || !end.project.loads) {
                problems << where + QStringLiteral(": back: ") + findingsText(back);
                continue;
            }
            if (back.name != there.name)
                problems << where + QStringLiteral(": name %1, then %2").arg(there.name, back.name);
            if (end.fields.value(QLatin1String("description")) != source.fields.value(QLatin1String("description")))
                problems << where + QStringLiteral(": description changed");
            const auto body = [](const QByteArray &file, const AgentReading &reading) {
                return file.mid(file.indexOf('\n', file.indexOf("---", reading.contentEnd)) + 1);
            };
            if (body(back.bytes, end) != body(bytes, source))
                problems << where + QStringLiteral(": prompt bytes changed");
            // Each step's report names every column whose grant changed.
            const AgentGrants endGrants = AgentGrants::read(end, back.bytes, catalog);
            const QStringList always = ToolCatalog::builtin().runtimeTools(runtime)->alwaysColumns();
            for (const ToolInfo &tool : catalog.tools()) {
                if (tool.legacy || always.contains(tool.name))
                    continue;
                const int was = level(sourceGrants.grant(tool.name).state);
                const int mid = level(middleGrants.grant(tool.name).state);
                const int now = level(endGrants.grant(tool.name).state);
                const bool bothInherit = sourceGrants.mode() != AgentGrants::Mode::Explicit && middleGrants.mode() != AgentGrants::Mode::Explicit;
                if (!bothInherit && was != mid && !there.widened.contains(tool.name) && !there.narrowed.contains(tool.name))
                    problems << where + QStringLiteral(": %1 changed unreported (%2 → %3)").arg(tool.name).arg(was).arg(mid);
                // Back in Claude Code, the tools are what X granted.
                if (mid != now && !(middleGrants.mode() != AgentGrants::Mode::Explicit && endGrants.mode() != AgentGrants::Mode::Explicit))
                    problems << where + QStringLiteral(": %1 back as %2, %3 there").arg(tool.name).arg(now).arg(mid);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(u'\n') + QStringLiteral("\n(%1 problems)").arg(problems.size())));
    QVERIFY(loading > 240);
    for (const Runtime runtime : Runtimes::all()) {
        if (runtime != Runtime::ClaudeCode)
            QVERIFY2(converted.value(runtime) >= loading - 1, qPrintable(Runtimes::id(runtime)));
    }
    qInfo("%d corpus agents load in Claude Code; converted and back: %s", loading,
          qPrintable(QStringLiteral("opencode %1, gemini %2, qwen %3, copilot %4, factory %5")
                         .arg(converted.value(Runtime::OpenCode))
                         .arg(converted.value(Runtime::GeminiCli))
                         .arg(converted.value(Runtime::QwenCode))
                         .arg(converted.value(Runtime::Copilot))
                         .arg(converted.value(Runtime::FactoryDroid))));
}

QTEST_GUILESS_MAIN(TestAgentConverter)
#include "tst_agentconverter.moc"
