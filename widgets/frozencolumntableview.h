// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTableView>

namespace Agentry {

// A table whose first columns stay in place while the rest scrolls sideways, as a
// spreadsheet's frozen panes: a second view over the same model and selection lies on top of
// the frozen columns and follows the table's rows, sizes and sorting.
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setFrozenColumnCount(int count);
    int frozenColumnCount() const { return m_frozenCount; }
    // The view over the frozen columns, for delegates and context menus.
    QTableView *frozenView() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void syncColumns();
    void placeFrozenView();
    int frozenWidth() const;

    QTableView *m_frozen; // child, owned through the QObject tree
    int m_frozenCount = 0;
};

} // namespace Agentry
