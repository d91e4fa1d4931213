// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/mainwindow.h"

#include "bodyeditor.h"
#include "codeeditor.h"
#include "document/agentdocument.h"
#include "findbar.h"
#include "gotolinebar.h"
#include "gui/agentcommands.h"
#include "gui/agenteditor.h"
#include "gui/bundlecommands.h"
#include "gui/diffdialog.h"
#include "gui/documentquestions.h"
#include "gui/librarypanel.h"
#include "gui/matrixpage.h"
#include "gui/problemsdock.h"
#include "gui/quickfixmenu.h"
#include "library/agentlibrary.h"
#include "library/externalchangemonitor.h"
#include "library/librarychecker.h"
#include "library/libraryhistory.h"
#include "library/libraryoperations.h"
#include "permissionmatrixview.h"
#include "problemspanel.h"
#include "text/unifieddiff.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
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
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

namespace Agentry {

namespace {

constexpr int kMaxRecentFolders = 8;

} // namespace

using Id = ActionRegistry::Id;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new AgentLibrary(this))
    , m_monitor(new ExternalChangeMonitor(m_library, this))
    , m_checker(new LibraryChecker(m_library, this))
    , m_libraryHistory(new LibraryHistory(this))
    , m_operations(std::make_unique<LibraryOperations>(m_library, m_checker, m_libraryHistory))
    , m_commands(std::make_unique<AgentCommands>(m_operations.get(), m_library, m_checker, this))
    , m_bundles(new BundleCommands(m_operations.get(), m_library, m_checker, this))
    , m_problemsDock(new ProblemsDock(m_checker, m_library, this))
    , m_actions(new ActionRegistry(this, {{Id::Problems, m_problemsDock->toggleViewAction()}}))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_libraryPanel(new LibraryPanel(m_library, m_checker, this))
    , m_editor(new AgentEditor(this))
    , m_matrixPage(new MatrixPage(m_library, m_checker, m_libraryHistory, this))
    , m_pages(new QStackedWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setAcceptDrops(true);
    m_editor->setChecker(m_checker);
    m_splitter->addWidget(m_libraryPanel);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_matrixPage);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_problemsDock->countsButton());
    m_progress->setMaximumWidth(200);
    m_progress->hide();

    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_problemsDock}, {170}, Qt::Vertical);
    connect(m_problemsDock->panel(), &ProblemsPanel::activated, this, &MainWindow::showProblem);
    connect(m_problemsDock->panel(), &ProblemsPanel::contextMenuRequested, this, &MainWindow::addProblemFixes);
    connectActions();
    createMenus();

    connect(m_library, &AgentLibrary::loadingProgress, this, &MainWindow::showProgress);
    connect(m_library, &AgentLibrary::loadingFinished, this, &MainWindow::showLoaded);
    connect(m_library, &AgentLibrary::aboutToReset, m_editor, &AgentEditor::forgetAll);
    connect(m_library, &AgentLibrary::itemAboutToBeRemoved, this, [this](int index) {
        if (AgentDocument *document = m_library->item(index).document)
            m_editor->forget(document);
    });
    connect(m_libraryPanel, &LibraryPanel::currentItemChanged, this, &MainWindow::currentChanged);
    connect(m_editor, &AgentEditor::message, this, [this](const QString &text) { message(text); });
    connect(m_matrixPage, &MatrixPage::message, this, [this](const QString &text) { message(text); });
    connect(m_matrixPage, &MatrixPage::showAgentRequested, this, [this](int item) {
        if (item >= 0 && item < m_library->count() && selectPath(m_library->item(item).file.path))
            showMatrix(false);
    });
    connect(m_editor, &AgentEditor::fixRequested, this, &MainWindow::applyFix);
    connect(m_editor, &AgentEditor::fixAllRequested, this, &MainWindow::fixAll);
    connect(m_monitor, &ExternalChangeMonitor::reloaded, this, [this](AgentDocument *document) {
        message(tr("%1 was changed by another program and has been reloaded.").arg(m_checker->nameOf(document)));
    });
    connect(m_monitor, &ExternalChangeMonitor::conflict, this, &MainWindow::resolveConflict);
    connect(m_monitor, &ExternalChangeMonitor::removed, this, [this](AgentDocument *document) {
        statusBar()->showMessage(tr("%1 was deleted or moved by another program. Save writes it again.")
                                     .arg(QDir::toNativeSeparators(document->path())));
    });
    connect(m_libraryHistory, &LibraryHistory::changed, this, &MainWindow::updateActions);
    connect(m_bundles, &BundleCommands::message, this, &MainWindow::message);
    connect(m_libraryPanel, &LibraryPanel::convertRequested, this,
            [this](int item, Runtime runtime) { m_bundles->convert(shownItems(), item, runtime); });

    restoreSettings();
    currentChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::showProblem(int item, int diagnostic, int place)
{
    const CheckedAgent *check = m_checker->check(item);
    if (!check || diagnostic < 0 || diagnostic >= check->diagnostics.size())
        return;
    Diagnostic shown = check->diagnostics.at(diagnostic); // a copy: selecting the agent may check it again
    if (place >= 0 && place < shown.places.size()) {
        const DiagnosticPlace &at = shown.places.at(place);
        std::tie(shown.line, shown.column, shown.endLine, shown.endColumn, shown.start, shown.end) =
            std::tie(at.line, at.column, at.endLine, at.endColumn, at.start, at.end);
        shown.field.clear();
    }
    const QString path = m_library->item(item).file.path;
    if (!selectPath(path)) {
        m_libraryPanel->clearFilter(); // the agent was filtered out of the library view
        if (!selectPath(path))
            return;
    }
    m_editor->showDiagnostic(shown);
}

