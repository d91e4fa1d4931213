// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/mainwindow.h"

#include "bodyeditor.h"
#include "codeeditor.h"
#include "document/agentdocument.h"
#include "document/agentfiles.h"
#include "findbar.h"
#include "gotolinebar.h"
#include "gui/agenteditor.h"
#include "gui/diffdialog.h"
#include "gui/exportdialog.h"
#include "gui/importdialog.h"
#include "gui/matrixpage.h"
#include "gui/newagentdialog.h"
#include "gui/quickfixmenu.h"
#include "library/agentfiltermodel.h"
#include "library/agentlibrary.h"
#include "library/agentlibrarymodel.h"
#include "library/diagnosticsmodel.h"
#include "library/externalchangemonitor.h"
#include "library/librarychecker.h"
#include "runtime/displayname.h"
#include "library/libraryhistory.h"
#include "permissionmatrixview.h"
#include "problemspanel.h"
#include "text/frontmatterpatcher.h"
#include "text/unifieddiff.h"
#include "validation/safefixer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Agentry {

namespace {

constexpr int kMaxRecentFolders = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new AgentLibrary(this))
    , m_model(new AgentLibraryModel(m_library, this))
    , m_filter(new AgentFilterModel(this))
    , m_monitor(new ExternalChangeMonitor(m_library, this))
    , m_validation(new LibraryChecker(m_library, this))
    , m_libraryHistory(new LibraryHistory(this))
    , m_diagnostics(new DiagnosticsModel(m_validation, m_library, this))
    , m_problemsPanel(new ProblemsPanel(m_diagnostics, this))
    , m_problemsDock(new QDockWidget(tr("Problems"), this))
    , m_problemCounts(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filterEdit(new QLineEdit(this))
    , m_sortCombo(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_editor(new AgentEditor(this))
    , m_matrixPage(new MatrixPage(m_library, m_validation, m_libraryHistory, this))
    , m_pages(new QStackedWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);
    m_model->setValidation(m_validation);
    m_editor->setValidation(m_validation);
    createLibraryPanel();
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_matrixPage);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_problemCounts);
    m_progress->setMaximumWidth(200);
    m_progress->hide();

    createProblemsPanel();
    createActions();
    createMenus();

    connect(m_library, &AgentLibrary::loadingProgress, this, &MainWindow::showProgress);
    connect(m_library, &AgentLibrary::loadingFinished, this, &MainWindow::showLoaded);
    connect(m_library, &AgentLibrary::aboutToReset, m_editor, &AgentEditor::forgetAll);
    connect(m_library, &AgentLibrary::itemAboutToBeRemoved, this, [this](int index) {
        if (AgentDocument *document = m_library->item(index).document)
            m_editor->forget(document);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        // Groups open as they appear.
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row)
                m_view->expand(m_filter->index(row, 0));
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentChanged);
    connect(m_editor, &AgentEditor::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_matrixPage, &MatrixPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_matrixPage, &MatrixPage::showAgentRequested, this, [this](int item) {
        if (item >= 0 && item < m_library->count() && selectPath(m_library->item(item).file.path))
            showMatrix(false);
    });
    connect(m_editor, &AgentEditor::fixRequested, this, &MainWindow::applyFix);
    connect(m_editor, &AgentEditor::fixAllRequested, this, &MainWindow::fixAll);
    connect(m_monitor, &ExternalChangeMonitor::reloaded, this, [this](AgentDocument *document) {
        statusBar()->showMessage(tr("%1 was changed by another program and has been reloaded.").arg(nameOf(document)), 8000);
    });
    connect(m_monitor, &ExternalChangeMonitor::conflict, this, &MainWindow::resolveConflict);
    connect(m_monitor, &ExternalChangeMonitor::removed, this, [this](AgentDocument *document) {
        statusBar()->showMessage(tr("%1 was deleted or moved by another program. Save writes it again.")
                                     .arg(QDir::toNativeSeparators(document->path())));
    });

    restoreSettings();
    currentChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createLibraryPanel()
{
    auto *panel = new QWidget(this);
    m_filterEdit->setPlaceholderText(tr("Filter by name, description or tool"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter agents"));
    m_sortCombo->addItem(tr("Sort by name"), int(AgentFilterModel::SortKey::Name));
    m_sortCombo->addItem(tr("Sort by file"), int(AgentFilterModel::SortKey::File));
    m_sortCombo->addItem(tr("Sort by last change"), int(AgentFilterModel::SortKey::Modified));
    m_sortCombo->setAccessibleName(tr("Sort agents"));

    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->setAccessibleName(tr("Agents"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(AgentLibraryModel::NameColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(AgentLibraryModel::NameColumn, 230);
    m_view->setColumnWidth(AgentLibraryModel::ProblemsColumn, 64);
    m_view->setColumnWidth(AgentLibraryModel::ModelColumn, 70);
    m_view->setColumnWidth(AgentLibraryModel::ToolsColumn, 50);
    m_filter->setSortKey(AgentFilterModel::SortKey::Name);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        m_view->expandAll();
    });
    connect(m_sortCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setSortKey(AgentFilterModel::SortKey(m_sortCombo->currentData().toInt()));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_sortCombo);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_splitter->addWidget(panel);
}

void MainWindow::createProblemsPanel()
{
    m_problemsDock->setObjectName(QStringLiteral("problems")); // names its place in the saved layout
    m_problemsDock->setWidget(m_problemsPanel);
    m_problemsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_problemsDock}, {170}, Qt::Vertical);
    connect(m_problemsPanel, &ProblemsPanel::activated, this, &MainWindow::showProblem);
    connect(m_problemsPanel, &ProblemsPanel::contextMenuRequested, this, &MainWindow::addProblemFixes);

    m_problemCounts->setAutoRaise(true);
    m_problemCounts->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_problemCounts, &QToolButton::clicked, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problemsPanel->view()->setFocus();
    });
    connect(m_validation, &LibraryChecker::totalsChanged, this, &MainWindow::updateProblemCounts);
    updateProblemCounts();
}

