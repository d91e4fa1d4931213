// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/loadstatus.h"
#include "runtime/runtimelocator.h"
#include "runtime/specreader.h"
#include "text/agenttext.h"
#include "validation/agentvalidator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Agentry;

// How the readers of OpenCode, Gemini CLI, Qwen Code, Copilot and Factory Droid read a file,
// quirk by quirk as ../shared/spec/ records each, and their verdicts on the real files of
// ../shared/corpus/runtimes against what each runtime said about them.
class TestSpecReader : public QObject
{
    Q_OBJECT

private slots:
    void everySpecLoads();
    void openCode();
    void openCodeNames();
    void blockScalarAtTheEnd();
    void gemini();
    void qwen();
    void copilot();
    void factory();
    void locations();
    void offsetsOfIllFormedText();
    void byContent();
    void statusTitles();
    void corpusVerdicts_data();
    void corpusVerdicts();

private:
    static AgentReading read(Runtime runtime, const QByteArray &bytes, AgentScope scope = AgentScope::Project, const QString &name = QStringLiteral("agent"))
    {
        return SpecReader::of(runtime)->read(bytes, {name, scope});
    }
    static bool hasIssue(const AgentReading &reading, RuntimeIssue::Effect effect, const QString &words = QString())
    {
        return std::any_of(reading.issues.cbegin(), reading.issues.cend(),
                           [&](const RuntimeIssue &issue) { return issue.effect == effect && issue.message.contains(words); });
    }
};

void TestSpecReader::everySpecLoads()
{
    for (const Runtime runtime : Runtimes::all()) {
        if (runtime == Runtime::ClaudeCode) {
            QVERIFY(!RuntimeSpec::of(runtime));
            continue;
        }
        const RuntimeSpec *spec = RuntimeSpec::of(runtime);
        QVERIFY2(spec, qPrintable(Runtimes::id(runtime)));
        QCOMPARE(spec->runtime(), runtime);
        QVERIFY(!spec->version().isEmpty());
        QVERIFY(!spec->locations().isEmpty());
        QVERIFY(SpecReader::of(runtime));
    }
    QCOMPARE(RuntimeSpec::of(Runtime::OpenCode)->version(), QStringLiteral("1.18.33"));
    QCOMPARE(RuntimeSpec::of(Runtime::GeminiCli)->version(), QStringLiteral("0.61.0"));
    QCOMPARE(RuntimeSpec::of(Runtime::QwenCode)->version(), QStringLiteral("0.24.4"));
    QCOMPARE(RuntimeSpec::of(Runtime::Copilot)->version(), QStringLiteral("1.0.102"));
    QCOMPARE(RuntimeSpec::of(Runtime::FactoryDroid)->version(), QStringLiteral("0.225.2"));
    QString error;
    QVERIFY(!RuntimeSpec::fromJson(R"({"schema": 1, "runtime": "claude-code", "unknownKeys": "keep"})", &error));
    QVERIFY(!RuntimeSpec::fromJson(R"({"schema": 1, "runtime": "opencode", "yaml": "core", "unknownKeys": "maybe"})", &error));
    QVERIFY(error.contains(QLatin1String("unknownKeys")));
    QVERIFY(!RuntimeSpec::fromJson(R"({"schema": 1, "runtime": "opencode", "yaml": "yaml-9", "unknownKeys": "keep"})", &error));
    QVERIFY(error.contains(QLatin1String("yaml")));
    QVERIFY(RuntimeSpec::fromJson(R"({"schema": 1, "runtime": "opencode", "yaml": "js-yaml-3", "unknownKeys": "keep"})", &error));
}

