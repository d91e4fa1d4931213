// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/fieldlocator.h"
#include "text/byteedit.h"
#include "text/lineindex.h"

#include <QString>
#include <QVector>

namespace Agentry {

// The entries of `tools` (or `disallowedTools`) as the client reads them, each with the bytes
// it occupies in the file so that a finding points at it and a fix replaces only it. Made once
// per file for all the rules about tools (RuleContext::toolEntries).
class ToolEntries
{
public:
    struct Entry
    {
        QString text;
        qsizetype start = -1; // -1 when it could not be found in the file's text
        qsizetype end = -1;
    };

    // `key`'s entries in `reading`, found in `bytes` where `fields` places the key. `bytes` and
    // `lines` must outlive the entries.
    ToolEntries(const AgentReading &reading, const FieldLocator &fields, const QByteArray &bytes, const LineIndex &lines,
                const QString &key = QStringLiteral("tools"));

    // False when the key is absent or not a string or a list of strings.
    bool isList() const { return m_list; }
    const QVector<Entry> &entries() const { return m_entries; }
    // The edit removing `entry` (with its separator or its `- ` line), for duplicate and stray names.
    ByteEdit removal(int index) const;

private:
    const QByteArray &m_bytes;
    const LineIndex &m_lines;
    bool m_list = false;
    bool m_blockList = false;
    QVector<Entry> m_entries;
};

} // namespace Agentry
