// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/frontmatterpatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Agentry;

using Status = FieldPatch::Status;

class TestFrontmatterPatcher : public QObject
{
    Q_OBJECT

private slots:
    void setValue_data();
    void setValue();
    void setYaml_data();
    void setYaml();
    void remove_data();
    void remove();
    void unchanged_data();
    void unchanged();
    void refused_data();
    void refused();
};

// A JSON value written compactly in the data tables: "s:text" is a string, anything else JSON.
static QJsonValue value(const QByteArray &spec)
{
    if (spec.startsWith("s:"))
        return QString::fromUtf8(spec.mid(2));
    return QJsonDocument::fromJson("[" + spec + "]").array().at(0);
}

static QByteArray applied(const QByteArray &before, const FieldPatch &result)
{
    return result.status == Status::Changed ? result.edit.appliedTo(before) : before;
}

void TestFrontmatterPatcher::setValue_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("newValue");
    QTest::addColumn<QByteArray>("after");

    const QByteArray basic("---\nname: a\ndescription: Does things.\ntools: Read, Grep\nmodel: sonnet\n---\nBody\n");
    QTest::newRow("plain string") << basic << QStringLiteral("model") << QByteArray("s:opus")
                                  << QByteArray("---\nname: a\ndescription: Does things.\ntools: Read, Grep\nmodel: opus\n---\nBody\n");
    QTest::newRow("string needing quotes") << basic << QStringLiteral("description") << QByteArray("s:Use when: always")
                                           << QByteArray("---\nname: a\ndescription: 'Use when: always'\ntools: Read, Grep\nmodel: sonnet\n---\nBody\n");
    QTest::newRow("string with a quote gets double quotes") << basic << QStringLiteral("description") << QByteArray("s:it's: here")
                                           << QByteArray("---\nname: a\ndescription: \"it's: here\"\ntools: Read, Grep\nmodel: sonnet\n---\nBody\n");
    QTest::newRow("string that looks like a bool") << basic << QStringLiteral("model") << QByteArray("s:true")
                                                   << QByteArray("---\nname: a\ndescription: Does things.\ntools: Read, Grep\nmodel: 'true'\n---\nBody\n");
    QTest::newRow("comma string stays a comma string") << basic << QStringLiteral("tools") << QByteArray(R"J(["Read", "Edit", "Bash(git diff:*)"])J")
                                        << QByteArray("---\nname: a\ndescription: Does things.\ntools: Read, Edit, Bash(git diff:*)\nmodel: sonnet\n---\nBody\n");
    QTest::newRow("comma string without spaces") << QByteArray("---\ntools: Read,Grep\n---\n") << QStringLiteral("tools") << QByteArray(R"J(["Read","Edit"])J")
                                                 << QByteArray("---\ntools: Read,Edit\n---\n");
    QTest::newRow("flow list stays flow") << QByteArray("---\ntools: [Read, Grep]\n---\n") << QStringLiteral("tools") << QByteArray(R"J(["Read","mcp__x__y", "a,b"])J")
                                          << QByteArray("---\ntools: [Read, mcp__x__y, 'a,b']\n---\n");
    QTest::newRow("block list stays block") << QByteArray("---\ntools:\n  - Read\n  - Grep\nmodel: x\n---\n") << QStringLiteral("tools") << QByteArray(R"J(["Edit"])J")
                                            << QByteArray("---\ntools:\n  - Edit\nmodel: x\n---\n");
    QTest::newRow("zero-indented block list keeps indent") << QByteArray("---\ntools:\n- Read\nmodel: x\n---\n") << QStringLiteral("tools") << QByteArray(R"J(["Edit","Write"])J")
                                                           << QByteArray("---\ntools:\n- Edit\n- Write\nmodel: x\n---\n");
    QTest::newRow("double quotes kept") << QByteArray("---\nname: \"a\"\n---\n") << QStringLiteral("name") << QByteArray("s:b")
                                        << QByteArray("---\nname: \"b\"\n---\n");
    QTest::newRow("single quotes kept") << QByteArray("---\nname: 'a'\n---\n") << QStringLiteral("name") << QByteArray("s:it's")
                                        << QByteArray("---\nname: 'it''s'\n---\n");
    QTest::newRow("inline comment kept") << QByteArray("---\nmodel: sonnet  # cheap\n---\n") << QStringLiteral("model") << QByteArray("s:opus")
                                         << QByteArray("---\nmodel: opus  # cheap\n---\n");
    QTest::newRow("spacing after colon kept") << QByteArray("---\nmodel:   sonnet\n---\n") << QStringLiteral("model") << QByteArray("s:opus")
                                              << QByteArray("---\nmodel:   opus\n---\n");
    QTest::newRow("multi-line becomes literal") << QByteArray("---\ndescription: one\nmodel: x\n---\n") << QStringLiteral("description") << QByteArray("s:line 1\nline 2\n")
                                                << QByteArray("---\ndescription: |\n  line 1\n  line 2\nmodel: x\n---\n");
    QTest::newRow("literal strip") << QByteArray("---\ndescription: |\n  old\n---\n") << QStringLiteral("description") << QByteArray("s:a\n\nb")
                                   << QByteArray("---\ndescription: |-\n  a\n\n  b\n---\n");
    QTest::newRow("literal keep") << QByteArray("---\nd: x\n---\n") << QStringLiteral("d") << QByteArray("s:a\n\n")
                                  << QByteArray("---\nd: |+\n  a\n\n---\n");
    QTest::newRow("literal with leading spaces gets an indicator") << QByteArray("---\nd: x\n---\n") << QStringLiteral("d") << QByteArray("s:  code\ntext")
                                                                    << QByteArray("---\nd: |2-\n    code\n  text\n---\n");
    QTest::newRow("literal keeps its indentation") << QByteArray("---\nd: |\n    four\nm: x\n---\n") << QStringLiteral("d") << QByteArray("s:a\nb\n")
                                                   << QByteArray("---\nd: |\n    a\n    b\nm: x\n---\n");
    QTest::newRow("folded single line stays folded") << QByteArray("---\nd: >\n  old text\n  more\n---\n") << QStringLiteral("d") << QByteArray("s:new text")
                                                     << QByteArray("---\nd: >-\n  new text\n---\n");
    QTest::newRow("control characters get double quotes") << QByteArray("---\nd: x\n---\n") << QStringLiteral("d") << QByteArray("s:a\x01")
                                                          << QByteArray("---\nd: \"a\\u0001\"\n---\n");
    QTest::newRow("number") << QByteArray("---\nmaxTurns: 3\n---\n") << QStringLiteral("maxTurns") << QByteArray("10")
                            << QByteArray("---\nmaxTurns: 10\n---\n");
    QTest::newRow("bool") << QByteArray("---\nbackground: false\n---\n") << QStringLiteral("background") << QByteArray("true")
                          << QByteArray("---\nbackground: true\n---\n");
    QTest::newRow("map") << QByteArray("---\nname: a\n---\n") << QStringLiteral("hooks") << QByteArray(R"J({"Stop":[{"command":"echo hi"}]})J")
                         << QByteArray("---\nname: a\nhooks:\n  Stop:\n    - command: echo hi\n---\n");
    QTest::newRow("crlf kept") << QByteArray("---\r\nname: a\r\nd: x\r\n---\r\n") << QStringLiteral("d") << QByteArray("s:p\nq")
                               << QByteArray("---\r\nname: a\r\nd: |-\r\n  p\r\n  q\r\n---\r\n");
    QTest::newRow("bom kept") << QByteArray("\xEF\xBB\xBF---\nname: a\n---\n") << QStringLiteral("name") << QByteArray("s:b")
                              << QByteArray("\xEF\xBB\xBF---\nname: b\n---\n");
    QTest::newRow("multi-line plain replaced") << QByteArray("---\nd: one\n  two\nm: x\n---\n") << QStringLiteral("d") << QByteArray("s:three")
                                               << QByteArray("---\nd: three\nm: x\n---\n");

    // Adding keys in the canonical order.
    QTest::newRow("add model after tools") << QByteArray("---\nname: a\ntools: Read\ncolor: red\n---\n") << QStringLiteral("model") << QByteArray("s:opus")
                                           << QByteArray("---\nname: a\ntools: Read\nmodel: opus\ncolor: red\n---\n");
    QTest::newRow("add model after a block description") << QByteArray("---\nname: a\ndescription: |\n  x\n\n# c\nfoo: 1\n---\n") << QStringLiteral("model") << QByteArray("s:opus")
                                                          << QByteArray("---\nname: a\ndescription: |\n  x\nmodel: opus\n\n# c\nfoo: 1\n---\n");
    QTest::newRow("add name before everything") << QByteArray("---\ndescription: d\n---\n") << QStringLiteral("name") << QByteArray("s:a")
                                                << QByteArray("---\nname: a\ndescription: d\n---\n");
    QTest::newRow("add unknown key at the end") << QByteArray("---\nname: a\nmodel: b\n---\n") << QStringLiteral("x-team") << QByteArray("s:core")
                                                << QByteArray("---\nname: a\nmodel: b\nx-team: core\n---\n");
    QTest::newRow("add tools list as comma string") << QByteArray("---\nname: a\n---\n") << QStringLiteral("tools") << QByteArray(R"J(["Read","Grep"])J")
                                                    << QByteArray("---\nname: a\ntools: Read, Grep\n---\n");
    QTest::newRow("add other list as block") << QByteArray("---\nname: a\n---\n") << QStringLiteral("mcpServers") << QByteArray(R"J(["github"])J")
                                             << QByteArray("---\nname: a\nmcpServers:\n  - github\n---\n");
    QTest::newRow("add to empty block") << QByteArray("---\n---\nbody\n") << QStringLiteral("name") << QByteArray("s:a")
                                        << QByteArray("---\nname: a\n---\nbody\n");
    QTest::newRow("add with crlf") << QByteArray("---\r\nname: a\r\n---\r\n") << QStringLiteral("model") << QByteArray("s:b")
                                   << QByteArray("---\r\nname: a\r\nmodel: b\r\n---\r\n");
    QTest::newRow("create frontmatter") << QByteArray("# Title\n") << QStringLiteral("name") << QByteArray("s:a")
                                        << QByteArray("---\nname: a\n---\n# Title\n");
    QTest::newRow("create frontmatter after bom") << QByteArray("\xEF\xBB\xBF# T\r\n") << QStringLiteral("name") << QByteArray("s:a")
                                                  << QByteArray("\xEF\xBB\xBF---\r\nname: a\r\n---\r\n# T\r\n");
    QTest::newRow("comment after key kept with a block") << QByteArray("---\ndescription: ## Heading\n---\n") << QStringLiteral("description") << QByteArray("s:a\nb")
                                                          << QByteArray("---\ndescription: |- ## Heading\n  a\n  b\n---\n");
    QTest::newRow("comment before a block list kept") << QByteArray("---\ntools: # few\n  - Read\n---\n") << QStringLiteral("tools") << QByteArray(R"J(["Grep"])J")
                                                      << QByteArray("---\ntools: # few\n  - Grep\n---\n");
    QTest::newRow("empty list") << QByteArray("---\ntools: Read\n---\n") << QStringLiteral("tools") << QByteArray("[]")
                                << QByteArray("---\ntools: []\n---\n");
    // A comma string only holds entries the client splits back as they are; others make a block list.
    QTest::newRow("entry with a space makes a block list") << QByteArray("---\ntools: Read, Grep\n---\n") << QStringLiteral("tools")
                                                           << QByteArray(R"J(["Read", "My Tool"])J")
                                                           << QByteArray("---\ntools:\n  - Read\n  - My Tool\n---\n");
    QTest::newRow("new entry with a comma makes a block list") << QByteArray("---\nname: a\n---\n") << QStringLiteral("tools")
                                                               << QByteArray(R"J(["\nRead, Grep", "'"])J")
                                                               << QByteArray("---\nname: a\ntools:\n  - \"\\nRead, Grep\"\n  - \"'\"\n---\n");
}

