// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/agentfolderscanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Agentry;

// AgentFolderScanner: which files of a folder are agents, in which scope, in which order.
class TestAgentFolderScanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void projectAndPlugins();
    void looseFolder();
    void otherRuntimes();
    void missingFolder();
    void symlinkLoop();
    void corpus();

private:
    void write(const QString &relativePath, const QByteArray &bytes = "---\nname: x\n---\n");
    QString path(const QString &relativePath) const { return m_dir->path() + QLatin1Char('/') + relativePath; }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAgentFolderScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAgentFolderScanner::write(const QString &relativePath, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path(relativePath)).path()));
    QFile file(path(relativePath));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestAgentFolderScanner::projectAndPlugins()
{
    write(QStringLiteral(".claude/agents/reviewer.md"));
    write(QStringLiteral(".claude/agents/team/b-writer.md"));
    write(QStringLiteral(".claude/agents/team/A-tester.md"));
    write(QStringLiteral(".claude/agents/notes.txt"));
    write(QStringLiteral(".claude/agents/.drafts/hidden.md"));
    write(QStringLiteral(".claude/commands/deploy.md"));
    write(QStringLiteral("plugins/first/.claude-plugin/plugin.json"), R"({"name": "first-plugin", "version": "1.0.0"})");
    write(QStringLiteral("plugins/first/agents/one.md"));
    write(QStringLiteral("plugins/first/agents/nested/not-loaded.md"));
    write(QStringLiteral("plugins/first/commands/cmd.md"));
    write(QStringLiteral("plugins/first/README.md"));
    write(QStringLiteral("unnamed/.claude-plugin/plugin.json"), "{}");
    write(QStringLiteral("unnamed/agents/two.md"));
    write(QStringLiteral("no-manifest/agents/three.md"));
    write(QStringLiteral("node_modules/dep/.claude-plugin/plugin.json"), R"({"name": "dep"})");
    write(QStringLiteral("node_modules/dep/agents/dep.md"));
    write(QStringLiteral(".git/x/.claude-plugin/plugin.json"), R"({"name": "git"})");
    write(QStringLiteral(".git/x/agents/git.md"));
    write(QStringLiteral("docs/guide.md"));

    const QVector<FoundAgentFile> expected = {
        {path(QStringLiteral(".claude/agents/reviewer.md")), AgentScope::Project, QString()},
        {path(QStringLiteral(".claude/agents/team/A-tester.md")), AgentScope::Project, QString()},
        {path(QStringLiteral(".claude/agents/team/b-writer.md")), AgentScope::Project, QString()},
        {path(QStringLiteral("plugins/first/agents/one.md")), AgentScope::Plugin, QStringLiteral("first-plugin")},
        {path(QStringLiteral("unnamed/agents/two.md")), AgentScope::Plugin, QStringLiteral("unnamed")},
    };
    QCOMPARE(AgentFolderScanner::scan(m_dir->path()), expected);
}

// The other runtimes' folders, each as deep as its runtime looks and without what it skips.
void TestAgentFolderScanner::otherRuntimes()
{
    write(QStringLiteral(".opencode/agent/team/rev.md"));
    write(QStringLiteral(".opencode/modes/plan.md"));
    write(QStringLiteral(".opencode/modes/deep/not-read.md"));
    write(QStringLiteral(".gemini/agents/g.md"));
    write(QStringLiteral(".gemini/agents/_draft.md"));
    write(QStringLiteral(".gemini/agents/sub/not-read.md"));
    write(QStringLiteral(".qwen/agents/q.md"));
    write(QStringLiteral(".github/agents/sub/c.agent.md"));
    write(QStringLiteral(".factory/droids/f.md"));
    write(QStringLiteral("docs/guide.md"));
    QStringList found;
    for (const FoundAgentFile &file : AgentFolderScanner::scan(m_dir->path())) {
        QCOMPARE(file.scope, AgentScope::Project);
        found << file.path.mid(m_dir->path().size() + 1);
    }
    QCOMPARE(found, (QStringList{QStringLiteral(".factory/droids/f.md"), QStringLiteral(".gemini/agents/g.md"),
                                 QStringLiteral(".github/agents/sub/c.agent.md"), QStringLiteral(".opencode/agent/team/rev.md"),
                                 QStringLiteral(".opencode/modes/plan.md"), QStringLiteral(".qwen/agents/q.md")}));
}

void TestAgentFolderScanner::looseFolder()
{
    write(QStringLiteral("zeta.md"));
    write(QStringLiteral("README.md"));
    write(QStringLiteral("CHANGELOG.md"));
    write(QStringLiteral("sub/alpha.md"));
    write(QStringLiteral("sub/Readme.md"));
    write(QStringLiteral("sub/agents.md"));
    write(QStringLiteral("sub/notes.markdown"));
    write(QStringLiteral("node_modules/pkg/dep.md"));
    write(QStringLiteral(".git/info.md"));
    write(QStringLiteral(".hidden.md"));

    const QVector<FoundAgentFile> expected = {
        {path(QStringLiteral("sub/alpha.md")), AgentScope::Folder, QString()},
        {path(QStringLiteral("zeta.md")), AgentScope::Folder, QString()},
    };
    QCOMPARE(AgentFolderScanner::scan(m_dir->path()), expected);
    // A relative path gives the same absolute paths.
    const QString current = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const QVector<FoundAgentFile> relative = AgentFolderScanner::scan(QStringLiteral("."));
    QVERIFY(QDir::setCurrent(current));
    QCOMPARE(relative, expected);
}

void TestAgentFolderScanner::missingFolder()
{
    QVERIFY(AgentFolderScanner::scan(path(QStringLiteral("does-not-exist"))).isEmpty());
    QVERIFY(AgentFolderScanner::scan(m_dir->path()).isEmpty());
}

void TestAgentFolderScanner::symlinkLoop()
{
    write(QStringLiteral("a/agent.md"));
    QVERIFY(QFile::link(m_dir->path(), path(QStringLiteral("a/loop"))));
    const QVector<FoundAgentFile> expected = {{path(QStringLiteral("a/agent.md")), AgentScope::Folder, QString()}};
    QCOMPARE(AgentFolderScanner::scan(m_dir->path()), expected);
}

void TestAgentFolderScanner::corpus()
{
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents");
    if (!QFileInfo::exists(corpus))
        QSKIP("The shared corpus is not beside the project.");
    // Its plugins carry no plugin.json, so they are a loose collection of agent files.
    const QVector<FoundAgentFile> found = AgentFolderScanner::scan(corpus);
    QCOMPARE(found.size(), 197);
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).scope, AgentScope::Folder);
        QVERIFY2(found.at(i).path.contains(QLatin1String("/agents/")), qPrintable(found.at(i).path));
        if (i > 0)
            QVERIFY(found.at(i - 1).path < found.at(i).path);
    }
    QCOMPARE(AgentFolderScanner::scan(corpus), found);
}

QTEST_GUILESS_MAIN(TestAgentFolderScanner)
#include "tst_agentfolderscanner.moc"
