// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlereader.h"
#include "document/agentdocument.h"
#include "frozencolumntableview.h"
#include "grantdelegate.h"
#include "gui/mainwindow.h"
#include "gui/matrixpage.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "library/libraryhistory.h"
#include "matrix/baselinetracker.h"
#include "matrix/permissionmatrixfiltermodel.h"
#include "matrix/permissionmatrixmodel.h"
#include "permissionmatrixview.h"
#include "scratchfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Agentry;

// The permission matrix in the window: cells toggle with a click or Space as minimal edits of
// `tools`, undone in the agent and across the library; bulk changes are one library step.
class TestMatrixUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickTogglesOnlyTheToolsLine();
    void doubleClickTogglesOnce();
    void spaceTogglesAndUndoRestoresBytes();
    void bulkGrantIsOneLibraryStep();
    void inheritingAgentIsMadeExplicit();
    void patternsFromTheMenu();
    void filtersNarrowRowsAndColumns();
    void matrixPageAndEditorSwitch();
    void exportsAnImage();
    void bundleShowsAsReadOnlyPluginAgents();
    void comparesWithGitHead();
    void exportsReports();
    void shownItemsFollowTheLibraryFilter();

private:
    void write(const QString &name, const QByteArray &bytes);
    AgentDocument *document(const QString &name) const;
    // The view's index of an agent's cell under `tool`.
    QModelIndex cell(const QString &name, const QString &tool) const;
    PermissionMatrixView *view() const { return m_window->matrixPage()->view(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMatrixUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<QVector<int>>();
}

void TestMatrixUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral("reviewer.md"),
          "---\nname: reviewer\ndescription: Reviews code.\ntools: Read, Grep # fast ones\nmodel: sonnet\n---\nReview it.\n");
    write(QStringLiteral("writer.md"), "---\nname: writer\ndescription: Writes tests.\ntools:\n  - Read\n  - Write\n---\nWrite them.\n");
    write(QStringLiteral("runner.md"), "---\r\nname: runner\r\ndescription: Runs things.\r\ntools: [Bash]\r\n---\r\nRun.\r\n");
    write(QStringLiteral("helper.md"), "---\nname: helper\ndescription: Helps.\ndisallowedTools: WebFetch\n---\nHelp.\n");
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 700);
    m_window->show();
    QSignalSpy loaded(m_window->library(), &AgentLibrary::loadingFinished);
    m_window->openFolder(m_dir->path());
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->checker()->isBusy(), 20000);
    QCOMPARE(m_window->library()->count(), 4);
    m_window->showMatrix(true);
    QVERIFY(m_window->isMatrixShown());
    QTRY_VERIFY(cell(QStringLiteral("reviewer"), QStringLiteral("Read")).isValid());
}

void TestMatrixUi::cleanup()
{
    m_window.reset();
}

void TestMatrixUi::write(const QString &name, const QByteArray &bytes)
{
    writeScratchFile(m_dir->filePath(QStringLiteral(".claude/agents/") + name), bytes);
}

AgentDocument *TestMatrixUi::document(const QString &name) const
{
    const int item = m_window->library()->indexOfPath(QDir(m_dir->path()).absoluteFilePath(QStringLiteral(".claude/agents/") + name + QStringLiteral(".md")));
    return item < 0 ? nullptr : m_window->library()->item(item).document;
}

QModelIndex TestMatrixUi::cell(const QString &name, const QString &tool) const
{
    const PermissionMatrixFilterModel *filter = view()->filterModel();
    int column = -1;
    for (int section = 0; section < filter->columnCount(); ++section) {
        if (filter->headerData(section, Qt::Horizontal, PermissionMatrixModel::ColumnKeyRole).toString() == tool)
            column = section;
    }
    for (int row = 0; row < filter->rowCount() && column >= 0; ++row) {
        if (filter->index(row, PermissionMatrixModel::NameColumn).data().toString() == name)
            return filter->index(row, column);
    }
    return {};
}

// The lines of `after` that differ from `before`, by number (both have the same line count here).
static QList<int> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n'), b = after.split('\n');
    QList<int> lines;
    for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            lines << i;
    }
    return lines;
}

