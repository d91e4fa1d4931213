// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/byteedit.h"

#include <QObject>
#include <QString>
#include <QVector>

namespace Agentry {

// One undoable step: the edits applied in order, with what undoes each of them.
struct EditStep
{
    enum class Merge {
        Never,   // a step of its own: a form change, a fix, a toggle
        Typing,  // joins the previous typing step when it continues where that one stopped
        SameKey, // joins the previous step with the same key (consecutive edits of one field)
    };

    QString label;
    Merge merge = Merge::Never;
    QString mergeKey;
    QVector<ByteEdit> forward; // applied in order
    QVector<ByteEdit> inverse; // inverse[i] undoes forward[i]; applied in reverse order
    quint64 id = 0;            // set by the history: new for every push and every merge
};

// The undo history of one document's bytes: a stack of steps with a clean mark. It holds
// no text itself; the document applies what undo() and redo() return.
class EditHistory : public QObject
{
    Q_OBJECT

public:
    explicit EditHistory(QObject *parent = nullptr);

    // Records `step` (already applied), merging it into the previous one when allowed.
    void push(EditStep step);
    // The edits to apply for an undo (inverse edits, in order) or a redo; empty when none.
    QVector<ByteEdit> undo();
    QVector<ByteEdit> redo();

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_steps.size(); }
    QString undoLabel() const { return canUndo() ? m_steps.at(m_index - 1).label : QString(); }
    QString redoLabel() const { return canRedo() ? m_steps.at(m_index).label : QString(); }
    int count() const { return int(m_steps.size()); }
    // Names the step undo() would take back, or redo() would apply; 0 when none. A step that
    // later merges more edits gets a new id, so a caller holding an id knows the step is unchanged.
    quint64 undoId() const { return canUndo() ? m_steps.at(m_index - 1).id : 0; }
    quint64 redoId() const { return canRedo() ? m_steps.at(m_index).id : 0; }
    // Marks the current state as the one on disk, or with -1 none of the states.
    void setClean(int index);
    void setClean() { setClean(m_index); }
    bool isClean() const { return m_index == m_cleanIndex; }
    void clear();

signals:
    void changed(); // availability or labels of undo/redo changed

private:
    bool mergesWithTop(const EditStep &step) const;

    QVector<EditStep> m_steps;
    int m_index = 0;      // steps before it are done
    int m_cleanIndex = 0; // -1 when the clean state was discarded
    quint64 m_lastId = 0;
};

} // namespace Agentry
