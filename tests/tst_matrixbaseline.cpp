// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/agentgrants.h"
#include "matrix/matrixbaseline.h"
#include "matrix/matrixcomparison.h"
#include "runtime/runtimeprofile.h"
#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"
#include "scratchfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

Q_DECLARE_METATYPE(MatrixComparison::Change)

namespace {

QByteArray agent(const QByteArray &name, const QByteArray &fields)
{
    return "---\nname: " + name + "\ndescription: Does " + name + ".\n" + fields + "---\nBody.\n";
}

AgentGrants grantsOf(const QByteArray &bytes)
{
    const AgentReading reading = RuntimeReader(RuntimeProfile::latest()).read(bytes, QStringLiteral("agent.md"));
    return AgentGrants::read(reading, bytes, ToolCatalog::builtin());
}

} // namespace

// The baseline of the permission matrix (another folder, a git revision) and the comparison
// that marks the grants added, removed and changed since it.
class TestMatrixBaseline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderBaseline();
    void folderBaselineMissing();
    void changes_data();
    void changes();
    void rowsAndDeleted();
    void agentUpdated();
    void gitBaseline();
    void gitPluginLayout();
    void gitUnknownRevision();
    void gitNotARepository();
    void gitMissing();

private:
    // Runs git in `folder`; fails the test when git does.
    static void git(const QString &folder, const QStringList &arguments);
    static void commitAll(const QString &folder, const QString &message);

    bool m_hasGit = false;
};

void TestMatrixBaseline::initTestCase()
{
    m_hasGit = !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty();
}

void TestMatrixBaseline::git(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), folder} + arguments);
    QVERIFY2(process.waitForFinished(60000), qPrintable(arguments.join(u' ')));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TestMatrixBaseline::commitAll(const QString &folder, const QString &message)
{
    git(folder, {QStringLiteral("add"), QStringLiteral("-A")});
    git(folder, {QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"), QStringLiteral("user.email=test@example.com"),
                 QStringLiteral("-c"), QStringLiteral("commit.gpgsign=false"), QStringLiteral("commit"), QStringLiteral("-q"),
                 QStringLiteral("-m"), message});
}

void TestMatrixBaseline::folderBaseline()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray reviewer = agent("reviewer", "tools: Read, Grep\n");
    const QByteArray nested = agent("nested", "");
    writeScratchFile(dir.filePath(QStringLiteral(".claude/agents/reviewer.md")), reviewer);
    writeScratchFile(dir.filePath(QStringLiteral(".claude/agents/team/nested.md")), nested);
    writeScratchFile(dir.filePath(QStringLiteral("README.md")), "# Not an agent\n");

    QString error;
    const std::optional<MatrixBaseline> baseline = MatrixBaseline::read(dir.path(), QStringLiteral("/elsewhere"), &error);
    QVERIFY2(baseline, qPrintable(error));
    QCOMPARE(baseline->label(), dir.path());
    QStringList paths = baseline->files().keys();
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral(".claude/agents/reviewer.md"), QStringLiteral(".claude/agents/team/nested.md")}));
    QCOMPARE(baseline->files().value(QStringLiteral(".claude/agents/reviewer.md")), reviewer);

    const QHash<QString, AgentGrants> grants = baseline->grants(RuntimeProfile::latest(), ToolCatalog::builtin());
    QCOMPARE(grants.value(QStringLiteral(".claude/agents/reviewer.md")).mode(), AgentGrants::Mode::Explicit);
    QCOMPARE(grants.value(QStringLiteral(".claude/agents/reviewer.md")).grant(QStringLiteral("Grep")).state, GrantState::Granted);
    QCOMPARE(grants.value(QStringLiteral(".claude/agents/team/nested.md")).mode(), AgentGrants::Mode::Inherit);
}