void TestSpecReader::openCode()
{
    const Runtime oc = Runtime::OpenCode;
    AgentReading r = read(oc, "---\ndescription: Reviews code\nmode: subagent\ntools:\n  write: false\n---\nYou are a reviewer.\n");
    QVERIFY(r.project.loads);
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.fields.value(QLatin1String("mode")).toString(), QStringLiteral("subagent"));
    // CRLF (and a BOM): the last line's `\r` is its line break, not the value's (OpenCode 1.18.33 said "Both.").
    for (const QByteArray &start : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
        r = read(oc, start + "---\r\nname: x\r\ndescription: Both.\r\n---\r\nBody text here\r\n");
        QCOMPARE(r.fields.value(QLatin1String("description")).toString(), QStringLiteral("Both."));
    }

    // The retry reads `key: a: b` lines as block text.
    r = read(oc, "---\ndescription: Use this: for reviews\n---\nBody.\n");
    QVERIFY(r.project.loads);
    QCOMPARE(r.outcome, AgentReading::Outcome::Lenient);
    QCOMPARE(r.fields.value(QLatin1String("description")).toString(), QStringLiteral("Use this: for reviews"));
    // A retry that still fails: the file is skipped without a word.
    r = read(oc, "---\ndescription: Use this: for reviews\nmode: [x\n---\nBody.\n");
    QVERIFY(!r.project.loads);
    QVERIFY(!r.project.breaksRuntime);
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::Refuses));
    // A retry that changes nothing: gray-matter's cache loads the whole file, settings lost.
    r = read(oc, "---\ndescription: [unclosed\n---\nBody.\n");
    QVERIFY(r.project.loads);
    QVERIFY(r.project.withoutSettings);
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::DropsSettings));
    QCOMPARE(LoadStatus::of(r, AgentScope::Project).title(), QStringLiteral("Loads in OpenCode without its settings"));
    r = read(oc, "---\ndescription: a\ndescription: b\n---\nBody.\n");
    QVERIFY(r.project.withoutSettings);
    // No closing line: the rest of the file is the YAML.
    r = read(oc, "---\ndescription: a\nmode: primary\n");
    QVERIFY(r.project.loads);
    QCOMPARE(r.fields.value(QLatin1String("mode")).toString(), QStringLiteral("primary"));
    // `----` opens nothing: the whole file is the prompt.
    r = read(oc, "----\ndescription: a\n----\nBody.\n");
    QCOMPARE(r.outcome, AgentReading::Outcome::Missing);
    QVERIFY(r.project.loads);
    // A schema error stops OpenCode, in its words, every issue reported.
    r = read(oc, "---\nmode: banana\ntemperature: hot\ntools: [read]\nsteps: 0\n---\nBody.\n");
    QVERIFY(!r.project.loads);
    QVERIFY(r.project.breaksRuntime);
    QCOMPARE(LoadStatus::of(r, AgentScope::Project).state, LoadStatus::State::StopsRuntime);
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::StopsRuntime, QStringLiteral("Expected \"subagent\" | \"primary\" | \"all\", got \"banana\" mode")));
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::StopsRuntime, QStringLiteral("Expected number | undefined, got \"hot\" temperature")));
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::StopsRuntime, QStringLiteral("Expected object | undefined, got [\"read\"] tools")));
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::StopsRuntime, QStringLiteral("Expected a value greater than 0, got 0 steps")));
    // An empty value is null, which no field takes; `yes` is a string; a date is a date.
    QVERIFY(read(oc, "---\ndescription:\n---\nB\n").project.breaksRuntime);
    QVERIFY(read(oc, "---\nhidden: yes\n---\nB\n").project.breaksRuntime);
    QVERIFY(read(oc, "---\ndescription: 2024-01-01\n---\nB\n").project.breaksRuntime);
    QVERIFY(!read(oc, "---\nhidden: True\n---\nB\n").project.breaksRuntime);
    // js-yaml 3 reads a tab before an item as no indentation; a line without a colon is an error.
    QVERIFY(read(oc, "---\ndescription: x\ntools:\n\t- read\n---\nB\n").project.breaksRuntime);
    QVERIFY(read(oc, "---\ndescription: x\n\nJust text.\n").project.withoutSettings);
    // Permissions: actions, pattern maps, and keys that take an action only.
    QVERIFY(!read(oc, "---\npermission:\n  edit: deny\n  bash:\n    \"git *\": allow\n    \"*\": ask\n---\nB\n").project.breaksRuntime);
    r = read(oc, "---\npermission:\n  webfetch:\n    \"*\": allow\n---\nB\n");
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::StopsRuntime, QStringLiteral("permission.webfetch")));
    QVERIFY(read(oc, "---\npermission:\n  bash:\n    \"rm *\": nope\n---\nB\n").project.breaksRuntime);
    QVERIFY(read(oc, "---\ncolor: red\n---\nB\n").project.breaksRuntime);
    QVERIFY(!read(oc, "---\ncolor: \"#FF5733\"\n---\nB\n").project.breaksRuntime);
    // Unknown keys are the model's options; a Claude tool name grants nothing.
    r = read(oc, "---\nreasoningEffort: high\ntools:\n  Read: true\n---\nB\n");
    QVERIFY(r.project.loads);
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::UnknownTool, QStringLiteral("“read”")));
    QVERIFY(!hasIssue(r, RuntimeIssue::Effect::Ignored));
}

