// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "grantdelegate.h"

#include "editorcolors.h"
#include "matrix/agentgrants.h"
#include "matrix/agentrisk.h"
#include "matrix/permissionmatrixmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Agentry {

GrantDelegate::GrantDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor GrantDelegate::stateTint(int state, const QColor &base)
{
    switch (GrantState(state)) {
    case GrantState::Granted:
        return EditorColors::mix(base, QColor(0x2e, 0xa0, 0x43), 0.28);
    case GrantState::Pattern:
        return EditorColors::mix(base, QColor(0x2e, 0xa0, 0x43), 0.14);
    case GrantState::Inherited:
        return EditorColors::mix(base, QColor(0x3b, 0x7d, 0xd8), 0.16);
    case GrantState::Denied:
        return EditorColors::mix(base, QColor(0xd0, 0x3a, 0x3a), 0.22);
    case GrantState::Unknown:
        return EditorColors::mix(base, QColor(0xe0, 0x9b, 0x1a), 0.28);
    case GrantState::Ask:
        return EditorColors::mix(base, QColor(0x8e, 0x5c, 0xd8), 0.22);
    case GrantState::NotGranted:
        break;
    }
    return base;
}

QColor GrantDelegate::riskTint(int level, const QColor &base)
{
    switch (AgentRisk::Level(level)) {
    case AgentRisk::Level::Critical:
        return EditorColors::mix(base, QColor(0xc6, 0x28, 0x28), 0.55);
    case AgentRisk::Level::High:
        return EditorColors::mix(base, QColor(0xef, 0x6c, 0x00), 0.40);
    case AgentRisk::Level::Medium:
        return EditorColors::mix(base, QColor(0xf9, 0xa8, 0x25), 0.30);
    case AgentRisk::Level::Low:
        return EditorColors::mix(base, QColor(0x2e, 0xa0, 0x43), 0.15);
    case AgentRisk::Level::None:
        break;
    }
    return base;
}

void GrantDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() >= PermissionMatrixModel::FirstToolColumn) {
        paintToolCell(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QColor base = opt.palette.color(QPalette::Base);
    const QVariant total = index.column() == PermissionMatrixModel::NameColumn ? index.data(PermissionMatrixModel::TotalRole) : QVariant();
    if (total.isValid()) {
        // The row total stands at the cell's right end, the name elided before it.
        const QString count = QString::number(total.toInt());
        const int width = opt.fontMetrics.horizontalAdvance(count) + 8;
        opt.rect.setRight(opt.rect.right() - width);
        const QRect strip(opt.rect.right() + 1, opt.rect.top(), width, opt.rect.height());
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        if (selected)
            painter->fillRect(strip, opt.palette.brush(QPalette::Highlight));
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(strip.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, count);
        painter->restore();
    }
    if (index.column() == PermissionMatrixModel::RiskColumn) {
        const QVariant level = index.data(PermissionMatrixModel::RiskLevelRole);
        if (level.isValid())
            opt.backgroundBrush = riskTint(level.toInt(), base);
    }
    // Not QStyledItemDelegate::paint(): it would set up the option again, tints lost.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

void GrantDelegate::paintToolCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Tool cells are most of a screen: painted directly, with two questions to the model and
    // their few texts laid out once, so that scrolling keeps up (bench_matrixview).
    const QVariant state = index.data(PermissionMatrixModel::GrantStateRole);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    if (selected)
        painter->fillRect(option.rect, palette.brush(option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
                                                     QPalette::Highlight));
    else if (state.isValid() && state.toInt() != int(GrantState::NotGranted))
        painter->fillRect(option.rect, stateTint(state.toInt(), palette.color(QPalette::Base)));

    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        const bool muted = state.toInt() == int(GrantState::Inherited);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : muted ? QPalette::PlaceholderText : QPalette::Text));
        auto cached = m_texts.find(text);
        if (cached == m_texts.end()) {
            if (m_texts.size() > 512)
                m_texts.clear(); // pattern texts vary; keep the cache small
            cached = m_texts.insert(text, QStaticText(text));
            cached->prepare(QTransform(), option.font);
        }
        const QSizeF size = cached->size();
        if (size.width() <= option.rect.width() - 4) {
            painter->drawStaticText(QPointF(option.rect.left() + (option.rect.width() - size.width()) / 2,
                                            option.rect.top() + (option.rect.height() - size.height()) / 2),
                                    *cached);
        } else {
            painter->drawText(option.rect.adjusted(2, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              option.fontMetrics.elidedText(text, Qt::ElideRight, option.rect.width() - 4));
        }
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->save();
        painter->setPen(QPen(palette.color(QPalette::Highlight).darker(130), 1, Qt::DotLine));
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
    paintChange(painter, option.rect, changeAt(index));
}

void GrantDelegate::paintChange(QPainter *painter, const QRect &rect, Change change) const
{
    if (change == Change::None)
        return;
    // A corner triangle carrying +, − or ~: the sign, not the colour, says how it changed.
    const int size = qMin(rect.height(), 14);
    QPainterPath corner;
    corner.moveTo(rect.topRight() + QPoint(1, 0));
    corner.lineTo(rect.topRight() + QPoint(1 - size, 0));
    corner.lineTo(rect.topRight() + QPoint(1, size));
    corner.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(corner, change == Change::Added   ? QColor(0x1e, 0x88, 0x3e)
                              : change == Change::Removed ? QColor(0xc6, 0x28, 0x28)
                                                          : QColor(0x8a, 0x5a, 0x00));
    QFont font = painter->font();
    font.setPixelSize(qMax(7, size / 2 + 2));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRect(rect.right() - size / 2, rect.top(), size / 2 + 1, size / 2 + 1), Qt::AlignCenter,
                      change == Change::Added   ? QStringLiteral("+")
                      : change == Change::Removed ? QStringLiteral("−")
                                                  : QStringLiteral("~"));
    painter->restore();
}

QSize GrantDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    hint.setHeight(qMax(hint.height(), option.fontMetrics.height() + 6));
    return hint;
}

} // namespace Agentry
