// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"
#include "runtime/runtimes.h"
#include "validation/diagnostic.h"

#include <QJsonValue>
#include <QString>
#include <QVector>

#include <memory>
#include <mutex>

namespace Agentry {

class NameClashes;
struct RuleContext;

// One agent file of a library, as the cross-agent rules see it: what they compare and where a
// finding points, without the file's bytes, so a large library is compared in little memory.
struct CrossAgentEntry
{
    QString path; // absolute, '/' separators
    AgentScope scope = AgentScope::Folder;
    QString loadedName;     // the name Claude Code loads the agent under; empty when it does not load it
    Runtime runtime = Runtime::ClaudeCode; // the runtime that read the file
    QString runtimeName; // the name a runtime other than Claude Code loads it under (Copilot: its id); empty when it does not
    QJsonValue description; // as the runtime reads it
    Diagnostic nameAnchor;        // where a finding about the name points (positions and field only)
    Diagnostic descriptionAnchor; // the same for the description

    // The entry of the file a document check is looking at.
    static CrossAgentEntry of(const RuleContext &context);
};

// A finding about one entry of the library (by index).
struct LibraryFinding
{
    int entry = 0;
    Diagnostic diagnostic;
};

// What the cross-agent rules may look at, and how they place a finding on an entry's name.
class LibraryContext
{
public:
    explicit LibraryContext(const QVector<CrossAgentEntry> &entries);
    ~LibraryContext();

    const QVector<CrossAgentEntry> &entries() const { return m_entries; }
    // The name the client loads the entry under, or empty when it does not load it.
    const QString &loadedName(int entry) const { return m_entries.at(entry).loadedName; }
    // A diagnostic on the entry's `key` value ("name" or "description"; its first line when
    // the key is absent).
    Diagnostic onField(int entry, const QString &code, Severity severity, const QString &message, const QString &key) const;
    // The folder that decides name clashes: the agents folder of a project or user (its
    // subfolders count as one), the folder itself otherwise.
    static QString clashFolder(const CrossAgentEntry &entry);
    // Which entries another of their name displaces: made once, by the first rule to ask, on
    // whichever thread it runs.
    const NameClashes &clashes() const;

private:
    const QVector<CrossAgentEntry> &m_entries;
    mutable std::once_flag m_clashesMade;
    mutable std::unique_ptr<const NameClashes> m_clashes;
};

// A rule over all agents of a library at once (AG5xx): duplicate names, shadowing, look-alikes.
class CrossAgentRule
{
public:
    virtual ~CrossAgentRule() = default;

    virtual QString code() const = 0;
    virtual Severity defaultSeverity() const = 0;
    virtual QString title() const = 0;
    virtual void check(const LibraryContext &context, QVector<LibraryFinding> &out) const = 0;
};

} // namespace Agentry