// A folded description at the end of the frontmatter, as the runtimes answered on this
// machine: the JavaScript libraries keep a final line break the text does not have, libyaml not.
void TestSpecReader::blockScalarAtTheEnd()
{
    const QByteArray file = "---\nname: gradle-build-agent\ndescription: >\n  Specialized build text\n---\nYou build things with gradle all day.\n";
    for (const Runtime runtime : {Runtime::GeminiCli, Runtime::QwenCode, Runtime::OpenCode, Runtime::Copilot}) {
        const AgentReading r = read(runtime, file);
        QVERIFY(r.project.loads);
        QCOMPARE(r.fields.value(QLatin1String("description")).toString(),
                 runtime == Runtime::Copilot ? QStringLiteral("Specialized build text") : QStringLiteral("Specialized build text\n"));
    }
}

void TestSpecReader::openCodeNames()
{
    const QString home = QStringLiteral("/home/u");
    QCOMPARE(RuntimeLocator::placeFor(Runtime::OpenCode, QStringLiteral("/p/.opencode/agent/team/rev.md"), home).derivedName, QStringLiteral("team/rev"));
    QCOMPARE(RuntimeLocator::placeFor(Runtime::OpenCode, QStringLiteral("/p/.opencode/agents/a/b/c.v2.md"), home).derivedName, QStringLiteral("a/b/c.v2"));
    QCOMPARE(read(Runtime::OpenCode, "---\nname: other\n---\nB\n").project.name, QStringLiteral("other"));
    QCOMPARE(RuntimeLocator::placeFor(Runtime::Copilot, QStringLiteral("/p/.github/agents/sub/deeper/z.agent.md"), home).derivedName,
             QStringLiteral("sub--deeper--z"));
    QCOMPARE(RuntimeLocator::placeFor(Runtime::Copilot, QStringLiteral("/p/.github/agents/y.agent.agent.md"), home).derivedName, QStringLiteral("y.agent"));
}

void TestSpecReader::gemini()
{
    const Runtime g = Runtime::GeminiCli;
    const QByteArray good = "---\nname: reviewer\ndescription: Reviews code\ntools: [read_file, grep_search, mcp_github_list]\n---\nBody.\n";
    AgentReading r = read(g, good);
    QVERIFY(r.project.loads);
    QVERIFY(r.project.needsAcknowledging);
    QCOMPARE(LoadStatus::of(r, AgentScope::Project).title(), QStringLiteral("Needs acknowledging in Gemini CLI"));
    QVERIFY(!read(g, good, AgentScope::User).project.needsAcknowledging);
    // A BOM, a leading blank line or an empty block: no frontmatter.
    QVERIFY(!read(g, "\xEF\xBB\xBF" + good).project.loads);
    QVERIFY(!read(g, "\n" + good).project.loads);
    QVERIFY(!read(g, "---\n---\nBody.\n").project.loads);
    // Strict keys, strict tool names, a list only.
    r = read(g, "---\nname: reviewer\ndescription: x\ncolor: blue\nmcpServers: {}\n---\nB\n");
    QVERIFY(!r.project.loads);
    QCOMPARE(LoadStatus::of(r, AgentScope::Project).title(), QStringLiteral("Rejected by Gemini CLI"));
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::Refuses, QStringLiteral("Unrecognized key(s) in object: 'color'")));
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::Refuses, QStringLiteral("mcp_servers")));
    r = read(g, "---\nname: reviewer\ndescription: x\ntools: [Read, read_file]\n---\nB\n");
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::Refuses, QStringLiteral("tools.0: Invalid tool name (its name for “Read” is “read_file”)")));
    QVERIFY(!hasIssue(r, RuntimeIssue::Effect::Refuses, QStringLiteral("tools.1")));
    r = read(g, "---\nname: reviewer\ndescription: x\ntools: read_file\n---\nB\n");
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::Refuses, QStringLiteral("(Local Agent) tools: Expected array, received string")));
    QVERIFY(hasIssue(read(g, "---\nname: Code Reviewer\ndescription: x\n---\nB\n"), RuntimeIssue::Effect::Refuses,
                     QStringLiteral("name: Name must be a valid slug")));
    QVERIFY(hasIssue(read(g, "---\nname: r\n---\nB\n"), RuntimeIssue::Effect::Refuses, QStringLiteral("description: Required")));
    QVERIFY(hasIssue(read(g, "---\nname: r\ndescription: x\nmax_turns: 0\n---\nB\n"), RuntimeIssue::Effect::Refuses,
                     QStringLiteral("max_turns: Number must be greater than 0")));
    QVERIFY(!read(g, "---\nname: r\ndescription: x\n  bad: indent\n---\nB\n").project.loads);
}

