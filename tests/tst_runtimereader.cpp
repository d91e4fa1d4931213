// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/bunyaml.h"
#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Agentry;

// How Agentry reads agent files as the Claude Code client does: the profiles, the block
// pattern, the strict parse and its quoting retry, the load rules, and agreement with the
// client's own verdicts on every corpus file.
class TestRuntimeReader : public QObject
{
    Q_OBJECT

private slots:
    void profiles();
    void profileErrors_data();
    void profileErrors();
    void blocks_data();
    void blocks();
    void retryRewrite_data();
    void retryRewrite();
    void outcomes_data();
    void outcomes();
    void bunAgreement_data();
    void bunAgreement();
    void bunValues_data();
    void bunValues();
    void projectLoads_data();
    void projectLoads();
    void pluginLoads();
    void olderClient();
    void client332();
    void toolAvailability();
    void positions();
    void corpusAgreement();

private:
    static AgentReading read(const QByteArray &bytes) { return RuntimeReader(RuntimeProfile::latest()).read(bytes); }
};

void TestRuntimeReader::profiles()
{
    QCOMPARE(RuntimeProfile::versions(), (QStringList{QStringLiteral("2.1.197"), QStringLiteral("2.1.330"), QStringLiteral("2.1.332")}));
    QCOMPARE(RuntimeProfile::latest().version(), QStringLiteral("2.1.332"));
    QVERIFY(!RuntimeProfile::find(QStringLiteral("9.9.9")));
    const RuntimeProfile &latest = RuntimeProfile::latest();
    QVERIFY(latest.dropsBom());
    QVERIFY(latest.retry());
    QVERIFY(latest.refusesZeroTools());
    QCOMPARE(latest.load().nameMaxLength, 256);
    QCOMPARE(latest.fields().colors.size(), 8);
    const RuntimeProfile *old = RuntimeProfile::find(QStringLiteral("2.1.197"));
    QVERIFY(old);
    QVERIFY(!old->dropsBom());
    QVERIFY(!old->refusesZeroTools());
    QVERIFY(RuntimeProfile::compareVersions(QStringLiteral("2.1.63"), QStringLiteral("2.1.197")) < 0);
    QVERIFY(RuntimeProfile::compareVersions(QStringLiteral("2.1.330"), QStringLiteral("2.1.330")) == 0);
    // The built-in data is the source file.
    QFile source(QStringLiteral(AGENTRY_SOURCE_DIR "/resources/runtimes/claude-code-2.1.332.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<RuntimeProfile> fromSource = RuntimeProfile::fromJson(source.readAll(), &error);
    QVERIFY2(fromSource, qPrintable(error));
    QCOMPARE(fromSource->fields().keys, latest.fields().keys);
}

void TestRuntimeReader::profileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("schema") << QByteArray(R"({"schema": 2, "client": "1"})");
    QTest::newRow("no client") << QByteArray(R"({"schema": 1})");
    QTest::newRow("no group") << QByteArray(R"({"schema": 1, "client": "1", "frontmatter": {"block": "^---"}})");
    QTest::newRow("bad pattern") << QByteArray(R"({"schema": 1, "client": "1", "frontmatter": {"block": "^(---"}})");
    QTest::newRow("no keys") << QByteArray(R"({"schema": 1, "client": "1", "frontmatter": {"block": "^---\\s*\\n([\\s\\S]*?)---"}})");
}

void TestRuntimeReader::profileErrors()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!RuntimeProfile::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestRuntimeReader::blocks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("yaml"); // what the client parses; empty with `missing`
    QTest::addColumn<bool>("missing");
    QTest::newRow("plain") << QByteArray("---\nname: a\n---\nbody") << QByteArray("name: a\n") << false;
    QTest::newRow("bom dropped") << QByteArray("\xEF\xBB\xBF---\nname: a\n---\n") << QByteArray("name: a\n") << false;
    QTest::newRow("crlf kept") << QByteArray("---\r\nname: a\r\n---\r\n") << QByteArray("name: a\r\n") << false;
    QTest::newRow("dashes in a value close it") << QByteArray("---\ndescription: a --- b\n---\n") << QByteArray("description: a ") << false;
    QTest::newRow("four dashes close it") << QByteArray("---\nname: a\n----\n") << QByteArray("name: a\n") << false;
    QTest::newRow("blank lines after the opener") << QByteArray("---\n\n\nname: a\n---\n") << QByteArray("name: a\n") << false;
    QTest::newRow("spaces after the opener") << QByteArray("---   \nname: a\n---\n") << QByteArray("name: a\n") << false;
    QTest::newRow("empty block") << QByteArray("---\n---\nbody") << QByteArray() << false;
    QTest::newRow("not on line 1") << QByteArray("\n---\nname: a\n---\n") << QByteArray() << true;
    QTest::newRow("indented") << QByteArray(" ---\nname: a\n---\n") << QByteArray() << true;
    QTest::newRow("never closed") << QByteArray("---\nname: a\n") << QByteArray() << true;
    QTest::newRow("dots do not close it") << QByteArray("---\nname: a\n...\n") << QByteArray() << true;
    QTest::newRow("opener with text") << QByteArray("--- x\nname: a\n---\n") << QByteArray() << true;
    QTest::newRow("no frontmatter") << QByteArray("# Title\n") << QByteArray() << true;
    QTest::newRow("empty file") << QByteArray() << QByteArray() << true;
}

void TestRuntimeReader::blocks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, yaml);
    QFETCH(bool, missing);
    const AgentReading reading = read(bytes);
    QCOMPARE(reading.outcome == AgentReading::Outcome::Missing, missing);
    if (!missing)
        QCOMPARE(bytes.mid(reading.contentStart, reading.contentEnd - reading.contentStart), yaml);
}

