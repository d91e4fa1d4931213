// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/agenttext.h"
#include "text/byteedit.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Agentry {

class AgentGrants;
class ToolCatalog;

// The outcome of a grant change: the minimal text edits, "already so", or why not.
struct GrantPatch
{
    enum class Status { Changed, Unchanged, Refused };

    Status status = Status::Unchanged;
    QVector<ByteEdit> edits; // in order, each against the bytes the ones before it left
    QString label;           // for the undo history: "Grant Bash"
    QString message;         // why, when Refused

    bool isChanged() const { return status == Status::Changed; }
};

// Works out the minimal edits of an agent's `tools` that grant, revoke or scope tools (columns
// of the permission matrix), in the syntax of the agent's runtime: its own tool names, and
// for OpenCode its `permission` map (PermissionPatcher). The key keeps its style (comma
// string, flow or block list); an agent that inherits every tool is made explicit first:
// `tools` then lists every current tool (of the catalog, or the runtime's) but those
// `disallowedTools` removed, and Claude Code's disallowedTools, which it would ignore beside
// `tools`, goes.
class GrantPatcher
{
    Q_DECLARE_TR_FUNCTIONS(GrantPatcher)

public:
    // `grants` were read from `text`'s bytes; all three must outlive the object.
    GrantPatcher(const AgentText &text, const AgentGrants &grants, const ToolCatalog &catalog);

    GrantPatch grant(const QString &column) const { return grant(QStringList{column}); }
    // Columns that cannot be granted (unknown tokens, legacy tools) are passed over; refused
    // when no column is left.
    GrantPatch grant(const QStringList &columns) const;
    GrantPatch revoke(const QString &column) const { return revoke(QStringList{column}); }
    GrantPatch revoke(const QStringList &columns) const;
    // OpenCode only: the user is asked before each use of the columns' tools.
    GrantPatch ask(const QStringList &columns) const;
    // Writes the full list for an agent that inherits; unchanged for an explicit one.
    GrantPatch makeExplicit() const;
    // Grants `column` only for `patterns` (`git *`), as `Bash(git *)` entries where its first
    // entry stood; no patterns grants every use.
    GrantPatch setPatterns(const QString &column, const QStringList &patterns) const;

    // The entries `tools` would hold once made explicit.
    QStringList explicitEntries() const;

private:
    enum class Change { Grant, Revoke, Ask };
    GrantPatch change(const QStringList &columns, Change change) const;
    // OpenCode's: one permission per tool set in its `permission` map.
    GrantPatch permissionChange(const QStringList &columns, Change change) const;
    // Columns that also go when `column`'s entry of the runtime is removed, beyond `columns`.
    QStringList sharedColumns(const QString &column, const QStringList &columns) const;
    static QString label(Change change, const QStringList &done);
    // Whether the runtime (one other than Claude Code) reads `patch`'s result with `columns` changed as asked.
    bool readsBackAsAsked(const GrantPatch &patch, const QStringList &columns, Change change) const;
    // The current entries (explicit ones for an inheriting agent), or a refusal.
    std::optional<QStringList> startingEntries(QString *refusal) const;
    GrantPatch written(const QStringList &entries, const QString &label) const;

    const AgentText &m_text;
    const AgentGrants &m_grants;
    const ToolCatalog &m_catalog;
};

} // namespace Agentry