void MainWindow::addProblemFixes(QMenu *menu, int item, int diagnostic)
{
    const QPointer<AgentDocument> document = m_library->item(item).document;
    const CheckedAgent *check = m_checker->checkWithFixes(document);
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

void MainWindow::message(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

bool MainWindow::applyFix(AgentDocument *document, const QByteArray &bytes, const Fix &fix)
{
    if (!document || document->isReadOnly())
        return false;
    const std::optional<QByteArray> after = m_operations->fixed(document, bytes, fix);
    if (!after) {
        m_checker->flush();
        message(tr("%1 changed since the problem was found; its problems are now up to date.").arg(m_checker->nameOf(document)));
        return false;
    }
    if (const QString worse = m_operations->worsening(document, *after); !worse.isEmpty()) {
        QMessageBox::information(this, fix.title, tr("This fix is not applied: it would make the library worse.\n%1").arg(worse));
        return false;
    }
    const QString file = QDir(m_library->folder()).relativeFilePath(document->path());
    if (!preview(fix.title, tr("This changes %1:").arg(QDir::toNativeSeparators(file)), UnifiedDiff::make(bytes, *after, file, file)))
        return false;
    m_operations->applyFix(document, fix);
    message(tr("Fixed: %1. Undo takes it back.").arg(fix.title));
    return true;
}

bool MainWindow::fixAll(const QString &code)
{
    QProgressDialog progress(tr("Preparing fixes…"), tr("Cancel"), 0, m_library->count(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const std::optional<LibraryOperations::FixAllPlan> plan = m_operations->planFixAll(code, [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!plan)
        return false;
    if (plan->changes.isEmpty()) {
        if (!plan->leftOut.isEmpty())
            QMessageBox::information(this, tr("Fix All %1 Problems").arg(code),
                                     tr("No %1 fix is applied: each would make the library worse.\n%2").arg(code, plan->leftOut.join(u'\n')));
        else
            message(tr("No %1 problem has a fix that is safe to apply everywhere.").arg(code));
        return false;
    }
    QString summary = tr("The safe fix for every %1 problem changes %n agent(s); Undo takes back one agent's fix, Undo Change Across Agents all of them.", nullptr,
                         int(plan->changes.size()))
                          .arg(code);
    if (plan->readOnly > 0)
        summary += u' ' + tr("%n read-only agent(s) are left as they are.", nullptr, plan->readOnly);
    if (!plan->leftOut.isEmpty())
        summary += u'\n' + tr("Left out, because they would make the library worse:") + u'\n' + plan->leftOut.join(u'\n');
    if (!preview(tr("Fix All %1 Problems").arg(code), summary, plan->diff))
        return false;
    const int changed = m_operations->applyFixAll(*plan);
    message(tr("Fixed %n agent(s); Undo takes back one agent's fix, Undo Change Across Agents all of them.", nullptr, changed));
    return true;
}

void MainWindow::connectActions()
{
    // A new agent opens on its form; a copy where it is.
    connect(action(Id::NewAgent), &QAction::triggered, this, [this] {
        if (const int item = m_commands->newAgent(); item >= 0) {
            selectPath(m_library->item(item).file.path);
            m_editor->showPage(AgentEditor::Page::Agent);
        }
    });
    connect(action(Id::OpenFolder), &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_library->folder());
        if (!folder.isEmpty())
            openFolder(folder);
    });
    connect(action(Id::IncludeMyAgents), &QAction::toggled, this, [this] {
        if (!m_library->folder().isEmpty())
            openFolder(m_library->folder());
    });
    connect(action(Id::Save), &QAction::triggered, this, [this] { save(currentDocument()); });
    connect(action(Id::SaveAll), &QAction::triggered, this, &MainWindow::saveAll);
    connect(action(Id::Revert), &QAction::triggered, this, &MainWindow::revert);
    connect(action(Id::Duplicate), &QAction::triggered, this, [this] {
        if (const int item = m_current ? m_commands->duplicate(m_current) : -1; item >= 0)
            selectPath(m_library->item(item).file.path);
    });
    connect(action(Id::Rename), &QAction::triggered, this, [this] {
        if (m_current)
            m_commands->rename(m_current);
    });
    connect(action(Id::Trash), &QAction::triggered, this, [this] {
        if (m_current)
            m_commands->trash(m_current);
    });
    connect(action(Id::Reveal), &QAction::triggered, this, [this] {
        if (m_current)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_current->path()).absolutePath()));
    });
    connect(action(Id::ExportPlugin), &QAction::triggered, this, &MainWindow::exportBundle);
    connect(action(Id::ConvertAgents), &QAction::triggered, this, [this] { m_bundles->convert(shownItems(), m_libraryPanel->currentItem()); });
    connect(action(Id::ImportBundle), &QAction::triggered, this, &MainWindow::importBundle);
    connect(action(Id::Quit), &QAction::triggered, this, &QWidget::close);

    // On the matrix page, Undo takes back the last matrix change, whichever agents it touched.
    connect(action(Id::Undo), &QAction::triggered, this, [this] {
        if (isMatrixShown())
            undoLibraryChange(false);
        else if (m_current)
            m_current->undo();
    });
    connect(action(Id::Redo), &QAction::triggered, this, [this] {
        if (isMatrixShown())
            undoLibraryChange(true);
        else if (m_current)
            m_current->redo();
    });
    // Changes spanning agents (Fix All, bulk grants) go back as one, whichever agent is shown.
    connect(action(Id::UndoAcrossAgents), &QAction::triggered, this, [this] { undoLibraryChange(false); });
    connect(action(Id::RedoAcrossAgents), &QAction::triggered, this, [this] { undoLibraryChange(true); });

    // The find and go-to actions belong to whichever editor is in use.
    const auto pane = [this](Id id, void (*run)(BodyEditor *)) {
        action(id)->setShortcutContext(Qt::WindowShortcut);
        connect(action(id), &QAction::triggered, this, [this, run] { run(m_editor->currentPane()); });
    };
    pane(Id::Find, [](BodyEditor *p) { p->findBar()->openFind(); });
    pane(Id::Replace, [](BodyEditor *p) { p->findBar()->openReplace(); });
    pane(Id::FindNext, [](BodyEditor *p) { p->findBar()->findNext(); });
    pane(Id::FindPrevious, [](BodyEditor *p) { p->findBar()->findPrevious(); });
    pane(Id::GoToLine, [](BodyEditor *p) { p->goToLineBar()->open(); });
    connect(action(Id::FilterAgents), &QAction::triggered, m_libraryPanel, &LibraryPanel::focusFilter);
    m_documentActions = {action(Id::Save),    action(Id::Revert),   action(Id::Duplicate),    action(Id::Rename),
                         action(Id::Trash),   action(Id::Reveal),   action(Id::Find),         action(Id::Replace),
                         action(Id::FindNext), action(Id::FindPrevious), action(Id::GoToLine)};

    const auto page = [this](AgentEditor::Page page) {
        showMatrix(false);
        m_editor->showPage(page);
    };
    connect(action(Id::AgentPage), &QAction::triggered, this, [page] { page(AgentEditor::Page::Agent); });
    connect(action(Id::SourcePage), &QAction::triggered, this, [page] { page(AgentEditor::Page::Source); });
    connect(action(Id::PermissionMatrix), &QAction::triggered, this, &MainWindow::showMatrix);
    connect(action(Id::NextProblem), &QAction::triggered, this, [this] { m_problemsDock->step(1); });
    connect(action(Id::PreviousProblem), &QAction::triggered, this, [this] { m_problemsDock->step(-1); });
    connect(action(Id::SoftWrap), &QAction::toggled, m_editor, &AgentEditor::setSoftWrap);
    const auto zoom = [this](Id id, QAction *(CodeEditor::*member)() const) {
        connect(action(id), &QAction::triggered, this, [this, member] {
            for (BodyEditor *pane : {m_editor->bodyPane(), m_editor->sourcePane()})
                (pane->editor()->*member)()->trigger();
        });
    };
    zoom(Id::ZoomIn, &CodeEditor::zoomInAction);
    zoom(Id::ZoomOut, &CodeEditor::zoomOutAction);
    zoom(Id::ResetZoom, &CodeEditor::resetZoomAction);
    connect(action(Id::About), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Agentry"),
                           tr("<h3>Agentry %1</h3>"
                              "<p>An editor for AI agent definition files: Markdown with YAML frontmatter, "
                              "as Claude Code and other agent tools read them. It changes only the lines "
                              "an edit touches and never loses a byte.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    // Menus list their actions by id; Count stands for a separator.
    constexpr Id separator = Id::Count;
    const auto add = [this](QMenu *menu, std::initializer_list<Id> ids) {
        for (const Id id : ids) {
            if (id == separator)
                menu->addSeparator();
            else
                menu->addAction(action(id));
        }
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, {Id::NewAgent, Id::OpenFolder});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    add(file, {Id::IncludeMyAgents, separator, Id::Save, Id::SaveAll, Id::Revert, separator, Id::Duplicate, Id::Rename, Id::Trash,
               Id::Reveal, separator, Id::ExportPlugin, Id::ConvertAgents, Id::ImportBundle, separator, Id::Quit});
    add(menuBar()->addMenu(tr("&Edit")), {Id::Undo, Id::Redo, Id::UndoAcrossAgents, Id::RedoAcrossAgents, separator, Id::Find,
                                          Id::Replace, Id::FindNext, Id::FindPrevious, Id::GoToLine, separator, Id::FilterAgents});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, {Id::AgentPage, Id::SourcePage, Id::PermissionMatrix, separator, Id::Problems, Id::NextProblem, Id::PreviousProblem,
               separator, Id::SoftWrap, Id::ZoomIn, Id::ZoomOut, Id::ResetZoom, separator});
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (const auto &[choice, label] : {std::pair{Theme::Choice::System, tr("&System")}, std::pair{Theme::Choice::Light, tr("&Light")},
                                        std::pair{Theme::Choice::Dark, tr("&Dark")}}) {
        QAction *themeAction = themes->addAction(label, this, [this, choice = choice] {
            m_theme = choice;
            Theme::apply(choice);
        });
        themeAction->setCheckable(true);
        themeAction->setData(Theme::id(choice));
        themeGroup->addAction(themeAction);
    }
    connect(themes, &QMenu::aboutToShow, this, [this, themeGroup] {
        for (QAction *themeAction : themeGroup->actions())
            themeAction->setChecked(themeAction->data().toString() == Theme::id(m_theme));
    });
    add(menuBar()->addMenu(tr("&Help")), {Id::About});
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
    m_libraryPanel->restoreHeaderState(settings.value(QStringLiteral("window/libraryHeader2")).toByteArray());
    m_recentFolders = settings.value(QStringLiteral("recentFolders")).toStringList();
    action(Id::SoftWrap)->setChecked(settings.value(QStringLiteral("editor/softWrap"), true).toBool());
    m_editor->setSoftWrap(action(Id::SoftWrap)->isChecked());
    QAction *userAgents = action(Id::IncludeMyAgents);
    userAgents->blockSignals(true);
    userAgents->setChecked(settings.value(QStringLiteral("library/includeUserAgents"), false).toBool());
    userAgents->blockSignals(false);
    const QVariantMap folderRuntimes = settings.value(QStringLiteral("library/folderRuntimes")).toMap();
    for (auto it = folderRuntimes.cbegin(); it != folderRuntimes.cend(); ++it) {
        if (const std::optional<Runtime> runtime = Runtimes::fromId(it.value().toString()))
            m_checker->setFolderRuntime(it.key(), runtime);
    }
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
    settings.setValue(QStringLiteral("window/libraryHeader2"), m_libraryPanel->saveHeaderState());
    settings.setValue(QStringLiteral("recentFolders"), m_recentFolders);
    settings.setValue(QStringLiteral("editor/softWrap"), action(Id::SoftWrap)->isChecked());
    settings.setValue(QStringLiteral("library/includeUserAgents"), action(Id::IncludeMyAgents)->isChecked());
    settings.setValue(QStringLiteral("theme"), Theme::id(m_theme));
    QVariantMap folderRuntimes;
    const QHash<QString, Runtime> chosen = m_checker->folderRuntimes().folders();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        folderRuntimes.insert(it.key(), Runtimes::id(it.value()));
    settings.setValue(QStringLiteral("library/folderRuntimes"), folderRuntimes);
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
    m_library->open(folder, action(Id::IncludeMyAgents)->isChecked() ? QDir::homePath() : QString());
    m_operations->forgetBundle(); // the library no longer shows it: its copies go
    rememberFolder(m_library->folder());
    m_statusLabel->setText(tr("Looking for agents…"));
    m_progress->setRange(0, 0); // busy until the scan knows how many files there are
    m_progress->show();
    updateTitle();
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

ProblemsPanel *MainWindow::problemsPanel() const
{
    return m_problemsDock->panel();
}

AgentDocument *MainWindow::currentDocument() const
{
    return m_current;
}

QTreeView *MainWindow::libraryView() const
{
    return m_libraryPanel->view();
}

bool MainWindow::selectPath(const QString &path)
{
    const int item = m_library->indexOfPath(path);
    return item >= 0 && m_libraryPanel->select(item);
}

QVector<int> MainWindow::shownItems() const
{
    return m_libraryPanel->shownItems();
}

void MainWindow::currentChanged()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_currentConnections))
        disconnect(connection);
    m_currentConnections.clear();
    const int item = m_libraryPanel->currentItem();
    const LibraryItem *libraryItem = item >= 0 ? &m_library->item(item) : nullptr;
    m_current = libraryItem ? libraryItem->document : nullptr;
    m_editor->setDocument(m_current);
    m_problemsDock->panel()->setCurrentItem(libraryItem ? item : -1);
    if (libraryItem && !libraryItem->problem.isEmpty())
        statusBar()->showMessage(libraryItem->problem);
    if (m_current) {
        m_monitor->watchFile(m_current->path());
        m_currentConnections << connect(m_current, &AgentDocument::modifiedChanged, this, &MainWindow::updateTitle)
                             << connect(m_current, &AgentDocument::pathChanged, this, &MainWindow::updateTitle)
                             << connect(m_current->history(), &EditHistory::changed, this, &MainWindow::updateActions);
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString folder = m_library->folder().isEmpty() ? QString() : QDir::toNativeSeparators(m_library->folder());
    if (m_current) {
        setWindowTitle(tr("%1[*] — %2 — Agentry").arg(m_checker->nameOf(m_current), folder));
        setWindowModified(m_current->isModified());
    } else {
        setWindowTitle(folder.isEmpty() ? tr("Agentry") : tr("%1 — Agentry").arg(folder));
        setWindowModified(false);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    for (QAction *documentAction : std::as_const(m_documentActions))
        documentAction->setEnabled(m_current);
    action(Id::Save)->setEnabled(m_current && m_current->isModified());
    action(Id::Revert)->setEnabled(m_current && m_current->isModified());
    // On the matrix page, Undo and Redo act across agents.
    const EditHistory *history = m_current ? m_current->history() : nullptr;
    const bool across = isMatrixShown();
    const bool canUndo = across ? m_libraryHistory->canUndo() : history && history->canUndo();
    const bool canRedo = across ? m_libraryHistory->canRedo() : history && history->canRedo();
    action(Id::Undo)->setEnabled(canUndo);
    action(Id::Redo)->setEnabled(canRedo);
    action(Id::Undo)->setText(canUndo ? tr("&Undo %1").arg(across ? m_libraryHistory->undoLabel() : history->undoLabel()) : tr("&Undo"));
    action(Id::Redo)->setText(canRedo ? tr("&Redo %1").arg(across ? m_libraryHistory->redoLabel() : history->redoLabel()) : tr("&Redo"));
    action(Id::UndoAcrossAgents)->setEnabled(m_libraryHistory->canUndo());
    action(Id::RedoAcrossAgents)->setEnabled(m_libraryHistory->canRedo());
    action(Id::UndoAcrossAgents)->setText(m_libraryHistory->canUndo() ? tr("Undo %1 Across Agents").arg(m_libraryHistory->undoLabel())
                                                                     : tr("Undo Change Across Agents"));
    action(Id::RedoAcrossAgents)->setText(m_libraryHistory->canRedo() ? tr("Redo %1 Across Agents").arg(m_libraryHistory->redoLabel())
                                                                     : tr("Redo Change Across Agents"));
    bool anyModified = false;
    for (int i = 0; i < m_library->count() && !anyModified; ++i)
        anyModified = m_library->item(i).document && m_library->item(i).document->isModified();
    action(Id::SaveAll)->setEnabled(anyModified);
}

void MainWindow::exportBundle()
{
    // The user chose to fix an agent the gate stopped: show it.
    if (const QString fixPath = m_bundles->exportBundle(shownItems()); !fixPath.isEmpty() && selectPath(fixPath)) {
        showMatrix(false);
        m_editor->showPage(AgentEditor::Page::Agent);
    }
}

void MainWindow::importBundle()
{
    m_bundles->importBundle();
}

void MainWindow::showBundle(const BundleContents &contents)
{
    m_bundles->showBundle(contents);
}

void MainWindow::showMatrix(bool show)
{
    m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_matrixPage) : m_editor);
    action(Id::PermissionMatrix)->setChecked(show);
    if (show)
        m_matrixPage->view()->setFocus();
    updateActions();
}

