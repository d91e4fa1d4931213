// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QVector>

namespace Agentry {

struct TextFacts;

// Byte offsets of a file ↔ 1-based lines and UTF-16 columns, for positioning diagnostics.
class LineIndex
{
public:
    // `bytes` must outlive the index.
    explicit LineIndex(const QByteArray &bytes);
    // The same, with room made for the line breaks that `facts` (of `bytes`) counted.
    LineIndex(const QByteArray &bytes, const TextFacts &facts);

    struct Position
    {
        int line = 1;   // 1-based
        int column = 1; // 1-based, UTF-16 units
    };

    Position position(qsizetype offset) const;
    int lineCount() const { return int(m_starts.size()); }
    qsizetype lineStart(int line) const;   // 0-based line
    qsizetype lineEnd(int line) const;     // before its `\n` or `\r\n`
    qsizetype nextLineStart(int line) const;
    int lineOf(qsizetype offset) const;    // 0-based
    // The 0-based line of `offset` in `bytes`, for a reader that needs one or two without an index.
    static int lineOf(const QByteArray &bytes, qsizetype offset);
    // The byte offset of a 0-based line and a 0-based column in UTF-16 units (clamped to the line).
    qsizetype offset(int line, int column) const;

private:
    const QByteArray &m_bytes;
    QVector<qsizetype> m_starts;
};

} // namespace Agentry
