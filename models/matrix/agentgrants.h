// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/runtimes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Agentry {

class RuntimeTools;
class ToolCatalog;

// What one agent may do with one tool, as the client reads the agent's file.
enum class GrantState : quint8 {
    NotGranted, // the agent lists its tools and this one is not among them
    Granted,    // named in `tools` (or by an alias: Task → Agent), for every use
    Pattern,    // named only with permission rules: `Bash(git *)`
    Inherited,  // no `tools` key (or `*`): the agent gets every tool, MCP ones included
    Denied,     // removed by `disallowedTools` from the inherited set (with patterns: only those uses)
    Unknown,    // a token that names no tool the client offers (legacy ones included): dropped
    Ask,        // the user is asked before each use (OpenCode's `ask`)
};

// One cell of the permission matrix.
struct ToolGrant
{
    GrantState state = GrantState::NotGranted;
    QStringList patterns; // Pattern: the rules' patterns, unescaped: `git *`; OpenCode's other actions as `npm * (ask)`
    QStringList tokens;   // the entries (OpenCode: permission keys) as written that make this grant: `Task`, `Bash(git *)`
    int line = -1;        // 0-based file line of the first such entry (or of its key); -1 when none
};

// An agent's tool grants, tool by tool, as its runtime reads them: one row of the permission
// matrix. Columns are named by keys: a catalog tool's own name (aliases resolved; another
// runtime's tools by the catalog's table of them), a column a runtime has of its own (`sql`),
// `mcp__server` for a whole server, `mcp__server__tool`, or an unknown token as written.
class AgentGrants
{
public:
    enum class Mode {
        Explicit,   // a `tools` key lists what the agent gets (possibly nothing)
        Inherit,    // no `tools` key, or `*` in it: every tool of the main thread
        Unreadable, // the client reads no frontmatter (broken or missing): no grants to show
    };

    AgentGrants() = default;
    // `bytes` are the file's, for the lines of the entries; `catalog` must outlive the grants.
    // The reading's runtime decides how `tools` (and OpenCode's `permission`) are read.
    static AgentGrants read(const AgentReading &reading, const QByteArray &bytes, const ToolCatalog &catalog);
    // The column an entry of `tools` names: `Task` → Agent, `Bash(git *)` → Bash, `mcp__a__b`
    // as it is; an unknown or malformed entry, and any name of a tool the client no longer
    // offers (`BashOutput`, not TaskOutput), as written.
    static QString columnKey(const QString &entry, const ToolCatalog &catalog);

    Runtime runtime() const { return m_runtime; }
    // The runtime loads the agent with none of its frontmatter's settings (OpenCode's cache,
    // Factory Droid's dropped frontmatter, a block it does not find): every tool, whatever
    // `tools` says, until the frontmatter is mended.
    bool ignoresSettings() const { return m_ignoresSettings; }
    // A runtime other than Claude Code reads the frontmatter only through its lenient fallback
    // (OpenCode's retry, Qwen Code's and Factory Droid's line readers), which reads lists its own way.
    bool readLeniently() const { return m_readLeniently; }
    // The columns an entry of `tools` names (for OpenCode, a permission key); unknown entries as written.
    QStringList columnsOf(const QString &entry) const;
    // The names the runtime gives the tool of a column, the one to write first; Claude Code's
    // name for its own tools.
    QStringList runtimeNames(const QString &column) const;

    Mode mode() const { return m_mode; }
    // `tools` holds `*`: explicit in the file, every tool in effect.
    bool hasWildcard() const { return m_wildcard; }
    // The cell for a column key. Catalog tools and MCP keys of an inheriting agent are
    // Inherited unless denied; an Unreadable agent has NotGranted everywhere.
    ToolGrant grant(const QString &column) const;
    // The keys this agent's file names (in `tools`, or in `disallowedTools` when no `tools`
    // key makes the client ignore it): catalog tools, MCP names and unknown tokens, canonical,
    // in file order.
    const QStringList &namedColumns() const { return m_named; }

    // The entries of `tools` as written, in file order; empty when the key is absent.
    const QStringList &toolEntries() const { return m_entries; }
    int toolsLine() const { return m_toolsLine; } // 0-based, -1 when absent
    bool hasHooks() const { return m_hooks; }
    bool hasMcpServers() const { return m_mcpServers; }
    // Runs every tool without asking: Claude Code's `permissionMode: bypassPermissions`,
    // Qwen Code's `approvalMode: yolo`.
    bool bypassesPermissions() const { return m_bypass; }

private:
    enum class Source { Tools, Disallowed };
    // Records one entry of `tools` or `disallowedTools` in its column's cell.
    void name(const QString &entry, int line, Source source, const ToolCatalog &catalog);
    // The reading of runtimes that list tool names (all but Claude Code and OpenCode).
    void readList(const AgentReading &reading, const QByteArray &bytes);
    // OpenCode's: `tools` and `permission` maps as rules.
    void readPermissions(const AgentReading &reading);
    void nameRuntimeEntry(const QString &entry, int line, Source source);

    const ToolCatalog *m_catalog = nullptr;
    const RuntimeTools *m_tools = nullptr; // the runtime's, null for Claude Code
    Runtime m_runtime = Runtime::ClaudeCode;
    bool m_allMcp = false; // every MCP tool granted (`mcp_*`)
    bool m_ignoresSettings = false;
    bool m_readLeniently = false;
    bool m_bypass = false;
    Mode m_mode = Mode::Unreadable;
    bool m_wildcard = false;
    bool m_hooks = false;
    bool m_mcpServers = false;
    int m_toolsLine = -1;
    QStringList m_entries;
    QStringList m_named;
    QHash<QString, ToolGrant> m_cells; // only the named columns
};

} // namespace Agentry