void MainWindow::updateProblemCounts()
{
    const DiagnosticCounts totals = m_validation->totals();
    // Marks beside the numbers, so colour is never the only cue.
    m_problemCounts->setText(tr("✖ %1   ⚠ %2   ℹ %3").arg(totals.errors).arg(totals.warnings).arg(totals.infos));
    const QString counts = tr("%n error(s)", nullptr, totals.errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, totals.warnings)
        + QStringLiteral(", ") + tr("%n note(s)", nullptr, totals.infos);
    m_problemCounts->setAccessibleName(counts);
    m_problemCounts->setToolTip(tr("%1 in this library. Click to show the problems.").arg(counts));
}

void MainWindow::showProblem(int item, int diagnostic)
{
    const CheckedAgent *check = m_validation->check(item);
    if (!check || diagnostic < 0 || diagnostic >= check->diagnostics.size())
        return;
    const Diagnostic shown = check->diagnostics.at(diagnostic); // selecting the agent may check it again
    const QString path = m_library->item(item).file.path;
    if (!selectPath(path)) {
        m_filterEdit->clear(); // the agent was filtered out of the library view
        if (!selectPath(path))
            return;
    }
    m_editor->showDiagnostic(shown);
}

void MainWindow::addProblemFixes(QMenu *menu, int item, int diagnostic)
{
    const QPointer<AgentDocument> document = m_library->item(item).document;
    const CheckedAgent *check = m_validation->checkWithFixes(document);
    if (!check || !document || document->isReadOnly() || diagnostic < 0 || diagnostic >= check->diagnostics.size())
        return;
    const QByteArray bytes = check->text.bytes;
    QuickFixMenu::prepend(
        menu, {&check->diagnostics.at(diagnostic)},
        [this, document, bytes](const Fix &fix) {
            if (document)
                applyFix(document, bytes, fix);
        },
        [this](const QString &code) { fixAll(code); });
}

bool MainWindow::preview(const QString &title, const QString &summary, const QString &diff)
{
    if (m_preview)
        return m_preview(title, summary, diff);
    DiffDialog dialog(title, diff, tr("&Apply"), this);
    dialog.setSummary(summary);
    return dialog.exec() == QDialog::Accepted;
}

bool MainWindow::applyFix(AgentDocument *document, const QByteArray &bytes, const Fix &fix)
{
    if (!document || document->isReadOnly())
        return false;
    // A fix is an edit of the text it was found in, and of no other.
    if (document->text().bytes != bytes || fix.edit.start < 0 || fix.edit.start + fix.edit.length > bytes.size()) {
        m_validation->flush();
        statusBar()->showMessage(tr("%1 changed since the problem was found; its problems are now up to date.").arg(nameOf(document)), 8000);
        return false;
    }
    const QByteArray after = fix.edit.appliedTo(bytes);
    const QString file = QDir(m_library->folder()).relativeFilePath(document->path());
    if (!preview(fix.title, tr("This changes %1:").arg(QDir::toNativeSeparators(file)), UnifiedDiff::make(bytes, after, file, file)))
        return false;
    document->edit({fix.edit}, fix.title);
    m_validation->flush();
    statusBar()->showMessage(tr("Fixed: %1. Undo takes it back.").arg(fix.title), 8000);
    return true;
}

