// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/actionregistry.h"
#include "gui/theme.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Agentry {

class AgentCommands;
class AgentDocument;
class AgentEditor;
class AgentLibrary;
class BundleCommands;
class ExternalChangeMonitor;
class LibraryChecker;
class LibraryHistory;
class LibraryOperations;
class LibraryPanel;
class ProblemsDock;
class MatrixPage;
class ProblemsPanel;
struct BundleContents;
struct Fix;

// The main window: the library of agents on the left, the selected agent's form, body and
// source (or the permission matrix) on the right; menus from the ActionRegistry. It wires
// views to the models and asks LibraryOperations for what changes files; it asks the user
// (previews, questions) and reports. Layout and choices persist.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the agents of `folder`; they load in the background.
    void openFolder(const QString &folder);

    AgentLibrary *library() const { return m_library; }
    LibraryChecker *checker() const { return m_checker; }
    LibraryHistory *libraryHistory() const { return m_libraryHistory; }
    ProblemsPanel *problemsPanel() const;
    AgentEditor *editor() const { return m_editor; }
    MatrixPage *matrixPage() const { return m_matrixPage; }
    ActionRegistry *actions() const { return m_actions; }
    // Shows the permission matrix in place of the agent editor, or the editor again.
    void showMatrix(bool show);
    bool isMatrixShown() const;
    QTreeView *libraryView() const;
    AgentDocument *currentDocument() const;
    // Selects the agent of `path` in the library; false when it is not there or filtered out.
    bool selectPath(const QString &path);

    bool save(AgentDocument *document);
    bool saveAll();
    void revert();
    // Quick fixes, each previewed as a diff first. `bytes` are the text the fix was made for.
    bool applyFix(AgentDocument *document, const QByteArray &bytes, const Fix &fix);
    // The safe fix of every problem with `code`, as one undo step per agent and one across them.
    bool fixAll(const QString &code);
    // The agents the library shows now (its filter applied), by library index, in tree order.
    QVector<int> shownItems() const;
    // File ▸ Export as Plugin…: the shown agents offered for a Claude Code plugin.
    void exportBundle();
    // File ▸ Import Bundle…: a plugin, marketplace or .zip to look at and copy agents from.
    void importBundle();
    // Shows the agents of an opened bundle as read-only plugin agents in the library,
    // replacing the bundle shown before.
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
    QAction *action(ActionRegistry::Id id) const { return m_actions->action(id); }
    void connectActions();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void rememberFolder(const QString &folder);
    void updateRecentMenu();

    void currentChanged();
    void updateTitle();
    void updateActions();
    // `place` ≥ 0: that one of the finding's places.
    void showProblem(int item, int diagnostic, int place);
    void addProblemFixes(QMenu *menu, int item, int diagnostic);
    bool preview(const QString &title, const QString &summary, const QString &diff);
    void message(const QString &text, int milliseconds = 8000);
    void undoLibraryChange(bool redo);
    void showProgress(int done, int total);
    void showLoaded();

    void resolveConflict(AgentDocument *document, const QByteArray &theirs);
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

    // All owned through the QObject tree, but m_operations and m_commands.
    AgentLibrary *m_library;
    ExternalChangeMonitor *m_monitor;
    LibraryChecker *m_checker;
    LibraryHistory *m_libraryHistory;
    std::unique_ptr<LibraryOperations> m_operations;
    std::unique_ptr<AgentCommands> m_commands;
    BundleCommands *m_bundles;
    ProblemsDock *m_problemsDock;
    ActionRegistry *m_actions;
    QSplitter *m_splitter;
    LibraryPanel *m_libraryPanel;
    AgentEditor *m_editor;
    MatrixPage *m_matrixPage;
    QStackedWidget *m_pages; // the editor or the matrix
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_documentActions; // enabled only with an agent selected

    QPointer<AgentDocument> m_current;
    QList<QMetaObject::Connection> m_currentConnections;
    QStringList m_recentFolders;
    Theme::Choice m_theme = Theme::Choice::System;
    PreviewFunction m_preview;
};

} // namespace Agentry
