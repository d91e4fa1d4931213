// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <functional>

namespace Agentry {

// Paints the cells of the permission matrix: each grant state with its own symbol and a
// tint (the symbol, never the colour alone, tells the state), the risk column as a colour
// band, and cells that changed since a baseline with a corner mark: +, − or ~ (other uses).
class GrantDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Change { None, Added, Removed, Changed };
    // Whether the cell at `index` of the matrix model changed since the baseline.
    using ChangeFunction = std::function<Change(const QModelIndex &index)>;

    explicit GrantDelegate(QObject *parent = nullptr);

    void setChangeFunction(ChangeFunction function) { m_change = std::move(function); }
    Change changeAt(const QModelIndex &index) const { return m_change ? m_change(index) : Change::None; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The tint of a state (an int GrantState) or of a risk level, blended over `base`.
    static QColor stateTint(int state, const QColor &base);
    static QColor riskTint(int level, const QColor &base);

private:
    void paintToolCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintChange(QPainter *painter, const QRect &rect, Change change) const;

    ChangeFunction m_change;
    mutable QHash<QString, QStaticText> m_texts; // cell texts laid out for drawing
};

} // namespace Agentry