void TestMatrixBaseline::folderBaselineMissing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nothing-here"));
    QString error;
    QVERIFY(!MatrixBaseline::read(missing, dir.path(), &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
}

void TestMatrixBaseline::changes_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("column");
    QTest::addColumn<MatrixComparison::Change>("change");
    QTest::addColumn<bool>("rowChanged");

    using Change = MatrixComparison::Change;
    const QByteArray readGrep = "tools: Read, Grep\n";
    QTest::newRow("same") << readGrep << readGrep << "Read" << Change::Same << false;
    QTest::newRow("order only") << readGrep << QByteArray("tools: Grep, Read\n") << "Grep" << Change::Same << false;
    QTest::newRow("added") << readGrep << QByteArray("tools: Read, Grep, Write\n") << "Write" << Change::Added << true;
    QTest::newRow("removed") << readGrep << QByteArray("tools: Read\n") << "Grep" << Change::Removed << true;
    QTest::newRow("untouched beside a change") << readGrep << QByteArray("tools: Read\n") << "Read" << Change::Same << true;
    QTest::newRow("alias is the same tool") << QByteArray("tools: Task\n") << QByteArray("tools: Agent\n") << "Agent" << Change::Same << false;
    QTest::newRow("narrowed to a pattern") << QByteArray("tools: Bash\n") << QByteArray("tools: Bash(git *)\n") << "Bash" << Change::Changed << true;
    QTest::newRow("other pattern") << QByteArray("tools: Bash(git *)\n") << QByteArray("tools: Bash(npm *)\n") << "Bash" << Change::Changed << true;
    QTest::newRow("pattern added") << QByteArray("tools: Read\n") << QByteArray("tools: Read, Bash(git *)\n") << "Bash" << Change::Added << true;
    QTest::newRow("inherited then granted") << QByteArray() << QByteArray("tools: Read\n") << "Read" << Change::Same << true;
    QTest::newRow("inherited then not granted") << QByteArray() << QByteArray("tools: Read\n") << "Bash" << Change::Removed << true;
    QTest::newRow("inherited MCP lost") << QByteArray() << QByteArray("tools: Read\n") << "mcp__github" << Change::Removed << true;
    QTest::newRow("MCP server granted") << readGrep << QByteArray("tools: Read, Grep, mcp__github\n") << "mcp__github__create_issue"
                                        << Change::Added << true;
    QTest::newRow("denied") << QByteArray() << QByteArray("disallowedTools: Bash\n") << "Bash" << Change::Removed << true;
    QTest::newRow("denied for some uses") << QByteArray() << QByteArray("disallowedTools: Bash(rm *)\n") << "Bash" << Change::Changed << true;
    QTest::newRow("unknown token is no grant") << readGrep << QByteArray("tools: Read, Grep, Serch\n") << "Serch" << Change::Same << false;
    QTest::newRow("legacy name grants nothing") << readGrep << QByteArray("tools: Read, Grep, LS\n") << "LS" << Change::Same << false;
    QTest::newRow("frontmatter broken") << readGrep << QByteArray("tools: Read\na: b: c\n - x\n") << "Read" << Change::Removed << true;
}

void TestMatrixBaseline::changes()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, column);
    QFETCH(MatrixComparison::Change, change);
    QFETCH(bool, rowChanged);

    const QString path = QStringLiteral("agents/a.md");
    MatrixComparison comparison({{path, grantsOf(agent("a", before))}}, ToolCatalog::builtin());
    comparison.setAgents({{path, grantsOf(agent("a", after))}});
    QCOMPARE(comparison.change(0, column), change);
    QCOMPARE(comparison.hasChanges(0), rowChanged);
    QVERIFY(!comparison.isNew(0));
    QVERIFY(comparison.baselineOf(0));
    QVERIFY(comparison.deletedPaths().isEmpty());
}

