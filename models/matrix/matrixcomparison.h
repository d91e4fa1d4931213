// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "matrix/agentgrants.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Agentry {

class ToolCatalog;

// An agent of the permission matrix as a comparison sees it.
struct ComparedAgent
{
    QString relativePath; // to the compared folder, '/' separators: where it meets its baseline
    AgentGrants grants;
};

// What changed in the permission matrix since a baseline (MatrixBaseline::grants): per agent and
// column, whether the agent gained or lost the use of the tool. Granted, Pattern and Inherited
// cells give the tool (a Denied cell with patterns too, all but those uses); NotGranted, Denied
// and Unknown do not. An agent new since the baseline is compared with one granting nothing.
// Plain data without GUI types: build it on a worker thread and hand it over.
class MatrixComparison
{
public:
    enum class Change : quint8 {
        Same,
        Added,   // the agent can use the tool now and could not at the baseline
        Removed, // it could then and cannot now
        Changed, // it could and can, for other uses: its patterns changed
    };

    MatrixComparison() = default;
    // `baseline`: the baseline's agents by relative path; `catalog` must outlive the comparison.
    MatrixComparison(const QHash<QString, AgentGrants> &baseline, const ToolCatalog &catalog);

    // The current agents, by index: the library's, or a report's rows.
    void setAgents(const QVector<ComparedAgent> &agents);
    // One agent again, after an edit; the index one past the end adds it.
    void setAgent(int index, const ComparedAgent &agent);
    int agentCount() const { return int(m_rows.size()); }

    Change change(int index, const QString &column) const;
    // The agent is new, or some cell of it changed (its whole inheritance included).
    bool hasChanges(int index) const { return index >= 0 && index < m_rows.size() && m_rows.at(index).changed; }
    bool isNew(int index) const { return index >= 0 && index < m_rows.size() && m_rows.at(index).isNew; }
    // The agent's grants at the baseline; null when it is new.
    const AgentGrants *baselineOf(int index) const;
    // The baseline's agents that no current agent stands for, by relative path, sorted.
    QStringList deletedPaths() const;

private:
    struct Row
    {
        ComparedAgent agent;
        AgentGrants baseline; // granting nothing when new
        bool isNew = true;
        bool changed = false;
    };

    Row compare(const ComparedAgent &agent) const;

    QHash<QString, AgentGrants> m_baseline;
    const ToolCatalog *m_catalog = nullptr;
    QVector<Row> m_rows;
};

} // namespace Agentry