void TestSpecReader::qwen()
{
    const Runtime q = Runtime::QwenCode;
    const QByteArray good = "---\nname: reviewer\ndescription: Reviews code\ntools: [read_file, Grep]\n---\nYou review the diff.\n";
    QVERIFY(read(q, good).project.loads);
    QVERIFY(read(q, good).issues.isEmpty());
    // BOM and CRLF are normalised; the closing line needs its newline.
    QVERIFY(read(q, "\xEF\xBB\xBF---\r\nname: reviewer\r\ndescription: x\r\n---\r\nYou review the diff.\r\n").project.loads);
    QVERIFY(!read(q, "---\nname: reviewer\ndescription: x\n---").project.loads);
    // Lone CRs are line breaks too: the block and the prompt lie where Qwen Code finds them.
    const QByteArray cr = "\xEF\xBB\xBF---\rname: reviewer\r\ndescription: x\r---\rYou review the diff.\r";
    AgentReading crs = read(q, cr);
    QVERIFY(crs.project.loads);
    QCOMPARE(crs.contentStart, qsizetype(7));
    QCOMPARE(crs.contentEnd, cr.indexOf("---\rYou"));
    QCOMPARE(crs.blockEnd, cr.indexOf("You"));
    // Invalid YAML goes to the line parser.
    AgentReading r = read(q, "---\nname: reviewer\ndescription: foo: bar: baz\n---\nYou review the diff.\n");
    QVERIFY(r.project.loads);
    QCOMPARE(r.outcome, AgentReading::Outcome::Lenient);
    QCOMPARE(r.fields.value(QLatin1String("description")).toString(), QStringLiteral("foo: bar: baz"));
    // Its rules: numbers as names, reserved names, short prompts, approval modes.
    QVERIFY(read(q, "---\nname: 123\ndescription: x\n---\nYou review the diff.\n").project.loads);
    r = read(q, "---\nname: System\ndescription: x\n---\nYou review the diff.\n");
    QVERIFY(!r.project.loads);
    QCOMPARE(LoadStatus::of(r, AgentScope::Project).title(), QStringLiteral("Skipped by Qwen Code"));
    QVERIFY(r.project.reason.contains(QLatin1String("\"System\" is a reserved name and cannot be used")));
    QVERIFY(read(q, "---\nname: reviewer\ndescription: x\n---\nShort.\n").project.reason.contains(QLatin1String("at least 10 characters")));
    QVERIFY(read(q, "---\nname: reviewer\ndescription: x\napprovalMode: weird\n---\nYou review the diff.\n")
                .project.reason.contains(QLatin1String("Invalid \"approvalMode\" value \"weird\". Valid values: plan, default, auto-edit, auto, yolo, bubble")));
    QVERIFY(read(q, "---\nname: reviewer\ndescription: x\nmodel: \"openai:\"\n---\nYou review the diff.\n")
                .project.reason.contains(QLatin1String("Model selector must include a model ID after the authType")));
    QVERIFY(read(q, "---\nname: reviewer\n---\nYou review the diff.\n").project.reason.contains(QLatin1String("Missing \"description\" in frontmatter")));
    QVERIFY(read(q, "---\nname: reviewer\ndescription: x\nmodel: []\n---\nYou review the diff.\n").project.loads);
    // What it drops silently, and tool names it does not have.
    r = read(q, "---\nname: reviewer\ndescription: x\ncolor: teal\ntools: [Read]\n---\nYou review the diff.\n");
    QVERIFY(r.project.loads);
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::Ignored, QStringLiteral("color")));
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::UnknownTool, QStringLiteral("“read_file”")));
}

