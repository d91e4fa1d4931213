// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "differinglines.h"
#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "matrix/agentgrants.h"
#include "matrix/agentrisk.h"
#include "matrix/grantpatcher.h"
#include "matrix/matrixcolumns.h"
#include "matrix/permissionmatrixfiltermodel.h"
#include "matrix/permissionmatrixmodel.h"
#include "runtime/runtimeprofile.h"
#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"
#include "scratchfiles.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

Q_DECLARE_METATYPE(GrantState)
Q_DECLARE_METATYPE(AgentGrants::Mode)
Q_DECLARE_METATYPE(AgentRisk::Level)

namespace {

AgentGrants grantsOf(const QByteArray &bytes)
{
    const AgentReading reading = RuntimeReader(RuntimeProfile::latest()).read(bytes, QStringLiteral("agent.md"));
    return AgentGrants::read(reading, bytes, ToolCatalog::builtin());
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QByteArray agent(const QByteArray &fields)
{
    return "---\nname: a\ndescription: Does a.\n" + fields + "---\nBody.\n";
}


} // namespace

// The permission matrix: each agent's grants as the client reads them, the columns, the risk,
// the table model with its filter, and edits of `tools` that change only its lines.
class TestPermissionMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void cellStates_data();
    void cellStates();
    void modes_data();
    void modes();
    void entryLines();
    void columnOrder();
    void riskLevels_data();
    void riskLevels();
    void grantThenRevokeRestores_data();
    void grantThenRevokeRestores();

    void init();
    void cleanup();
    void modelCells();
    void headersAndTotals();
    void summary();
    void collapsedServers();
    void filterModel();
    void toggleKeepsCommaString();
    void toggleKeepsBlockList();
    void revokeFromInheritingAgentMakesExplicit();
    void makeExplicitInBulk();
    void patterns();
    void bulkGrantIsOneStepPerDocument();
    void refusals();
    void followsChecks();
    void mixedRuntimes();
    void dormantUntilLive();
    void corpus();

private:
    void write(const QString &fileName, const QByteArray &bytes);
    void open();
    int rowOf(const QString &name) const;
    QModelIndex cellOf(const QString &name, const QString &key) const;
    QByteArray bytesOf(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentLibrary> m_library;
    std::unique_ptr<LibraryChecker> m_checker;
    std::unique_ptr<PermissionMatrixModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPermissionMatrixModel::cellStates_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("column");
    QTest::addColumn<GrantState>("state");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<int>("line");

    const QStringList none;
    QTest::newRow("comma string") << QByteArray("tools: Read, Grep\n") << "Grep" << GrantState::Granted << none << 3;
    QTest::newRow("spaces") << QByteArray("tools: Read Grep\n") << "Grep" << GrantState::Granted << none << 3;
    QTest::newRow("not named") << QByteArray("tools: Read, Grep\n") << "Write" << GrantState::NotGranted << none << -1;
    QTest::newRow("block list") << QByteArray("tools:\n  - Read\n  - Bash\n") << "Bash" << GrantState::Granted << none << 5;
    QTest::newRow("flow list") << QByteArray("tools: [Read, Bash]\n") << "Bash" << GrantState::Granted << none << 3;
    QTest::newRow("Task alias") << QByteArray("tools: Read, Task\n") << "Agent" << GrantState::Granted << none << 3;
    QTest::newRow("Agent") << QByteArray("tools: Agent\n") << "Agent" << GrantState::Granted << none << 3;
    QTest::newRow("pattern") << QByteArray("tools: Read, Bash(git *)\n") << "Bash" << GrantState::Pattern << strings({"git *"}) << 3;
    QTest::newRow("two patterns") << QByteArray("tools:\n  - Bash(git *)\n  - Bash(npm test)\n") << "Bash" << GrantState::Pattern
                                  << strings({"git *", "npm test"}) << 4;
    QTest::newRow("escaped pattern") << QByteArray("tools: Bash(echo \\(x\\))\n") << "Bash" << GrantState::Pattern
                                     << strings({"echo (x)"}) << 3;
    QTest::newRow("pattern and whole tool") << QByteArray("tools: Bash(git *), Bash\n") << "Bash" << GrantState::Granted
                                            << strings({"git *"}) << 3;
    QTest::newRow("mcp server grants its tools") << QByteArray("tools: Read, mcp__github\n") << "mcp__github__create_issue"
                                                 << GrantState::Granted << none << 3;
    QTest::newRow("mcp server column") << QByteArray("tools: mcp__github\n") << "mcp__github" << GrantState::Granted << none << 3;
    QTest::newRow("mcp tool") << QByteArray("tools: mcp__github__create_issue\n") << "mcp__github__create_issue"
                              << GrantState::Granted << none << 3;
    QTest::newRow("mcp tool leaves the server") << QByteArray("tools: mcp__github__create_issue\n") << "mcp__github"
                                                << GrantState::NotGranted << none << -1;
    QTest::newRow("mcp other tool") << QByteArray("tools: mcp__github__create_issue\n") << "mcp__github__delete"
                                    << GrantState::NotGranted << none << -1;
    QTest::newRow("no tools key") << QByteArray() << "Bash" << GrantState::Inherited << none << -1;
    QTest::newRow("no tools key, mcp") << QByteArray() << "mcp__github__create_issue" << GrantState::Inherited << none << -1;
    QTest::newRow("no tools key, legacy") << QByteArray() << "LS" << GrantState::NotGranted << none << -1;
    QTest::newRow("disallowedTools") << QByteArray("disallowedTools: Bash, WebFetch\n") << "WebFetch" << GrantState::Denied << none
                                     << 3;
    QTest::newRow("disallowedTools pattern") << QByteArray("disallowedTools:\n  - Bash(rm *)\n") << "Bash" << GrantState::Denied
                                             << strings({"rm *"}) << 4;
    QTest::newRow("disallowedTools leaves others") << QByteArray("disallowedTools: Bash\n") << "Read" << GrantState::Inherited
                                                   << none << -1;
    QTest::newRow("disallowedTools server") << QByteArray("disallowedTools: mcp__github\n") << "mcp__github__create_issue"
                                            << GrantState::Denied << none << 3;
    QTest::newRow("disallowedTools ignored beside tools") << QByteArray("tools: Read\ndisallowedTools: Read, Bash\n") << "Read"
                                                          << GrantState::Granted << none << 3;
    QTest::newRow("disallowedTools ignored, not granted") << QByteArray("tools: Read\ndisallowedTools: Bash\n") << "Bash"
                                                          << GrantState::NotGranted << none << -1;
    QTest::newRow("star string") << QByteArray("tools: \"*\"\n") << "Bash" << GrantState::Inherited << none << 3;
    QTest::newRow("star list") << QByteArray("tools: [\"*\"]\n") << "mcp__x__y" << GrantState::Inherited << none << 3;
    QTest::newRow("star beside names") << QByteArray("tools: \"Read, *\"\n") << "Read" << GrantState::Inherited << none << 3;
    QTest::newRow("empty tools") << QByteArray("tools:\n") << "Read" << GrantState::NotGranted << none << -1;
    QTest::newRow("empty list") << QByteArray("tools: []\n") << "Read" << GrantState::NotGranted << none << -1;
    QTest::newRow("unknown token") << QByteArray("tools: Read, codebase\n") << "codebase" << GrantState::Unknown << none << 3;
    QTest::newRow("malformed") << QByteArray("tools: Read, Bash(git\n") << "Bash(git" << GrantState::Unknown << none << 3;
    QTest::newRow("legacy tool") << QByteArray("tools: Read, LS\n") << "LS" << GrantState::Unknown << none << 3;
    QTest::newRow("old name of a legacy tool, as written") << QByteArray("tools: Read, BashOutput\n") << "BashOutput"
                                                            << GrantState::Unknown << none << 3;
    QTest::newRow("old name names no other column") << QByteArray("tools: Read, BashOutput\n") << "TaskOutput"
                                                     << GrantState::NotGranted << none << -1;
    QTest::newRow("lenient file") << QByteArray("tools: Read, Bash\nmodel: use this: now\n") << "Bash" << GrantState::Granted << none
                                  << 3;
}

void TestPermissionMatrixModel::cellStates()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, column);
    QFETCH(GrantState, state);
    QFETCH(QStringList, patterns);
    QFETCH(int, line);

    const AgentGrants grants = grantsOf(agent(fields));
    const ToolGrant grant = grants.grant(column);
    QCOMPARE(int(grant.state), int(state));
    QCOMPARE(grant.patterns, patterns);
    QCOMPARE(grant.line, line);
    if (line >= 0)
        QVERIFY(!grant.tokens.isEmpty());
}