void TestFrontmatterPatcher::setValue()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, key);
    QFETCH(QByteArray, newValue);
    const AgentText text = AgentText::fromBytes(before);
    const FieldPatch result = FrontmatterPatcher(text).setValue(key, value(newValue));
    QVERIFY2(result.status == Status::Changed, qPrintable(result.message));
    QTEST(applied(before, result), "after");
    const AgentText after = AgentText::fromBytes(applied(before, result));
    const QJsonValue reads = after.frontmatter.field(key)->value;
    if (reads.isString() && value(newValue).isArray()) // a comma string
        QCOMPARE(reads.toString().split(QRegularExpression(QStringLiteral(",\\s*"))), value(newValue).toVariant().toStringList());
    else
        QCOMPARE(reads, value(newValue));
}

void TestFrontmatterPatcher::setYaml_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("block map, reindented") << QByteArray("---\nname: a\nhooks: {}\n---\n") << QStringLiteral("    Stop:\n      - command: x\n")
                                           << QByteArray("---\nname: a\nhooks:\n  Stop:\n    - command: x\n---\n");
    QTest::newRow("flow map stays inline") << QByteArray("---\nname: a\n---\n") << QStringLiteral("{Stop: [{command: x}]}")
                                           << QByteArray("---\nname: a\nhooks: {Stop: [{command: x}]}\n---\n");
    QTest::newRow("order of keys kept") << QByteArray("---\nhooks:\n  A: 1\n---\n") << QStringLiteral("z: 1\na: 2")
                                        << QByteArray("---\nhooks:\n  z: 1\n  a: 2\n---\n");
    QTest::newRow("one-line block map under the key") << QByteArray("---\nhooks:\n  A: 1\n---\n") << QStringLiteral("Stop: x")
                                                      << QByteArray("---\nhooks:\n  Stop: x\n---\n");
    QTest::newRow("one-line block list under the key") << QByteArray("---\nhooks: x\n---\nBody\n") << QStringLiteral("- a")
                                                       << QByteArray("---\nhooks:\n  - a\n---\nBody\n");
    QTest::newRow("one-line block map of a new key") << QByteArray("---\nname: a\n---\n") << QStringLiteral("Stop: x")
                                                     << QByteArray("---\nname: a\nhooks:\n  Stop: x\n---\n");
    QTest::newRow("quoted text stays inline") << QByteArray("---\nname: a\n---\n") << QStringLiteral("'a: b'")
                                              << QByteArray("---\nname: a\nhooks: 'a: b'\n---\n");
}

