// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/fieldspec.h"
#include "text/toollist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Agentry;

class TestFieldSpec : public QObject
{
    Q_OBJECT

private slots:
    void claudeCodeOrder();
    void claudeCodeKinds();
    void otherDialects_data();
    void otherDialects();
    void labelsAndHelp_data();
    void labelsAndHelp();
    void find();
    void nameFromFileName_data();
    void nameFromFileName();
    void toolList_data();
    void toolList();
};

static QStringList keysOf(Dialect dialect)
{
    QStringList keys;
    for (const FieldSpec &spec : FieldSpecs::forDialect(dialect))
        keys.append(spec.key);
    return keys;
}

// Every key of the spec's field table, in the form's order.
void TestFieldSpec::claudeCodeOrder()
{
    const QStringList expected{
        QStringLiteral("name"),         QStringLiteral("description"),       QStringLiteral("color"),
        QStringLiteral("tools"),        QStringLiteral("disallowedTools"),   QStringLiteral("model"),
        QStringLiteral("effort"),       QStringLiteral("permissionMode"),    QStringLiteral("memory"),
        QStringLiteral("isolation"),    QStringLiteral("background"),        QStringLiteral("maxTurns"),
        QStringLiteral("skills"),       QStringLiteral("initialPrompt"),     QStringLiteral("mcpServers"),
        QStringLiteral("hooks"),        QStringLiteral("omitClaudeMd"),      QStringLiteral("autoCompactWindow"),
        QStringLiteral("observer"),     QStringLiteral("observerMessage"),   QStringLiteral("observeSubagents"),
        QStringLiteral("observeToolResults"),
    };
    QCOMPARE(keysOf(Dialect::ClaudeCode), expected);

    // Sections never go back: the form shows them in this order.
    int section = 0;
    for (const FieldSpec &spec : FieldSpecs::forDialect(Dialect::ClaudeCode)) {
        QVERIFY2(int(spec.section) >= section, qPrintable(spec.key));
        section = int(spec.section);
    }
}

void TestFieldSpec::claudeCodeKinds()
{
    using Kind = FieldSpec::Kind;
    const auto spec = [](const char *key) { return FieldSpecs::find(Dialect::ClaudeCode, QLatin1String(key)); };
    QCOMPARE(spec("name")->kind, Kind::LineText);
    QVERIFY(spec("name")->isRequired());
    QCOMPARE(spec("description")->kind, Kind::MultiLineText);
    QVERIFY(spec("description")->isRequired());
    QCOMPARE(spec("tools")->kind, Kind::ToolList);
    QVERIFY(!spec("tools")->flags.testFlag(FieldSpec::Flag::Compact));
    QCOMPARE(spec("disallowedTools")->kind, Kind::ToolList);
    QVERIFY(spec("disallowedTools")->flags.testFlag(FieldSpec::Flag::Compact));
    QCOMPARE(spec("model")->kind, Kind::Model);
    QCOMPARE(spec("model")->allowedValues,
             (QStringList{QStringLiteral("inherit"), QStringLiteral("sonnet"), QStringLiteral("opus"), QStringLiteral("haiku")}));
    QCOMPARE(spec("color")->kind, Kind::Color);
    QCOMPARE(spec("color")->allowedValues,
             (QStringList{QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green"), QStringLiteral("yellow"),
                          QStringLiteral("purple"), QStringLiteral("orange"), QStringLiteral("pink"), QStringLiteral("cyan")}));
    QCOMPARE(spec("effort")->kind, Kind::Choice);
    QVERIFY(spec("effort")->flags.testFlag(FieldSpec::Flag::AcceptsInteger));
    QCOMPARE(spec("effort")->allowedValues.size(), 5);
    QCOMPARE(spec("permissionMode")->allowedValues,
             (QStringList{QStringLiteral("default"), QStringLiteral("acceptEdits"), QStringLiteral("plan"),
                          QStringLiteral("bypassPermissions"), QStringLiteral("dontAsk"), QStringLiteral("auto")}));
    QCOMPARE(spec("memory")->allowedValues, (QStringList{QStringLiteral("user"), QStringLiteral("project"), QStringLiteral("local")}));
    QCOMPARE(spec("isolation")->allowedValues, (QStringList{QStringLiteral("worktree"), QStringLiteral("remote")}));
    QCOMPARE(spec("background")->kind, Kind::Boolean);
    QCOMPARE(spec("maxTurns")->kind, Kind::Integer);
    QCOMPARE(spec("maxTurns")->minimum, 1);
    QCOMPARE(spec("autoCompactWindow")->minimum, 100000);
    QCOMPARE(spec("skills")->kind, Kind::StringList);
    QCOMPARE(spec("mcpServers")->kind, Kind::YamlSnippet);
    QCOMPARE(spec("hooks")->kind, Kind::YamlSnippet);
    QCOMPARE(spec("omitClaudeMd")->section, FieldSpec::Section::Advanced);
    QCOMPARE(spec("observer")->section, FieldSpec::Section::Advanced);
}

void TestFieldSpec::otherDialects_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QStringList>("mustHave");
    QTest::addColumn<QStringList>("mustNotHave");

    QTest::newRow("copilot") << int(Dialect::Copilot)
                             << QStringList{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tools"), QStringLiteral("model")}
                             << QStringList{QStringLiteral("color"), QStringLiteral("hooks")};
    QTest::newRow("opencode") << int(Dialect::OpenCode)
                              << QStringList{QStringLiteral("description"), QStringLiteral("mode"), QStringLiteral("tools"), QStringLiteral("model")}
                              << QStringList{QStringLiteral("color"), QStringLiteral("name")};
    QTest::newRow("unknown") << int(Dialect::Unknown) << QStringList{QStringLiteral("name"), QStringLiteral("description")}
                             << QStringList{QStringLiteral("tools"), QStringLiteral("model")};
}

