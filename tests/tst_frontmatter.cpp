// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/agenttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Agentry;

class TestFrontmatter : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void styles_data();
    void styles();
    void spans();
    void trailingCommentsAndBlanksStayOutside();
    void errorPositionInFileCoordinates();
    void errorColumnCountsCharacters();
    void unterminatedIsAnError();
    void emptyBlockIsEditable();
    void flowMappingIsNotEditable();
    void keysSharingALineAreNotEditable();
    void duplicateKeysKeepBoth();
    void noFrontmatter();
};

static QJsonValue parse(const QByteArray &yaml)
{
    const AgentText text = AgentText::fromBytes("---\n" + yaml + "---\nbody\n");
    if (!text.frontmatter.isParsed())
        return QJsonValue(QJsonValue::Undefined);
    return text.frontmatter.toJson();
}

void TestFrontmatter::values_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("plain") << QByteArray("name: a\n") << QByteArray(R"({"name":"a"})");
    QTest::newRow("numbers and bools") << QByteArray("a: 3\nb: -1.5\nc: true\nd: False\ne: 0x1F\n")
                                       << QByteArray(R"({"a":3,"b":-1.5,"c":true,"d":false,"e":31})");
    QTest::newRow("nulls") << QByteArray("a:\nb: ~\nc: null\n") << QByteArray(R"({"a":null,"b":null,"c":null})");
    QTest::newRow("quoted stays string") << QByteArray("a: \"3\"\nb: 'true'\n") << QByteArray(R"({"a":"3","b":"true"})");
    QTest::newRow("date is a string (core schema)") << QByteArray("version: 2025-11-09\n") << QByteArray(R"({"version":"2025-11-09"})");
    QTest::newRow("comment cuts the value") << QByteArray("description: ## Heading\n") << QByteArray(R"({"description":null})");
    QTest::newRow("inline comment") << QByteArray("model: opus # best\n") << QByteArray(R"({"model":"opus"})");
    QTest::newRow("comma string") << QByteArray("tools: Read, Grep\n") << QByteArray(R"({"tools":"Read, Grep"})");
    QTest::newRow("flow list") << QByteArray("tools: [Read, \"Grep\"]\n") << QByteArray(R"({"tools":["Read","Grep"]})");
    QTest::newRow("block list") << QByteArray("tools:\n  - Read\n  - Grep\n") << QByteArray(R"({"tools":["Read","Grep"]})");
    QTest::newRow("zero-indented list") << QByteArray("tools:\n- Read\n- Grep\n") << QByteArray(R"({"tools":["Read","Grep"]})");
    QTest::newRow("literal clip") << QByteArray("d: |\n  a\n  b\n\n") << QByteArray(R"({"d":"a\nb\n"})");
    QTest::newRow("literal strip") << QByteArray("d: |-\n  a\n  b\n") << QByteArray(R"({"d":"a\nb"})");
    QTest::newRow("literal keep") << QByteArray("d: |+\n  a\n\n") << QByteArray(R"({"d":"a\n\n"})");
    QTest::newRow("folded") << QByteArray("d: >\n  a\n  b\n") << QByteArray(R"({"d":"a b\n"})");
    QTest::newRow("folded strip") << QByteArray("d: >-\n  a\n  b\n") << QByteArray(R"({"d":"a b"})");
    QTest::newRow("nested map") << QByteArray("hooks:\n  Stop:\n    - command: x\n") << QByteArray(R"({"hooks":{"Stop":[{"command":"x"}]}})");
    QTest::newRow("tabs inside a value") << QByteArray("d: a\tb\n") << QByteArray(R"({"d":"a\tb"})");
    QTest::newRow("comments between keys") << QByteArray("a: 1\n# note\nb: 2\n") << QByteArray(R"({"a":1,"b":2})");
}

void TestFrontmatter::values()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, json);
    QCOMPARE(parse(yaml), QJsonValue(QJsonDocument::fromJson(json).object()));
}

void TestFrontmatter::styles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("style");

    QTest::newRow("empty") << QByteArray("k:\n") << int(ValueStyle::Empty);
    QTest::newRow("plain") << QByteArray("k: v\n") << int(ValueStyle::Plain);
    QTest::newRow("single") << QByteArray("k: 'v'\n") << int(ValueStyle::SingleQuoted);
    QTest::newRow("double") << QByteArray("k: \"v\"\n") << int(ValueStyle::DoubleQuoted);
    QTest::newRow("literal") << QByteArray("k: |\n  v\n") << int(ValueStyle::Literal);
    QTest::newRow("folded") << QByteArray("k: >-\n  v\n") << int(ValueStyle::Folded);
    QTest::newRow("flow sequence") << QByteArray("k: [a]\n") << int(ValueStyle::FlowSequence);
    QTest::newRow("flow map") << QByteArray("k: {a: 1}\n") << int(ValueStyle::FlowMap);
    QTest::newRow("block sequence") << QByteArray("k:\n  - a\n") << int(ValueStyle::BlockSequence);
    QTest::newRow("block sequence after comment") << QByteArray("k: # list\n  - a\n") << int(ValueStyle::BlockSequence);
    QTest::newRow("block map") << QByteArray("k:\n  a: 1\n") << int(ValueStyle::BlockMap);
    QTest::newRow("multi-line plain") << QByteArray("k:\n  some text\n") << int(ValueStyle::Plain);
    QTest::newRow("tag") << QByteArray("k: !x v\n") << int(ValueStyle::Other);
}