void TestMatrixUi::clickTogglesOnlyTheToolsLine()
{
    AgentDocument *reviewer = document(QStringLiteral("reviewer"));
    const QByteArray before = reviewer->text().bytes;
    const QModelIndex bash = cell(QStringLiteral("reviewer"), QStringLiteral("Bash"));
    QVERIFY(bash.isValid());
    QCOMPARE(bash.data(PermissionMatrixModel::GrantStateRole).toInt(), int(GrantState::NotGranted));
    FrozenColumnTableView *table = view()->table();
    table->scrollTo(bash);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(bash).center());
    QCOMPARE(reviewer->text().bytes, QByteArray(before).replace("tools: Read, Grep", "tools: Read, Grep, Bash"));
    QCOMPARE(changedLines(before, reviewer->text().bytes), QList<int>{3});
    QVERIFY(reviewer->isModified());
    QCOMPARE(cell(QStringLiteral("reviewer"), QStringLiteral("Bash")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Granted));

    // Revoking Read from the block list removes its line and nothing else.
    AgentDocument *writer = document(QStringLiteral("writer"));
    const QByteArray writerBefore = writer->text().bytes;
    QVERIFY(view()->toggle(cell(QStringLiteral("writer"), QStringLiteral("Read"))));
    QCOMPARE(writer->text().bytes, QByteArray(writerBefore).replace("  - Read\n", ""));

    // The CRLF flow list keeps its style and its line endings.
    AgentDocument *runner = document(QStringLiteral("runner"));
    QVERIFY(view()->toggle(cell(QStringLiteral("runner"), QStringLiteral("Grep"))));
    QCOMPARE(runner->text().bytes, QByteArray("---\r\nname: runner\r\ndescription: Runs things.\r\ntools: [Bash, Grep]\r\n---\r\nRun.\r\n"));
}

void TestMatrixUi::doubleClickTogglesOnce()
{
    AgentDocument *reviewer = document(QStringLiteral("reviewer"));
    const QByteArray before = reviewer->text().bytes;
    const QModelIndex bash = cell(QStringLiteral("reviewer"), QStringLiteral("Bash"));
    QVERIFY(bash.isValid());
    FrozenColumnTableView *table = view()->table();
    table->scrollTo(bash);
    // Two clicks within the double-click time are one double-click, however the platform and
    // the view report it.
    const QPoint at = table->visualRect(bash).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(reviewer->text().bytes, QByteArray(before).replace("tools: Read, Grep", "tools: Read, Grep, Bash"));
    // A click after the double-click's time toggles again.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(reviewer->text().bytes, before);
}

void TestMatrixUi::spaceTogglesAndUndoRestoresBytes()
{
    AgentDocument *reviewer = document(QStringLiteral("reviewer"));
    const QByteArray before = reviewer->text().bytes;
    FrozenColumnTableView *table = view()->table();
    table->setFocus();
    table->setCurrentIndex(cell(QStringLiteral("reviewer"), QStringLiteral("Grep")));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(reviewer->text().bytes, QByteArray(before).replace("tools: Read, Grep", "tools: Read"));
    QCOMPARE(reviewer->history()->undoLabel(), QStringLiteral("Revoke Grep"));

    // Undo on the matrix page takes the change back through the library history.
    QAction *undo = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence::Undo)
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(reviewer->text().bytes, before);
    QVERIFY(!reviewer->isModified());
    QCOMPARE(cell(QStringLiteral("reviewer"), QStringLiteral("Grep")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Granted));
}