void TestRuntimeReader::retryRewrite_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("rewritten");
    QTest::newRow("colon") << QStringLiteral("description: a: b") << QStringLiteral("description: \"a: b\"");
    QTest::newRow("escapes") << QStringLiteral("d: say \"hi\": \\o/") << QStringLiteral("d: \"say \\\"hi\\\": \\\\o/\"");
    QTest::newRow("escapes at both ends") << QStringLiteral("d: \\\"a: b\"\\") << QStringLiteral("d: \"\\\\\\\"a: b\\\"\\\\\"");
    QTest::newRow("quoted stays") << QStringLiteral("d: \"a: b\"") << QStringLiteral("d: \"a: b\"");
    QTest::newRow("valid list stays") << QStringLiteral("tools: [Read, Grep]") << QStringLiteral("tools: [Read, Grep]");
    QTest::newRow("broken list quoted") << QStringLiteral("tools: [Read, [Grep]") << QStringLiteral("tools: \"[Read, [Grep]\"");
    QTest::newRow("star") << QStringLiteral("tools: *") << QStringLiteral("tools: \"*\"");
    QTest::newRow("no indicator") << QStringLiteral("name: plain text") << QStringLiteral("name: plain text");
    QTest::newRow("indented line untouched") << QStringLiteral("  d: a: b") << QStringLiteral("  d: a: b");
    QTest::newRow("crlf line untouched") << QStringLiteral("d: a: b\r") << QStringLiteral("d: a: b\r");
    QTest::newRow("key with digits untouched") << QStringLiteral("d1: a: b") << QStringLiteral("d1: a: b");
    QTest::newRow("leading tabs") << QStringLiteral("a:\n\t\tb: c") << QStringLiteral("a:\n    b: c");
}

void TestRuntimeReader::retryRewrite()
{
    QFETCH(QString, yaml);
    QFETCH(QString, rewritten);
    QCOMPARE(RuntimeReader(RuntimeProfile::latest()).retryText(yaml).value_or(QString()), rewritten);
}

void TestRuntimeReader::outcomes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("ok") << QByteArray("---\nname: a\ndescription: b\n---\n") << QStringLiteral("ok");
    QTest::newRow("unquoted colon") << QByteArray("---\nname: a\ndescription: use: this\n---\n") << QStringLiteral("lenient");
    QTest::newRow("star tools") << QByteArray("---\nname: a\ntools: *\n---\n") << QStringLiteral("lenient");
    QTest::newRow("crlf colon") << QByteArray("---\r\nname: a\r\ndescription: use: this\r\n---\r\n") << QStringLiteral("broken");
    QTest::newRow("unindented continuation")
        << QByteArray("---\nname: a\ndescription: one: two\nuser: \"x\"\nthree\n---\n") << QStringLiteral("broken");
    QTest::newRow("unclosed quote") << QByteArray("---\nname: 'a\n---\n") << QStringLiteral("broken");
    QTest::newRow("comment only") << QByteArray("---\ndescription: ## text\n---\n") << QStringLiteral("ok");
    QTest::newRow("missing") << QByteArray("# x\n") << QStringLiteral("missing");
}

