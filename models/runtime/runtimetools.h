// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Agentry {

// What one entry of a runtime's `tools` grants, in the permission matrix's columns.
struct RuntimeToolGrant
{
    QStringList columns; // catalog tools, own columns (`sql`), `mcp__server` or `mcp__server__tool`
    bool allMcp = false; // every MCP tool (Gemini CLI's `mcp_*`, Factory Droid's `mcp`)
};

// The tool names of one runtime other than Claude Code, mapped onto the permission matrix's
// columns (tools.json "runtimes", schema in docs/tools.md): mostly Claude Code's catalog tools
// that do the same thing (`run_shell_command` → Bash), and a column of its own for a tool
// Claude Code has no counterpart of. OpenCode's names are its permission names.
class RuntimeTools
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeTools)

public:
    // How the runtime names MCP tools in `tools`.
    enum class McpNaming {
        None,    // not told apart from other names
        Claude,  // mcp__server__tool, mcp__server
        Gemini,  // mcp_server_tool, mcp_server_*, mcp_*
        Copilot, // server/tool, server/*, server-tool
    };

    struct Tool
    {
        QString name;        // the name to write
        QStringList aliases; // other names the runtime takes for it
        QStringList columns; // catalog tools; empty with `category` set: a column of its own
        QString category;    // of its own column
    };

    // `isColumn` tells whether a name is a catalog tool the matrix shows.
    static std::optional<RuntimeTools> fromJson(Runtime runtime, const QJsonObject &object,
                                                const std::function<bool(const QString &)> &isColumn, QString *error);

    Runtime runtime() const { return m_runtime; }
    // Whether `tools` and `permission` are OpenCode's maps rather than a list of names.
    bool usesPermissions() const { return m_permissions; }
    const QVector<Tool> &tools() const { return m_tools; }
    // Tools the runtime gives every agent whatever `tools` says.
    const QStringList &always() const { return m_always; }
    // The columns always() grants (Copilot's `skill` and `sql`).
    QStringList alwaysColumns() const;

    // What an entry of `tools` grants; nullopt for a name the runtime does not know.
    std::optional<RuntimeToolGrant> grantOf(const QString &entry) const;
    // The tool (by its name to write) behind a name or alias, nullptr when unknown.
    const Tool *find(const QString &nameOrAlias) const;
    // The names of the runtime's tools that grant `column`, first the one to write.
    QStringList namesFor(const QString &column) const;
    // Every column the runtime's tools grant, in table order.
    const QStringList &columns() const { return m_columns; }
    // The category of a column of the runtime's own (`sql` → session); empty for other keys.
    QString ownCategory(const QString &column) const { return m_ownCategory.value(column); }

private:
    std::optional<QString> mcpColumn(const QString &entry, bool *all) const;

    Runtime m_runtime = Runtime::ClaudeCode;
    bool m_permissions = false;
    bool m_caseInsensitive = false;
    McpNaming m_mcp = McpNaming::None;
    QVector<Tool> m_tools;
    QStringList m_always;
    QStringList m_columns;
    QHash<QString, int> m_byName; // names and aliases (folded when case-insensitive) → index in m_tools
    QHash<QString, QString> m_prefixes;       // `read/` → `read`
    QHash<QString, QStringList> m_groups;     // Factory Droid's `read-only` → its tools
    QHash<QString, QString> m_ownCategory;
};

} // namespace Agentry