bool MainWindow::fixAll(const QString &code)
{
    m_validation->flush();
    struct Change
    {
        QPointer<AgentDocument> document;
        ByteEdit edit;
    };
    QVector<Change> changes;
    QString diff;
    int readOnly = 0;
    QProgressDialog progress(tr("Preparing fixes…"), tr("Cancel"), 0, m_library->count(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int i = 0; i < m_library->count(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled())
            return false;
        const CheckedAgent *check = m_validation->check(i);
        AgentDocument *document = m_library->item(i).document;
        if (!check || !document
            || std::none_of(check->diagnostics.cbegin(), check->diagnostics.cend(), [&code](const Diagnostic &d) { return d.code == code; }))
            continue;
        if (document->isReadOnly()) {
            ++readOnly;
            continue;
        }
        const QByteArray before = document->text().bytes;
        const QByteArray after = SafeFixer::apply(before, document->path(), check->scope, {code}, m_validation->validator());
        if (after == before)
            continue;
        changes.append(Change{document, ByteEdit::between(before, after)});
        const QString file = QDir(m_library->folder()).relativeFilePath(document->path());
        diff += UnifiedDiff::make(before, after, file, file);
    }
    progress.reset();
    if (changes.isEmpty()) {
        statusBar()->showMessage(tr("No %1 problem has a fix that is safe to apply everywhere.").arg(code), 8000);
        return false;
    }
    QString summary = tr("The safe fix for every %1 problem changes %n agent(s); Undo takes back one agent's fix, Undo Change Across Agents all of them.", nullptr,
                         int(changes.size()))
                          .arg(code);
    if (readOnly > 0)
        summary += u' ' + tr("%n read-only agent(s) are left as they are.", nullptr, readOnly);
    if (!preview(tr("Fix All %1 Problems").arg(code), summary, diff))
        return false;
    QVector<AgentDocument *> changed;
    for (const Change &change : std::as_const(changes)) {
        if (change.document) {
            change.document->edit({change.edit}, tr("Fix all %1 problems").arg(code));
            changed.append(change.document);
        }
    }
    m_libraryHistory->record(tr("Fix All %1").arg(code), changed);
    m_validation->flush();
    statusBar()->showMessage(tr("Fixed %n agent(s); Undo takes back one agent's fix, Undo Change Across Agents all of them.",
                                nullptr, int(changed.size())),
                             8000);
    return true;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Agent…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newAgent);

    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(currentDocument()); });
    m_saveAllAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-all")), tr("Save A&ll"), this);
    m_saveAllAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    connect(m_saveAllAction, &QAction::triggered, this, &MainWindow::saveAll);
    m_revertAction = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("Re&vert"), this);
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revert);

    m_duplicateAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Duplicate"), this);
    m_duplicateAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateAgent);
    m_renameAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-rename")), tr("&Rename…"), this);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameAgent);
    m_trashAction = new QAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("Move to &Trash"), this);
    m_trashAction->setShortcut(QKeySequence(QStringLiteral("Shift+Del")));
    connect(m_trashAction, &QAction::triggered, this, &MainWindow::trashAgent);
    m_revealAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open-folder")), tr("Show in &File Manager"), this);
    connect(m_revealAction, &QAction::triggered, this, &MainWindow::revealAgent);
    m_documentActions = {m_saveAction, m_revertAction, m_duplicateAction, m_renameAction, m_trashAction, m_revealAction};

    m_userScopeAction = new QAction(tr("Include &My Agents (~/.claude/agents)"), this);
    m_userScopeAction->setCheckable(true);
    connect(m_userScopeAction, &QAction::toggled, this, [this] {
        if (!m_library->folder().isEmpty())
            openFolder(m_library->folder());
    });

    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    // On the matrix page, Undo takes back the last matrix change, whichever agents it touched.
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (isMatrixShown())
            undoLibraryChange();
        else if (AgentDocument *document = currentDocument())
            document->undo();
    });
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redoAction->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (isMatrixShown())
            redoLibraryChange();
        else if (AgentDocument *document = currentDocument())
            document->redo();
    });

    // Changes spanning agents (Fix All, bulk grants) go back as one, whichever agent is shown.
    m_undoLibraryAction = new QAction(tr("Undo Change Across Agents"), this);
    m_undoLibraryAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Z")));
    connect(m_undoLibraryAction, &QAction::triggered, this, &MainWindow::undoLibraryChange);
    m_redoLibraryAction = new QAction(tr("Redo Change Across Agents"), this);
    m_redoLibraryAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Shift+Z")));
    connect(m_redoLibraryAction, &QAction::triggered, this, &MainWindow::redoLibraryChange);
    connect(m_libraryHistory, &LibraryHistory::changed, this, &MainWindow::updateActions);

    m_softWrapAction = new QAction(tr("Soft &Wrap"), this);
    m_softWrapAction->setCheckable(true);
    m_softWrapAction->setShortcut(QKeySequence(QStringLiteral("Alt+Z")));
    connect(m_softWrapAction, &QAction::toggled, m_editor, &AgentEditor::setSoftWrap);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open-folder")), tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_userScopeAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAllAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_duplicateAction);
    file->addAction(m_renameAction);
    file->addAction(m_trashAction);
    file->addAction(m_revealAction);
    file->addSeparator();
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export as Plugin…"), this,
                                            &MainWindow::exportBundle);
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    exportAction->setToolTip(tr("Write the agents the library shows as a Claude Code plugin, a folder or a .zip"));
    QAction *importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Bundle…"), this,
                                            &MainWindow::importBundle);
    importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    importAction->setToolTip(tr("Look at the agents of a plugin, a marketplace or a .zip, and copy them into the project"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(QStringLiteral("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    // The find and go-to actions belong to whichever editor is in use.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addAction(m_undoLibraryAction);
    edit->addAction(m_redoLibraryAction);
    edit->addSeparator();
    const auto paneAction = [this, edit](const QString &text, const QKeySequence &key, auto &&run) {
        QAction *action = edit->addAction(text, this, [this, run] { run(m_editor->currentPane()); });
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        m_documentActions << action;
        return action;
    };
    paneAction(tr("&Find…"), QKeySequence::Find, [](BodyEditor *pane) { pane->findBar()->openFind(); });
    paneAction(tr("Find and Re&place…"), QKeySequence(QStringLiteral("Ctrl+H")), [](BodyEditor *pane) { pane->findBar()->openReplace(); });
    paneAction(tr("Find &Next"), QKeySequence(Qt::Key_F3), [](BodyEditor *pane) { pane->findBar()->findNext(); });
    paneAction(tr("Find Pre&vious"), QKeySequence(QStringLiteral("Shift+F3")), [](BodyEditor *pane) { pane->findBar()->findPrevious(); });
    paneAction(tr("&Go to Line…"), QKeySequence(QStringLiteral("Ctrl+G")), [](BodyEditor *pane) { pane->goToLineBar()->open(); });
    edit->addSeparator();
    QAction *filter = edit->addAction(tr("Filter &Agents"), this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    filter->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *agentPage = view->addAction(tr("&Agent"), this, [this] {
        showMatrix(false);
        m_editor->showPage(AgentEditor::Page::Agent);
    });
    agentPage->setShortcut(QKeySequence(QStringLiteral("Ctrl+1")));
    QAction *sourcePage = view->addAction(tr("&Source"), this, [this] {
        showMatrix(false);
        m_editor->showPage(AgentEditor::Page::Source);
    });
    sourcePage->setShortcut(QKeySequence(QStringLiteral("Ctrl+2")));
    m_matrixAction = view->addAction(tr("Permission &Matrix"), this, &MainWindow::showMatrix);
    m_matrixAction->setCheckable(true);
    m_matrixAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+3")));
    m_matrixAction->setToolTip(tr("Which agent may use which tool, for the whole library"));
    view->addSeparator();
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    view->addAction(problems);
    QAction *nextProblem = view->addAction(tr("&Next Problem"), this, [this] {
        m_problemsDock->show();
        m_problemsPanel->selectNext();
    });
    nextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previousProblem = view->addAction(tr("P&revious Problem"), this, [this] {
        m_problemsDock->show();
        m_problemsPanel->selectPrevious();
    });
    previousProblem->setShortcut(QKeySequence(QStringLiteral("Shift+F8")));
    view->addSeparator();
    view->addAction(m_softWrapAction);
    const auto zoom = [this](auto member) {
        for (BodyEditor *pane : {m_editor->bodyPane(), m_editor->sourcePane()})
            (pane->editor()->*member)()->trigger();
    };
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [zoom] { zoom(&CodeEditor::zoomInAction); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [zoom] { zoom(&CodeEditor::zoomOutAction); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), this, [zoom] { zoom(&CodeEditor::resetZoomAction); });
    zoomReset->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (const auto &[choice, label] : {std::pair{Theme::Choice::System, tr("&System")}, std::pair{Theme::Choice::Light, tr("&Light")},
                                        std::pair{Theme::Choice::Dark, tr("&Dark")}}) {
        QAction *action = themes->addAction(label, this, [this, choice = choice] { setTheme(choice); });
        action->setCheckable(true);
        action->setData(Theme::id(choice));
        themeGroup->addAction(action);
    }
    connect(themes, &QMenu::aboutToShow, this, [this, themeGroup] {
        for (QAction *action : themeGroup->actions())
            action->setChecked(action->data().toString() == Theme::id(m_theme));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Agentry"), this, [this] {
        QMessageBox::about(this, tr("About Agentry"),
                           tr("<h3>Agentry %1</h3>"
                              "<p>An editor for AI agent definition files: Markdown with YAML frontmatter, "
                              "as Claude Code and other agent tools read them. It changes only the lines "
                              "an edit touches and never loses a byte.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({330, 950});
    if (!m_editor->splitter()->restoreState(settings.value(QStringLiteral("window/editorSplitter")).toByteArray()))
        m_editor->splitter()->setSizes({520, 430});
    m_view->header()->restoreState(settings.value(QStringLiteral("window/libraryHeader2")).toByteArray());
    m_recentFolders = settings.value(QStringLiteral("recentFolders")).toStringList();
    m_softWrapAction->setChecked(settings.value(QStringLiteral("editor/softWrap"), true).toBool());
    m_editor->setSoftWrap(m_softWrapAction->isChecked());
    m_userScopeAction->blockSignals(true);
    m_userScopeAction->setChecked(settings.value(QStringLiteral("library/includeUserAgents"), false).toBool());
    m_userScopeAction->blockSignals(false);
    m_theme = Theme::fromId(settings.value(QStringLiteral("theme")).toString());
    if (m_theme != Theme::Choice::System)
        Theme::apply(m_theme);
    updateRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/editorSplitter"), m_editor->splitter()->saveState());
    settings.setValue(QStringLiteral("window/libraryHeader2"), m_view->header()->saveState());
    settings.setValue(QStringLiteral("recentFolders"), m_recentFolders);
    settings.setValue(QStringLiteral("editor/softWrap"), m_softWrapAction->isChecked());
    settings.setValue(QStringLiteral("library/includeUserAgents"), m_userScopeAction->isChecked());
    settings.setValue(QStringLiteral("theme"), Theme::id(m_theme));
}

void MainWindow::setTheme(Theme::Choice choice)
{
    m_theme = choice;
    Theme::apply(choice);
}

QString MainWindow::nameOf(const AgentDocument *document) const
{
    return displayName(m_validation->currentReading(document), document->text().frontmatter, document->path());
}

QString MainWindow::userHome() const
{
    return m_userScopeAction->isChecked() ? QDir::homePath() : QString();
}

void MainWindow::openFolder(const QString &folder)
{
    if (!QFileInfo(folder).isDir()) {
        QMessageBox::warning(this, tr("Open Folder"), tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!maybeSave())
        return;
    m_libraryHistory->clear();
    m_bundleDir.reset(); // opening a folder forgets the bundle shown
    m_library->open(folder, userHome());
    rememberFolder(m_library->folder());
    m_statusLabel->setText(tr("Looking for agents…"));
    m_progress->setRange(0, 0); // busy until the scan knows how many files there are
    m_progress->show();
    updateTitle();
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_library->folder());
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::rememberFolder(const QString &folder)
{
    // The built-in examples are no place to come back to.
    if (folder.startsWith(u':'))
        return;
    m_recentFolders.removeAll(folder);
    m_recentFolders.prepend(folder);
    while (m_recentFolders.size() > kMaxRecentFolders)
        m_recentFolders.removeLast();
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &folder : std::as_const(m_recentFolders))
        m_recentMenu->addAction(QDir::toNativeSeparators(folder), this, [this, folder] { openFolder(folder); });
    m_recentMenu->setEnabled(!m_recentFolders.isEmpty());
}

AgentDocument *MainWindow::currentDocument() const
{
    return m_current;
}

bool MainWindow::selectPath(const QString &path)
{
    const int item = m_library->indexOfPath(path);
    if (item < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForItem(item));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void MainWindow::currentChanged()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_currentConnections))
        disconnect(connection);
    m_currentConnections.clear();
    const int item = m_view->currentIndex().data(AgentLibraryModel::ItemIndexRole).toInt();
    const LibraryItem *libraryItem = item >= 0 && m_view->currentIndex().isValid() ? &m_library->item(item) : nullptr;
    m_current = libraryItem ? libraryItem->document : nullptr;
    m_editor->setDocument(m_current);
    m_problemsPanel->setCurrentItem(libraryItem ? item : -1);
    if (libraryItem && !libraryItem->problem.isEmpty())
        statusBar()->showMessage(libraryItem->problem);
    if (m_current) {
        m_monitor->watchFile(m_current->path());
        m_currentConnections << connect(m_current, &AgentDocument::modifiedChanged, this, &MainWindow::updateTitle)
                             << connect(m_current, &AgentDocument::pathChanged, this, &MainWindow::updateTitle)
                             << connect(m_current->history(), &EditHistory::changed, this, &MainWindow::updateActions);
    }
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    const QString folder = m_library->folder().isEmpty() ? QString() : QDir::toNativeSeparators(m_library->folder());
    if (m_current) {
        setWindowTitle(tr("%1[*] — %2 — Agentry").arg(nameOf(m_current), folder));
        setWindowModified(m_current->isModified());
    } else {
        setWindowTitle(folder.isEmpty() ? tr("Agentry") : tr("%1 — Agentry").arg(folder));
        setWindowModified(false);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(m_current);
    m_saveAction->setEnabled(m_current && m_current->isModified());
    m_revertAction->setEnabled(m_current && m_current->isModified());
    if (isMatrixShown()) {
        m_undoAction->setEnabled(m_libraryHistory->canUndo());
        m_redoAction->setEnabled(m_libraryHistory->canRedo());
        m_undoAction->setText(m_libraryHistory->canUndo() ? tr("&Undo %1").arg(m_libraryHistory->undoLabel()) : tr("&Undo"));
        m_redoAction->setText(m_libraryHistory->canRedo() ? tr("&Redo %1").arg(m_libraryHistory->redoLabel()) : tr("&Redo"));
    } else {
        EditHistory *history = m_current ? m_current->history() : nullptr;
        m_undoAction->setEnabled(history && history->canUndo());
        m_redoAction->setEnabled(history && history->canRedo());
        m_undoAction->setText(history && history->canUndo() ? tr("&Undo %1").arg(history->undoLabel()) : tr("&Undo"));
        m_redoAction->setText(history && history->canRedo() ? tr("&Redo %1").arg(history->redoLabel()) : tr("&Redo"));
    }
    m_undoLibraryAction->setEnabled(m_libraryHistory->canUndo());
    m_redoLibraryAction->setEnabled(m_libraryHistory->canRedo());
    m_undoLibraryAction->setText(m_libraryHistory->canUndo() ? tr("Undo %1 Across Agents").arg(m_libraryHistory->undoLabel())
                                                             : tr("Undo Change Across Agents"));
    m_redoLibraryAction->setText(m_libraryHistory->canRedo() ? tr("Redo %1 Across Agents").arg(m_libraryHistory->redoLabel())
                                                             : tr("Redo Change Across Agents"));
    bool anyModified = false;
    for (int i = 0; i < m_library->count() && !anyModified; ++i)
        anyModified = m_library->item(i).document && m_library->item(i).document->isModified();
    m_saveAllAction->setEnabled(anyModified);
}

QVector<int> MainWindow::shownItems() const
{
    QVector<int> items;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex index = m_filter->index(row, 0, parent);
            const int item = index.data(AgentLibraryModel::ItemIndexRole).toInt();
            if (item >= 0)
                items.append(item);
            walk(index);
        }
    };
    walk({});
    return items;
}

void MainWindow::exportBundle()
{
    m_validation->flush();
    const QVector<ExportCandidate> candidates = ExportCandidate::fromLibrary(*m_library, *m_validation, shownItems());
    if (candidates.isEmpty()) {
        QMessageBox::information(this, tr("Export as Plugin"), tr("Open a folder with agents first; the agents the library shows are exported."));
        return;
    }
    ExportDialog dialog(candidates, this);
    QString fixPath;
    connect(&dialog, &ExportDialog::showAgentRequested, &dialog, [&dialog, &fixPath](const QString &path) {
        fixPath = path;
        dialog.reject();
    });
    connect(&dialog, &ExportDialog::exported, this, [this](const BundleResult &result) {
        statusBar()->showMessage(result.sha256.isEmpty() ? tr("Exported %n file(s).", nullptr, int(result.writtenFiles.size()))
                                                         : tr("Exported %n file(s); SHA-256 %1.", nullptr, int(result.writtenFiles.size()))
                                                               .arg(result.sha256),
                                 15000);
    });
    dialog.exec();
    // The user chose to fix an agent the gate stopped: show it.
    if (!fixPath.isEmpty() && selectPath(fixPath)) {
        showMatrix(false);
        m_editor->showPage(AgentEditor::Page::Agent);
    }
}

void MainWindow::importBundle()
{
    const QString agentsFolder = m_library->folder().isEmpty() ? QString()
                                                               : QDir(m_library->folder()).filePath(QStringLiteral(".claude/agents"));
    ImportDialog dialog(agentsFolder, this);
    connect(&dialog, &ImportDialog::bundleOpened, this, [this, &dialog] { showBundle(dialog.contents()); });
    connect(&dialog, &ImportDialog::agentsCopied, this, [this](const QStringList &paths) {
        // Copies into the open folder join the library at once; others show when their folder opens.
        const QString root = QDir(m_library->folder()).absolutePath() + u'/';
        for (const QString &path : paths) {
            if (m_library->folder().isEmpty() || !QFileInfo(path).absoluteFilePath().startsWith(root)
                || m_library->indexOfPath(path) >= 0)
                continue;
            QString error;
            if (const std::optional<QByteArray> bytes = AgentDocument::readBytes(path, &error))
                m_library->add(FoundAgentFile{QFileInfo(path).absoluteFilePath(), AgentScope::Project, {}}, AgentText::fromBytes(*bytes));
        }
        statusBar()->showMessage(tr("Copied %n agent(s) into the project.", nullptr, int(paths.size())), 8000);
    });
    dialog.exec();
}

void MainWindow::showBundle(const BundleContents &contents)
{
    // The bundle shown before goes; its copies were never the user's files.
    for (int i = m_library->count() - 1; i >= 0; --i) {
        if (m_bundleDir && m_library->item(i).file.path.startsWith(m_bundleDir->path() + u'/'))
            m_library->remove(i);
    }
    m_bundleDir.reset();
    if (!contents.ok || contents.plugins.isEmpty())
        return;
    // The files are copied out, since a zip's extraction goes with the dialog.
    m_bundleDir = std::make_unique<QTemporaryDir>();
    if (!m_bundleDir->isValid()) {
        statusBar()->showMessage(tr("Cannot show the bundle's agents: %1").arg(m_bundleDir->errorString()), 8000);
        m_bundleDir.reset();
        return;
    }
    int shown = 0;
    for (const BundlePlugin &plugin : contents.plugins) {
        const QString folder = m_bundleDir->filePath(plugin.manifest.name + QStringLiteral("/agents"));
        QDir().mkpath(folder);
        for (const QString &file : plugin.agentFiles) {
            QString error;
            const std::optional<QByteArray> bytes = AgentDocument::readBytes(file, &error);
            const QString copy = folder + u'/' + QFileInfo(file).fileName();
            if (!bytes || !QFile::copy(file, copy))
                continue;
            const int index = m_library->add(FoundAgentFile{copy, AgentScope::Plugin, plugin.manifest.name}, AgentText::fromBytes(*bytes));
            if (AgentDocument *document = m_library->item(index).document)
                document->setReadOnlyReason(tr("This agent belongs to an imported bundle; use File ▸ Import Bundle… and "
                                               "Add to Project to keep it."));
            ++shown;
        }
    }
    statusBar()->showMessage(tr("The library shows the bundle's %n agent(s), read-only.", nullptr, shown), 8000);
}

void MainWindow::showMatrix(bool show)
{
    m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_matrixPage) : m_editor);
    m_matrixAction->setChecked(show);
    if (show)
        m_matrixPage->view()->setFocus();
    updateActions();
}

bool MainWindow::isMatrixShown() const
{
    return m_pages->currentWidget() == m_matrixPage;
}

void MainWindow::undoLibraryChange()
{
    const QString label = m_libraryHistory->undoLabel();
    const QString refusal = m_libraryHistory->undo();
    if (!refusal.isEmpty())
        QMessageBox::information(this, tr("Undo %1").arg(label), refusal);
    else
        statusBar()->showMessage(tr("Undid “%1” in every agent it changed.").arg(label), 8000);
}

void MainWindow::redoLibraryChange()
{
    const QString label = m_libraryHistory->redoLabel();
    const QString refusal = m_libraryHistory->redo();
    if (!refusal.isEmpty())
        QMessageBox::information(this, tr("Redo %1").arg(label), refusal);
    else
        statusBar()->showMessage(tr("Redid “%1” in every agent it changed.").arg(label), 8000);
}

void MainWindow::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setVisible(done < total);
    m_statusLabel->setText(tr("Reading agent files: %1 of %2…").arg(done).arg(total));
}

void MainWindow::showLoaded()
{
    m_progress->hide();
    const int count = m_library->count();
    m_statusLabel->setText(count == 0 ? tr("No agent files found in this folder.") : tr("Agents: %1").arg(count));
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0) {
        const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
        if (first.isValid())
            m_view->setCurrentIndex(first);
    }
}

bool MainWindow::save(AgentDocument *document)
{
    if (!document || !document->isModified())
        return true;
    const QString error = document->save();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(document->path())), 5000);
    updateActions();
    return true;
}

