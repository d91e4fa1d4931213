// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/matrixcolumns.h"

#include "matrix/agentgrants.h"
#include "runtime/toolcatalog.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Agentry {

namespace {

// Case-insensitive first, so that `Search` and `search` stand together, then exact for a stable order.
bool textLess(const QString &a, const QString &b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

} // namespace

QVector<MatrixColumn> MatrixColumns::build(const QVector<const AgentGrants *> &agents, const ToolCatalog &catalog)
{
    QSet<QString> named;
    for (const AgentGrants *agent : agents) {
        for (const QString &key : agent->namedColumns())
            named.insert(key);
    }

    QVector<MatrixColumn> columns;
    for (const ToolCategory &category : catalog.categories()) {
        for (const ToolInfo *tool : catalog.toolsIn(category.id)) {
            if (!tool->legacy || named.contains(tool->name))
                columns.append(MatrixColumn{MatrixColumn::Kind::Tool, tool->name, category.id, tool->legacy});
            // A tool the client no longer offers keeps each name files write for it.
            if (tool->legacy) {
                for (const QString &alias : tool->aliases) {
                    if (named.contains(alias))
                        columns.append(MatrixColumn{MatrixColumn::Kind::Tool, alias, category.id, true});
                }
            }
        }
        // Then the tools of other runtimes that Claude Code has no counterpart of.
        QStringList own;
        for (const QString &key : std::as_const(named)) {
            if (!catalog.find(key) && catalog.ownCategory(key) == category.id)
                own.append(key);
        }
        std::sort(own.begin(), own.end(), textLess);
        for (const QString &key : std::as_const(own))
            columns.append(MatrixColumn{MatrixColumn::Kind::Tool, key, category.id, false});
    }

    QMap<QString, QStringList> servers; // server → its tools that files name
    QStringList unknown;
    for (const QString &key : std::as_const(named)) {
        if (catalog.find(key) || !catalog.ownCategory(key).isEmpty())
            continue;
        if (const std::optional<McpToolName> mcp = ToolCatalog::parseMcpName(key)) {
            QStringList &tools = servers[mcp->server];
            if (!mcp->tool.isEmpty())
                tools.append(key);
        } else {
            unknown.append(key);
        }
    }
    QStringList serverNames = servers.keys();
    std::sort(serverNames.begin(), serverNames.end(), textLess);
    for (const QString &server : std::as_const(serverNames)) {
        columns.append(MatrixColumn{MatrixColumn::Kind::McpServer, QStringLiteral("mcp__") + server, server, false});
        QStringList tools = servers.value(server);
        std::sort(tools.begin(), tools.end(), textLess);
        for (const QString &tool : std::as_const(tools))
            columns.append(MatrixColumn{MatrixColumn::Kind::McpTool, tool, server, false});
    }
    std::sort(unknown.begin(), unknown.end(), textLess);
    for (const QString &key : std::as_const(unknown))
        columns.append(MatrixColumn{MatrixColumn::Kind::Unknown, key, QStringLiteral("unknown"), false});
    return columns;
}

QString MatrixColumns::groupLabel(const MatrixColumn &column, const ToolCatalog &catalog)
{
    switch (column.kind) {
    case MatrixColumn::Kind::Tool:
        for (const ToolCategory &category : catalog.categories()) {
            if (category.id == column.group)
                return category.displayLabel();
        }
        return column.group;
    case MatrixColumn::Kind::McpServer:
    case MatrixColumn::Kind::McpTool:
        return tr("MCP: %1").arg(column.group);
    case MatrixColumn::Kind::Unknown:
        return tr("Unknown");
    }
    return {};
}

} // namespace Agentry
