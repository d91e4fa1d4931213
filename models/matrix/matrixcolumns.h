// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Agentry {

class AgentGrants;
class ToolCatalog;

// One column of the permission matrix.
struct MatrixColumn
{
    enum class Kind {
        Tool,      // a catalog tool, or a tool of another runtime with no counterpart in the catalog
        McpServer, // `mcp__server`: every tool of the server (expands to its tools)
        McpTool,   // `mcp__server__tool`
        Unknown,   // a token no tool answers to
    };

    Kind kind = Kind::Tool;
    QString key;   // the AgentGrants column key
    QString group; // category id for tools, the server for MCP columns, "unknown"
    bool legacy = false; // a catalog tool the client no longer offers
};

// The columns of a matrix over some agents: the catalog's current tools by category (legacy
// ones only when a file names them), then MCP servers (each followed by its tools that files
// name), then unknown tokens, sorted within their group.
class MatrixColumns
{
    Q_DECLARE_TR_FUNCTIONS(MatrixColumns)

public:
    static QVector<MatrixColumn> build(const QVector<const AgentGrants *> &agents, const ToolCatalog &catalog);
    // The header text of a group: "Execute", "MCP: context7", "Unknown".
    static QString groupLabel(const MatrixColumn &column, const ToolCatalog &catalog);
};

} // namespace Agentry