bool MainWindow::saveAll()
{
    bool ok = true;
    for (int i = 0; i < m_library->count(); ++i) {
        if (AgentDocument *document = m_library->item(i).document; document && document->isModified())
            ok = save(document) && ok;
    }
    return ok;
}

void MainWindow::revert()
{
    AgentDocument *document = currentDocument();
    if (!document || !document->isModified())
        return;
    QString error;
    const std::optional<QByteArray> bytes = AgentDocument::readBytes(document->path(), &error);
    if (!bytes) {
        QMessageBox::warning(this, tr("Revert"), error);
        return;
    }
    document->reload(*bytes);
    statusBar()->showMessage(tr("Reverted %1 to the saved file; Undo brings your changes back.").arg(nameOf(document)), 8000);
}

bool MainWindow::maybeSave()
{
    QStringList names;
    for (int i = 0; i < m_library->count(); ++i) {
        if (const AgentDocument *document = m_library->item(i).document; document && document->isModified())
            names << nameOf(document);
    }
    if (names.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%n agent(s) have unsaved changes:", nullptr, int(names.size())), QMessageBox::NoButton, this);
    box.setInformativeText(names.mid(0, 12).join(u'\n') + (names.size() > 12 ? tr("\n…and %1 more").arg(names.size() - 12) : QString()));
    QPushButton *saveButton = box.addButton(tr("Save All"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveButton);
    box.exec();
    if (box.clickedButton() == cancel)
        return false;
    return box.clickedButton() != saveButton || saveAll();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

bool MainWindow::event(QEvent *event)
{
    // Coming back to the window: files changed meanwhile are noticed even without a watch.
    if (event->type() == QEvent::WindowActivate)
        m_monitor->checkAll();
    return QMainWindow::event(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openFolder(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

int MainWindow::addFile(const QString &path, const QByteArray &bytes, AgentScope scope, const QString &pluginName)
{
    const QString error = AgentFiles::create(path, bytes);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("New Agent"), error);
        return -1;
    }
    const int index = m_library->add(FoundAgentFile{path, scope, pluginName}, AgentText::fromBytes(bytes));
    selectPath(path);
    return index;
}

void MainWindow::newAgent()
{
    const QString projectFolder = QDir(m_library->folder().isEmpty() ? QDir::currentPath() : m_library->folder()).filePath(QStringLiteral(".claude/agents"));
    NewAgentDialog dialog(projectFolder, QDir::home().filePath(QStringLiteral(".claude/agents")), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QFile templ(QStringLiteral(":/agentry/templates/agent.md"));
    if (!templ.open(QIODevice::ReadOnly))
        return;
    const QString path = AgentFiles::freePath(dialog.folder(), AgentFiles::slug(dialog.name()));
    const AgentScope scope = dialog.isUserScope() ? AgentScope::User : AgentScope::Project;
    if (addFile(path, AgentFiles::fromTemplate(templ.readAll(), dialog.name(), dialog.description()), scope) >= 0)
        m_editor->showPage(AgentEditor::Page::Agent);
}

void MainWindow::duplicateAgent()
{
    AgentDocument *document = currentDocument();
    if (!document)
        return;
    const QString name = nameOf(document) + QStringLiteral("-copy");
    QByteArray bytes = document->text().bytes;
    const FieldPatch renamed = FrontmatterPatcher(document->text()).setValue(QStringLiteral("name"), name);
    if (renamed.status == FieldPatch::Status::Changed)
        bytes = renamed.edit.appliedTo(bytes);
    const FoundAgentFile original = m_library->item(m_library->indexOf(document)).file;
    addFile(AgentFiles::freePath(QFileInfo(document->path()).absolutePath(), AgentFiles::slug(name)), bytes, original.scope,
            original.pluginName);
}

void MainWindow::renameAgent()
{
    AgentDocument *document = currentDocument();
    if (!document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Agent"), tr("New name:"), QLineEdit::Normal, nameOf(document), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    const FieldPatch result = document->change(FieldChange::set(QStringLiteral("name"), name));
    if (result.status == FieldPatch::Status::Refused) {
        QMessageBox::warning(this, tr("Rename Agent"), result.message);
        return;
    }
    const QString newPath = QFileInfo(document->path()).absoluteDir().filePath(AgentFiles::slug(name) + QStringLiteral(".md"));
    if (newPath == document->path() || QFileInfo::exists(newPath))
        return;
    if (QMessageBox::question(this, tr("Rename Agent"),
                              tr("Rename the file too, to %1?").arg(QFileInfo(newPath).fileName()))
        != QMessageBox::Yes)
        return;
    const QString error = AgentFiles::rename(document->path(), newPath);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Rename Agent"), error);
        return;
    }
    document->setPath(newPath);
}

void MainWindow::trashAgent()
{
    AgentDocument *document = currentDocument();
    if (!document)
        return;
    const QString question = document->isModified()
        ? tr("Move %1 to the trash? It has unsaved changes, which will be lost.").arg(nameOf(document))
        : tr("Move %1 to the trash?").arg(nameOf(document));
    if (QMessageBox::question(this, tr("Move to Trash"), question) != QMessageBox::Yes)
        return;
    const QString error = AgentFiles::moveToTrash(document->path());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Move to Trash"), error);
        return;
    }
    m_library->remove(m_library->indexOf(document));
}

void MainWindow::revealAgent()
{
    if (AgentDocument *document = currentDocument())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(document->path()).absolutePath()));
}

void MainWindow::resolveConflict(AgentDocument *document, const QByteArray &theirs)
{
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                        tr("%1 was changed by another program, and you have unsaved changes to it.").arg(nameOf(document)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Keep your version (saving overwrites theirs), or load theirs (Undo brings yours back)?"));
        QPushButton *keep = box.addButton(tr("Keep Mine"), QMessageBox::RejectRole);
        QPushButton *load = box.addButton(tr("Load Theirs"), QMessageBox::AcceptRole);
        QPushButton *diff = box.addButton(tr("Show Differences"), QMessageBox::ActionRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == diff) {
            DiffDialog(tr("Your version and the one on disk"),
                       UnifiedDiff::make(document->text().bytes, theirs, tr("yours"), tr("on disk")), this)
                .exec();
            continue;
        }
        if (box.clickedButton() == load)
            document->reload(theirs);
        else
            document->setDiskBytes(theirs); // asked once; the next save overwrites theirs
        return;
    }
}

} // namespace Agentry
