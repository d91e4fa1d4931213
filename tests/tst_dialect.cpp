// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/dialect.h"
#include "text/agenttext.h"

#include <QTest>

using namespace Agentry;

class TestDialect : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
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

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
