// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/dialect.h"
#include "text/agenttext.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

class TestDialect : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void relativePathIsReadFromTheWorkingFolder();
};

void TestDialect::detect_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("dialect");

    QTest::newRow("claude subagent") << QStringLiteral("reviewer.md") << QByteArray("---\nname: r\ndescription: d\ntools: Read\n---\n")
                                     << QStringLiteral("claude-code");
    QTest::newRow("copilot by file name") << QStringLiteral("reviewer.agent.md") << QByteArray("---\ndescription: d\ntools: ['codebase']\n---\n")
                                          << QStringLiteral("copilot");
    QTest::newRow("copilot, upper-case suffix") << QStringLiteral("R.Agent.MD") << QByteArray("---\ndescription: d\n---\n")
                                                << QStringLiteral("copilot");
    QTest::newRow("opencode tools map") << QStringLiteral("r.md") << QByteArray("---\ndescription: d\ntools:\n  write: false\n---\n")
                                        << QStringLiteral("opencode");
    QTest::newRow("opencode mode") << QStringLiteral("r.md") << QByteArray("---\ndescription: d\nmode: subagent\n---\n")
                                   << QStringLiteral("opencode");
    QTest::newRow("gemini by folder") << QStringLiteral("/p/.gemini/agents/r.md") << QByteArray("---\nname: r\ndescription: d\ntools: Read\n---\n")
                                      << QStringLiteral("gemini-cli");
    QTest::newRow("qwen by folder") << QStringLiteral("/p/.qwen/agents/r.md") << QByteArray("---\nname: r\ndescription: d\n---\n")
                                    << QStringLiteral("qwen-code");
    QTest::newRow("factory by folder") << QStringLiteral("/p/.factory/droids/r.md") << QByteArray("---\nname: r\n---\n")
                                       << QStringLiteral("factory-droid");
    QTest::newRow("claude folder wins over content") << QStringLiteral("/p/.claude/agents/r.md") << QByteArray("---\ndescription: d\nmode: subagent\n---\n")
                                                     << QStringLiteral("claude-code");
    QTest::newRow("gemini keys") << QStringLiteral("r.md") << QByteArray("---\nname: r\ndescription: d\nmax_turns: 5\n---\n") << QStringLiteral("gemini-cli");
    QTest::newRow("qwen keys") << QStringLiteral("r.md") << QByteArray("---\nname: r\ndescription: d\napprovalMode: plan\n---\n") << QStringLiteral("qwen-code");
    QTest::newRow("factory keys") << QStringLiteral("r.md") << QByteArray("---\nname: r\nreasoningEffort: high\n---\n") << QStringLiteral("factory-droid");
    QTest::newRow("no frontmatter is claude by default") << QStringLiteral("r.md") << QByteArray("# Agent\n") << QStringLiteral("claude-code");
    QTest::newRow("broken yaml is claude by default") << QStringLiteral("r.md") << QByteArray("---\ndescription: a: b\n---\n")
                                                      << QStringLiteral("claude-code");
    QTest::newRow("frontmatter of something else") << QStringLiteral("post.md") << QByteArray("---\ntitle: Release notes\ndate: 2024-01-01\n---\n")
                                                   << QStringLiteral("unknown");
}

void TestDialect::detect()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QTEST(dialectId(detectDialect(fileName, AgentText::fromBytes(bytes).frontmatter)), "dialect");
}

// `agentry show .gemini/agents/x.md` names the file from the working folder.
void TestDialect::relativePathIsReadFromTheWorkingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const Dialect dialect = detectDialect(QStringLiteral(".gemini/agents/x.md"), AgentText::fromBytes("---\nname: x\n---\n").frontmatter);
    QVERIFY(QDir::setCurrent(before));
    QCOMPARE(dialectId(dialect), QStringLiteral("gemini-cli"));
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