void TestFieldSpec::otherDialects()
{
    QFETCH(int, dialect);
    QFETCH(QStringList, mustHave);
    QFETCH(QStringList, mustNotHave);
    const QStringList keys = keysOf(Dialect(dialect));
    for (const QString &key : std::as_const(mustHave))
        QVERIFY2(keys.contains(key), qPrintable(key));
    for (const QString &key : std::as_const(mustNotHave))
        QVERIFY2(!keys.contains(key), qPrintable(key));
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    // OpenCode's tools are a map of switches, not Claude's list.
    if (Dialect(dialect) == Dialect::OpenCode)
        QCOMPARE(FieldSpecs::find(Dialect::OpenCode, QStringLiteral("tools"))->kind, FieldSpec::Kind::YamlSnippet);
}

void TestFieldSpec::labelsAndHelp_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("claude-code") << int(Dialect::ClaudeCode);
    QTest::newRow("copilot") << int(Dialect::Copilot);
    QTest::newRow("opencode") << int(Dialect::OpenCode);
    QTest::newRow("gemini-cli") << int(Dialect::GeminiCli);
    QTest::newRow("qwen-code") << int(Dialect::QwenCode);
    QTest::newRow("factory-droid") << int(Dialect::FactoryDroid);
    QTest::newRow("unknown") << int(Dialect::Unknown);
}

void TestFieldSpec::labelsAndHelp()
{
    QFETCH(int, dialect);
    QSet<QChar> mnemonics;
    for (const FieldSpec &spec : FieldSpecs::forDialect(Dialect(dialect))) {
        QVERIFY2(!spec.label().isEmpty(), qPrintable(spec.key));
        QVERIFY2(!spec.help().isEmpty(), qPrintable(spec.key));
        QVERIFY2(!spec.help().contains(u'\n'), qPrintable(spec.key));
        const qsizetype amp = spec.label().indexOf(u'&');
        if (amp < 0)
            continue;
        // Two labels with one mnemonic would make Alt+letter ambiguous.
        const QChar letter = spec.label().at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(letter), qPrintable(spec.label()));
        mnemonics.insert(letter);
    }
    QVERIFY(!FieldSpecs::sectionTitle(FieldSpec::Section::Advanced).isEmpty());
}

void TestFieldSpec::find()
{
    QVERIFY(FieldSpecs::find(Dialect::ClaudeCode, QStringLiteral("model")));
    QVERIFY(!FieldSpecs::find(Dialect::ClaudeCode, QStringLiteral("version")));
    QVERIFY(!FieldSpecs::find(Dialect::ClaudeCode, QStringLiteral("Model"))); // keys match by case, as in the client
    QVERIFY(!FieldSpecs::find(Dialect::Unknown, QStringLiteral("tools")));
}

void TestFieldSpec::nameFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("/a/b/code-reviewer.md") << QStringLiteral("code-reviewer");
    QTest::newRow("spaces and case") << QStringLiteral("Python Backend Expert.md") << QStringLiteral("python-backend-expert");
    QTest::newRow("copilot suffix") << QStringLiteral("reviewer.agent.md") << QStringLiteral("reviewer");
    QTest::newRow("underscores and dots") << QStringLiteral("003_d07c.v2.md") << QStringLiteral("003-d07c-v2");
    QTest::newRow("no letters") << QStringLiteral("___.md") << QStringLiteral("agent");
    QTest::newRow("empty") << QString() << QStringLiteral("agent");
}

void TestFieldSpec::nameFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, name);
    QCOMPARE(FieldSpecs::nameFromFileName(fileName), name);
}

void TestFieldSpec::toolList_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QStringList>("entries");

    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << true << QStringList();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << true << QStringList();
    QTest::newRow("empty string") << QJsonValue(QString()) << true << QStringList();
    QTest::newRow("comma string") << QJsonValue(QStringLiteral("Read, Grep,Glob")) << true
                                  << QStringList{QStringLiteral("Read"), QStringLiteral("Grep"), QStringLiteral("Glob")};
    QTest::newRow("space separated") << QJsonValue(QStringLiteral("Read Grep")) << true
                                     << QStringList{QStringLiteral("Read"), QStringLiteral("Grep")};
    QTest::newRow("rule keeps its inside") << QJsonValue(QStringLiteral("Bash(git diff:*), Read(./src/**, x)")) << true
                                           << QStringList{QStringLiteral("Bash(git diff:*)"), QStringLiteral("Read(./src/**, x)")};
    QTest::newRow("list") << QJsonValue(QJsonArray{QStringLiteral("Read"), QStringLiteral("Bash(npm run test *)")}) << true
                          << QStringList{QStringLiteral("Read"), QStringLiteral("Bash(npm run test *)")};
    QTest::newRow("list with a number") << QJsonValue(QJsonArray{QStringLiteral("Read"), 3}) << false << QStringList();
    QTest::newRow("map (OpenCode)") << QJsonValue(QJsonObject{{QStringLiteral("write"), false}}) << false << QStringList();
    QTest::newRow("bool") << QJsonValue(true) << false << QStringList();
}

void TestFieldSpec::toolList()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, readable);
    QFETCH(QStringList, entries);
    const std::optional<QStringList> read = ToolList::fromValue(value);
    QCOMPARE(read.has_value(), readable);
    if (readable)
        QCOMPARE(*read, entries);
}

QTEST_GUILESS_MAIN(TestFieldSpec)
#include "tst_fieldspec.moc"