void TestMatrixUi::bulkGrantIsOneLibraryStep()
{
    const QStringList agents{QStringLiteral("reviewer"), QStringLiteral("writer"), QStringLiteral("runner")};
    QList<QByteArray> before;
    QItemSelection selection;
    for (const QString &agent : agents) {
        before << document(agent)->text().bytes;
        const QModelIndex index = cell(agent, QStringLiteral("WebSearch"));
        QVERIFY(index.isValid());
        selection.select(index, index);
    }
    view()->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QVERIFY(view()->applyToSelection(PermissionMatrixModel::Action::Grant));
    QCOMPARE(document(agents.at(0))->text().bytes, QByteArray(before.at(0)).replace("Read, Grep", "Read, Grep, WebSearch"));
    QCOMPARE(document(agents.at(1))->text().bytes, QByteArray(before.at(1)).replace("  - Write\n", "  - Write\n  - WebSearch\n"));
    QCOMPARE(document(agents.at(2))->text().bytes, QByteArray(before.at(2)).replace("[Bash]", "[Bash, WebSearch]"));
    LibraryHistory *history = m_window->libraryHistory();
    QCOMPARE(history->count(), 1);
    QCOMPARE(history->undoLabel(), QStringLiteral("Grant WebSearch to 3 agent(s)"));
    QCOMPARE(history->undo(), QString());
    for (int i = 0; i < agents.size(); ++i)
        QCOMPARE(document(agents.at(i))->text().bytes, before.at(i));
    QCOMPARE(history->redo(), QString());
    for (const QString &agent : agents)
        QVERIFY(document(agent)->text().bytes.contains("WebSearch"));
}

void TestMatrixUi::inheritingAgentIsMadeExplicit()
{
    AgentDocument *helper = document(QStringLiteral("helper"));
    const QModelIndex bash = cell(QStringLiteral("helper"), QStringLiteral("Bash"));
    QCOMPARE(bash.data(PermissionMatrixModel::GrantStateRole).toInt(), int(GrantState::Inherited));
    QCOMPARE(cell(QStringLiteral("helper"), QStringLiteral("WebFetch")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Denied));
    QVERIFY(view()->toggle(bash)); // revoke: the full list is written without Bash
    const QByteArray after = helper->text().bytes;
    QVERIFY(after.contains("tools:"));
    QVERIFY(!after.contains("disallowedTools"));
    QVERIFY(!after.contains("Bash"));
    QVERIFY(after.contains("Read"));
    QVERIFY(!after.contains("WebFetch")); // it was denied, and stays so
    QCOMPARE(cell(QStringLiteral("helper"), QStringLiteral("Bash")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::NotGranted));
    QCOMPARE(cell(QStringLiteral("helper"), QStringLiteral("Read")).data(PermissionMatrixModel::GrantStateRole).toInt(),
             int(GrantState::Granted));
    helper->undo();
    QVERIFY(helper->text().bytes.contains("disallowedTools: WebFetch"));
}

void TestMatrixUi::patternsFromTheMenu()
{
    AgentDocument *runner = document(QStringLiteral("runner"));
    QStringList asked;
    view()->setPatternPrompt([&asked](const QString &tool, const QStringList &) -> std::optional<QStringList> {
        asked << tool;
        return QStringList{QStringLiteral("git *")};
    });
    const QModelIndex bash = cell(QStringLiteral("runner"), QStringLiteral("Bash"));
    view()->editPatterns(bash);
    QCOMPARE(asked, QStringList{QStringLiteral("Bash")});
    QVERIFY(runner->text().bytes.contains("tools: [Bash(git *)]"));
    const QModelIndex scoped = cell(QStringLiteral("runner"), QStringLiteral("Bash"));
    QCOMPARE(scoped.data(PermissionMatrixModel::GrantStateRole).toInt(), int(GrantState::Pattern));
    QVERIFY(scoped.data().toString().contains(QStringLiteral("git *")));
}

void TestMatrixUi::filtersNarrowRowsAndColumns()
{
    PermissionMatrixFilterModel *filter = view()->filterModel();
    QCOMPARE(filter->rowCount(), 4);
    filter->setTraits(PermissionMatrixFilterModel::Trait::CanExecute);
    QStringList rows;
    for (int row = 0; row < filter->rowCount(); ++row)
        rows << filter->index(row, PermissionMatrixModel::NameColumn).data().toString();
    rows.sort();
    QCOMPARE(rows, (QStringList{QStringLiteral("helper"), QStringLiteral("runner")}));
    filter->setTraits({});
    filter->setToolText(QStringLiteral("web"));
    for (int section = PermissionMatrixModel::FirstToolColumn; section < filter->columnCount(); ++section)
        QVERIFY(filter->headerData(section, Qt::Horizontal, PermissionMatrixModel::ColumnKeyRole).toString().contains(QStringLiteral("Web")));
    QVERIFY(filter->columnCount() > PermissionMatrixModel::FirstToolColumn);
}

