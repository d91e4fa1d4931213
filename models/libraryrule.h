#pragma once

#include "agentscope.h"
#include "agenttext.h"
#include "clientreading.h"
#include "diagnostic.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

// One agent file of a library, as the cross-agent rules see it. The pointers must outlive the check.
struct LibraryEntry
{
    QString path; // absolute, '/' separators
    AgentScope scope = AgentScope::Folder;
    const AgentText *text = nullptr;
    const ClientReading *reading = nullptr;
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
    explicit LibraryContext(const QVector<LibraryEntry> &entries);
    ~LibraryContext();

    const QVector<LibraryEntry> &entries() const { return m_entries; }
    // The name the client loads the entry under, or empty when it does not load it.
    QString loadedName(int entry) const;
    // A diagnostic on the entry's `key` value (its first line when the key is absent).
    Diagnostic onField(int entry, const QString &code, Severity severity, const QString &message, const QString &key) const;
    // The folder that decides name clashes: the agents folder of a project or user (its
    // subfolders count as one), the folder itself otherwise.
    static QString clashFolder(const LibraryEntry &entry);

private:
    struct Located; // an entry's line index and key positions, made on first use
    const Located &located(int entry) const;

    const QVector<LibraryEntry> &m_entries;
    QVector<QString> m_names;                         // loadedName() of each entry
    mutable QHash<int, std::shared_ptr<Located>> m_located; // one thread uses a context
};

// A rule over all agents of a library at once (AG5xx): duplicate names, shadowing, look-alikes.
class LibraryRule
{
public:
    virtual ~LibraryRule() = default;

    virtual QString code() const = 0;
    virtual Severity defaultSeverity() const = 0;
    virtual QString title() const = 0;
    virtual void check(const LibraryContext &context, QVector<LibraryFinding> &out) const = 0;
};