void TestFrontmatterPatcher::setYaml()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, yaml);
    const AgentText text = AgentText::fromBytes(before);
    const FieldPatch result = FrontmatterPatcher(text).setYaml(QStringLiteral("hooks"), yaml);
    QVERIFY2(result.status == Status::Changed, qPrintable(result.message));
    QTEST(applied(before, result), "after");
}

void TestFrontmatterPatcher::remove_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("one line") << QByteArray("---\nname: a\nmodel: b\n---\n") << QStringLiteral("model") << QByteArray("---\nname: a\n---\n");
    QTest::newRow("block list") << QByteArray("---\ntools:\n  - a\n  - b\n# about model\nmodel: b\n---\n") << QStringLiteral("tools")
                                << QByteArray("---\n# about model\nmodel: b\n---\n");
    QTest::newRow("duplicates all go") << QByteArray("---\nname: a\nmodel: b\nx: 1\nname: c\n---\n") << QStringLiteral("name")
                                       << QByteArray("---\nmodel: b\nx: 1\n---\n");
    QTest::newRow("crlf") << QByteArray("---\r\nname: a\r\nmodel: b\r\n---\r\n") << QStringLiteral("name") << QByteArray("---\r\nmodel: b\r\n---\r\n");
}

void TestFrontmatterPatcher::remove()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, key);
    const AgentText text = AgentText::fromBytes(before);
    const FieldPatch result = FrontmatterPatcher(text).remove(key);
    QVERIFY2(result.status == Status::Changed, qPrintable(result.message));
    QTEST(applied(before, result), "after");
}