void TestMatrixUi::matrixPageAndEditorSwitch()
{
    QSignalSpy shown(view(), &PermissionMatrixView::showAgentRequested);
    FrozenColumnTableView *table = view()->table();
    table->setFocus();
    table->setCurrentIndex(cell(QStringLiteral("writer"), QStringLiteral("Read")));
    QTest::keyClick(table, Qt::Key_Return); // Enter opens the agent of the row
    QCOMPARE(shown.count(), 1);
    QVERIFY(!m_window->isMatrixShown());
    QCOMPARE(m_window->currentDocument(), document(QStringLiteral("writer")));
    m_window->showMatrix(true);
    QVERIFY(m_window->isMatrixShown());
}

void TestMatrixUi::exportsAnImage()
{
    const QString path = m_dir->filePath(QStringLiteral("matrix.png"));
    QCOMPARE(m_window->matrixPage()->exportImage(path), QString());
    QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() > 4 * view()->table()->verticalHeader()->defaultSectionSize());
    QVERIFY(image.width() > 400);
}

void TestMatrixUi::bundleShowsAsReadOnlyPluginAgents()
{
    // A plugin folder beside the project: its agents join the library and the matrix while shown.
    QTemporaryDir bundle;
    const QString agents = bundle.filePath(QStringLiteral("team-tools/agents"));
    QVERIFY(QDir().mkpath(agents));
    QVERIFY(QDir().mkpath(bundle.filePath(QStringLiteral("team-tools/.claude-plugin"))));
    QFile manifest(bundle.filePath(QStringLiteral("team-tools/.claude-plugin/plugin.json")));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"name": "team-tools", "version": "1.0.0"})");
    manifest.close();
    QFile agent(agents + QStringLiteral("/deployer.md"));
    QVERIFY(agent.open(QIODevice::WriteOnly));
    agent.write("---\nname: deployer\ndescription: Deploys.\ntools: Bash, WebFetch\n---\nDeploy.\n");
    agent.close();

    const BundleContents contents = BundleReader::read(bundle.filePath(QStringLiteral("team-tools")), QString());
    QVERIFY2(contents.ok, qPrintable(contents.error));
    m_window->showBundle(contents);
    AgentLibrary *library = m_window->library();
    QCOMPARE(library->count(), 5);
    const LibraryItem &item = library->item(4);
    QCOMPARE(item.file.scope, AgentScope::Plugin);
    QCOMPARE(item.file.pluginName, QStringLiteral("team-tools"));
    QVERIFY(item.document->isReadOnly());
    QVERIFY(!item.file.path.startsWith(bundle.path())); // a copy: the bundle's own files stay untouched
    QTRY_VERIFY(cell(QStringLiteral("deployer"), QStringLiteral("Bash")).isValid());
    QTRY_COMPARE(cell(QStringLiteral("deployer"), QStringLiteral("Bash")).data(PermissionMatrixModel::GrantStateRole).toInt(),
                 int(GrantState::Granted)); // once the background check has read it
    QVERIFY(!view()->toggle(cell(QStringLiteral("deployer"), QStringLiteral("Bash")))); // read-only: refused

    // Another bundle (here: none) replaces it.
    m_window->showBundle(BundleContents{});
    QCOMPARE(library->count(), 4);
    QVERIFY(!cell(QStringLiteral("deployer"), QStringLiteral("Bash")).isValid());
}