void TestPermissionMatrixModel::modes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<AgentGrants::Mode>("mode");
    QTest::addColumn<bool>("wildcard");

    QTest::newRow("explicit") << agent("tools: Read\n") << AgentGrants::Mode::Explicit << false;
    QTest::newRow("empty tools") << agent("tools:\n") << AgentGrants::Mode::Explicit << false;
    QTest::newRow("inherit") << agent("") << AgentGrants::Mode::Inherit << false;
    QTest::newRow("star") << agent("tools: \"Read, *\"\n") << AgentGrants::Mode::Inherit << true;
    QTest::newRow("star list") << agent("tools:\n  - \"*\"\n") << AgentGrants::Mode::Inherit << true;
    QTest::newRow("lenient") << agent("model: use this: now\n") << AgentGrants::Mode::Inherit << false;
    QTest::newRow("lenient explicit") << agent("tools: Read\nmodel: use this: now\n") << AgentGrants::Mode::Explicit << false;
    QTest::newRow("broken") << QByteArray("---\nname: a\ndescription: \"unclosed\ntools: Read\n---\nBody.\n")
                            << AgentGrants::Mode::Unreadable << false;
    QTest::newRow("missing") << QByteArray("Just a body.\n") << AgentGrants::Mode::Unreadable << false;
    QTest::newRow("unterminated") << QByteArray("---\nname: a\ntools: Read\nBody.\n") << AgentGrants::Mode::Unreadable << false;
    QTest::newRow("not a mapping") << QByteArray("---\n- a\n- b\n---\nBody.\n") << AgentGrants::Mode::Unreadable << false;
}

void TestPermissionMatrixModel::modes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(AgentGrants::Mode, mode);
    QFETCH(bool, wildcard);

    const AgentGrants grants = grantsOf(bytes);
    QCOMPARE(int(grants.mode()), int(mode));
    QCOMPARE(grants.hasWildcard(), wildcard);
    if (mode == AgentGrants::Mode::Unreadable) {
        // Never "inherits everything": no cell is granted.
        QCOMPARE(int(grants.grant(QStringLiteral("Bash")).state), int(GrantState::NotGranted));
        QCOMPARE(int(grants.grant(QStringLiteral("Read")).state), int(GrantState::NotGranted));
        QCOMPARE(int(grants.grant(QStringLiteral("mcp__a__b")).state), int(GrantState::NotGranted));
    }
}

void TestPermissionMatrixModel::entryLines()
{
    const AgentGrants grants = grantsOf(agent("tools:\n  - Read\n  # a comment\n  - Task\n  - mcp__github__create_issue\n"
                                              "model: sonnet\n"));
    QCOMPARE(grants.toolsLine(), 3);
    QCOMPARE(grants.toolEntries(), (strings({"Read", "Task", "mcp__github__create_issue"})));
    QCOMPARE(grants.namedColumns(), (strings({"Read", "Agent", "mcp__github__create_issue"})));
    QCOMPARE(grants.grant(QStringLiteral("Read")).line, 4);
    QCOMPARE(grants.grant(QStringLiteral("Agent")).line, 6);
    QCOMPARE(grants.grant(QStringLiteral("Agent")).tokens, strings({"Task"}));
    QCOMPARE(grants.grant(QStringLiteral("mcp__github__create_issue")).line, 7);
}

void TestPermissionMatrixModel::columnOrder()
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    const AgentGrants a = grantsOf(agent("tools: Read, LS, mcp__zeta__run, mcp__Alpha, codebase, Bash\n"));
    const AgentGrants b = grantsOf(agent("disallowedTools: mcp__zeta__build, search\n"));
    const AgentGrants c = grantsOf("no frontmatter\n");
    const QVector<MatrixColumn> columns = MatrixColumns::build({&a, &b, &c}, catalog);

    QStringList keys;
    for (const MatrixColumn &column : columns)
        keys << column.key;
    // Current catalog tools by category, legacy LS only because a file names it.
    int expected = 0;
    for (const ToolCategory &category : catalog.categories()) {
        for (const ToolInfo *tool : catalog.toolsIn(category.id)) {
            if (tool->legacy && tool->name != QLatin1String("LS"))
                continue;
            QCOMPARE(columns.at(expected).key, tool->name);
            QCOMPARE(columns.at(expected).group, category.id);
            QCOMPARE(columns.at(expected).legacy, tool->legacy);
            ++expected;
        }
    }
    QVERIFY(keys.contains(QStringLiteral("LS")));
    QVERIFY(!keys.contains(QStringLiteral("MultiEdit")));
    // Then servers sorted, each followed by its tools, then unknown tokens sorted.
    QCOMPARE(keys.mid(expected), (strings({"mcp__Alpha", "mcp__zeta", "mcp__zeta__build", "mcp__zeta__run", "codebase", "search"})));

    // An old name of a tool the client no longer offers is its own column, as the file writes it.
    const AgentGrants d = grantsOf(agent("tools: Read, BashOutput\n"));
    const QVector<MatrixColumn> old = MatrixColumns::build({&d}, catalog);
    const auto bashOutput = std::find_if(old.cbegin(), old.cend(), [](const MatrixColumn &column) { return column.key == QLatin1String("BashOutput"); });
    QVERIFY(bashOutput != old.cend());
    QCOMPARE(bashOutput->group, QStringLiteral("execute"));
    QVERIFY(bashOutput->legacy);
    QVERIFY(std::none_of(old.cbegin(), old.cend(), [](const MatrixColumn &column) { return column.key == QLatin1String("TaskOutput"); }));
    // Revoking it takes out that entry; granting it is refused.
    const QByteArray bytes = agent("tools: Read, BashOutput\n");
    const AgentText text = AgentText::fromBytes(bytes);
    const GrantPatcher patcher(text, d, catalog);
    const GrantPatch revoke = patcher.revoke(QStringLiteral("BashOutput"));
    QVERIFY2(revoke.isChanged(), qPrintable(revoke.message));
    QCOMPARE(revoke.edits.first().appliedTo(bytes), agent("tools: Read\n"));
    QVERIFY(!patcher.grant(QStringLiteral("BashOutput")).isChanged());
    QCOMPARE(int(columns.at(expected).kind), int(MatrixColumn::Kind::McpServer));
    QCOMPARE(int(columns.at(expected + 2).kind), int(MatrixColumn::Kind::McpTool));
    QCOMPARE(int(columns.last().kind), int(MatrixColumn::Kind::Unknown));

    QCOMPARE(MatrixColumns::groupLabel(columns.first(), catalog), QStringLiteral("Read"));
    QCOMPARE(MatrixColumns::groupLabel(columns.at(expected + 1), catalog), QStringLiteral("MCP: zeta"));
    QCOMPARE(MatrixColumns::groupLabel(columns.last(), catalog), QStringLiteral("Unknown"));
}