void TestFrontmatterPatcher::unchanged_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("newValue");

    QTest::newRow("same plain") << QByteArray("---\nmodel: opus\n---\n") << QStringLiteral("model") << QByteArray("s:opus");
    QTest::newRow("same quoted") << QByteArray("---\nname: \"a\"\n---\n") << QStringLiteral("name") << QByteArray("s:a");
    QTest::newRow("same folded") << QByteArray("---\nd: >\n  a\n  b\n---\n") << QStringLiteral("d") << QByteArray("s:a b\n");
    QTest::newRow("comma string equals list") << QByteArray("---\ntools: Read, Grep\n---\n") << QStringLiteral("tools") << QByteArray(R"J(["Read","Grep"])J");
    QTest::newRow("remove absent key") << QByteArray("---\nname: a\n---\n") << QStringLiteral("model") << QByteArray();
    QTest::newRow("remove without frontmatter") << QByteArray("# T\n") << QStringLiteral("model") << QByteArray();
}

void TestFrontmatterPatcher::unchanged()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, key);
    QFETCH(QByteArray, newValue);
    const AgentText text = AgentText::fromBytes(before);
    const FrontmatterPatcher editor(text);
    const FieldPatch result = newValue.isEmpty() ? editor.remove(key) : editor.setValue(key, value(newValue));
    QCOMPARE(int(result.status), int(Status::Unchanged));
}

void TestFrontmatterPatcher::refused_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addRow("broken yaml") << QByteArray("---\ndescription: a: b\n---\n");
    QTest::addRow("unterminated") << QByteArray("---\nname: a\n");
    QTest::addRow("fenced") << QByteArray("```yaml\nname: a\n```\n");
    QTest::addRow("invalid utf-8") << QByteArray("---\nname: caf\xE9\n---\n");
    QTest::addRow("flow mapping") << QByteArray("---\n{name: a}\n---\n");
}

void TestFrontmatterPatcher::refused()
{
    QFETCH(QByteArray, before);
    const AgentText text = AgentText::fromBytes(before);
    const FieldPatch result = FrontmatterPatcher(text).setValue(QStringLiteral("model"), QStringLiteral("opus"));
    QCOMPARE(int(result.status), int(Status::Refused));
    QVERIFY(!result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestFrontmatterPatcher)
#include "tst_frontmatterpatcher.moc"
