// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/permissionmatrixfiltermodel.h"

#include "matrix/agentgrants.h"
#include "matrix/permissionmatrixmodel.h"

namespace Agentry {

PermissionMatrixFilterModel::PermissionMatrixFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

const PermissionMatrixModel *PermissionMatrixFilterModel::matrix() const
{
    return qobject_cast<const PermissionMatrixModel *>(sourceModel());
}

void PermissionMatrixFilterModel::setAgentText(const QString &text)
{
    m_agentWords = text.split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void PermissionMatrixFilterModel::setTraits(Traits traits)
{
    m_traits = traits;
    invalidateFilter();
}

void PermissionMatrixFilterModel::setRuntimes(const QVector<Runtime> &runtimes)
{
    m_runtimes = runtimes;
    invalidateFilter();
}

void PermissionMatrixFilterModel::setRowPredicate(std::function<bool(int libraryIndex)> predicate)
{
    m_rowPredicate = std::move(predicate);
    invalidateFilter();
}

void PermissionMatrixFilterModel::setToolText(const QString &text)
{
    m_toolText = text.trimmed();
    invalidateFilter();
}

void PermissionMatrixFilterModel::setCategories(const QStringList &categoryIds)
{
    m_categories = categoryIds;
    invalidateFilter();
}

bool PermissionMatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const PermissionMatrixModel *model = matrix();
    if (!model || sourceParent.isValid())
        return true;
    const QString name = model->agentName(sourceRow);
    for (const QString &word : m_agentWords) {
        if (!name.contains(word, Qt::CaseInsensitive))
            return false;
    }
    if (m_rowPredicate && !m_rowPredicate(model->itemOfRow(sourceRow)))
        return false;
    if (!m_runtimes.isEmpty()) {
        const AgentGrants *grants = model->grants(sourceRow);
        if (!grants || !m_runtimes.contains(grants->runtime()))
            return false;
    }
    if (m_traits == Traits())
        return true;
    const AgentRisk *risk = model->risk(sourceRow);
    if (!risk)
        return false;
    const std::pair<Trait, bool> has[] = {
        {Trait::CanExecute, risk->canExecute}, {Trait::CanReachNetwork, risk->canReachNetwork}, {Trait::CanWrite, risk->canWrite},
        {Trait::InheritsAll, risk->inheritsAll}, {Trait::HasHooksOrMcp, risk->hasHooksOrMcp},
    };
    for (const auto &[trait, present] : has) {
        if (m_traits.testFlag(trait) && !present)
            return false;
    }
    return true;
}

bool PermissionMatrixFilterModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const
{
    const PermissionMatrixModel *model = matrix();
    const MatrixColumn *column = model && !sourceParent.isValid() ? model->column(sourceColumn) : nullptr;
    if (!column)
        return true; // the name, risk and runtime columns
    if (!m_toolText.isEmpty() && !column->key.contains(m_toolText, Qt::CaseInsensitive))
        return false;
    if (m_categories.isEmpty())
        return true;
    switch (column->kind) {
    case MatrixColumn::Kind::Tool:
        return m_categories.contains(column->group);
    case MatrixColumn::Kind::McpServer:
    case MatrixColumn::Kind::McpTool:
        return m_categories.contains(QStringLiteral("mcp"));
    case MatrixColumn::Kind::Unknown:
        return m_categories.contains(QStringLiteral("unknown"));
    }
    return true;
}

bool PermissionMatrixFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == PermissionMatrixModel::NameColumn)
        return left.data().toString().compare(right.data().toString(), Qt::CaseInsensitive) < 0;
    if (left.column() == PermissionMatrixModel::RiskColumn)
        return left.data(PermissionMatrixModel::RiskLevelRole).toInt() < right.data(PermissionMatrixModel::RiskLevelRole).toInt();
    // Not granted, unknown, denied, then asked, inherited, a pattern, granted: a column sorted
    // descending puts the agents that can use the tool first.
    const auto weight = [](const QModelIndex &index) {
        const QVariant state = index.data(PermissionMatrixModel::GrantStateRole);
        switch (state.isValid() ? GrantState(state.toInt()) : GrantState::NotGranted) {
        case GrantState::NotGranted:
            return 0;
        case GrantState::Unknown:
            return 1;
        case GrantState::Denied:
            return 2;
        case GrantState::Ask:
            return 3;
        case GrantState::Inherited:
            return 4;
        case GrantState::Pattern:
            return 5;
        case GrantState::Granted:
            return 6;
        }
        return 0;
    };
    return weight(left) < weight(right);
}

} // namespace Agentry