void TestMatrixBaseline::rowsAndDeleted()
{
    const QHash<QString, AgentGrants> baseline{
        {QStringLiteral("kept.md"), grantsOf(agent("kept", "tools: Read\n"))},
        {QStringLiteral("sub/gone.md"), grantsOf(agent("gone", "tools: Bash\n"))},
        {QStringLiteral("a-gone.md"), grantsOf(agent("a-gone", ""))},
    };
    MatrixComparison comparison(baseline, ToolCatalog::builtin());
    comparison.setAgents({
        {QStringLiteral("fresh.md"), grantsOf(agent("fresh", "tools: Read\n"))},
        {QStringLiteral("kept.md"), grantsOf(agent("kept", "tools: Read\n"))},
    });
    QCOMPARE(comparison.agentCount(), 2);
    QVERIFY(comparison.isNew(0));
    QVERIFY(comparison.hasChanges(0));
    QVERIFY(!comparison.baselineOf(0));
    QCOMPARE(comparison.change(0, QStringLiteral("Read")), MatrixComparison::Change::Added);
    QCOMPARE(comparison.change(0, QStringLiteral("Bash")), MatrixComparison::Change::Same);
    QVERIFY(!comparison.isNew(1));
    QVERIFY(!comparison.hasChanges(1));
    QCOMPARE(comparison.deletedPaths(), (QStringList{QStringLiteral("a-gone.md"), QStringLiteral("sub/gone.md")}));
    // Out of range asks nothing of anyone.
    QCOMPARE(comparison.change(5, QStringLiteral("Read")), MatrixComparison::Change::Same);
    QVERIFY(!comparison.hasChanges(-1));
}

void TestMatrixBaseline::agentUpdated()
{
    const QString path = QStringLiteral("kept.md");
    MatrixComparison comparison({{path, grantsOf(agent("kept", "tools: Read\n"))}}, ToolCatalog::builtin());
    comparison.setAgents({{path, grantsOf(agent("kept", "tools: Read\n"))}});
    QVERIFY(!comparison.hasChanges(0));

    // An edit in the window: the row is compared again.
    comparison.setAgent(0, {path, grantsOf(agent("kept", "tools: Read, WebFetch\n"))});
    QVERIFY(comparison.hasChanges(0));
    QCOMPARE(comparison.change(0, QStringLiteral("WebFetch")), MatrixComparison::Change::Added);

    // A file added to the library: one past the end.
    comparison.setAgent(1, {QStringLiteral("new.md"), grantsOf(agent("new", "tools: Read\n"))});
    QCOMPARE(comparison.agentCount(), 2);
    QVERIFY(comparison.isNew(1));
}

void TestMatrixBaseline::gitBaseline()
{
    if (!m_hasGit)
        QSKIP("git is not installed: the git baseline cannot be tested.");
    QTemporaryDir repo;
    QVERIFY(repo.isValid());
    git(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")});
    const QString folder = repo.filePath(QStringLiteral("project"));
    const QByteArray committed = agent("reviewer", "tools: Read, Grep\n");
    writeScratchFile(folder + QLatin1String("/.claude/agents/reviewer.md"), committed);
    writeScratchFile(folder + QLatin1String("/.claude/agents/old.md"), agent("old", ""));
    writeScratchFile(repo.filePath(QStringLiteral("other/.claude/agents/outside.md")), agent("outside", ""));
    commitAll(repo.path(), QStringLiteral("first"));
    const QByteArray second = agent("reviewer", "tools: Read, Grep, Bash\n");
    writeScratchFile(folder + QLatin1String("/.claude/agents/reviewer.md"), second);
    commitAll(repo.path(), QStringLiteral("second"));
    // The working tree moves on: the baseline is what the revision holds.
    writeScratchFile(folder + QLatin1String("/.claude/agents/reviewer.md"), agent("reviewer", "tools: Read, Grep, Bash, WebFetch\n"));
    QVERIFY(QFile::remove(folder + QLatin1String("/.claude/agents/old.md")));
    writeScratchFile(folder + QLatin1String("/.claude/agents/new.md"), agent("new", ""));

    QString error;
    const std::optional<MatrixBaseline> head = MatrixBaseline::read(QStringLiteral("git:"), folder, &error);
    QVERIFY2(head, qPrintable(error));
    QCOMPARE(head->label(), QStringLiteral("git:HEAD"));
    QStringList paths = head->files().keys();
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral(".claude/agents/old.md"), QStringLiteral(".claude/agents/reviewer.md")}));
    QCOMPARE(head->files().value(QStringLiteral(".claude/agents/reviewer.md")), second);

    const std::optional<MatrixBaseline> first = MatrixBaseline::read(QStringLiteral("git:HEAD~1"), folder, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->label(), QStringLiteral("git:HEAD~1"));
    QCOMPARE(first->files().value(QStringLiteral(".claude/agents/reviewer.md")), committed);

    // Compared with the working tree's agents.
    MatrixComparison comparison(head->grants(RuntimeProfile::latest(), ToolCatalog::builtin()), ToolCatalog::builtin());
    comparison.setAgents({
        {QStringLiteral(".claude/agents/new.md"), grantsOf(agent("new", ""))},
        {QStringLiteral(".claude/agents/reviewer.md"), grantsOf(agent("reviewer", "tools: Read, Grep, Bash, WebFetch\n"))},
    });
    QVERIFY(comparison.isNew(0));
    QCOMPARE(comparison.change(1, QStringLiteral("WebFetch")), MatrixComparison::Change::Added);
    QCOMPARE(comparison.change(1, QStringLiteral("Bash")), MatrixComparison::Change::Same);
    QCOMPARE(comparison.deletedPaths(), QStringList{QStringLiteral(".claude/agents/old.md")});
}

