// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/edithistory.h"

namespace Agentry {

EditHistory::EditHistory(QObject *parent)
    : QObject(parent)
{
}

bool EditHistory::mergesWithTop(const EditStep &step) const
{
    // Never merge into a step that is undone, or across the saved state.
    if (m_index == 0 || m_index != m_steps.size() || m_index == m_cleanIndex)
        return false;
    const EditStep &top = m_steps.last();
    if (step.merge != top.merge || step.mergeKey != top.mergeKey || step.forward.size() != 1)
        return false;
    switch (step.merge) {
    case EditStep::Merge::Never:
        return false;
    case EditStep::Merge::SameKey:
        return true;
    case EditStep::Merge::Typing: {
        const ByteEdit &last = top.forward.last();
        const ByteEdit &next = step.forward.first();
        const bool continuesInsert = last.length == 0 && next.length == 0 && next.start == last.start + last.text.size()
            && !next.text.contains('\n');
        const bool continuesBackspace = last.text.isEmpty() && next.text.isEmpty() && next.start + next.length == last.start;
        const bool continuesDelete = last.text.isEmpty() && next.text.isEmpty() && next.start == last.start;
        return continuesInsert || continuesBackspace || continuesDelete;
    }
    }
    return false;
}

void EditHistory::push(EditStep step)
{
    if (step.forward.isEmpty())
        return;
    if (mergesWithTop(step)) {
        EditStep &top = m_steps.last();
        top.forward += step.forward;
        top.inverse += step.inverse;
        top.id = ++m_lastId;
    } else {
        step.id = ++m_lastId;
        if (m_cleanIndex > m_index)
            m_cleanIndex = -1; // the saved state was undone and is now unreachable
        m_steps.resize(m_index);
        m_steps.append(std::move(step));
        ++m_index;
    }
    emit changed();
}

QVector<ByteEdit> EditHistory::undo()
{
    if (!canUndo())
        return {};
    const EditStep &step = m_steps.at(--m_index);
    QVector<ByteEdit> edits(step.inverse.rbegin(), step.inverse.rend());
    emit changed();
    return edits;
}

QVector<ByteEdit> EditHistory::redo()
{
    if (!canRedo())
        return {};
    const QVector<ByteEdit> edits = m_steps.at(m_index++).forward;
    emit changed();
    return edits;
}

void EditHistory::setClean(int index)
{
    m_cleanIndex = index;
    emit changed();
}

void EditHistory::clear()
{
    m_steps.clear();
    m_index = 0;
    m_cleanIndex = 0;
    emit changed();
}

} // namespace Agentry