void TestPermissionMatrixModel::riskLevels_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<AgentRisk::Level>("level");
    QTest::addColumn<QString>("flags"); // x execute, n network, w write, i inherits, h hooks or MCP, b bypass

    QTest::newRow("read only") << agent("tools: Read, Grep\n") << AgentRisk::Level::Low << "";
    QTest::newRow("nothing") << agent("tools: []\n") << AgentRisk::Level::None << "";
    QTest::newRow("writes") << agent("tools: Read, Edit\n") << AgentRisk::Level::Medium << "w";
    QTest::newRow("shell") << agent("tools: Bash\n") << AgentRisk::Level::High << "x";
    QTest::newRow("scoped shell") << agent("tools: Bash(git *)\n") << AgentRisk::Level::Medium << "x";
    QTest::newRow("shell and network") << agent("tools: Bash, WebFetch\n") << AgentRisk::Level::Critical << "xn";
    QTest::newRow("write and network") << agent("tools: Edit, WebSearch\n") << AgentRisk::Level::High << "nw";
    QTest::newRow("inherits") << agent("") << AgentRisk::Level::Critical << "xnwi";
    QTest::newRow("inherits without shell") << agent("disallowedTools: Bash, PowerShell, Monitor\n") << AgentRisk::Level::High << "nwi";
    QTest::newRow("bypass") << agent("tools: Read\npermissionMode: bypassPermissions\n") << AgentRisk::Level::High << "b";
    QTest::newRow("bypass with writes") << agent("tools: Edit\npermissionMode: bypassPermissions\n") << AgentRisk::Level::Critical
                                        << "wb";
    QTest::newRow("hooks") << agent("tools: Read\nhooks:\n  PreToolUse:\n    - matcher: Bash\n      hooks:\n        - type: command\n"
                                    "          command: echo hi\n")
                           << AgentRisk::Level::High << "h";
    QTest::newRow("mcp servers") << agent("tools: Read\nmcpServers:\n  - github\n") << AgentRisk::Level::Medium << "h";
    QTest::newRow("mcp tools") << agent("tools: Read, mcp__github__create_issue\n") << AgentRisk::Level::Medium << "";
    QTest::newRow("unreadable") << QByteArray("no frontmatter\n") << AgentRisk::Level::None << "";
}

void TestPermissionMatrixModel::riskLevels()
{
    QFETCH(QByteArray, bytes);
    QFETCH(AgentRisk::Level, level);
    QFETCH(QString, flags);

    const AgentRisk risk = AgentRisk::assess(grantsOf(bytes), ToolCatalog::builtin());
    QCOMPARE(AgentRisk::levelId(risk.level), AgentRisk::levelId(level));
    QCOMPARE(risk.canExecute, flags.contains(u'x'));
    QCOMPARE(risk.canReachNetwork, flags.contains(u'n'));
    QCOMPARE(risk.canWrite, flags.contains(u'w'));
    QCOMPARE(risk.inheritsAll, flags.contains(u'i'));
    QCOMPARE(risk.hasHooksOrMcp, flags.contains(u'h'));
    QCOMPARE(risk.bypassesPermissions, flags.contains(u'b'));
    QCOMPARE(risk.reasons.isEmpty(), level == AgentRisk::Level::None);
    QVERIFY(!AgentRisk::levelName(level).isEmpty());
}

void TestPermissionMatrixModel::grantThenRevokeRestores_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("granted"); // the tools lines once Edit is granted

    QTest::newRow("comma string") << agent("tools: Read, Bash\n") << QByteArray("tools: Read, Bash, Edit");
    QTest::newRow("commas without spaces") << agent("tools: Read,Bash\n") << QByteArray("tools: Read,Bash,Edit");
    QTest::newRow("spaces") << agent("tools: Read Bash\n") << QByteArray("tools: Read Bash Edit");
    QTest::newRow("quoted comma string") << agent("tools: \"Read, Bash\"\n") << QByteArray("tools: \"Read, Bash, Edit\"");
    QTest::newRow("comment") << agent("tools: Read, Bash # the usual\n") << QByteArray("tools: Read, Bash, Edit # the usual");
    QTest::newRow("flow list") << agent("tools: [Read, Bash]\n") << QByteArray("tools: [Read, Bash, Edit]");
    QTest::newRow("quoted flow list") << agent("tools: [\"Read\", 'Bash(git *)']\n") << QByteArray("tools: [\"Read\", 'Bash(git *)', Edit]");
    QTest::newRow("block list") << agent("tools:\n  - Read\n  - 'Bash'\n") << QByteArray("  - Edit");
    QTest::newRow("block list, no indent") << agent("tools:\n- Read\n- Bash\n") << QByteArray("- Edit");
    QTest::newRow("CRLF block list") << QByteArray("---\r\nname: a\r\ndescription: Does a.\r\ntools:\r\n  - Read\r\n---\r\nBody.\r\n")
                                     << QByteArray("  - Edit\r");
}

void TestPermissionMatrixModel::grantThenRevokeRestores()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, granted);

    const ToolCatalog &catalog = ToolCatalog::builtin();
    const AgentText text = AgentText::fromBytes(bytes);
    const AgentGrants grants = grantsOf(bytes);
    const GrantPatch grant = GrantPatcher(text, grants, catalog).grant(QStringLiteral("Edit"));
    QVERIFY2(grant.isChanged(), qPrintable(grant.message));
    QCOMPARE(grant.edits.size(), 1);
    const QByteArray after = grant.edits.first().appliedTo(bytes);
    const auto [removed, added] = differingLines(bytes, after);
    QVERIFY(removed.size() <= 1);
    QCOMPARE(added.last(), granted);
    QCOMPARE(int(grantsOf(after).grant(QStringLiteral("Edit")).state), int(GrantState::Granted));

    const AgentText edited = AgentText::fromBytes(after);
    const AgentGrants editedGrants = grantsOf(after);
    const GrantPatch revoke = GrantPatcher(edited, editedGrants, catalog).revoke(QStringLiteral("Edit"));
    QVERIFY2(revoke.isChanged(), qPrintable(revoke.message));
    QCOMPARE(revoke.edits.first().appliedTo(after), bytes);
}

void TestPermissionMatrixModel::init()
{
    qRegisterMetaType<QVector<int>>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = std::make_unique<AgentLibrary>();
    m_checker = std::make_unique<LibraryChecker>(m_library.get());
    m_checker->setDelay(20);
    write(QStringLiteral("comma.md"),
          "---\nname: comma\ndescription: Comma string.\ntools: Read, Grep, Bash(git *)\nmodel: sonnet\n---\nBody.\n");
    write(QStringLiteral("block.md"),
          "---\nname: block\ndescription: Block list.\ntools:\n  - Read\n  - Bash\n  - \"WebFetch\"\n  - codebase\nmodel: haiku\n---\nBody.\n");
    write(QStringLiteral("inherit.md"), "---\nname: inherit\ndescription: Inherits.\ndisallowedTools: WebFetch\ncolor: red\n---\nBody.\n");
    write(QStringLiteral("mcp.md"), "---\nname: mcp\ndescription: MCP tools.\ntools: [Read, mcp__github__create_issue, Task]\n---\nBody.\n");
    write(QStringLiteral("broken.md"), "---\nname: broken\ndescription: \"unclosed\ntools: Read\n---\nBody.\n");
    write(QStringLiteral("notes.md"), "Just notes, no frontmatter.\n");
}

void TestPermissionMatrixModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_checker.reset();
    m_library.reset();
}

void TestPermissionMatrixModel::write(const QString &fileName, const QByteArray &bytes)
{
    writeScratchFile(m_dir->filePath(QStringLiteral(".claude/agents/") + fileName), bytes);
}

void TestPermissionMatrixModel::open()
{
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    m_model = std::make_unique<PermissionMatrixModel>(m_library.get(), m_checker.get(), ToolCatalog::builtin());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), m_library->count());
}

int TestPermissionMatrixModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->agentName(row) == name)
            return row;
    }
    return -1;
}

QModelIndex TestPermissionMatrixModel::cellOf(const QString &name, const QString &key) const
{
    return m_model->index(rowOf(name), m_model->sectionOf(key));
}

