// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/displayname.h"
#include "runtime/runtimereader.h"
#include "text/agenttext.h"

#include <QTest>

using namespace Agentry;

// The one name an agent is shown by: the runtime's reading, then Agentry's parse, then the
// file name; the same whether the caller holds a parse or only the bytes.
class TestDisplayName : public QObject
{
    Q_OBJECT

private slots:
    void precedence_data();
    void precedence();
    void withoutAReading();
    void runtimeNameBeforeAgentrysParse();
};

void TestDisplayName::precedence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");

    QTest::newRow("both read it") << QByteArray("---\nname: reviewer\ndescription: d\n---\n") << QStringLiteral("reviewer");
    // Only the runtime's quoting retry reads this frontmatter; Agentry's own parse fails.
    QTest::newRow("the runtime's reading first") << QByteArray("---\nname: loose\ndescription: Use when: x\n---\n") << QStringLiteral("loose");
    // yaml-cpp reads what Bun rejects (an empty entry in a flow list the retry leaves alone).
    QTest::newRow("Agentry's parse when the runtime names none")
        << QByteArray("---\nname: parsed\ntools:\n  [Read,\n  ,Grep]\n---\n") << QStringLiteral("parsed");
    QTest::newRow("a number is no name") << QByteArray("---\nname: 5\ndescription: d\n---\n") << QStringLiteral("agent-file");
    QTest::newRow("an empty name is none") << QByteArray("---\nname: \"\"\ndescription: d\n---\n") << QStringLiteral("agent-file");
    QTest::newRow("no frontmatter") << QByteArray("Just a prompt.\n") << QStringLiteral("agent-file");
}

void TestDisplayName::precedence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const QString path = QStringLiteral("/agents/agent-file.md");
    const AgentReading reading = RuntimeReader(RuntimeProfile::latest()).read(bytes, QStringLiteral("agent-file.md"));
    const AgentText text = AgentText::fromBytes(bytes);
    if (QByteArray(QTest::currentDataTag()).startsWith("Agentry's parse")) {
        QCOMPARE(reading.outcome, AgentReading::Outcome::Broken);
        QVERIFY(text.frontmatter.isParsed());
    }
    QCOMPARE(displayName(&reading, &text.frontmatter, path), name);
    QCOMPARE(displayName(reading, bytes, path), name);
    QCOMPARE(writtenName(&reading, &text.frontmatter), name == QLatin1String("agent-file") ? QString() : name);
}

void TestDisplayName::withoutAReading()
{
    const AgentText text = AgentText::fromBytes("---\nname: parsed\n---\n");
    QCOMPARE(displayName(nullptr, &text.frontmatter, QStringLiteral("/a/b.md")), QStringLiteral("parsed"));
    const AgentText none = AgentText::fromBytes("x");
    QCOMPARE(displayName(nullptr, &none.frontmatter, QStringLiteral("/a/b.c.md")), QStringLiteral("b.c"));
    QCOMPARE(displayName(nullptr, nullptr, QStringLiteral("/a/unreadable.md")), QStringLiteral("unreadable"));
}

// Where both name the agent and differ, the runtime's reading wins.
void TestDisplayName::runtimeNameBeforeAgentrysParse()
{
    const AgentText text = AgentText::fromBytes("---\nname: parsed\n---\n");
    AgentReading reading;
    reading.fields.insert(QStringLiteral("name"), QStringLiteral("runtime"));
    QCOMPARE(displayName(&reading, &text.frontmatter, QStringLiteral("/a/b.md")), QStringLiteral("runtime"));
    QCOMPARE(writtenName(&reading, &text.frontmatter), QStringLiteral("runtime"));
    reading.fields.insert(QStringLiteral("name"), 5);
    QCOMPARE(displayName(&reading, &text.frontmatter, QStringLiteral("/a/b.md")), QStringLiteral("parsed"));
}

QTEST_GUILESS_MAIN(TestDisplayName)
#include "tst_displayname.moc"