void TestRuntimeReader::outcomes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, outcome);
    const AgentReading reading = read(bytes);
    QCOMPARE(QString::fromLatin1(AgentReading::outcomeName(reading.outcome)), outcome);
    if (reading.outcome == AgentReading::Outcome::Lenient) {
        QVERIFY(reading.strictError);
        QVERIFY(!reading.rewritten.isEmpty());
    }
    if (reading.outcome == AgentReading::Outcome::Broken)
        QVERIFY(reading.retryError);
}

// Documents where yaml-cpp alone and Bun's YAML.parse (the client's parser) disagree, with
// Bun's verdict, recorded with Bun 1.4.4 (the runtime of client 2.1.330): BunYaml must
// side with Bun.
void TestRuntimeReader::bunAgreement_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("parses");
    QTest::newRow("tab-only last line") << QByteArray("model: sonnet\n\t") << true;
    QTest::newRow("space-tab line") << QByteArray("a: |\n  x\n \t") << true;
    QTest::newRow("tab line after quoted later key") << QByteArray("m: i\nt: \"x\"\n\t") << false;
    QTest::newRow("tab line after quoted first key") << QByteArray("t: \"x\"\n\t") << true;
    QTest::newRow("tab line after a comment") << QByteArray("m: i\nt: x\n# c\n\t") << false;
    QTest::newRow("tab line after an empty value") << QByteArray("name: a\ndescription:\n\t\n Master") << false;
    QTest::newRow("tab line inside a block text") << QByteArray("a: |\n  x\n\t\n  y") << false;
    QTest::newRow("unclosed double quote") << QByteArray("a: \"x\n") << false;
    QTest::newRow("unclosed single quote") << QByteArray("a: 'x\n") << false;
    QTest::newRow("empty flow entry") << QByteArray("a: [, b]") << false;
    QTest::newRow("empty flow map entry") << QByteArray("a: {,}") << false;
    QTest::newRow("indented first key") << QByteArray(" name: a\nmodel: b") << false;
    QTest::newRow("keys out of line") << QByteArray("  a: x\nb: y") << false;
    QTest::newRow("bare word after a key") << QByteArray("a: x\nb") << false;
    QTest::newRow("unindented continuation") << QByteArray("description: a\nmodel:- opus") << false;
    QTest::newRow("list then key") << QByteArray("- b\nmodel: sonnet") << false;
    QTest::newRow("directive") << QByteArray("%model: inherit") << false;
    QTest::newRow("quoted value unindented") << QByteArray("a: \"x\ny\"") << false;
    QTest::newRow("comma-led value") << QByteArray("description: ,Elite") << true;
    QTest::newRow("comma-led key") << QByteArray("a: x\n, b: c") << true;
    QTest::newRow("tagged key") << QByteArray("description:\n!xmodel: inherit") << false;
    QTest::newRow("key: key") << QByteArray(": description:") << false;
    QTest::newRow("empty key") << QByteArray(": x") << true;
    QTest::newRow("anchored map") << QByteArray("a: &a\n  b: c\nd: *a") << true;
    QTest::newRow("explicit key") << QByteArray("? a\n: b") << true;
    QTest::newRow("document end") << QByteArray("a: x\n...\n") << true;
    QTest::newRow("lone carriage return") << QByteArray("a: x\rb: y") << true;
    QTest::newRow("comment ends a root text") << QByteArray("name #: review\nmodel: sonnet") << false;
}

void TestRuntimeReader::bunAgreement()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, parses);
    const BunYaml::Result result = BunYaml::parse(yaml);
    QVERIFY2(result.isParsed() == parses, qPrintable(result.error.message));
}