QByteArray TestPermissionMatrixModel::bytesOf(const QString &name) const
{
    return m_model->document(rowOf(name))->text().bytes;
}

void TestPermissionMatrixModel::modelCells()
{
    open();
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(rowOf(QStringLiteral("notes")) >= 0); // named by its file

    const auto text = [this](const QString &name, const QString &key) { return cellOf(name, key).data().toString(); };
    const auto state = [this](const QString &name, const QString &key) {
        return cellOf(name, key).data(PermissionMatrixModel::GrantStateRole).toInt();
    };
    QCOMPARE(text(QStringLiteral("comma"), QStringLiteral("Read")), QStringLiteral("✓"));
    QCOMPARE(text(QStringLiteral("comma"), QStringLiteral("Bash")), QStringLiteral("✓ git *"));
    QCOMPARE(state(QStringLiteral("comma"), QStringLiteral("Bash")), int(GrantState::Pattern));
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("Bash")).data(PermissionMatrixModel::PatternsRole).toStringList(),
             strings({"git *"}));
    QCOMPARE(text(QStringLiteral("comma"), QStringLiteral("Write")), QString());
    QCOMPARE(state(QStringLiteral("comma"), QStringLiteral("Write")), int(GrantState::NotGranted));
    QCOMPARE(text(QStringLiteral("inherit"), QStringLiteral("Bash")), QStringLiteral("(✓)"));
    QCOMPARE(text(QStringLiteral("inherit"), QStringLiteral("WebFetch")), QStringLiteral("⊘"));
    QCOMPARE(text(QStringLiteral("block"), QStringLiteral("codebase")), QStringLiteral("?"));
    QCOMPARE(state(QStringLiteral("mcp"), QStringLiteral("Agent")), int(GrantState::Granted));
    QCOMPARE(state(QStringLiteral("broken"), QStringLiteral("Bash")), int(GrantState::NotGranted));
    QCOMPARE(cellOf(QStringLiteral("broken"), QStringLiteral("Bash")).data(PermissionMatrixModel::ModeRole).toInt(),
             int(AgentGrants::Mode::Unreadable));
    QCOMPARE(m_model->index(rowOf(QStringLiteral("broken")), PermissionMatrixModel::RiskColumn).data().toString(),
             QStringLiteral("Unreadable"));

    // The state in words for screen readers, and the line it comes from.
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("Write")).data(Qt::AccessibleTextRole).toString(), QStringLiteral("not granted"));
    QVERIFY(cellOf(QStringLiteral("comma"), QStringLiteral("Bash")).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("git *")));
    QCOMPARE(cellOf(QStringLiteral("inherit"), QStringLiteral("WebFetch")).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("removed by disallowedTools"));
    QVERIFY(cellOf(QStringLiteral("comma"), QStringLiteral("Bash")).data(Qt::ToolTipRole).toString().contains(
        QLatin1String("tools, line 4: Bash(git *)")));
    QVERIFY(cellOf(QStringLiteral("block"), QStringLiteral("WebFetch")).data(Qt::ToolTipRole).toString().contains(
        QLatin1String("tools, line 7: WebFetch")));
    QVERIFY(cellOf(QStringLiteral("inherit"), QStringLiteral("WebFetch")).data(Qt::ToolTipRole).toString().contains(
        QLatin1String("disallowedTools, line 4: WebFetch")));
    QCOMPARE(cellOf(QStringLiteral("block"), QStringLiteral("Bash")).data(PermissionMatrixModel::SourceLineRole).toInt(), 5);

    // Name and risk columns; every cell of a row carries its risk and library index.
    const int block = rowOf(QStringLiteral("block"));
    QCOMPARE(m_model->index(block, PermissionMatrixModel::NameColumn).data().toString(), QStringLiteral("block"));
    QCOMPARE(m_model->index(block, PermissionMatrixModel::RiskColumn).data().toString(), AgentRisk::levelName(AgentRisk::Level::Critical));
    QCOMPARE(cellOf(QStringLiteral("block"), QStringLiteral("Read")).data(PermissionMatrixModel::RiskLevelRole).toInt(),
             int(AgentRisk::Level::Critical));
    QCOMPARE(cellOf(QStringLiteral("block"), QStringLiteral("Read")).data(PermissionMatrixModel::ItemIndexRole).toInt(),
             m_library->indexOf(m_model->document(block)));
    QVERIFY(!m_model->index(block, PermissionMatrixModel::RiskColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestPermissionMatrixModel::headersAndTotals()
{
    open();
    QCOMPARE(m_model->headerData(PermissionMatrixModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Agent"));
    QCOMPARE(m_model->headerData(PermissionMatrixModel::RiskColumn, Qt::Horizontal, PermissionMatrixModel::ColumnKindRole).toInt(), -1);
    const int bash = m_model->sectionOf(QStringLiteral("Bash"));
    QCOMPARE(m_model->headerData(bash, Qt::Horizontal).toString(), QStringLiteral("Bash"));
    QCOMPARE(m_model->headerData(bash, Qt::Horizontal, PermissionMatrixModel::GroupIdRole).toString(), QStringLiteral("execute"));
    QCOMPARE(m_model->headerData(bash, Qt::Horizontal, PermissionMatrixModel::GroupRole).toString(), QStringLiteral("Execute"));
    QCOMPARE(m_model->headerData(bash, Qt::Horizontal, PermissionMatrixModel::ColumnKindRole).toInt(), int(MatrixColumn::Kind::Tool));
    const QString tip = m_model->headerData(bash, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(ToolCatalog::builtin().find(QStringLiteral("Bash"))->displayDescription()), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("high")));

    // Bash: comma (pattern), block (granted), inherit (inherited); not mcp, not the unreadable two.
    QCOMPARE(m_model->agentsGranted(bash), 3);
    QCOMPARE(m_model->headerData(bash, Qt::Horizontal, PermissionMatrixModel::TotalRole).toInt(), 3);
    QCOMPARE(m_model->agentsGranted(m_model->sectionOf(QStringLiteral("WebFetch"))), 1); // block only: denied to inherit
    QCOMPARE(m_model->grantedCount(rowOf(QStringLiteral("comma"))), 3);
    QCOMPARE(m_model->grantedCount(rowOf(QStringLiteral("mcp"))), 3);
    QCOMPARE(m_model->grantedCount(rowOf(QStringLiteral("broken"))), 0);
    QCOMPARE(m_model->index(rowOf(QStringLiteral("comma")), PermissionMatrixModel::NameColumn).data(PermissionMatrixModel::TotalRole).toInt(), 3);

    // A toggle keeps the totals in step.
    QVERIFY(m_model->setGrant(cellOf(QStringLiteral("mcp"), QStringLiteral("Bash")), true).isChanged());
    QCOMPARE(m_model->agentsGranted(bash), 4);
    QCOMPARE(m_model->grantedCount(rowOf(QStringLiteral("mcp"))), 4);
}

void TestPermissionMatrixModel::summary()
{
    open();
    const MatrixSummary summary = m_model->summary();
    QCOMPARE(summary.agents, 6);
    QCOMPARE(summary.unreadable, 2);
    QCOMPARE(summary.canExecute, 3);      // block, inherit, and comma: Bash(git *) still runs commands
    QCOMPARE(summary.inheritAll, 1);
    QCOMPARE(summary.writeAndNetwork, 1); // inherit: WebFetch denied, WebSearch left
    QVERIFY(summary.text().contains(QStringLiteral(" · ")));
}

void TestPermissionMatrixModel::collapsedServers()
{
    write(QStringLiteral("server.md"), "---\nname: server\ndescription: Whole server.\ntools: mcp__github\n---\nBody.\n");
    open();
    const int server = m_model->sectionOf(QStringLiteral("mcp__github"));
    QVERIFY(server >= PermissionMatrixModel::FirstToolColumn);
    QCOMPARE(m_model->sectionOf(QStringLiteral("mcp__github__create_issue")), -1);
    QCOMPARE(m_model->headerData(server, Qt::Horizontal).toString(), QStringLiteral("github"));
    QCOMPARE(m_model->headerData(server, Qt::Horizontal, PermissionMatrixModel::ExpandedRole).toBool(), false);
    // The collapsed server sums up its tools.
    QCOMPARE(cellOf(QStringLiteral("mcp"), QStringLiteral("mcp__github")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Pattern));
    QCOMPARE(cellOf(QStringLiteral("mcp"), QStringLiteral("mcp__github")).data(PermissionMatrixModel::PatternsRole).toStringList(),
             strings({"create_issue"}));
    QCOMPARE(cellOf(QStringLiteral("server"), QStringLiteral("mcp__github")).data().toString(), QStringLiteral("✓"));

    const int columns = m_model->columnCount();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::columnsInserted);
    m_model->setExpanded(QStringLiteral("github"), true);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->columnCount(), columns + 1);
    QCOMPARE(m_model->sectionOf(QStringLiteral("mcp__github__create_issue")), server + 1);
    QCOMPARE(cellOf(QStringLiteral("mcp"), QStringLiteral("mcp__github")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::NotGranted));
    QCOMPARE(cellOf(QStringLiteral("server"), QStringLiteral("mcp__github__create_issue")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Granted));
    QCOMPARE(cellOf(QStringLiteral("inherit"), QStringLiteral("mcp__github__create_issue")).data().toString(), QStringLiteral("(✓)"));
    m_model->setExpanded(QStringLiteral("github"), false);
    QCOMPARE(m_model->columnCount(), columns);
}

void TestPermissionMatrixModel::filterModel()
{
    open();
    PermissionMatrixFilterModel filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto names = [&filter] {
        QStringList result;
        for (int row = 0; row < filter.rowCount(); ++row)
            result << filter.index(row, PermissionMatrixModel::NameColumn).data().toString();
        result.sort();
        return result;
    };
    QCOMPARE(filter.rowCount(), 6);
    filter.setAgentText(QStringLiteral("IN"));
    QCOMPARE(names(), strings({"inherit"}));
    filter.setAgentText({});

    filter.setTraits(PermissionMatrixFilterModel::Trait::CanExecute);
    QCOMPARE(names(), (strings({"block", "comma", "inherit"})));
    filter.setTraits(PermissionMatrixFilterModel::Trait::CanReachNetwork);
    QCOMPARE(names(), (strings({"block", "inherit"})));
    filter.setTraits(PermissionMatrixFilterModel::Trait::CanWrite);
    QCOMPARE(names(), strings({"inherit"}));
    filter.setTraits(PermissionMatrixFilterModel::Trait::InheritsAll);
    QCOMPARE(names(), strings({"inherit"}));
    filter.setTraits(PermissionMatrixFilterModel::Trait::HasHooksOrMcp);
    QCOMPARE(names(), QStringList());
    filter.setTraits({});

    const int comma = m_library->indexOf(m_model->document(rowOf(QStringLiteral("comma"))));
    filter.setRowPredicate([comma](int item) { return item == comma; });
    QCOMPARE(names(), strings({"comma"}));
    filter.setRowPredicate({});
    QCOMPARE(filter.rowCount(), 6);

    // Columns: by tool text and by category; name and risk stay.
    filter.setToolText(QStringLiteral("web"));
    QCOMPARE(filter.columnCount(), PermissionMatrixModel::FirstToolColumn + 3); // WebFetch, WebSearch, WebBrowser
    QCOMPARE(filter.headerData(PermissionMatrixModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Agent"));
    QCOMPARE(filter.headerData(PermissionMatrixModel::RiskColumn, Qt::Horizontal).toString(), QStringLiteral("Risk"));
    filter.setToolText({});
    filter.setCategories({QStringLiteral("execute")});
    const int execute = int(ToolCatalog::builtin().toolsIn(QStringLiteral("execute")).size());
    QCOMPARE(filter.columnCount(), PermissionMatrixModel::FirstToolColumn + execute - 1); // TaskOutput is legacy
    filter.setCategories({QStringLiteral("mcp"), QStringLiteral("unknown")});
    QStringList keys;
    for (int c = PermissionMatrixModel::FirstToolColumn; c < filter.columnCount(); ++c)
        keys << filter.headerData(c, Qt::Horizontal, PermissionMatrixModel::ColumnKeyRole).toString();
    QCOMPARE(keys, (strings({"ListMcpResourcesTool", "ReadMcpResourceTool", "mcp__github", "codebase"})));
    filter.setCategories({});

    // Sorting: risk by level, not by its words; a tool column by how much it grants.
    const auto order = [&filter] {
        QStringList result;
        for (int row = 0; row < filter.rowCount(); ++row)
            result << filter.index(row, PermissionMatrixModel::NameColumn).data().toString();
        return result;
    };
    filter.sort(PermissionMatrixModel::RiskColumn, Qt::AscendingOrder);
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row - 1, PermissionMatrixModel::RiskColumn).data(PermissionMatrixModel::RiskLevelRole).toInt()
                <= filter.index(row, PermissionMatrixModel::RiskColumn).data(PermissionMatrixModel::RiskLevelRole).toInt());
    const int bash = filter.mapFromSource(m_model->index(0, m_model->sectionOf(QStringLiteral("Bash")))).column();
    filter.sort(bash, Qt::DescendingOrder);
    QCOMPARE(order().mid(0, 3), (strings({"block", "comma", "inherit"}))); // granted, pattern, inherited
    filter.sort(PermissionMatrixModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(order(), names());
}

void TestPermissionMatrixModel::toggleKeepsCommaString()
{
    open();
    AgentDocument *document = m_model->document(rowOf(QStringLiteral("comma")));
    const QByteArray before = document->text().bytes;
    const int steps = document->history()->count();

    const GrantPatch granted = m_model->setGrant(cellOf(QStringLiteral("comma"), QStringLiteral("Write")), true);
    QVERIFY2(granted.isChanged(), qPrintable(granted.message));
    const QByteArray after = document->text().bytes;
    QCOMPARE(after,
             QByteArray("---\nname: comma\ndescription: Comma string.\ntools: Read, Grep, Bash(git *), Write\nmodel: sonnet\n---\nBody.\n"));
    const auto [removed, added] = differingLines(before, after);
    QCOMPARE(removed, QList<QByteArray>{"tools: Read, Grep, Bash(git *)"});
    QCOMPARE(added.size(), 1);
    QCOMPARE(document->history()->count(), steps + 1);
    QCOMPARE(document->history()->undoLabel(), QStringLiteral("Grant Write"));
    QVERIFY(document->isModified());
    // The row follows at once, before the background check.
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("Write")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Granted));

    // Revoking a pattern-granted tool takes its rules out.
    QVERIFY(m_model->setGrant(cellOf(QStringLiteral("comma"), QStringLiteral("Bash")), false).isChanged());
    QCOMPARE(document->history()->undoLabel(), QStringLiteral("Revoke Bash"));
    QVERIFY(document->text().bytes.contains("tools: Read, Grep, Write\n"));
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("Bash")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::NotGranted));

    // Granting what is granted changes nothing.
    QCOMPARE(int(m_model->setGrant(cellOf(QStringLiteral("comma"), QStringLiteral("Read")), true).status), int(GrantPatch::Status::Unchanged));

    document->undo();
    document->undo();
    QCOMPARE(document->text().bytes, before);
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("Write")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::NotGranted));
    QVERIFY(!document->isModified());
}

