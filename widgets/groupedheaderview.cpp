// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "groupedheaderview.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionHeader>

namespace Agentry {

GroupedHeaderView::GroupedHeaderView(int groupRole, int firstGrouped, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_groupRole(groupRole)
    , m_firstGrouped(firstGrouped)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
}

int GroupedHeaderView::bandHeight() const
{
    return fontMetrics().height() + 6;
}

int GroupedHeaderView::footHeight() const
{
    return m_totalRole < 0 ? 0 : fontMetrics().height() + 2;
}

QString GroupedHeaderView::groupOf(int section) const
{
    if (!model() || section < m_firstGrouped)
        return {};
    return model()->headerData(section, Qt::Horizontal, m_groupRole).toString();
}

std::pair<int, int> GroupedHeaderView::groupRun(int section) const
{
    const QString group = groupOf(section);
    int first = visualIndex(section);
    int last = first;
    while (first > 0 && groupOf(logicalIndex(first - 1)) == group && !isSectionHidden(logicalIndex(first - 1)))
        --first;
    while (last + 1 < count() && groupOf(logicalIndex(last + 1)) == group && !isSectionHidden(logicalIndex(last + 1)))
        ++last;
    return {first, last};
}

QSize GroupedHeaderView::sizeHint() const
{
    QSize hint = QHeaderView::sizeHint();
    if (!model())
        return hint;
    // The tallest upright label decides the height; names are short, so every column is looked at.
    int longest = 0;
    for (int section = m_firstGrouped; section < count(); ++section)
        longest = qMax(longest, fontMetrics().horizontalAdvance(model()->headerData(section, Qt::Horizontal).toString()));
    hint.setHeight(qMax(hint.height(), bandHeight() + longest + footHeight() + 12));
    return hint;
}

QSize GroupedHeaderView::sectionSizeFromContents(int section) const
{
    if (section < m_firstGrouped)
        return QHeaderView::sectionSizeFromContents(section);
    return {fontMetrics().height() + 10, sizeHint().height()};
}

void GroupedHeaderView::paintSection(QPainter *painter, const QRect &rect, int section) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = section;
    option.textAlignment = defaultAlignment();
    if (selectionModel() && highlightSections()
        && selectionModel()->columnIntersectsSelection(section, rootIndex()))
        option.state |= QStyle::State_On;

    if (section < m_firstGrouped) {
        option.text = model()->headerData(section, Qt::Horizontal).toString();
        style()->drawControl(QStyle::CE_Header, &option, painter, this);
        return;
    }

    // The column's own part: the header's look, the label upright.
    QStyleOptionHeader lower = option;
    lower.rect = rect.adjusted(0, bandHeight(), 0, 0);
    style()->drawControl(QStyle::CE_HeaderSection, &lower, painter, this);
    painter->save();
    painter->setPen(palette().color(QPalette::ButtonText));
    if (m_totalRole >= 0) {
        const QVariant total = model()->headerData(section, Qt::Horizontal, m_totalRole);
        const QRect foot(lower.rect.left(), lower.rect.bottom() - footHeight(), lower.rect.width(), footHeight());
        painter->drawText(foot, Qt::AlignCenter, total.isValid() ? QString::number(total.toInt()) : QString());
    }
    painter->translate(lower.rect.left() + (lower.rect.width() + fontMetrics().ascent() - fontMetrics().descent()) / 2,
                       lower.rect.bottom() - 6 - footHeight());
    painter->rotate(-90);
    const QString label = model()->headerData(section, Qt::Horizontal).toString();
    painter->drawText(0, 0, fontMetrics().elidedText(label, Qt::ElideRight, lower.rect.height() - 10 - footHeight()));
    painter->restore();

    // The group band: each section paints its slice; the label is drawn from the run's start
    // and clipped to the slice, so it reads as one label over the whole run while scrolling.
    const QRect band(rect.left(), rect.top(), rect.width(), bandHeight());
    const auto [first, last] = groupRun(section);
    const int runLeft = sectionViewportPosition(logicalIndex(first));
    const int runRight = sectionViewportPosition(logicalIndex(last)) + sectionSize(logicalIndex(last));
    painter->save();
    painter->fillRect(band, palette().color(QPalette::Button));
    painter->setPen(palette().color(QPalette::Mid));
    painter->drawLine(band.bottomLeft(), band.bottomRight());
    if (visualIndex(section) == last)
        painter->drawLine(band.topRight(), band.bottomRight());
    painter->setClipRect(band);
    QFont bold = font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette().color(QPalette::ButtonText));
    const QRect runRect(runLeft + 4, band.top(), runRight - runLeft - 8, band.height());
    painter->drawText(runRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(groupOf(section), Qt::ElideRight, runRect.width()));
    painter->restore();
}

} // namespace Agentry
