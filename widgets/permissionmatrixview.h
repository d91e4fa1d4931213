// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "matrix/permissionmatrixmodel.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Agentry {

class FrozenColumnTableView;
class GrantDelegate;
class GroupedHeaderView;
class LibraryHistory;
class PermissionMatrixFilterModel;

// The permission matrix on screen: a summary bar, filters, and a table of agents by tools
// whose name and risk columns stay in place. A click or Space on a cell grants or revokes
// the tool; the context menu holds bulk actions, patterns and "make explicit". Every change
// is one step in its agent's history and one in the library history, so it is undone
// across agents at once.
class PermissionMatrixView : public QWidget
{
    Q_OBJECT

public:
    // `model` and `history` are not owned and must outlive the view.
    PermissionMatrixView(PermissionMatrixModel *model, LibraryHistory *history, QWidget *parent = nullptr);

    FrozenColumnTableView *table() const { return m_table; }
    PermissionMatrixFilterModel *filterModel() const { return m_filter; }
    GrantDelegate *delegate() const { return m_delegate; }
    PermissionMatrixModel *matrixModel() const { return m_model; }

    // Grants or revokes the tool of a cell (a filter model index) for its agent.
    bool toggle(const QModelIndex &index);
    // Applies `action` to the selected cells as one library step; false when nothing changed.
    bool applyToSelection(PermissionMatrixModel::Action action);
    // The library item of a row of the view, or -1.
    int itemAt(const QModelIndex &index) const;
    // Asks for the patterns of a cell's tool and writes them.
    void editPatterns(const QModelIndex &index);
    // Shows only rows for which `changed` holds, when "Changed only" is on; no function turns
    // the switch off and hides it.
    void setChangedFunction(std::function<bool(int itemIndex)> changed);

    // Asks for new patterns; tests answer in its place. Nothing when the user cancels.
    using PatternPrompt = std::function<std::optional<QStringList>(const QString &tool, const QStringList &current)>;
    void setPatternPrompt(PatternPrompt prompt) { m_patternPrompt = std::move(prompt); }

signals:
    void message(const QString &text);
    // The user asked to see an agent in the editor (double-click on its name, or Enter).
    void showAgentRequested(int itemIndex);
    // The context menu is about to show; receivers connected directly may add actions.
    void contextMenuRequested(QMenu *menu, const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *createSwitch(const QString &text, const QString &toolTip);
    void showMenu(const QPoint &globalPosition);
    void showHeaderMenu(const QPoint &position);
    void record(const QString &label, const QVector<AgentDocument *> &documents, const QStringList &refusals);
    void updateSummary();
    QModelIndex sourceIndex(const QModelIndex &index) const;
    int sourceSection(int section) const; // of the model, for a section of the view
    QString toolName(const QModelIndex &index) const;

    PermissionMatrixModel *m_model;
    LibraryHistory *m_history;
    // Children, owned through the QObject tree.
    PermissionMatrixFilterModel *m_filter;
    FrozenColumnTableView *m_table;
    GroupedHeaderView *m_header;
    GrantDelegate *m_delegate;
    QLabel *m_summary;
    QLineEdit *m_agentFilter;
    QLineEdit *m_toolFilter;
    QComboBox *m_categoryCombo;
    QComboBox *m_runtimeCombo;
    QToolButton *m_changedSwitch;
    PatternPrompt m_patternPrompt;
    // The cell last toggled by a click (its agent and tool), and when.
    std::pair<int, QString> m_lastClicked{-1, {}};
    QElapsedTimer m_lastClickTime;
};

} // namespace Agentry