void TestPermissionMatrixModel::toggleKeepsBlockList()
{
    open();
    AgentDocument *document = m_model->document(rowOf(QStringLiteral("block")));
    const QByteArray before = document->text().bytes;

    QVERIFY(m_model->setGrant(cellOf(QStringLiteral("block"), QStringLiteral("Bash")), false).isChanged());
    auto [removed, added] = differingLines(before, document->text().bytes);
    QCOMPARE(removed, QList<QByteArray>{"  - Bash"});
    QCOMPARE(added, QList<QByteArray>());

    const QByteArray middle = document->text().bytes;
    QVERIFY(m_model->setGrant(cellOf(QStringLiteral("block"), QStringLiteral("Edit")), true).isChanged());
    std::tie(removed, added) = differingLines(middle, document->text().bytes);
    QCOMPARE(removed, QList<QByteArray>());
    QCOMPARE(added, QList<QByteArray>{"  - Edit"});
    QVERIFY(document->text().bytes.contains("  - codebase\n  - Edit\nmodel: haiku\n"));

    // An unknown token can only be revoked.
    const GrantPatch unknown = m_model->setGrant(cellOf(QStringLiteral("block"), QStringLiteral("codebase")), true);
    QCOMPARE(int(unknown.status), int(GrantPatch::Status::Refused));
    QVERIFY(unknown.message.contains(QLatin1String("codebase")));
    QVERIFY(m_model->setGrant(cellOf(QStringLiteral("block"), QStringLiteral("codebase")), false).isChanged());
    QVERIFY(!document->text().bytes.contains("codebase"));

    document->undo();
    document->undo();
    document->undo();
    QCOMPARE(document->text().bytes, before);
}