void TestSpecReader::copilot()
{
    const Runtime c = Runtime::Copilot;
    QVERIFY(read(c, "\xEF\xBB\xBF---\ndescription: x\n---\nB\n").project.loads);
    QVERIFY(read(c, "---  \r\ndescription: x\r\n---\t\r\nB\n").project.loads);
    // YAML 1.2 core types: a date is text.
    for (const QByteArray &yaml : {QByteArray("description: 2024-01-01"), QByteArray("description: |\n  x\ncreated: 2024-01-01")}) {
        const AgentReading dated = read(c, "---\n" + yaml + "\n---\nB\n");
        QVERIFY2(dated.project.loads, qPrintable(dated.project.reason));
    }
    AgentReading r = read(c, "---\nname: reviewer\n---\nB\n");
    QVERIFY(!r.project.loads);
    QCOMPARE(LoadStatus::of(r, AgentScope::Project).title(), QStringLiteral("Rejected by GitHub Copilot"));
    QVERIFY(r.project.reason.contains(QLatin1String("custom agent markdown frontmatter is malformed: description: Required")));
    // Only the first problem, in the order of its fields.
    r = read(c, "---\ndescription: x\ninfer: yes\nmodel-policy: maybe\n---\nB\n");
    QVERIFY(r.project.reason.contains(QLatin1String("infer: Expected boolean, received string")));
    QCOMPARE(r.issues.size(), 1);
    QVERIFY(read(c, "---\ndescription: x\nmodel: []\n---\nB\n").project.reason.contains(QLatin1String("Expected a non-empty list of model names")));
    QVERIFY(!read(c, "---\nname: general-purpose\ndescription: x\n---\nB\n").project.loads);
    r = read(c, "---\ndescription: x\nhandoffs: []\ntools: [read, terminal]\n---\nB\n");
    QVERIFY(r.project.loads);
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::Ignored, QStringLiteral("unknown field ignored: handoffs")));
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::UnknownTool, QStringLiteral("“terminal”")));
    QVERIFY(!hasIssue(r, RuntimeIssue::Effect::UnknownTool, QStringLiteral("“read”")));
    QVERIFY(!read(c, QByteArray("---\ndescription: x\n---\ncaf\xE9\n")).project.loads);
}

void TestSpecReader::factory()
{
    const Runtime f = Runtime::FactoryDroid;
    AgentReading r = read(f, "---\nname: reviewer\ndescription: x\ntools: [Read, Grep]\n---\nB\n");
    QVERIFY(r.project.loads);
    QCOMPARE(r.project.name, QStringLiteral("reviewer"));
    // One wrong type drops the whole frontmatter: the droid runs with every tool.
    r = read(f, "---\nname: reviewer\ndescription: 123\ntools: [Read]\n---\nB\n");
    QVERIFY(r.project.loads);
    QVERIFY(r.project.withoutSettings);
    QCOMPARE(r.project.name, QStringLiteral("agent"));
    QVERIFY(hasIssue(r, RuntimeIssue::Effect::DropsSettings, QStringLiteral("“description”")));
    QVERIFY(read(f, "---\nname: reviewer\ndescription:\n---\nB\n").project.withoutSettings);
    // A BOM hides the block; a YAML error goes to the line parser.
    QVERIFY(read(f, "\xEF\xBB\xBF---\nname: reviewer\n---\nB\n").project.withoutSettings);
    r = read(f, "---\nname: reviewer\ndescription: Use it: always\n---\nB\n");
    QCOMPARE(r.outcome, AgentReading::Outcome::Lenient);
    QCOMPARE(r.project.name, QStringLiteral("reviewer"));
    QVERIFY(hasIssue(read(f, "---\nname: r\ntools: all\n---\nB\n"), RuntimeIssue::Effect::UnknownTool, QStringLiteral("“all”")));
    QVERIFY(hasIssue(read(f, "---\nname: r\ntools: Read, Bash\n---\nB\n"), RuntimeIssue::Effect::UnknownTool, QStringLiteral("“Execute”")));
}

