// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/agentscope.h"
#include "text/agenttext.h"
#include "validation/diagnostic.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace Agentry {

// One agent file of a library, as the cross-agent rules see it. The pointers must outlive the check.
struct CrossAgentEntry
{
    QString path; // absolute, '/' separators
    AgentScope scope = AgentScope::Folder;
    const AgentText *text = nullptr;
    const AgentReading *reading = nullptr;
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
    QString loadedName(int entry) const;
    // A diagnostic on the entry's `key` value (its first line when the key is absent).
    Diagnostic onField(int entry, const QString &code, Severity severity, const QString &message, const QString &key) const;
    // The folder that decides name clashes: the agents folder of a project or user (its
    // subfolders count as one), the folder itself otherwise.
    static QString clashFolder(const CrossAgentEntry &entry);

private:
    struct Located; // an entry's line index and key positions, made on first use
    const Located &located(int entry) const;

    const QVector<CrossAgentEntry> &m_entries;
    QVector<QString> m_names;                         // loadedName() of each entry
    mutable QHash<int, std::shared_ptr<Located>> m_located; // one thread uses a context
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