void TestPermissionMatrixModel::revokeFromInheritingAgentMakesExplicit()
{
    open();
    AgentDocument *document = m_model->document(rowOf(QStringLiteral("inherit")));
    const QByteArray before = document->text().bytes;

    // Granting what it inherits changes nothing; revoking writes the full list first.
    QCOMPARE(int(m_model->setGrant(cellOf(QStringLiteral("inherit"), QStringLiteral("Bash")), true).status),
             int(GrantPatch::Status::Unchanged));
    const GrantPatch revoked = m_model->setGrant(cellOf(QStringLiteral("inherit"), QStringLiteral("Bash")), false);
    QVERIFY2(revoked.isChanged(), qPrintable(revoked.message));
    QCOMPARE(document->history()->undoLabel(), QStringLiteral("Revoke Bash"));
    const AgentGrants grants = grantsOf(document->text().bytes);
    QCOMPARE(int(grants.mode()), int(AgentGrants::Mode::Explicit));
    QCOMPARE(int(grants.grant(QStringLiteral("Bash")).state), int(GrantState::NotGranted));
    QCOMPARE(int(grants.grant(QStringLiteral("WebFetch")).state), int(GrantState::NotGranted)); // what disallowedTools took stays out
    QCOMPARE(int(grants.grant(QStringLiteral("Read")).state), int(GrantState::Granted));
    QCOMPARE(int(grants.grant(QStringLiteral("LS")).state), int(GrantState::NotGranted)); // no legacy tools
    QVERIFY(!document->text().bytes.contains("disallowedTools"));
    QVERIFY(document->text().bytes.contains("\ntools: Read, Glob, Grep, Write, Edit,"));
    // Only the tools and disallowedTools lines changed.
    const auto [removed, added] = differingLines(before, document->text().bytes);
    QCOMPARE(removed, QList<QByteArray>{"disallowedTools: WebFetch"});
    QCOMPARE(added.size(), 1);
    QVERIFY(added.first().startsWith("tools: "));
    QCOMPARE(cellOf(QStringLiteral("inherit"), QStringLiteral("Bash")).data().toString(), QString());
    QCOMPARE(cellOf(QStringLiteral("inherit"), QStringLiteral("Read")).data().toString(), QStringLiteral("✓"));

    document->undo();
    QCOMPARE(document->text().bytes, before);
    QCOMPARE(cellOf(QStringLiteral("inherit"), QStringLiteral("Bash")).data().toString(), QStringLiteral("(✓)"));
}

void TestPermissionMatrixModel::makeExplicitInBulk()
{
    open();
    const QModelIndexList rows{m_model->index(rowOf(QStringLiteral("inherit")), PermissionMatrixModel::NameColumn),
                               m_model->index(rowOf(QStringLiteral("comma")), PermissionMatrixModel::NameColumn)};
    AgentDocument *inherit = m_model->document(rowOf(QStringLiteral("inherit")));
    const QByteArray comma = bytesOf(QStringLiteral("comma"));
    const QStringList expected = GrantPatcher(inherit->text(), *m_model->grants(rowOf(QStringLiteral("inherit"))),
                                               ToolCatalog::builtin())
                                     .explicitEntries();
    QVERIFY(!expected.contains(QStringLiteral("WebFetch")));
    QVERIFY(expected.contains(QStringLiteral("Bash")));

    const QVector<AgentDocument *> touched = m_model->applyToCells(rows, PermissionMatrixModel::Action::MakeExplicit);
    QCOMPARE(touched, QVector<AgentDocument *>{inherit}); // the explicit agent stays as it was
    QCOMPARE(bytesOf(QStringLiteral("comma")), comma);
    QCOMPARE(inherit->history()->undoLabel(), QStringLiteral("Make tools explicit"));
    const AgentGrants grants = grantsOf(inherit->text().bytes);
    QCOMPARE(grants.toolEntries(), expected);
    QCOMPARE(cellOf(QStringLiteral("inherit"), QStringLiteral("Bash")).data().toString(), QStringLiteral("✓"));

    // `*` gives way to the tools the other entries do not name, where it stood.
    write(QStringLiteral("star.md"), "---\nname: star\ndescription: Star.\ntools:\n  - mcp__github\n  - \"*\"\n---\nBody.\n");
    const AgentText star = AgentText::fromBytes("---\nname: star\ndescription: Star.\ntools:\n  - mcp__github\n  - \"*\"\n---\nBody.\n");
    const AgentGrants starGrants = grantsOf(star.bytes);
    const GrantPatch edit = GrantPatcher(star, starGrants, ToolCatalog::builtin()).makeExplicit();
    QVERIFY(edit.isChanged());
    QByteArray bytes = star.bytes;
    for (const ByteEdit &e : edit.edits)
        bytes = e.appliedTo(bytes);
    const AgentGrants made = grantsOf(bytes);
    QCOMPARE(made.toolEntries().first(), QStringLiteral("mcp__github"));
    QCOMPARE(made.toolEntries().at(1), QStringLiteral("Read"));
    QVERIFY(bytes.contains("tools:\n  - mcp__github\n  - Read\n  - Glob\n"));
}

void TestPermissionMatrixModel::patterns()
{
    open();
    AgentDocument *document = m_model->document(rowOf(QStringLiteral("block")));
    const QByteArray before = document->text().bytes;
    GrantPatch edit = m_model->setPatterns(cellOf(QStringLiteral("block"), QStringLiteral("Bash")),
                                          {QStringLiteral("git *"), QStringLiteral("echo (x)")});
    QVERIFY2(edit.isChanged(), qPrintable(edit.message));
    QVERIFY(document->text().bytes.contains("  - Read\n  - Bash(git *)\n  - Bash(echo \\(x\\))\n  - \"WebFetch\"\n"));
    const QModelIndex bash = cellOf(QStringLiteral("block"), QStringLiteral("Bash"));
    QCOMPARE(bash.data(PermissionMatrixModel::GrantStateRole).toInt(), int(GrantState::Pattern));
    QCOMPARE(bash.data(PermissionMatrixModel::PatternsRole).toStringList(), (strings({"git *", "echo (x)"})));

    // Editing the patterns replaces them where they stand; none grants every use.
    edit = m_model->setPatterns(bash, {QStringLiteral("npm test")});
    QVERIFY(edit.isChanged());
    QVERIFY(document->text().bytes.contains("  - Read\n  - Bash(npm test)\n  - \"WebFetch\"\n"));
    edit = m_model->setPatterns(cellOf(QStringLiteral("block"), QStringLiteral("Bash")), {});
    QVERIFY(edit.isChanged());
    QCOMPARE(document->text().bytes, before);

    // On a comma string of an agent that lacks the tool.
    const QModelIndex webFetch = cellOf(QStringLiteral("comma"), QStringLiteral("WebFetch"));
    QVERIFY(m_model->setPatterns(webFetch, {QStringLiteral("domain:example.com")}).isChanged());
    QVERIFY(bytesOf(QStringLiteral("comma")).contains("tools: Read, Grep, Bash(git *), WebFetch(domain:example.com)\n"));
}