// An ill-formed byte decodes to one U+FFFD of three bytes: offsets count the file's bytes.
void TestSpecReader::offsetsOfIllFormedText()
{
    const QByteArray bytes("---\nname: r\xFF\xFE\ndescription: d\n---\nBody \xFF.\n");
    for (const Runtime runtime : {Runtime::GeminiCli, Runtime::FactoryDroid, Runtime::QwenCode, Runtime::OpenCode}) {
        const AgentReading r = read(runtime, bytes);
        QVERIFY2(r.blockEnd <= bytes.size() && r.contentEnd <= r.blockEnd, qPrintable(Runtimes::id(runtime)));
        QCOMPARE(bytes.mid(r.contentEnd, 3), QByteArray("---"));
    }
}

void TestSpecReader::locations()
{
    const QString home = QStringLiteral("/home/u");
    auto located = [&home](const char *path) { return RuntimeLocator::locate(QString::fromLatin1(path), home); };
    QCOMPARE(located("/p/.claude/agents/a.md")->runtime, Runtime::ClaudeCode);
    QCOMPARE(located("/p/.opencode/agent/team/a.md")->runtime, Runtime::OpenCode);
    QCOMPARE(located("/p/.opencode/modes/a.md")->runtime, Runtime::OpenCode);
    QVERIFY(!located("/p/.opencode/modes/sub/a.md"));
    QCOMPARE(located("/home/u/.config/opencode/agent/a.md")->place.scope, AgentScope::User);
    QCOMPARE(located("/p/.gemini/agents/a.md")->runtime, Runtime::GeminiCli);
    QCOMPARE(located("/p/.gemini/agents/a.md")->place.scope, AgentScope::Project);
    QCOMPARE(located("/home/u/.gemini/agents/a.md")->place.scope, AgentScope::User);
    QVERIFY(!located("/p/.gemini/agents/_draft.md"));
    QVERIFY(!located("/p/.gemini/agents/sub/a.md"));
    QCOMPARE(located("/p/.qwen/agents/a.md")->runtime, Runtime::QwenCode);
    QCOMPARE(located("/p/.github/agents/sub/a.agent.md")->runtime, Runtime::Copilot);
    QCOMPARE(located("/home/u/.copilot/agents/a.md")->runtime, Runtime::Copilot);
    QCOMPARE(located("/p/.factory/droids/a.md")->runtime, Runtime::FactoryDroid);
    QVERIFY(!located("/p/docs/a.md"));
    QCOMPARE(located("/home/u/.opencode/agent/a.md")->place.scope, AgentScope::User);
    // A folder under the home folder is read only where a runtime lists a user folder.
    QVERIFY(!located("/home/u/.github/agents/a.md"));
    // A project's .claude/agents is Copilot's too, the user's is not.
    const QVector<RuntimeLocator::Located> project = RuntimeLocator::alsoReadBy(QStringLiteral("/p/.claude/agents/team/a.md"), home);
    QCOMPARE(project.size(), 1);
    QCOMPARE(project.first().runtime, Runtime::Copilot);
    QCOMPARE(project.first().place.derivedName, QStringLiteral("team--a"));
    QVERIFY(RuntimeLocator::alsoReadBy(QStringLiteral("/home/u/.claude/agents/a.md"), home).isEmpty());
    QVERIFY(RuntimeLocator::alsoReadBy(QStringLiteral("/p/.gemini/agents/a.md"), home).isEmpty());
}

