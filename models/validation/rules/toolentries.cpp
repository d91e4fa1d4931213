// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/toolentries.h"

#include "text/toollist.h"

namespace Agentry {

ToolEntries::ToolEntries(const AgentReading &reading, const FieldLocator &fields, const QByteArray &bytes, const LineIndex &lines,
                         const QString &key)
    : m_bytes(bytes)
    , m_lines(lines)
{
    if (!reading.isParsed() || !reading.fields.contains(key))
        return;
    const QJsonValue value = reading.fields.value(key);
    const std::optional<QStringList> entries = ToolList::fromValue(value);
    if (!entries)
        return;
    m_list = true;
    m_blockList = value.isArray();
    const FieldLocator::Field *field = fields.find(key);
    qsizetype from = field ? field->keyEnd : -1;
    const qsizetype to = field ? field->end : -1;
    for (const QString &text : *entries) {
        Entry entry{text, -1, -1};
        if (from >= 0) {
            const QByteArray needle = text.toUtf8();
            const qsizetype at = bytes.indexOf(needle, from);
            if (at >= 0 && at + needle.size() <= to) {
                entry.start = at;
                entry.end = at + needle.size();
                from = entry.end;
            }
        }
        m_entries.append(entry);
    }
    if (field)
        m_blockList = m_blockList && field->valueStart == field->valueEnd;
}

ByteEdit ToolEntries::removal(int index) const
{
    const Entry &entry = m_entries.at(index);
    const QByteArray &bytes = m_bytes;
    if (m_blockList) {
        // The whole `- Name` line.
        const int line = m_lines.lineOf(entry.start);
        return ByteEdit{m_lines.lineStart(line), m_lines.nextLineStart(line) - m_lines.lineStart(line), {}};
    }
    if (index > 0 && m_entries.at(index - 1).end >= 0) {
        // From the end of the previous entry: its separator goes too.
        qsizetype start = m_entries.at(index - 1).end;
        qsizetype end = entry.end;
        // Keep a closing quote of a quoted list item.
        if (start < bytes.size() && (bytes.at(start) == '"' || bytes.at(start) == '\''))
            ++start;
        if (end < bytes.size() && (bytes.at(end) == '"' || bytes.at(end) == '\'') && start > 0 && bytes.at(start - 1) == bytes.at(end))
            ++end;
        return ByteEdit{start, end - start, {}};
    }
    const qsizetype next = index + 1 < m_entries.size() ? m_entries.at(index + 1).start : -1;
    return ByteEdit{entry.start, (next >= 0 ? next : entry.end) - entry.start, {}};
}

} // namespace Agentry
