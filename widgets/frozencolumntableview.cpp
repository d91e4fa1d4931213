// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frozencolumntableview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace Agentry {

FrozenColumnTableView::FrozenColumnTableView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollMode(ScrollPerPixel);
    viewport()->stackUnder(m_frozen);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(), &QScrollBar::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section < m_frozenCount) {
            m_frozen->setColumnWidth(section, size);
            placeFrozenView();
        }
    });
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section < m_frozenCount)
            setColumnWidth(section, size);
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, m_frozen,
            [this](int section, int, int size) { m_frozen->setRowHeight(section, size); });
    connect(horizontalHeader(), &QHeaderView::geometriesChanged, this, &FrozenColumnTableView::placeFrozenView);
    // Sorting by a frozen column shows on the table's header too, and the other way round.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sortIndicatorChanged, horizontalHeader(),
            &QHeaderView::setSortIndicator);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
}

void FrozenColumnTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setSortingEnabled(isSortingEnabled());
    if (model) {
        connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTableView::syncColumns);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &FrozenColumnTableView::syncColumns);
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTableView::syncColumns);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenColumnTableView::syncColumns);
    }
    syncColumns();
}

void FrozenColumnTableView::setFrozenColumnCount(int count)
{
    m_frozenCount = count;
    syncColumns();
}

void FrozenColumnTableView::syncColumns()
{
    if (!model())
        return;
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    for (int column = 0; column < model()->columnCount(); ++column) {
        m_frozen->setColumnHidden(column, column >= m_frozenCount);
        if (column < m_frozenCount)
            m_frozen->setColumnWidth(column, columnWidth(column));
    }
    m_frozen->setVisible(m_frozenCount > 0);
    placeFrozenView();
}

int FrozenColumnTableView::frozenWidth() const
{
    int width = 0;
    for (int column = 0; column < m_frozenCount && model() && column < model()->columnCount(); ++column)
        width += columnWidth(column);
    return width;
}

void FrozenColumnTableView::placeFrozenView()
{
    // The frozen view's header must be as tall as the table's, which may be a grouped one.
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), frozenWidth(),
                          viewport()->height() + horizontalHeader()->height());
}

void FrozenColumnTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozenView();
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozenView();
}

QModelIndex FrozenColumnTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Keep the cell the keyboard moves to from hiding under the frozen columns.
    if (cursorAction == MoveLeft && current.column() >= m_frozenCount
        && visualRect(current).left() < frozenWidth()) {
        const int position = horizontalScrollBar()->value() + visualRect(current).left() - frozenWidth();
        horizontalScrollBar()->setValue(position);
    }
    return current;
}

void FrozenColumnTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.column() >= m_frozenCount) {
        QTableView::scrollTo(index, hint);
        return;
    }
    // A frozen cell is always in view sideways: scroll only to its row.
    const int horizontal = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(horizontal);
}

} // namespace Agentry
