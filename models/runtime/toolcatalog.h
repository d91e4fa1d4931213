// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimetools.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Agentry {

// How much harm a tool can do when an agent misuses it.
enum class ToolRisk { Low, Medium, High };

// A group of tools for the permission matrix: read, write, execute, …
struct ToolCategory
{
    QString id;    // as tools.json names it: "read"
    QString label; // English; displayLabel() translates it
    int order = 0;

    QString displayLabel() const;
};

// One built-in tool of the client, as tools.json describes it. The English texts are
// translated when shown, under the context "ToolCatalog".
struct ToolInfo
{
    QString name;        // the name the client registers
    QString category;    // a ToolCategory id
    QStringList aliases; // other names the client resolves to this tool (mostly old names)
    bool legacy = false; // the catalog's client no longer offers it: naming it grants nothing
    QString since;       // first client version with this name; empty when unknown
    QString removedIn;   // first client version found without it; empty when removed before any checked one
    QString description;
    ToolRisk risk = ToolRisk::Low;
    QString riskReason;

    QString displayDescription() const;
    QString displayRiskReason() const;
};

// A tool the client registers only behind a feature flag that is off by default. It is not a
// catalog tool: nothing offers it, and naming it grants nothing unless the flag is on.
struct FlaggedTool
{
    QString name;
    QString since; // first client version with the name
};

// A tool name of another dialect (GitHub Copilot's `codebase`, `edit/editFiles`, …) and the
// catalog tools closest to it, best first: what a "did you mean" fix offers.
struct ForeignTool
{
    QString name;
    QString dialect;     // as dialectId() writes it: "copilot"
    QStringList closest; // catalog names
};

// A `tools` entry split the way the client splits a permission rule: `Bash(git diff:*)`.
struct ToolRule
{
    QString tool;           // as written, aliases not resolved; the whole entry when malformed
    QString pattern;        // unescaped; empty when the rule covers every use: `Bash`, `Bash()`, `Bash(*)`
    bool malformed = false; // misplaced parentheses: the client takes the whole entry as an (unknown) name
};

// `mcp__server__tool`, or `mcp__server` for every tool of that server.
struct McpToolName
{
    QString server;
    QString tool; // empty for the whole server
};

// The client's built-in tools with their aliases, categories and risks, loaded from tools.json
// (schema in docs/tools.md). Names match case-sensitively, as in the client.
class ToolCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ToolCatalog)

public:
    // The catalog built into the application (:/agentry/tools.json), loaded on first use.
    static const ToolCatalog &builtin();
    // Nullopt with a message in `error` when the JSON is malformed or inconsistent.
    static std::optional<ToolCatalog> fromJson(const QByteArray &json, QString *error);
    static std::optional<ToolCatalog> fromFile(const QString &path, QString *error);

    // The client version the catalog describes, such as "2.1.330".
    const QString &clientVersion() const { return m_client; }
    const QVector<ToolCategory> &categories() const { return m_categories; } // by order
    const QVector<ToolInfo> &tools() const { return m_tools; }               // in file order
    QVector<const ToolInfo *> toolsIn(const QString &categoryId) const;
    const QVector<ForeignTool> &foreignTools() const { return m_foreign; }
    const QVector<FlaggedTool> &flaggedTools() const { return m_flagged; }

    // The tool a name or alias resolves to, legacy ones included; null when unknown.
    const ToolInfo *find(const QString &nameOrAlias) const;
    // Like find() but ignoring case, for suggestions: `bash` → Bash.
    const ToolInfo *findCaseInsensitive(const QString &nameOrAlias) const;
    // The tool's own name for an alias; any other name unchanged, as the client does.
    QString canonicalName(const QString &nameOrAlias) const;
    const ForeignTool *findForeign(const QString &name) const;
    const FlaggedTool *findFlagged(const QString &name) const;
    // How another runtime's tool names map onto the catalog's; null for Claude Code.
    const RuntimeTools *runtimeTools(Runtime runtime) const;
    // The category of a column some runtime has of its own (`sql`); empty for other names.
    QString ownCategory(const QString &column) const;

    static std::optional<McpToolName> parseMcpName(const QString &name);
    static bool isMcpTool(const QString &name) { return parseMcpName(name).has_value(); }
    static ToolRule splitRule(const QString &entry);

private:
    QString m_client;
    QVector<ToolCategory> m_categories;
    QVector<ToolInfo> m_tools;
    QVector<ForeignTool> m_foreign;
    QVector<FlaggedTool> m_flagged;
    QVector<RuntimeTools> m_runtimes;
    QHash<QString, int> m_byName;       // names and aliases → index in m_tools
    QHash<QString, int> m_byFoldedName; // the same, lowercased
    QHash<QString, int> m_foreignByName;
};

} // namespace Agentry