void TestMatrixBaseline::gitPluginLayout()
{
    if (!m_hasGit)
        QSKIP("git is not installed: the git baseline cannot be tested.");
    QTemporaryDir repo;
    QVERIFY(repo.isValid());
    git(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")});
    writeScratchFile(repo.filePath(QStringLiteral("plugins/tools/.claude-plugin/plugin.json")), "{\"name\": \"tools\"}\n");
    writeScratchFile(repo.filePath(QStringLiteral("plugins/tools/agents/linter.md")), agent("linter", "tools: Read\n"));
    writeScratchFile(repo.filePath(QStringLiteral("plugins/tools/README.md")), "# Tools\n");
    writeScratchFile(repo.filePath(QStringLiteral("docs/guide.md")), "# A guide, not an agent\n");
    commitAll(repo.path(), QStringLiteral("plugin"));

    QString error;
    const std::optional<MatrixBaseline> baseline = MatrixBaseline::fromGit(repo.path(), QStringLiteral("HEAD"), &error);
    QVERIFY2(baseline, qPrintable(error));
    // As the scanner finds them in a folder: a plugin's agents, not every Markdown file.
    QCOMPARE(baseline->files().keys(), QStringList{QStringLiteral("plugins/tools/agents/linter.md")});
}

void TestMatrixBaseline::gitUnknownRevision()
{
    if (!m_hasGit)
        QSKIP("git is not installed: the git baseline cannot be tested.");
    QTemporaryDir repo;
    QVERIFY(repo.isValid());
    git(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")});
    writeScratchFile(repo.filePath(QStringLiteral("a.md")), agent("a", ""));
    commitAll(repo.path(), QStringLiteral("one"));

    QString error;
    QVERIFY(!MatrixBaseline::read(QStringLiteral("git:no-such-branch"), repo.path(), &error));
    QVERIFY2(error.contains(QLatin1String("no-such-branch")), qPrintable(error));
    error.clear();
    QVERIFY(!MatrixBaseline::read(QStringLiteral("git:--output=x"), repo.path(), &error));
    QVERIFY2(error.contains(QLatin1String("--output=x")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(repo.filePath(QStringLiteral("x"))));
}

void TestMatrixBaseline::gitNotARepository()
{
    if (!m_hasGit)
        QSKIP("git is not installed: the git baseline cannot be tested.");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // However the temporary folder is placed, git must not look above it.
    const QByteArray ceiling = qgetenv("GIT_CEILING_DIRECTORIES");
    qputenv("GIT_CEILING_DIRECTORIES", QFileInfo(dir.path()).absolutePath().toUtf8());
    QString error;
    const bool read = MatrixBaseline::read(QStringLiteral("git:HEAD"), dir.path(), &error).has_value();
    qputenv("GIT_CEILING_DIRECTORIES", ceiling);
    QVERIFY(!read);
    QVERIFY2(error.contains(dir.path()) && error.contains(QLatin1String("not in a git repository")), qPrintable(error));
}

void TestMatrixBaseline::gitMissing()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", empty.path().toUtf8());
    QString error;
    const bool read = MatrixBaseline::read(QStringLiteral("git:HEAD"), empty.path(), &error).has_value();
    qputenv("PATH", path);
    QVERIFY(!read);
    QVERIFY2(error.contains(QLatin1String("Cannot run git")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMatrixBaseline)
#include "tst_matrixbaseline.moc"
