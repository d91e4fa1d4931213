// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Agentry {

class PermissionMatrixModel;

// Narrows a PermissionMatrixModel: rows by the agent's name, by its runtime, by what the agent
// can do and by a predicate of the caller's (such as "changed since the baseline"); tool columns by their name
// and by category. The name and risk columns always stay.
class PermissionMatrixFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // What a row must show, all of them when several are set.
    enum class Trait {
        CanExecute = 0x1,
        CanReachNetwork = 0x2,
        CanWrite = 0x4,
        InheritsAll = 0x8,
        HasHooksOrMcp = 0x10,
    };
    Q_DECLARE_FLAGS(Traits, Trait)

    explicit PermissionMatrixFilterModel(QObject *parent = nullptr);

    // Agents whose name holds every word of `text`, ignoring case.
    void setAgentText(const QString &text);
    void setTraits(Traits traits);
    Traits traits() const { return m_traits; }
    // Agents that these runtimes read; none: every agent.
    void setRuntimes(const QVector<Runtime> &runtimes);
    // Rows of library items the predicate accepts; an empty function accepts all.
    void setRowPredicate(std::function<bool(int libraryIndex)> predicate);
    // Tool columns whose key holds `text`, ignoring case.
    void setToolText(const QString &text);
    // Tool columns of these categories (catalog ids; MCP columns count as "mcp", unknown
    // tokens as "unknown"); none: every category.
    void setCategories(const QStringList &categoryIds);

protected:
    // Names by text ignoring case, risk by level, tool cells by how much they grant.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    const PermissionMatrixModel *matrix() const;

    QStringList m_agentWords;
    Traits m_traits;
    QVector<Runtime> m_runtimes;
    std::function<bool(int)> m_rowPredicate;
    QString m_toolText;
    QStringList m_categories;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PermissionMatrixFilterModel::Traits)

} // namespace Agentry
