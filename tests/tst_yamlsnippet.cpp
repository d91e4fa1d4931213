// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/frontmatterpatcher.h"
#include "text/yamljson.h"
#include "text/yamlsnippet.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Agentry;

class TestYamlSnippet : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void valueText_data();
    void valueText();
    void valueTextRoundTripsOverCorpus();
    void scanKeys_data();
    void scanKeys();
    void scanKeysOfBrokenCorpusFile();
};

void TestYamlSnippet::check_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("line");   // 0 when valid
    QTest::addColumn<int>("column");

    QTest::newRow("scalar") << QStringLiteral("opus") << 0 << 0;
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("map") << QStringLiteral("PreToolUse:\n  - matcher: Bash\n") << 0 << 0;
    QTest::newRow("flow list") << QStringLiteral("[a, b]") << 0 << 0;
    QTest::newRow("unclosed flow list") << QStringLiteral("[a, b") << 1 << 1;
    QTest::newRow("unclosed quote") << QStringLiteral("a: 1\nb: \"x") << 2 << 6;
    QTest::newRow("bad indentation") << QStringLiteral("a:\n  b: 1\n c: 2") << 3 << 2;
}

void TestYamlSnippet::check()
{
    QFETCH(QString, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    const std::optional<YamlError> error = YamlSnippet::check(yaml);
    QCOMPARE(error.has_value(), line > 0);
    if (error) {
        QCOMPARE(error->line, line);
        QCOMPARE(error->column, column);
        QVERIFY(!error->message.isEmpty());
    }
}

void TestYamlSnippet::valueText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << QByteArray("---\nversion: 2025-11-09\n---\n") << QStringLiteral("version") << QStringLiteral("2025-11-09");
    QTest::newRow("comment left out") << QByteArray("---\nx: 1   # note\n---\n") << QStringLiteral("x") << QStringLiteral("1");
    QTest::newRow("quoted") << QByteArray("---\nx: 'a: b'\n---\n") << QStringLiteral("x") << QStringLiteral("'a: b'");
    QTest::newRow("empty") << QByteArray("---\nx:\ny: 1\n---\n") << QStringLiteral("x") << QString();
    QTest::newRow("block map dedented") << QByteArray("---\nhooks:\n  Stop:\n    - a\ny: 1\n---\n") << QStringLiteral("hooks")
                                        << QStringLiteral("Stop:\n  - a");
    QTest::newRow("comment on key line left out") << QByteArray("---\nm: # c\n  - a\n---\n") << QStringLiteral("m") << QStringLiteral("- a");
    QTest::newRow("block scalar keeps header") << QByteArray("---\np: |\n    one\n\n    two\n---\n") << QStringLiteral("p")
                                               << QStringLiteral("|\n  one\n\n  two");
    QTest::newRow("CRLF") << QByteArray("---\r\nm:\r\n  - a\r\n  - b\r\n---\r\n") << QStringLiteral("m") << QStringLiteral("- a\n- b");
}

void TestYamlSnippet::valueText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, key);
    QFETCH(QString, text);
    const AgentText agent = AgentText::fromBytes(bytes);
    const FrontmatterField *field = agent.frontmatter.field(key);
    QVERIFY(field);
    QCOMPARE(YamlSnippet::valueText(agent, *field), text);
    // What the form shows reads back as the value, once it ends a line as in the file.
    QCOMPARE(YamlJson::parse(text + u'\n', nullptr).value_or(QJsonValue(QJsonValue::Undefined)), field->value);
}

