// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/theme.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

#include "document/agentdocument.h"
#include "runtime/agentscope.h"

class QDockWidget;
class QToolButton;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTemporaryDir;
class QTreeView;

namespace Agentry {

class AgentEditor;
class AgentFilterModel;
class AgentLibrary;
class AgentLibraryModel;
class DiagnosticsModel;
class ExternalChangeMonitor;
class LibraryHistory;
class LibraryChecker;
class MatrixPage;
class ProblemsPanel;
struct Fix;
struct BundleContents;

// The main window: the library of agents on the left, the selected agent's form, body and
// source on the right; menus for files, edits and views. Layout and choices persist.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the agents of `folder`; they load in the background.
    void openFolder(const QString &folder);

    AgentLibrary *library() const { return m_library; }
    LibraryChecker *validation() const { return m_validation; }
    LibraryHistory *libraryHistory() const { return m_libraryHistory; }
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    AgentEditor *editor() const { return m_editor; }
    MatrixPage *matrixPage() const { return m_matrixPage; }
    // Shows the permission matrix in place of the agent editor, or the editor again.
    void showMatrix(bool show);
    bool isMatrixShown() const;
    QTreeView *libraryView() const { return m_view; }
    AgentDocument *currentDocument() const;
    // Selects the agent of `path` in the library; false when it is not there.
    bool selectPath(const QString &path);

    // File actions, public for tests and scripting.
    bool save(AgentDocument *document);
    bool saveAll();
    void revert();
    // Quick fixes, each previewed as a diff first. `bytes` are the text the fix was made for.
    bool applyFix(AgentDocument *document, const QByteArray &bytes, const Fix &fix);
    // The safe fix of every problem with `code`, as one undo step per agent.
    bool fixAll(const QString &code);
    // The agents the library shows now (its filter applied), by library index, in tree order.
    QVector<int> shownItems() const;
    // File ▸ Export as Plugin…: the shown agents offered for a Claude Code plugin.
    void exportBundle();
    // File ▸ Import Bundle…: a plugin, marketplace or .zip to look at and copy agents from.
    void importBundle();
    // Shows the agents of an opened bundle as read-only plugin agents in the library,
    // replacing the bundle shown before. `contents` names the plugins the files belong to.
    void showBundle(const BundleContents &contents);

    // Asks before applying a change; tests answer in its place.
    using PreviewFunction = std::function<bool(const QString &title, const QString &summary, const QString &diff)>;
    void setPreview(PreviewFunction preview) { m_preview = std::move(preview); }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLibraryPanel();
    void createProblemsPanel();
    void updateProblemCounts();
    void showProblem(int item, int diagnostic);
    void addProblemFixes(QMenu *menu, int item, int diagnostic);
    bool preview(const QString &title, const QString &summary, const QString &diff);
    void createActions();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void chooseFolder();
    void rememberFolder(const QString &folder);
    void updateRecentMenu();
    void setTheme(Theme::Choice choice);

    void currentChanged();
    void updateTitle();
    void updateActions();
    void undoLibraryChange();
    void redoLibraryChange();
    void showProgress(int done, int total);
    void showLoaded();

    void newAgent();
    void duplicateAgent();
    void renameAgent();
    void trashAgent();
    void revealAgent();
    void resolveConflict(AgentDocument *document, const QByteArray &theirs);
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Writes a new agent file and adds it to the library in `scope` (and plugin).
    int addFile(const QString &path, const QByteArray &bytes, AgentScope scope, const QString &pluginName = {});
    QString userHome() const;
    QString nameOf(const AgentDocument *document) const;

    // All owned through the QObject tree.
    AgentLibrary *m_library;
    AgentLibraryModel *m_model;
    AgentFilterModel *m_filter;
    ExternalChangeMonitor *m_monitor;
    LibraryChecker *m_validation;
    LibraryHistory *m_libraryHistory;
    DiagnosticsModel *m_diagnostics;
    ProblemsPanel *m_problemsPanel;
    QDockWidget *m_problemsDock;
    QToolButton *m_problemCounts;
    QSplitter *m_splitter;
    QLineEdit *m_filterEdit;
    QComboBox *m_sortCombo;
    QTreeView *m_view;
    AgentEditor *m_editor;
    MatrixPage *m_matrixPage;
    QStackedWidget *m_pages; // the editor or the matrix
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_userScopeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_undoLibraryAction = nullptr;
    QAction *m_redoLibraryAction = nullptr;
    QAction *m_softWrapAction = nullptr;
    QAction *m_matrixAction = nullptr;
    QList<QAction *> m_documentActions; // enabled only with an agent selected

    std::unique_ptr<QTemporaryDir> m_bundleDir; // copies of the agents of the bundle shown
    QPointer<AgentDocument> m_current;
    QList<QMetaObject::Connection> m_currentConnections;
    QStringList m_recentFolders;
    Theme::Choice m_theme = Theme::Choice::System;
    PreviewFunction m_preview;
};

} // namespace Agentry
