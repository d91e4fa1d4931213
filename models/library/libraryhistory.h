// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

namespace Agentry {

class AgentDocument;

// The library-wide undo history: changes that span agents (a bulk grant in the permission
// matrix, Fix All) undone and redone as one step. Every document keeps its own step for
// its part too; this history drives those steps, and refuses when one of them has moved on
// (the agent was edited since, or its step was undone on its own), so that it never takes
// back an edit the user made after the bulk change.
class LibraryHistory : public QObject
{
    Q_OBJECT

public:
    explicit LibraryHistory(QObject *parent = nullptr);

    // Records a change already applied: the newest undo step of each of `documents` is its part.
    void record(const QString &label, const QVector<AgentDocument *> &documents);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_entries.size(); }
    QString undoLabel() const { return canUndo() ? m_entries.at(m_index - 1).label : QString(); }
    QString redoLabel() const { return canRedo() ? m_entries.at(m_index).label : QString(); }
    int count() const { return int(m_entries.size()); }

    // Undo or redo the change on every document it touched; an empty string when done,
    // else why not (nothing changes then).
    QString undo();
    QString redo();
    void clear();

signals:
    void changed();

private:
    struct Part
    {
        QPointer<AgentDocument> document;
        quint64 step = 0; // the document's EditHistory step id
    };
    struct Entry
    {
        QString label;
        QVector<Part> parts;
    };
    // Why `entry` cannot be undone (or redone), or empty.
    QString obstacle(const Entry &entry, bool undo) const;

    QVector<Entry> m_entries;
    int m_index = 0; // entries before it are done
};

} // namespace Agentry
