#include "matrixcomparer.h"

#include "agentlibrary.h"
#include "clientprofile.h"
#include "matrixbaseline.h"
#include "permissionmatrixmodel.h"
#include "toolcatalog.h"

#include <QDir>
#include <QtConcurrent>

MatrixComparer::MatrixComparer(AgentLibrary *library, PermissionMatrixModel *model, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_model(model)
{
    connect(&m_watcher, &QFutureWatcher<Read>::finished, this, &MatrixComparer::takeBaseline);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixComparer::refreshAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MatrixComparer::refreshAll);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MatrixComparer::refreshAll);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) { refreshRows(topLeft.row(), bottomRight.row()); });
    // Another folder has another baseline.
    connect(m_library, &AgentLibrary::aboutToReset, this, &MatrixComparer::clear);
}

void MatrixComparer::compareWith(const QString &spec)
{
    const QString folder = m_library->folder();
    m_readFolder = folder;
    m_watcher.setFuture(QtConcurrent::run([spec, folder] {
        Read read;
        const std::optional<MatrixBaseline> baseline = MatrixBaseline::read(spec, folder, &read.error);
        if (baseline) {
            read.grants = baseline->grants(ClientProfile::latest(), ToolCatalog::builtin());
            read.label = baseline->label();
        }
        return read;
    }));
}

void MatrixComparer::takeBaseline()
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

void MatrixComparer::clear()
{
    if (!isActive())
        return;
    m_label.clear();
    m_comparison = MatrixComparison();
    emit changed();
}

ComparedAgent MatrixComparer::agentOf(int row) const
{
    const AgentGrants *grants = m_model->grants(row);
    const QString path = m_library->item(m_model->itemOfRow(row)).file.path;
    return ComparedAgent{QDir(m_library->folder()).relativeFilePath(path), grants ? *grants : AgentGrants()};
}

void MatrixComparer::refreshAll()
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

void MatrixComparer::refreshRows(int first, int last)
{
    if (!isActive())
        return;
    for (int row = first; row <= last && row < m_comparison.agentCount(); ++row)
        m_comparison.setAgent(row, agentOf(row));
    emit changed();
}

MatrixComparison::Change MatrixComparer::change(int row, const QString &column) const
{
    return isActive() && row < m_comparison.agentCount() ? m_comparison.change(row, column) : MatrixComparison::Change::Same;
}

int MatrixComparer::changedAgents() const
{
    int count = 0;
    for (int row = 0; isActive() && row < m_comparison.agentCount(); ++row)
        count += m_comparison.hasChanges(row) ? 1 : 0;
    return count;
}
