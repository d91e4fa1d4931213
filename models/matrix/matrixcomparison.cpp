// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/matrixcomparison.h"

#include "runtime/toolcatalog.h"

#include <QSet>

#include <algorithm>

namespace Agentry {

namespace {

// What a cell lets the agent do with its tool.
struct Use
{
    bool usable = false;
    QStringList only;   // Pattern: just these uses
    QStringList except; // Denied with patterns: all uses but these
    bool asks = false;  // the user is asked first

    bool operator==(const Use &other) const = default;
};

QStringList sorted(QStringList patterns)
{
    patterns.sort();
    patterns.removeDuplicates();
    return patterns;
}

Use useOf(const ToolGrant &grant)
{
    switch (grant.state) {
    case GrantState::Granted:
    case GrantState::Inherited:
        return {true, {}, {}, false};
    case GrantState::Pattern:
        return {true, sorted(grant.patterns), {}, false};
    case GrantState::Denied:
        if (grant.patterns.isEmpty())
            return {};
        return {true, {}, sorted(grant.patterns), false};
    case GrantState::Ask:
        return {true, {}, sorted(grant.patterns), true};
    case GrantState::NotGranted:
    case GrantState::Unknown:
        return {};
    }
    return {};
}

MatrixComparison::Change compareCells(const ToolGrant &before, const ToolGrant &after)
{
    const Use was = useOf(before);
    const Use is = useOf(after);
    if (was.usable != is.usable)
        return is.usable ? MatrixComparison::Change::Added : MatrixComparison::Change::Removed;
    return was == is ? MatrixComparison::Change::Same : MatrixComparison::Change::Changed;
}

bool inherits(const AgentGrants &grants)
{
    return grants.mode() == AgentGrants::Mode::Inherit;
}

} // namespace

MatrixComparison::MatrixComparison(const QHash<QString, AgentGrants> &baseline, const ToolCatalog &catalog)
    : m_baseline(baseline)
    , m_catalog(&catalog)
{
}

void MatrixComparison::setAgents(const QVector<ComparedAgent> &agents)
{
    m_rows.clear();
    m_rows.reserve(agents.size());
    for (const ComparedAgent &agent : agents)
        m_rows.append(compare(agent));
}

void MatrixComparison::setAgent(int index, const ComparedAgent &agent)
{
    Q_ASSERT(index >= 0 && index <= m_rows.size());
    if (index == m_rows.size())
        m_rows.append(compare(agent));
    else
        m_rows[index] = compare(agent);
}

MatrixComparison::Row MatrixComparison::compare(const ComparedAgent &agent) const
{
    Row row{agent, {}, true, true};
    const auto found = m_baseline.constFind(agent.relativePath);
    if (found == m_baseline.cend())
        return row;
    row.baseline = *found;
    row.isNew = false;
    // Inheriting gives every MCP tool, named or not: a change of inheritance changes cells
    // of servers no file names.
    row.changed = inherits(row.baseline) != inherits(agent.grants);
    if (row.changed)
        return row;
    // Elsewhere both agents give the same: catalog tools are inherited alike, other keys not at all.
    QSet<QString> keys;
    if (m_catalog) {
        for (const ToolInfo &tool : m_catalog->tools()) {
            if (!tool.legacy)
                keys.insert(tool.name);
        }
    }
    for (const QString &key : agent.grants.namedColumns())
        keys.insert(key);
    for (const QString &key : row.baseline.namedColumns())
        keys.insert(key);
    row.changed = std::any_of(keys.cbegin(), keys.cend(), [&row](const QString &key) {
        return compareCells(row.baseline.grant(key), row.agent.grants.grant(key)) != Change::Same;
    });
    return row;
}

MatrixComparison::Change MatrixComparison::change(int index, const QString &column) const
{
    if (index < 0 || index >= m_rows.size())
        return Change::Same;
    const Row &row = m_rows.at(index);
    return compareCells(row.baseline.grant(column), row.agent.grants.grant(column));
}

const AgentGrants *MatrixComparison::baselineOf(int index) const
{
    if (index < 0 || index >= m_rows.size() || m_rows.at(index).isNew)
        return nullptr;
    return &m_rows.at(index).baseline;
}

QStringList MatrixComparison::deletedPaths() const
{
    QSet<QString> current;
    for (const Row &row : m_rows)
        current.insert(row.agent.relativePath);
    QStringList deleted;
    for (auto agent = m_baseline.cbegin(); agent != m_baseline.cend(); ++agent) {
        if (!current.contains(agent.key()))
            deleted.append(agent.key());
    }
    deleted.sort();
    return deleted;
}

} // namespace Agentry