void TestFrontmatter::styles()
{
    QFETCH(QByteArray, yaml);
    const AgentText text = AgentText::fromBytes("---\n" + yaml + "---\n");
    QVERIFY(text.frontmatter.isParsed());
    QCOMPARE(text.frontmatter.fields().size(), 1);
    QTEST(int(text.frontmatter.fields().first().style), "style");
}

void TestFrontmatter::spans()
{
    const QByteArray bytes("---\nname: a   # the name\ntools:\n  - Read\n  - Grep\ndescription: 'x'\n---\n");
    const AgentText text = AgentText::fromBytes(bytes);
    const QVector<FrontmatterField> &fields = text.frontmatter.fields();
    QCOMPARE(fields.size(), 3);

    const FrontmatterField &name = fields.at(0);
    QCOMPARE(name.key, QStringLiteral("name"));
    QCOMPARE(name.line, 1);
    QCOMPARE(name.lastLine, 1);
    QCOMPARE(bytes.mid(name.start, name.end - name.start), QByteArray("name: a   # the name\n"));
    QCOMPARE(bytes.mid(name.valueStart, name.valueEnd - name.valueStart), QByteArray(" a"));

    const FrontmatterField &tools = fields.at(1);
    QCOMPARE(tools.line, 2);
    QCOMPARE(tools.lastLine, 4);
    QCOMPARE(tools.itemIndent, 2);
    QCOMPARE(bytes.mid(tools.start, tools.end - tools.start), QByteArray("tools:\n  - Read\n  - Grep\n"));

    const FrontmatterField &description = fields.at(2);
    QCOMPARE(bytes.mid(description.valueStart, description.valueEnd - description.valueStart), QByteArray(" 'x'"));
}

void TestFrontmatter::trailingCommentsAndBlanksStayOutside()
{
    const QByteArray bytes("---\nd: |\n  text\n  # kept: indented lines are text\n\n# a comment about model\nmodel: x\n---\n");
    const AgentText text = AgentText::fromBytes(bytes);
    const FrontmatterField *d = text.frontmatter.field(QStringLiteral("d"));
    QVERIFY(d);
    QCOMPARE(bytes.mid(d->start, d->end - d->start), QByteArray("d: |\n  text\n  # kept: indented lines are text\n"));
}

void TestFrontmatter::errorPositionInFileCoordinates()
{
    const AgentText text = AgentText::fromBytes("---\nname: a\ndescription: x: y\n---\n");
    QVERIFY(!text.frontmatter.isParsed());
    QCOMPARE(text.frontmatter.error()->line, 3);
    QVERIFY(text.frontmatter.error()->column > 1);
    QVERIFY(!text.frontmatter.error()->message.isEmpty());
}

void TestFrontmatter::errorColumnCountsCharacters()
{
    // "é" is two bytes; the error column counts it as one character.
    const AgentText ascii = AgentText::fromBytes("---\nd: \"ab\" c\n---\n");
    const AgentText accented = AgentText::fromBytes("---\nd: \"\xC3\xA9\xC3\xA9\" c\n---\n");
    QVERIFY(!ascii.frontmatter.isParsed());
    QVERIFY(!accented.frontmatter.isParsed());
    QCOMPARE(accented.frontmatter.error()->line, ascii.frontmatter.error()->line);
    QCOMPARE(accented.frontmatter.error()->column, ascii.frontmatter.error()->column);
}

void TestFrontmatter::unterminatedIsAnError()
{
    const AgentText text = AgentText::fromBytes("---\nname: a\n\n# Body\n");
    QCOMPARE(int(text.block.shape), int(FrontmatterBlock::Shape::Unterminated));
    QVERIFY(!text.frontmatter.isParsed());
    QCOMPARE(text.frontmatter.error()->line, 1);
}

void TestFrontmatter::emptyBlockIsEditable()
{
    const AgentText text = AgentText::fromBytes("---\n# only a comment\n---\nbody\n");
    QVERIFY(text.frontmatter.isEditable());
    QVERIFY(text.frontmatter.fields().isEmpty());
}

void TestFrontmatter::flowMappingIsNotEditable()
{
    const AgentText text = AgentText::fromBytes("---\n{name: a, model: b}\n---\n");
    QVERIFY(text.frontmatter.isParsed());
    QVERIFY(!text.frontmatter.isEditable());
    QCOMPARE(text.frontmatter.toJson().value(QStringLiteral("model")).toString(), QStringLiteral("b"));
}

void TestFrontmatter::keysSharingALineAreNotEditable()
{
    // An empty explicit key: yaml-cpp places it on the next key's line, so the two would share
    // one line's bytes and an edit of one would rewrite the other.
    const AgentText text = AgentText::fromBytes("---\n?\nname: a\n---\n");
    QVERIFY(text.frontmatter.isParsed());
    QCOMPARE(text.frontmatter.fields().size(), 2);
    QVERIFY(!text.frontmatter.isEditable());
}

void TestFrontmatter::duplicateKeysKeepBoth()
{
    const AgentText text = AgentText::fromBytes("---\nname: a\nname: b\n---\n");
    QVERIFY(text.frontmatter.isParsed());
    QCOMPARE(text.frontmatter.fields().size(), 2);
    QCOMPARE(text.frontmatter.field(QStringLiteral("name"))->value.toString(), QStringLiteral("b"));
}

void TestFrontmatter::noFrontmatter()
{
    const AgentText text = AgentText::fromBytes("# Title\n");
    QVERIFY(text.frontmatter.isParsed());
    QVERIFY(!text.frontmatter.isEditable());
    QVERIFY(text.frontmatter.fields().isEmpty());
}

QTEST_GUILESS_MAIN(TestFrontmatter)
#include "tst_frontmatter.moc"
