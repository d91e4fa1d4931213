// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/agentfiltermodel.h"

#include "library/agentlibrarymodel.h"

#include <QDateTime>

namespace Agentry {

AgentFilterModel::AgentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AgentFilterModel::setFilterText(const QString &text)
{
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void AgentFilterModel::setSortKey(SortKey key)
{
    m_sortKey = key;
    invalidate();
    sort(AgentLibraryModel::NameColumn, key == SortKey::Modified ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool AgentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(AgentLibraryModel::ItemIndexRole).toInt() < 0)
        return false; // a group shows when one of its agents does
    const QString text = index.data(AgentLibraryModel::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(), [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

bool AgentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid())
        return left.data(AgentLibraryModel::GroupOrderRole).toInt() < right.data(AgentLibraryModel::GroupOrderRole).toInt();
    switch (m_sortKey) {
    case SortKey::Name:
        return left.data(AgentLibraryModel::SortNameRole).toString() < right.data(AgentLibraryModel::SortNameRole).toString();
    case SortKey::File: {
        const QModelIndex leftFile = left.siblingAtColumn(AgentLibraryModel::FileColumn);
        const QModelIndex rightFile = right.siblingAtColumn(AgentLibraryModel::FileColumn);
        return leftFile.data().toString() < rightFile.data().toString();
    }
    case SortKey::Modified:
        return left.data(AgentLibraryModel::ModifiedTimeRole).toDateTime() < right.data(AgentLibraryModel::ModifiedTimeRole).toDateTime();
    }
    return false;
}

} // namespace Agentry
