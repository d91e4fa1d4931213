// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/baselinetracker.h"

#include "library/agentlibrary.h"
#include "matrix/matrixbaseline.h"
#include "matrix/permissionmatrixmodel.h"
#include "runtime/runtimeprofile.h"
#include "runtime/toolcatalog.h"

#include <QDir>
#include <QtConcurrent>

namespace Agentry {

BaselineTracker::BaselineTracker(AgentLibrary *library, PermissionMatrixModel *model, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_model(model)
{
    connect(&m_watcher, &QFutureWatcher<Read>::finished, this, &BaselineTracker::takeBaseline);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BaselineTracker::refreshAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BaselineTracker::refreshAll);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BaselineTracker::refreshAll);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) { refreshRows(topLeft.row(), bottomRight.row()); });
    // Another folder has another baseline.
    connect(m_library, &AgentLibrary::aboutToReset, this, &BaselineTracker::clear);
}

void BaselineTracker::compareWith(const QString &spec)
{
    const QString folder = m_library->folder();
    m_readFolder = folder;
    m_watcher.setFuture(QtConcurrent::run([spec, folder] {
        Read read;
        const std::optional<MatrixBaseline> baseline = MatrixBaseline::read(spec, folder, &read.error);
        if (baseline) {
            read.grants = baseline->grants(RuntimeProfile::latest(), ToolCatalog::builtin());
            read.label = baseline->label();
        }
        return read;
    }));
}

void BaselineTracker::takeBaseline()
{
    const Read read = m_watcher.result();
    if (m_readFolder != m_library->folder())
        return; // read for a folder no longer open
    if (read.label.isEmpty()) {
        emit failed(read.error);
        return;
    }
    m_label = read.label;
    m_comparison = MatrixComparison(read.grants, ToolCatalog::builtin());
    refreshAll();
}

void BaselineTracker::clear()
{
    if (!isActive())
        return;
    m_label.clear();
    m_comparison = MatrixComparison();
    emit changed();
}

ComparedAgent BaselineTracker::agentOf(int row) const
{
    const AgentGrants *grants = m_model->grants(row);
    const QString path = m_library->item(m_model->itemOfRow(row)).file.path;
    return ComparedAgent{QDir(m_library->folder()).relativeFilePath(path), grants ? *grants : AgentGrants()};
}

void BaselineTracker::refreshAll()
{
    if (!isActive())
        return;
    QVector<ComparedAgent> agents;
    agents.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        agents.append(agentOf(row));
    m_comparison.setAgents(agents);
    emit changed();
}

void BaselineTracker::refreshRows(int first, int last)
{
    if (!isActive())
        return;
    for (int row = first; row <= last && row < m_comparison.agentCount(); ++row)
        m_comparison.setAgent(row, agentOf(row));
    emit changed();
}

MatrixComparison::Change BaselineTracker::change(int row, const QString &column) const
{
    return isActive() && row < m_comparison.agentCount() ? m_comparison.change(row, column) : MatrixComparison::Change::Same;
}

int BaselineTracker::changedAgents() const
{
    int count = 0;
    for (int row = 0; isActive() && row < m_comparison.agentCount(); ++row)
        count += m_comparison.hasChanges(row) ? 1 : 0;
    return count;
}

} // namespace Agentry