void TestMatrixUi::shownItemsFollowTheLibraryFilter()
{
    QCOMPARE(m_window->shownItems().size(), 4);
    auto *filter = m_window->findChild<QLineEdit *>();
    QVERIFY(filter);
    QList<QLineEdit *> edits = m_window->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->placeholderText().startsWith(QStringLiteral("Filter by name")))
            filter = edit;
    }
    filter->setText(QStringLiteral("runner"));
    QTRY_COMPARE(m_window->shownItems().size(), 1);
    QCOMPARE(m_window->library()->item(m_window->shownItems().first()).document, document(QStringLiteral("runner")));
}

void TestMatrixUi::comparesWithGitHead()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed.");
    const auto git = [this](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                                                         QStringLiteral("user.email=test@example.invalid")}
                                                 + arguments);
        return process.waitForFinished(20000) && process.exitCode() == 0;
    };
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(git({QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("baseline")}));

    // Grant Bash to the reviewer and revoke Read from the writer, unsaved: the marks follow the text.
    QVERIFY(view()->toggle(cell(QStringLiteral("reviewer"), QStringLiteral("Bash"))));
    QVERIFY(view()->toggle(cell(QStringLiteral("writer"), QStringLiteral("Read"))));
    BaselineTracker *comparer = m_window->matrixPage()->comparer();
    QSignalSpy changed(comparer, &BaselineTracker::changed);
    comparer->compareWith(QStringLiteral("git:HEAD"));
    QVERIFY(changed.wait(20000));
    QVERIFY(comparer->isActive());
    const auto changeOf = [this](const QString &agent, const QString &tool) {
        return view()->delegate()->changeAt(cell(agent, tool));
    };
    QCOMPARE(changeOf(QStringLiteral("reviewer"), QStringLiteral("Bash")), GrantDelegate::Change::Added);
    QCOMPARE(changeOf(QStringLiteral("writer"), QStringLiteral("Read")), GrantDelegate::Change::Removed);
    QCOMPARE(changeOf(QStringLiteral("reviewer"), QStringLiteral("Read")), GrantDelegate::Change::None);
    QCOMPARE(comparer->changedAgents(), 2);

    // "Changed only" shows the two.
    auto *changedOnly = view()->findChild<QToolButton *>(QStringLiteral("changedOnly"));
    QVERIFY(changedOnly);
    QVERIFY(changedOnly->isVisible());
    changedOnly->setChecked(true);
    QCOMPARE(view()->filterModel()->rowCount(), 2);

    // An undo moves the marks with the text.
    document(QStringLiteral("reviewer"))->undo();
    QCOMPARE(changeOf(QStringLiteral("reviewer"), QStringLiteral("Bash")), GrantDelegate::Change::None);
    QCOMPARE(comparer->changedAgents(), 1);
    comparer->clear();
    QVERIFY(!changedOnly->isVisible());
    QCOMPARE(view()->filterModel()->rowCount(), 4);
}

void TestMatrixUi::exportsReports()
{
    QVERIFY(view()->toggle(cell(QStringLiteral("runner"), QStringLiteral("Grep"))));
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("html")}) {
        const QString path = m_dir->filePath(QStringLiteral("matrix.") + format);
        QCOMPARE(m_window->matrixPage()->exportReport(path, format), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains("runner"), qPrintable(format));
        if (format == QLatin1String("json")) {
            // The unsaved grant is in: the report is of the text shown, not of the disk.
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            for (const QJsonValue &agent : json.value(QStringLiteral("agents")).toArray()) {
                if (agent.toObject().value(QStringLiteral("name")).toString() == QLatin1String("runner"))
                    QCOMPARE(agent.toObject().value(QStringLiteral("cells")).toObject().value(QStringLiteral("Grep")).toString(),
                             QStringLiteral("granted"));
            }
            QCOMPARE(json.value(QStringLiteral("agents")).toArray().size(), 4);
        }
    }
    // The view's filter narrows the export to what is shown.
    view()->filterModel()->setAgentText(QStringLiteral("runner"));
    const QString path = m_dir->filePath(QStringLiteral("one.json"));
    QCOMPARE(m_window->matrixPage()->exportReport(path, QStringLiteral("json")), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("agents")).toArray().size(), 1);
}

QTEST_MAIN(TestMatrixUi)
#include "tst_matrixui.moc"
