// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentfiles.h"
#include "text/agenttext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

class TestAgentFiles : public QObject
{
    Q_OBJECT

private slots:
    void slug_data();
    void slug();
    void freePath();
    void fromTemplate();
    void createNeverOverwrites();
    void rename();
};

void TestAgentFiles::slug_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("title case") << QStringLiteral("Python Backend Expert") << QStringLiteral("python-backend-expert");
    QTest::newRow("already a slug") << QStringLiteral("code-reviewer") << QStringLiteral("code-reviewer");
    QTest::newRow("accents") << QStringLiteral("Café Critique") << QStringLiteral("cafe-critique");
    QTest::newRow("punctuation runs") << QStringLiteral("  a -- b: c!") << QStringLiteral("a-b-c");
    QTest::newRow("nothing usable") << QStringLiteral("🎯") << QStringLiteral("agent");
}

void TestAgentFiles::slug()
{
    QFETCH(QString, name);
    QTEST(AgentFiles::slug(name), "slug");
}

void TestAgentFiles::freePath()
{
    QTemporaryDir dir;
    QCOMPARE(AgentFiles::freePath(dir.path(), QStringLiteral("a")), dir.filePath(QStringLiteral("a.md")));
    QVERIFY(AgentFiles::create(dir.filePath(QStringLiteral("a.md")), "x").isEmpty());
    QCOMPARE(AgentFiles::freePath(dir.path(), QStringLiteral("a")), dir.filePath(QStringLiteral("a-2.md")));
}

void TestAgentFiles::fromTemplate()
{
    QFile file(QStringLiteral(AGENTRY_SOURCE_DIR "/resources/templates/agent.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = AgentFiles::fromTemplate(file.readAll(), QStringLiteral("db-helper"), QStringLiteral("Use when: queries are slow."));
    const AgentText text = AgentText::fromBytes(bytes);
    QVERIFY(text.frontmatter.isParsed());
    QCOMPARE(text.frontmatter.field(QStringLiteral("name"))->value.toString(), QStringLiteral("db-helper"));
    QCOMPARE(text.frontmatter.field(QStringLiteral("description"))->value.toString(), QStringLiteral("Use when: queries are slow."));
    QVERIFY(bytes.mid(text.block.bodyStart).contains("You are db-helper."));
}

void TestAgentFiles::createNeverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/a.md"));
    QCOMPARE(AgentFiles::create(path, "one"), QString());
    QVERIFY(!AgentFiles::create(path, "two").isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("one"));
}

void TestAgentFiles::rename()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.md"));
    const QString b = dir.filePath(QStringLiteral("b.md"));
    QVERIFY(AgentFiles::create(a, "A").isEmpty());
    QVERIFY(AgentFiles::create(b, "B").isEmpty());
    QVERIFY(!AgentFiles::rename(a, b).isEmpty()); // never over another file
    QCOMPARE(AgentFiles::rename(a, dir.filePath(QStringLiteral("c.md"))), QString());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("c.md"))));
    QVERIFY(!QFile::exists(a));
}

QTEST_GUILESS_MAIN(TestAgentFiles)
#include "tst_agentfiles.moc"
