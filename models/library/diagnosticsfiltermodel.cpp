// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/diagnosticsfiltermodel.h"

#include "library/diagnosticsmodel.h"
#include "library/librarychecker.h"

#include <algorithm>

namespace Agentry {

DiagnosticsFilterModel::DiagnosticsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    sort(DiagnosticsModel::FileColumn, Qt::AscendingOrder);
}

void DiagnosticsFilterModel::setSeverityShown(Severity severity, bool shown)
{
    if (isSeverityShown(severity) == shown)
        return;
    m_shown[std::size_t(severity)] = shown;
    invalidateFilter();
}

void DiagnosticsFilterModel::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    invalidateFilter();
}

void DiagnosticsFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void DiagnosticsFilterModel::setItemIndex(int itemIndex)
{
    if (itemIndex == m_itemIndex)
        return;
    m_itemIndex = itemIndex;
    invalidateFilter();
}

DiagnosticCounts DiagnosticsFilterModel::severityCounts() const
{
    DiagnosticCounts counts;
    const QAbstractItemModel *source = sourceModel();
    for (int row = 0, rows = source ? source->rowCount() : 0; row < rows; ++row) {
        if (accepts(row, Facet::Severity))
            counts.add(Severity(source->index(row, 0).data(DiagnosticsModel::SeverityRole).toInt()));
    }
    return counts;
}

QMap<QString, int> DiagnosticsFilterModel::codeCounts() const
{
    QMap<QString, int> counts;
    const QAbstractItemModel *source = sourceModel();
    for (int row = 0, rows = source ? source->rowCount() : 0; row < rows; ++row) {
        if (accepts(row, Facet::Code))
            ++counts[source->index(row, 0).data(DiagnosticsModel::CodeRole).toString()];
    }
    return counts;
}

bool DiagnosticsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // A finding's places are shown whenever the finding is.
    return sourceParent.isValid() || accepts(sourceRow, Facet::None);
}

bool DiagnosticsFilterModel::accepts(int sourceRow, Facet ignored) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (m_itemIndex >= 0 && index.data(DiagnosticsModel::ItemIndexRole).toInt() != m_itemIndex)
        return false;
    if (ignored != Facet::Severity && !m_shown.at(std::size_t(index.data(DiagnosticsModel::SeverityRole).toInt())))
        return false;
    const QString code = index.data(DiagnosticsModel::CodeRole).toString();
    if (ignored != Facet::Code && !m_code.isEmpty() && code != m_code)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString message = index.siblingAtColumn(DiagnosticsModel::MessageColumn).data().toString();
    const QString file = index.siblingAtColumn(DiagnosticsModel::FileColumn).data().toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) {
        return message.contains(word, Qt::CaseInsensitive) || file.contains(word, Qt::CaseInsensitive)
            || code.contains(word, Qt::CaseInsensitive);
    });
}

bool DiagnosticsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.parent().isValid()) // a finding's places stay in file order, whichever way the findings are sorted
        return (left.row() < right.row()) == (sortOrder() == Qt::AscendingOrder);
    const auto *model = static_cast<const DiagnosticsModel *>(sourceModel());
    const DiagnosticsModel::RowRef a = model->rowRef(left.row());
    const DiagnosticsModel::RowRef b = model->rowRef(right.row());
    const auto compare = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
    int order = 0;
    switch (left.column()) {
    case DiagnosticsModel::SeverityColumn:
        order = compare(int(a.diagnostic->severity), int(b.diagnostic->severity));
        break;
    case DiagnosticsModel::CodeColumn:
        order = QString::compare(a.diagnostic->code, b.diagnostic->code, Qt::CaseInsensitive);
        break;
    case DiagnosticsModel::MessageColumn:
        order = QString::compare(a.diagnostic->message, b.diagnostic->message, Qt::CaseInsensitive);
        break;
    case DiagnosticsModel::LineColumn:
        order = compare(a.diagnostic->line, b.diagnostic->line);
        break;
    default:
        break;
    }
    // Then by file (one agent's findings together, also when two files share a name), line
    // and column; the findings' own order last, so that every order is total.
    if (order == 0 && a.item != b.item)
        order = QString::compare(*a.fileName, *b.fileName, Qt::CaseInsensitive);
    if (order == 0)
        order = compare(a.item, b.item);
    if (order == 0)
        order = compare(a.diagnostic->line, b.diagnostic->line);
    if (order == 0)
        order = compare(a.diagnostic->column, b.diagnostic->column);
    if (order == 0)
        order = compare(a.number, b.number);
    return order < 0;
}

} // namespace Agentry
