// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QTreeView;

namespace Agentry {

class AgentFilterModel;
class AgentLibrary;
class AgentLibraryModel;
class LibraryChecker;

// The library's side of the window: a filter (name, description, tool), the sort order and
// the tree of agents grouped by runtime and scope, groups opening as they appear. An agent's
// context menu chooses the runtime its folder is read as. Owns its models and
// widgets; the library and the checker are not owned and must outlive it.
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    LibraryPanel(AgentLibrary *library, LibraryChecker *checker, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // The library index of the agent selected, or -1.
    int currentItem() const;
    // Selects the agent of library index `item`; false when the filter hides it.
    bool select(int item);
    // Selects the first agent when none is.
    void selectFirst();
    // The agents shown now (the filter applied), by library index, in tree order.
    QVector<int> shownItems() const;
    void focusFilter();
    void clearFilter();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    // The menu of an agent: Read Folder As ▸ By Folder and Content, or one runtime; Convert
    // To ▸ one runtime. Empty for a group.
    void fillMenu(QMenu *menu, int item);

signals:
    void currentItemChanged();
    // Convert To ▸ `runtime` was chosen in the menu of library item `item`.
    void convertRequested(int item, Runtime runtime);

private:
    AgentLibraryModel *m_model;
    AgentFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_sortCombo;
    QTreeView *m_view;
    LibraryChecker *m_checker;
    AgentLibrary *m_library;
    int m_itemBeforeReset = -1;
};

} // namespace Agentry