void TestPermissionMatrixModel::bulkGrantIsOneStepPerDocument()
{
    open();
    const QStringList names{QStringLiteral("comma"), QStringLiteral("block"), QStringLiteral("mcp")};
    QModelIndexList cells;
    QVector<AgentDocument *> documents;
    QVector<int> steps;
    for (const QString &name : names) {
        cells << cellOf(name, QStringLiteral("Edit")) << cellOf(name, QStringLiteral("Write"));
        documents << m_model->document(rowOf(name));
        steps << documents.last()->history()->count();
    }
    cells << cellOf(QStringLiteral("broken"), QStringLiteral("Edit"));
    QStringList refusals;
    const QVector<AgentDocument *> touched = m_model->applyToCells(cells, PermissionMatrixModel::Action::Grant, &refusals);
    QCOMPARE(touched.size(), 3);
    for (AgentDocument *document : documents)
        QVERIFY(touched.contains(document));
    for (int i = 1; i < touched.size(); ++i)
        QVERIFY(m_library->indexOf(touched.at(i - 1)) < m_library->indexOf(touched.at(i)));
    for (int i = 0; i < documents.size(); ++i) {
        QCOMPARE(documents.at(i)->history()->count(), steps.at(i) + 1);
        QCOMPARE(documents.at(i)->history()->undoLabel(), QStringLiteral("Grant Edit, Write"));
        QCOMPARE(cellOf(names.at(i), QStringLiteral("Write")).data(PermissionMatrixModel::GrantStateRole).toInt(), int(GrantState::Granted));
    }
    QCOMPARE(refusals.size(), 1);
    QVERIFY(refusals.first().startsWith(QLatin1String("broken: ")));
    QVERIFY(bytesOf(QStringLiteral("mcp")).contains("tools: [Read, mcp__github__create_issue, Task, Edit, Write]\n"));

    const QVector<AgentDocument *> revoked = m_model->applyToCells(cells, PermissionMatrixModel::Action::Revoke);
    QCOMPARE(revoked.size(), 3);
    QCOMPARE(documents.first()->history()->undoLabel(), QStringLiteral("Revoke Edit, Write"));
}

void TestPermissionMatrixModel::refusals()
{
    write(QStringLiteral("lenient.md"), "---\nname: lenient\ndescription: Use it: now\ntools: Read\n---\nBody.\n");
    open();
    // Unreadable frontmatter: nothing to grant.
    const QByteArray broken = bytesOf(QStringLiteral("broken"));
    GrantPatch edit = m_model->setGrant(cellOf(QStringLiteral("broken"), QStringLiteral("Bash")), true);
    QCOMPARE(int(edit.status), int(GrantPatch::Status::Refused));
    QVERIFY(!edit.message.isEmpty());
    QCOMPARE(bytesOf(QStringLiteral("broken")), broken);
    QCOMPARE(int(m_model->setGrant(cellOf(QStringLiteral("notes"), QStringLiteral("Bash")), true).status), int(GrantPatch::Status::Refused));

    // The client reads the lenient file, but it cannot be edited line by line.
    QCOMPARE(cellOf(QStringLiteral("lenient"), QStringLiteral("Read")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Granted));
    const QByteArray lenient = bytesOf(QStringLiteral("lenient"));
    edit = m_model->setGrant(cellOf(QStringLiteral("lenient"), QStringLiteral("Bash")), true);
    QCOMPARE(int(edit.status), int(GrantPatch::Status::Refused));
    QVERIFY2(edit.message.contains(QLatin1String("does not parse")), qPrintable(edit.message));
    QCOMPARE(bytesOf(QStringLiteral("lenient")), lenient);

    // A read-only document.
    AgentDocument *document = m_model->document(rowOf(QStringLiteral("comma")));
    document->setReadOnlyReason(QStringLiteral("The file is read-only."));
    edit = m_model->setGrant(cellOf(QStringLiteral("comma"), QStringLiteral("Write")), true);
    QCOMPARE(int(edit.status), int(GrantPatch::Status::Refused));
    QCOMPARE(edit.message, QStringLiteral("The file is read-only."));
    QVERIFY(!document->isModified());

    // A tool the client no longer offers, and an MCP tool granted through its server.
    const AgentText text = AgentText::fromBytes(agent("tools: mcp__github, LS\n"));
    const AgentGrants grants = grantsOf(text.bytes);
    const GrantPatcher edits(text, grants, ToolCatalog::builtin());
    QCOMPARE(int(edits.grant(QStringLiteral("MultiEdit")).status), int(GrantPatch::Status::Refused));
    QCOMPARE(int(edits.revoke(QStringLiteral("mcp__github__create_issue")).status), int(GrantPatch::Status::Refused));
    QVERIFY(edits.revoke(QStringLiteral("LS")).isChanged());
    const GrantPatch server = edits.revoke(QStringLiteral("mcp__github"));
    QVERIFY(server.isChanged());
    QCOMPARE(server.edits.first().appliedTo(text.bytes), agent("tools: LS\n"));
}

void TestPermissionMatrixModel::mixedRuntimes()
{
    writeScratchFile(m_dir->filePath(QStringLiteral(".gemini/agents/researcher.md")),
                     "---\nname: researcher\ndescription: Researches.\ntools:\n  - read_file\n  - run_shell_command\n---\nYou research.\n");
    writeScratchFile(m_dir->filePath(QStringLiteral(".opencode/agent/builder.md")),
                     "---\ndescription: Builds.\npermission:\n  bash: ask\n  webfetch: deny\n---\nYou build.\n");
    open();
    const int gemini = rowOf(QStringLiteral("researcher"));
    const int openCode = rowOf(QStringLiteral("builder"));
    QVERIFY(gemini >= 0 && openCode >= 0);
    QCOMPARE(m_model->headerData(PermissionMatrixModel::RuntimeColumn, Qt::Horizontal).toString(), QStringLiteral("Runtime"));
    QCOMPARE(m_model->index(gemini, PermissionMatrixModel::RuntimeColumn).data().toString(), QStringLiteral("Gemini CLI"));
    QCOMPARE(m_model->index(rowOf(QStringLiteral("comma")), PermissionMatrixModel::RuntimeColumn).data().toString(), QStringLiteral("Claude Code"));
    QCOMPARE(m_model->index(openCode, 0).data(PermissionMatrixModel::RuntimeRole).toInt(), int(Runtime::OpenCode));

    // Each runtime's own tool names land in the shared columns; the tooltip names them.
    const QModelIndex shell = cellOf(QStringLiteral("researcher"), QStringLiteral("Bash"));
    QCOMPARE(shell.data(PermissionMatrixModel::GrantStateRole).toInt(), int(GrantState::Granted));
    QVERIFY2(shell.data(Qt::ToolTipRole).toString().contains(QLatin1String("In Gemini CLI: run_shell_command")),
             qPrintable(shell.data(Qt::ToolTipRole).toString()));
    QCOMPARE(cellOf(QStringLiteral("researcher"), QStringLiteral("Write")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::NotGranted));
    const QModelIndex asks = cellOf(QStringLiteral("builder"), QStringLiteral("Bash"));
    QCOMPARE(asks.data(PermissionMatrixModel::GrantStateRole).toInt(), int(GrantState::Ask));
    QCOMPARE(asks.data(Qt::AccessibleTextRole).toString(), QStringLiteral("asks the user before each use"));
    QCOMPARE(cellOf(QStringLiteral("builder"), QStringLiteral("WebFetch")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Denied));

    // Filtered by runtime.
    PermissionMatrixFilterModel filter;
    filter.setSourceModel(m_model.get());
    filter.setRuntimes({Runtime::GeminiCli, Runtime::OpenCode});
    QCOMPARE(filter.rowCount(), 2);
    filter.setRuntimes({});
    QCOMPARE(filter.rowCount(), m_model->rowCount());

    // Edits write each runtime's syntax, one undo step each.
    AgentDocument *geminiFile = m_model->document(gemini);
    const QByteArray before = geminiFile->text().bytes;
    QVERIFY(m_model->setGrant(cellOf(QStringLiteral("researcher"), QStringLiteral("WebFetch")), true).isChanged());
    QVERIFY(geminiFile->text().bytes.contains("  - run_shell_command\n  - web_fetch\n"));
    QCOMPARE(cellOf(QStringLiteral("researcher"), QStringLiteral("WebFetch")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Granted));
    geminiFile->undo();
    QCOMPARE(geminiFile->text().bytes, before);

    AgentDocument *openCodeFile = m_model->document(openCode);
    QVERIFY(m_model->setGrant(asks, true).isChanged());
    QVERIFY(openCodeFile->text().bytes.contains("permission:\n  bash: allow\n  webfetch: deny\n"));
    const QModelIndexList readCell{cellOf(QStringLiteral("builder"), QStringLiteral("Read"))};
    QCOMPARE(m_model->applyToCells(readCell, PermissionMatrixModel::Action::Ask).size(), 1);
    QVERIFY(openCodeFile->text().bytes.contains("  webfetch: deny\n  read: ask\n---"));
    QCOMPARE(cellOf(QStringLiteral("builder"), QStringLiteral("Read")).data(PermissionMatrixModel::GrantStateRole).toInt(), int(GrantState::Ask));
}