bool MainWindow::isMatrixShown() const
{
    return m_pages->currentWidget() == m_matrixPage;
}

void MainWindow::undoLibraryChange(bool redo)
{
    const QString label = redo ? m_libraryHistory->redoLabel() : m_libraryHistory->undoLabel();
    const QString refusal = redo ? m_libraryHistory->redo() : m_libraryHistory->undo();
    if (!refusal.isEmpty())
        QMessageBox::information(this, redo ? tr("Redo %1").arg(label) : tr("Undo %1").arg(label), refusal);
    else
        message(redo ? tr("Redid “%1” in every agent it changed.").arg(label) : tr("Undid “%1” in every agent it changed.").arg(label));
}

void MainWindow::showProgress(int done, int total)
{
    // QProgressBar repaints at once, and with it every other part of the window waiting to be
    // painted: the rows just added. With its updates disabled it waits for the window's next paint.
    m_progress->setUpdatesEnabled(false);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setUpdatesEnabled(true);
    m_progress->setVisible(done < total);
    m_statusLabel->setText(tr("Reading agent files: %1 of %2…").arg(done).arg(total));
}

void MainWindow::showLoaded()
{
    m_progress->hide();
    const int count = m_library->count();
    m_statusLabel->setText(count == 0 ? tr("No agent files found in this folder.") : tr("Agents: %1").arg(count));
    // In a turn of its own: showing an agent takes as long as adding the last files did.
    QMetaObject::invokeMethod(m_libraryPanel, &LibraryPanel::selectFirst, Qt::QueuedConnection);
}