void TestRuntimeReader::bunValues_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("json"); // Bun's JSON.stringify of the result
    QTest::newRow("core schema") << QByteArray("a: 0o17\nb: 0x1F\nc: 0X1F\nd: 1_000\ne: yes\nf: 012\ng: 1.\nh: ~")
                                 << QByteArray(R"({"a":15,"b":31,"c":"0X1F","d":"1_000","e":"yes","f":12,"g":1,"h":null})");
    QTest::newRow("tags") << QByteArray("a: !!str 5\nb: !foo 5\nc: !!float 5\nd: !x\ne: !!str")
                          << QByteArray(R"({"a":"5","b":"5","c":5,"d":null,"e":""})");
    QTest::newRow("escapes") << QByteArray("a: \"\\N\"\nb: \"\\_\"\nc: \"\\x2D--\"") << QByteArray("{\"a\":\"\xC2\x85\",\"b\":\"\xC2\xA0\",\"c\":\"---\"}");
    QTest::newRow("inner bom kept") << QByteArray("a: \xEF\xBB\xBFx") << QByteArray("{\"a\":\"\\ufeffx\"}");
    QTest::newRow("leading bom dropped") << QByteArray("\xEF\xBB\xBF" "a: x") << QByteArray(R"({"a":"x"})");
    QTest::newRow("merge keys") << QByteArray("a: 1\n<<: {a: 2, b: 3}") << QByteArray(R"({"a":1,"b":3})");
    QTest::newRow("duplicates: last wins") << QByteArray("a: 1\na: 2") << QByteArray(R"({"a":2})");
    QTest::newRow("comment cuts") << QByteArray("a: x # y\nb: ## z") << QByteArray(R"({"a":"x","b":null})");
    QTest::newRow("block text at the end") << QByteArray("d: |\n  x\n  - Bash") << QByteArray(R"({"d":"x\n- Bash\n"})");
    QTest::newRow("two documents") << QByteArray("a: x\n...\nb: y\n") << QByteArray(R"([{"a":"x"},{"b":"y"}])");
}

void TestRuntimeReader::bunValues()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, json);
    const BunYaml::Result result = BunYaml::parse(yaml);
    QVERIFY2(result.isParsed(), qPrintable(result.error.message));
    const QJsonDocument expected = QJsonDocument::fromJson(json);
    QCOMPARE(*result.value, expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object()));
}

void TestRuntimeReader::projectLoads_data()
{
    QTest::addColumn<QByteArray>("frontmatter");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<QString>("field");
    QTest::newRow("fine") << QByteArray("name: a\ndescription: b") << true << QString();
    QTest::newRow("no name") << QByteArray("description: b") << false << QStringLiteral("name");
    QTest::newRow("number name") << QByteArray("name: 5\ndescription: b") << false << QStringLiteral("name");
    QTest::newRow("dash name") << QByteArray("name: -a\ndescription: b") << false << QString();
    QTest::newRow("colon name") << QByteArray("name: a:b\ndescription: b") << false << QString();
    QTest::newRow("full-width colon") << QByteArray("name: a\xEF\xBC\x9A" "b\ndescription: b") << false << QString();
    QTest::newRow("long name") << QByteArray("name: ") + QByteArray(257, 'a') + QByteArray("\ndescription: b") << false << QString();
    QTest::newRow("256 is fine") << QByteArray("name: ") + QByteArray(256, 'a') + QByteArray("\ndescription: b") << true << QString();
    QTest::newRow("no description") << QByteArray("name: a") << false << QStringLiteral("description");
    QTest::newRow("comment description") << QByteArray("name: a\ndescription: ## x") << false << QStringLiteral("description");
    QTest::newRow("number description") << QByteArray("name: a\ndescription: 5") << false << QStringLiteral("description");
    QTest::newRow("empty description") << QByteArray("name: a\ndescription: ''") << false << QStringLiteral("description");
    QTest::newRow("hooks list") << QByteArray("name: a\ndescription: b\nhooks: []") << false << QStringLiteral("hooks");
    QTest::newRow("hooks map") << QByteArray("name: a\ndescription: b\nhooks: {}") << true << QString();
    QTest::newRow("hooks null") << QByteArray("name: a\ndescription: b\nhooks:") << true << QString();
    QTest::newRow("hooks text") << QByteArray("name: a\ndescription: b\nhooks: run") << false << QStringLiteral("hooks");
    QTest::newRow("top-level guard") << QByteArray("name: a\ndescription: b\nPreToolUse:\n  - matcher: Bash") << false << QStringLiteral("hooks");
    QTest::newRow("empty top-level guard") << QByteArray("name: a\ndescription: b\nPreToolUse: []") << true << QString();
    QTest::newRow("single matcher") << QByteArray("name: a\ndescription: b\nhooks:\n  matcher: Bash\n  hooks: [{type: command, command: x}]")
                                    << false << QStringLiteral("hooks");
    QTest::newRow("guard not a list") << QByteArray("name: a\ndescription: b\nhooks:\n  PreToolUse: x") << false << QStringLiteral("hooks");
    QTest::newRow("unknown event ignored") << QByteArray("name: a\ndescription: b\nhooks:\n  Whenever: x") << true << QString();
}