void TestPermissionMatrixModel::followsChecks()
{
    // Built before the library loads: rows arrive unchecked, then the checks fill them in.
    m_model = std::make_unique<PermissionMatrixModel>(m_library.get(), m_checker.get(), ToolCatalog::builtin());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy summaryChanged(m_model.get(), &PermissionMatrixModel::summaryChanged);
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(!summaryChanged.isEmpty());
    QCOMPARE(m_model->summary().agents, 6);
    QVERIFY(m_model->sectionOf(QStringLiteral("codebase")) >= 0);
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("Bash")).data().toString(), QStringLiteral("✓ git *"));

    // An edit in the text that names a new tool adds its column.
    AgentDocument *document = m_model->document(rowOf(QStringLiteral("comma")));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QByteArray bytes = document->text().bytes;
    const qsizetype at = bytes.indexOf("Read, ");
    document->edit({ByteEdit{at, 0, "githubRepo, "}}, QStringLiteral("Typing"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("githubRepo")).data().toString(), QStringLiteral("?"));
    document->undo();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->sectionOf(QStringLiteral("githubRepo")), -1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("Bash")).data().toString(), QStringLiteral("✓ git *"));
}

void TestPermissionMatrixModel::dormantUntilLive()
{
    // A dormant model follows nothing while the library loads and is edited; going live reads it all.
    m_model = std::make_unique<PermissionMatrixModel>(m_library.get(), m_checker.get(), ToolCatalog::builtin());
    m_model->setLive(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    const int comma = m_library->indexOfPath(QDir(m_dir->path()).absoluteFilePath(QStringLiteral(".claude/agents/comma.md")));
    QVERIFY(comma >= 0);
    AgentDocument *document = m_library->item(comma).document;
    const QByteArray bytes = document->text().bytes;
    document->edit({ByteEdit{bytes.indexOf("Read, "), 0, "githubRepo, "}}, QStringLiteral("Typing"));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->summary().agents, 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);

    m_model->setLive(true);
    QVERIFY(m_model->isLive());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->summary().agents, 6);
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("Bash")).data().toString(), QStringLiteral("✓ git *"));
    QCOMPARE(cellOf(QStringLiteral("comma"), QStringLiteral("githubRepo")).data().toString(), QStringLiteral("?"));
    document->undo();
    QCOMPARE(m_model->sectionOf(QStringLiteral("githubRepo")), -1);
}

void TestPermissionMatrixModel::corpus()
{
    // Every agent of a real library: a grant and its revoke touch only the tools lines and
    // give the bytes back; making an inheriting agent explicit keeps what it could use.
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents");
    if (!QFile::exists(corpus))
        QSKIP("The shared corpus is not beside the project.");
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(corpus);
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    m_model = std::make_unique<PermissionMatrixModel>(m_library.get(), m_checker.get(), ToolCatalog::builtin());
    QCOMPARE(m_model->summary().agents, m_library->count());

    const ToolCatalog &catalog = ToolCatalog::builtin();
    int explicitAgents = 0;
    int inheriting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AgentGrants &grants = *m_model->grants(row);
        const AgentText &text = m_model->document(row)->text();
        const QString file = m_model->document(row)->path();
        // Only the client's retry reads a lenient file: it is fixed in the source before it is edited.
        const bool lenient = m_checker->check(row)->reading.outcome == AgentReading::Outcome::Lenient;
        if (grants.mode() == AgentGrants::Mode::Explicit) {
            ++explicitAgents;
            for (const QString &entry : grants.toolEntries()) {
                const GrantState state = grants.grant(AgentGrants::columnKey(entry, catalog)).state;
                QVERIFY2(state == GrantState::Granted || state == GrantState::Pattern || state == GrantState::Unknown, qPrintable(file));
            }
            const GrantPatch grant = GrantPatcher(text, grants, catalog).grant(QStringLiteral("NotebookEdit"));
            if (grant.status == GrantPatch::Status::Unchanged || (lenient && grant.status == GrantPatch::Status::Refused))
                continue;
            QVERIFY2(grant.isChanged(), qPrintable(file + QStringLiteral(": ") + grant.message));
            const QByteArray after = grant.edits.first().appliedTo(text.bytes);
            const auto [removed, added] = differingLines(text.bytes, after);
            QVERIFY2(removed.size() <= 1 && added.size() == 1, qPrintable(file));
            const AgentGrants granted = grantsOf(after);
            QCOMPARE(int(granted.grant(QStringLiteral("NotebookEdit")).state), int(GrantState::Granted));
            const AgentText edited = AgentText::fromBytes(after);
            const GrantPatch revoke = GrantPatcher(edited, granted, catalog).revoke(QStringLiteral("NotebookEdit"));
            QVERIFY2(revoke.isChanged(), qPrintable(file));
            QCOMPARE(revoke.edits.first().appliedTo(after), text.bytes);
        } else if (grants.mode() == AgentGrants::Mode::Inherit) {
            ++inheriting;
            const GrantPatch made = GrantPatcher(text, grants, catalog).makeExplicit();
            if (lenient && made.status == GrantPatch::Status::Refused)
                continue;
            QVERIFY2(made.isChanged(), qPrintable(file + QStringLiteral(": ") + made.message));
            QByteArray after = text.bytes;
            for (const ByteEdit &edit : made.edits)
                after = edit.appliedTo(after);
            const AgentGrants explicitGrants = grantsOf(after);
            QCOMPARE(int(explicitGrants.mode()), int(AgentGrants::Mode::Explicit));
            for (const ToolInfo &tool : catalog.tools()) {
                if (!tool.legacy && grants.grant(tool.name).state == GrantState::Inherited)
                    QCOMPARE(int(explicitGrants.grant(tool.name).state), int(GrantState::Granted));
            }
        }
    }
    QVERIFY(explicitAgents > 0);
    QVERIFY(inheriting > 0);
}

QTEST_GUILESS_MAIN(TestPermissionMatrixModel)
#include "tst_permissionmatrixmodel.moc"