// What "Other fields" shows for any key, written back unchanged, leaves the file as it was.
void TestYamlSnippet::valueTextRoundTripsOverCorpus()
{
    int checked = 0;
    QDirIterator it(QStringLiteral(AGENTRY_CORPUS_DIR), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const AgentText text = AgentText::fromBytes(file.readAll());
        if (!text.frontmatter.isEditable() || !text.facts.validUtf8)
            continue;
        const FrontmatterPatcher editor(text);
        for (const FrontmatterField &field : text.frontmatter.fields()) {
            if (text.frontmatter.field(field.key) != &field)
                continue; // a repeated key: the last one is the one edited
            const QString shown = YamlSnippet::valueText(text, field);
            const FieldPatch result = editor.setYaml(field.key, shown);
            const QByteArray after = result.status == FieldPatch::Status::Changed ? result.edit.appliedTo(text.bytes) : text.bytes;
            QVERIFY2(result.status != FieldPatch::Status::Refused, qPrintable(path + u' ' + field.key + u' ' + result.message));
            QVERIFY2(after == text.bytes, qPrintable(path + u' ' + field.key));
            ++checked;
        }
    }
    QVERIFY(checked > 500);
}

void TestYamlSnippet::scanKeys_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("unquoted colon") << QByteArray("---\nname: a\ndescription: Use when: always\ntools: Read\n---\nBody: text\n")
                                    << QStringList{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tools")}
                                    << QStringList{QStringLiteral("a"), QStringLiteral("Use when: always"), QStringLiteral("Read")}
                                    << QList<int>{1, 2, 3};
    QTest::newRow("continuation lines") << QByteArray("---\nname: a\ndescription: x: y\n  more\nplain line\nmodel: opus\n---\n")
                                        << QStringList{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("model")}
                                        << QStringList{QStringLiteral("a"), QStringLiteral("x: y"), QStringLiteral("opus")}
                                        << QList<int>{1, 2, 5};
    QTest::newRow("repeated keys are text") << QByteArray("---\nname: a\ndescription: e.g.\nuser: hi\nassistant: ok\nuser: bye\n"
                                                          "assistant: ok\ntools: Read\n---\n")
                                            << QStringList{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tools")}
                                            << QStringList{QStringLiteral("a"), QStringLiteral("e.g."), QStringLiteral("Read")}
                                            << QList<int>{1, 2, 7};
    QTest::newRow("never closed: stops at the body") << QByteArray("---\nname: a\ndescription: b\n\n# Title\nNote: not a key\n")
                                                     << QStringList{QStringLiteral("name"), QStringLiteral("description")}
                                                     << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QList<int>{1, 2};
    QTest::newRow("no frontmatter") << QByteArray("name: a\n") << QStringList() << QStringList() << QList<int>();
}

void TestYamlSnippet::scanKeys()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, values);
    QFETCH(QList<int>, lines);
    const QVector<YamlSnippet::ScannedKey> found = YamlSnippet::scanKeys(AgentText::fromBytes(bytes));
    QStringList foundKeys;
    QStringList foundValues;
    QList<int> foundLines;
    for (const YamlSnippet::ScannedKey &key : found) {
        foundKeys.append(key.key);
        foundValues.append(key.value);
        foundLines.append(key.line);
    }
    QCOMPARE(foundKeys, keys);
    QCOMPARE(foundValues, values);
    QCOMPARE(foundLines, lines);
}

void TestYamlSnippet::scanKeysOfBrokenCorpusFile()
{
    QFile file(QStringLiteral(AGENTRY_CORPUS_DIR "/ccplugins__awesome-claude-code-plugins/plugins/api-tester/agents/api-tester.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const AgentText text = AgentText::fromBytes(file.readAll());
    QVERIFY(!text.frontmatter.isParsed());
    const QVector<YamlSnippet::ScannedKey> keys = YamlSnippet::scanKeys(text);
    QVERIFY(keys.size() >= 2);
    QCOMPARE(keys.at(0).key, QStringLiteral("name"));
    QCOMPARE(keys.at(0).value, QStringLiteral("api-tester"));
    QCOMPARE(keys.at(1).key, QStringLiteral("description"));
    QVERIFY(keys.at(1).continues); // its `user:` and `assistant:` lines are not keys
    QCOMPARE(keys.size(), 4);       // name, description, color, tools
    QVERIFY(keys.at(1).value.startsWith(QStringLiteral("Use this agent for comprehensive API testing")));
}

QTEST_GUILESS_MAIN(TestYamlSnippet)
#include "tst_yamlsnippet.moc"
