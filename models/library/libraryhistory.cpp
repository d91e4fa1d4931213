// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/libraryhistory.h"

#include "document/agentdocument.h"

#include <QFileInfo>

namespace Agentry {

LibraryHistory::LibraryHistory(QObject *parent)
    : QObject(parent)
{
}

void LibraryHistory::record(const QString &label, const QVector<AgentDocument *> &documents)
{
    Entry entry{label, {}};
    for (AgentDocument *document : documents) {
        if (const quint64 step = document->history()->undoId())
            entry.parts.append(Part{document, step});
    }
    if (entry.parts.isEmpty())
        return;
    m_entries.resize(m_index);
    m_entries.append(std::move(entry));
    ++m_index;
    emit changed();
}

QString LibraryHistory::obstacle(const Entry &entry, bool undo) const
{
    for (const Part &part : entry.parts) {
        if (!part.document)
            return tr("An agent this change touched is no longer open.");
        const EditHistory *history = part.document->history();
        if ((undo ? history->undoId() : history->redoId()) != part.step) {
            const QString name = QFileInfo(part.document->path()).fileName();
            return undo ? tr("%1 was changed after “%2”; undo that change in its editor first.").arg(name, entry.label)
                        : tr("%1 was changed after “%2” was undone; it cannot be redone.").arg(name, entry.label);
        }
        if (part.document->isReadOnly())
            return tr("%1 is read-only.").arg(QFileInfo(part.document->path()).fileName());
    }
    return {};
}

QString LibraryHistory::undo()
{
    if (!canUndo())
        return tr("Nothing to undo.");
    const Entry &entry = m_entries.at(m_index - 1);
    if (const QString why = obstacle(entry, true); !why.isEmpty())
        return why;
    for (auto part = entry.parts.crbegin(); part != entry.parts.crend(); ++part)
        part->document->undo();
    --m_index;
    emit changed();
    return {};
}

QString LibraryHistory::redo()
{
    if (!canRedo())
        return tr("Nothing to redo.");
    const Entry &entry = m_entries.at(m_index);
    if (const QString why = obstacle(entry, false); !why.isEmpty())
        return why;
    for (const Part &part : entry.parts)
        part.document->redo();
    ++m_index;
    emit changed();
    return {};
}

void LibraryHistory::clear()
{
    m_entries.clear();
    m_index = 0;
    emit changed();
}

} // namespace Agentry