void TestSpecReader::byContent()
{
    auto of = [](const char *json, const char *name = "a.md") {
        return RuntimeLocator::byContent(QString::fromLatin1(name), QJsonDocument::fromJson(json).object());
    };
    QCOMPARE(of(R"({"name": "a", "tools": "Read, Grep"})"), Runtime::ClaudeCode);
    QCOMPARE(of(R"({"name": "a"})", "a.agent.md"), Runtime::Copilot);
    QCOMPARE(of(R"({"description": "a", "mode": "subagent"})"), Runtime::OpenCode);
    QCOMPARE(of(R"({"tools": {"read": true}})"), Runtime::OpenCode);
    QCOMPARE(of(R"({"name": "a", "max_turns": 5})"), Runtime::GeminiCli);
    QCOMPARE(of(R"({"name": "a", "tools": ["read_file", "google_web_search"]})"), Runtime::GeminiCli);
    QCOMPARE(of(R"({"name": "a", "approvalMode": "plan"})"), Runtime::QwenCode);
    QCOMPARE(of(R"({"name": "a", "reasoningEffort": "high"})"), Runtime::FactoryDroid);
}

void TestSpecReader::statusTitles()
{
    AgentReading claude;
    claude.project.loads = true;
    QCOMPARE(LoadStatus::of(claude, AgentScope::Project).title(), QStringLiteral("Loads in Claude Code"));
    const AgentReading stops = read(Runtime::OpenCode, "---\nmode: x\n---\nB\n");
    QCOMPARE(LoadStatus::of(stops, AgentScope::Project).title(), QStringLiteral("Stops OpenCode from starting"));
}

// The proof: on ../shared/corpus/runtimes, each file's verdict is what its runtime said, with
// an error on no file it loads with its settings and a finding on every one it does not.
void TestSpecReader::corpusVerdicts_data()
{
    QTest::addColumn<QString>("verdicts");
    QTest::addColumn<QString>("runtime");
    QTest::newRow("opencode") << "verdicts-opencode.json" << "opencode";
    QTest::newRow("gemini") << "verdicts-gemini.json" << "gemini-cli";
    QTest::newRow("qwen") << "verdicts-qwen.json" << "qwen-code";
    QTest::newRow("copilot") << "verdicts-copilot.json" << "copilot";
}

void TestSpecReader::corpusVerdicts()
{
    QFETCH(QString, verdicts);
    QFETCH(QString, runtime);
    const QDir base(QStringLiteral(AGENTRY_CORPUS_DIR "/runtimes"));
    QFile file(base.filePath(verdicts));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/corpus/runtimes is not here");
    const QJsonObject files = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("files")).toObject();
    QVERIFY(files.size() > 15);
    const AgentValidator validator;
    int checked = 0;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QJsonObject said = it.value().toObject();
        QFile agent(base.filePath(it.key()));
        QVERIFY2(agent.open(QIODevice::ReadOnly), qPrintable(it.key()));
        // Read where the runtime found it (the real folders), not forced.
        const AgentFindings found = validator.validate(agent.fileName(), AgentText::fromBytes(agent.readAll()), AgentScope::Project,
                                                       RuleContext::Fixes::Skip, {}, Runtimes::fromId(runtime));
        const QString where = it.key();
        QCOMPARE(Runtimes::id(found.reading.runtime), runtime);
        QVERIFY2(found.reading.project.loads == said.value(QLatin1String("loads")).toBool(), qPrintable(where));
        QCOMPARE(found.reading.project.breaksRuntime, said.value(QLatin1String("breaks_runtime")).toBool());
        const bool withSettings = said.value(QLatin1String("loads")).toBool() && !said.value(QLatin1String("prompt_is_whole_file")).toBool();
        QCOMPARE(found.reading.project.withoutSettings, said.value(QLatin1String("prompt_is_whole_file")).toBool());
        bool error = false;
        for (const Diagnostic &d : found.diagnostics)
            error = error || d.severity == Severity::Error;
        QVERIFY2(error != withSettings, qPrintable(where));
        if (said.contains(QLatin1String("needs_acknowledgement")))
            QCOMPARE(found.reading.project.needsAcknowledging, said.value(QLatin1String("needs_acknowledgement")).toBool());
        ++checked;
    }
    QCOMPARE(checked, files.size());
}

QTEST_GUILESS_MAIN(TestSpecReader)
#include "tst_specreader.moc"