void TestRuntimeReader::projectLoads()
{
    QFETCH(QByteArray, frontmatter);
    QFETCH(bool, loads);
    QFETCH(QString, field);
    const AgentReading reading = read("---\n" + frontmatter + "\n---\nprompt\n");
    QCOMPARE(reading.project.loads, loads);
    if (!field.isEmpty())
        QCOMPARE(reading.project.field, field);
    QCOMPARE(reading.project.reason.isEmpty(), loads);
}

void TestRuntimeReader::pluginLoads()
{
    const RuntimeReader reader(RuntimeProfile::latest());
    const AgentReading broken = reader.read("---\nname: a\ndescription: 'x\n---\n", QStringLiteral("helper.md"));
    QCOMPARE(broken.outcome, AgentReading::Outcome::Broken);
    QVERIFY(!broken.project.loads);
    QVERIFY(broken.plugin.loads);
    QCOMPARE(broken.plugin.name, QStringLiteral("helper"));
    const AgentReading named = reader.read("---\nname: 42\n---\n", QStringLiteral("helper.md"));
    QCOMPARE(named.plugin.name, QStringLiteral("42"));
    const AgentReading missing = reader.read("# Helper\n", QStringLiteral("helper.md"));
    QVERIFY(missing.plugin.loads);
    QVERIFY(!missing.project.loads);
}

void TestRuntimeReader::olderClient()
{
    const RuntimeReader old(*RuntimeProfile::find(QStringLiteral("2.1.197")));
    // 2.1.197 keeps the BOM, so its `^---` does not match.
    QCOMPARE(old.read("\xEF\xBB\xBF---\nname: a\ndescription: b\n---\n").outcome, AgentReading::Outcome::Missing);
    QCOMPARE(read("\xEF\xBB\xBF---\nname: a\ndescription: b\n---\n").outcome, AgentReading::Outcome::Ok);
    // Its loader retries too (n2d), with `(.+)` for the value.
    QCOMPARE(old.read("---\nname: a\ndescription: use: this\n---\n").outcome, AgentReading::Outcome::Lenient);
    // It knows no name length limit, no `:` rule and no hooks guard.
    QVERIFY(old.read("---\nname: a:b\ndescription: b\nhooks: []\n---\n").project.loads);
}

