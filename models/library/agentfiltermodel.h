// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace Agentry {

// Filters the library tree by a text found in an agent's name, file name, description or
// tools, and sorts agents by name, file or modification time; groups keep their order.
class AgentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class SortKey { Name, File, Modified };

    explicit AgentFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    SortKey m_sortKey = SortKey::Name;
};

} // namespace Agentry