bool MainWindow::save(AgentDocument *document)
{
    if (!document || !document->isModified())
        return true;
    const QString error = document->save();
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Save"), error, QMessageBox::Ok, this);
        box.setInformativeText(tr("Nothing was written: the file on disk is as it was, and your changes are still here, unsaved."));
        box.exec();
        return false;
    }
    message(tr("Saved %1.").arg(QDir::toNativeSeparators(document->path())), 5000);
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
    if (!m_current || !m_current->isModified())
        return;
    if (m_commands->revert(m_current))
        message(tr("Reverted %1 to the saved file; Undo brings your changes back.").arg(m_checker->nameOf(m_current)));
}

bool MainWindow::maybeSave()
{
    QStringList names;
    for (int i = 0; i < m_library->count(); ++i) {
        if (const AgentDocument *document = m_library->item(i).document; document && document->isModified())
            names << m_checker->nameOf(document);
    }
    if (names.isEmpty())
        return true;
    switch (DocumentQuestions::unsavedChanges(this, names)) {
    case DocumentQuestions::Unsaved::SaveAll:
        return saveAll();
    case DocumentQuestions::Unsaved::Discard:
        return true;
    case DocumentQuestions::Unsaved::Cancel:
        break;
    }
    return false;
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

void MainWindow::resolveConflict(AgentDocument *document, const QByteArray &theirs)
{
    if (DocumentQuestions::outsideChange(this, m_checker->nameOf(document), document->text().bytes, theirs) == DocumentQuestions::Conflict::LoadTheirs)
        document->reload(theirs);
    else
        document->setDiskBytes(theirs); // asked once; the next save overwrites theirs
}

} // namespace Agentry