// 2.1.332 reads agents as 2.1.330 does; it adds one hook event and one plugin.json field.
void TestRuntimeReader::client332()
{
    const RuntimeProfile &older = *RuntimeProfile::find(QStringLiteral("2.1.330"));
    const RuntimeProfile &newer = *RuntimeProfile::find(QStringLiteral("2.1.332"));
    QCOMPARE(newer.fields().keys, older.fields().keys);
    QCOMPARE(newer.load().topLevelHookGuards, older.load().topLevelHookGuards);
    QCOMPARE(newer.load().pluginIgnores, older.load().pluginIgnores);
    QCOMPARE(newer.refusesZeroTools(), older.refusesZeroTools());
    const QSet<QString> olderEvents(older.fields().hookEvents.cbegin(), older.fields().hookEvents.cend());
    const QSet<QString> newerEvents(newer.fields().hookEvents.cbegin(), newer.fields().hookEvents.cend());
    QCOMPARE(newerEvents - olderEvents, QSet<QString>{QStringLiteral("PreSkillShellCommand")});
    QVERIFY((olderEvents - newerEvents).isEmpty());
    QStringList added = newer.pluginKeys().manifest;
    for (const QString &key : older.pluginKeys().manifest)
        QVERIFY2(added.removeOne(key), qPrintable(key));
    QCOMPARE(added, QStringList{QStringLiteral("optionalDependencies")});
    QCOMPARE(newer.pluginKeys().entry, older.pluginKeys().entry);

    // A hook on the new event: 2.1.330 ignores the entry, 2.1.332 registers it; both load the agent.
    const QByteArray hooked = "---\nname: a\ndescription: b\nhooks:\n  PreSkillShellCommand:\n    - matcher: \"*\"\n"
                              "      hooks:\n        - type: command\n          command: ./check.sh\n---\n";
    for (const RuntimeProfile *profile : {&older, &newer}) {
        const RuntimeReader reader(*profile);
        const AgentReading reading = reader.read(hooked);
        QVERIFY2(reading.project.loads, qPrintable(profile->version()));
        QVERIFY(!reader.hooksProblem(reading.fields));
    }
}

void TestRuntimeReader::toolAvailability()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    const RuntimeProfile &latest = RuntimeProfile::latest();
    const RuntimeProfile &old = *RuntimeProfile::find(QStringLiteral("2.1.197"));
    QCOMPARE(latest.availability(*catalog.find(QStringLiteral("Read"))), RuntimeProfile::ToolAvailability::Available);
    QCOMPARE(latest.availability(*catalog.find(QStringLiteral("MultiEdit"))), RuntimeProfile::ToolAvailability::Removed);
    QCOMPARE(latest.availability(*catalog.find(QStringLiteral("BashOutput"))), RuntimeProfile::ToolAvailability::Removed);
    QCOMPARE(old.availability(*catalog.find(QStringLiteral("BashOutput"))), RuntimeProfile::ToolAvailability::Available);
}

void TestRuntimeReader::positions()
{
    // Errors come back in file coordinates: 0-based lines, UTF-16 columns.
    const AgentReading reading = read("---\nname: ä\ndescription: x\nbad line\n---\n");
    QCOMPARE(reading.outcome, AgentReading::Outcome::Broken);
    QVERIFY(reading.strictError);
    QCOMPARE(reading.contentLine, 1);
    QCOMPARE(reading.close.line, 4);
    QCOMPARE(reading.close.column, 0);
    const AgentReading lenient = read("---\nname: a\ndescription: a: b\n---\n");
    QCOMPARE(lenient.rewritten.size(), 1);
    QCOMPARE(lenient.rewritten.first().line, 2);
    QCOMPARE(lenient.rewritten.first().key, QStringLiteral("description"));
    QCOMPARE(lenient.fields.value(QLatin1String("description")).toString(), QStringLiteral("a: b"));
}

// The hard requirement: on every file of the shared corpus, the frontmatter class equals the
// verdict of the real client (claude-code-verdicts.json, client 2.1.330).
void TestRuntimeReader::corpusAgreement()
{
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR);
    QFile file(corpus + QStringLiteral("/claude-code-verdicts.json"));
    if (!file.exists())
        QSKIP("The shared corpus is not beside the project.");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject verdicts = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("files")).toObject();
    QCOMPARE(verdicts.size(), 289);
    const RuntimeReader reader(RuntimeProfile::latest());
    int agree = 0;
    QStringList wrong;
    for (auto it = verdicts.begin(); it != verdicts.end(); ++it) {
        QFile agent(corpus + u'/' + it.key());
        QVERIFY2(agent.open(QIODevice::ReadOnly), qPrintable(it.key()));
        const QString expected = it.value().toObject().value(QLatin1String("frontmatter")).toString();
        const QString got = QString::fromLatin1(AgentReading::outcomeName(reader.read(agent.readAll()).outcome));
        if (got == expected)
            ++agree;
        else
            wrong.append(QStringLiteral("%1: client %2, Agentry %3").arg(it.key(), expected, got));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QCOMPARE(agree, 289);
}

QTEST_GUILESS_MAIN(TestRuntimeReader)
#include "tst_runtimereader.moc"
