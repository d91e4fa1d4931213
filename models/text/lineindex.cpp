// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/lineindex.h"

#include "text/textfacts.h"
#include "text/utf8.h"

#include <QString>

#include <algorithm>
#include <cstring>

namespace Agentry {

LineIndex::LineIndex(const QByteArray &bytes, const TextFacts &facts)
    : m_bytes(bytes)
{
    m_starts.reserve(qsizetype(facts.lfCount) + facts.crlfCount + 1);
    m_starts.append(0);
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (const char *p = static_cast<const char *>(std::memchr(data, '\n', size_t(size))); p;
         p = static_cast<const char *>(std::memchr(p + 1, '\n', size_t(size - (p + 1 - data))))) {
        m_starts.append(p + 1 - data);
    }
}

LineIndex::LineIndex(const QByteArray &bytes)
    : LineIndex(bytes, TextFacts())
{
}

int LineIndex::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return int(it - m_starts.cbegin()) - 1;
}

int LineIndex::lineOf(const QByteArray &bytes, qsizetype offset)
{
    // memchr leaps over a frontmatter's long lines; std::count went byte by byte.
    const char *at = bytes.constData();
    const char *const end = at + std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 0;
    while ((at = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at))))) {
        ++line;
        ++at;
    }
    return line;
}

qsizetype LineIndex::lineStart(int line) const
{
    return line < 0 ? 0 : line < m_starts.size() ? m_starts.at(line) : m_bytes.size();
}

qsizetype LineIndex::nextLineStart(int line) const
{
    return lineStart(line + 1);
}

qsizetype LineIndex::lineEnd(int line) const
{
    qsizetype end = nextLineStart(line);
    const qsizetype start = lineStart(line);
    if (end > start && m_bytes.at(end - 1) == '\n')
        --end;
    if (end > start && m_bytes.at(end - 1) == '\r')
        --end;
    return end;
}

LineIndex::Position LineIndex::position(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_bytes.size());
    const int line = lineOf(offset);
    const qsizetype start = m_starts.at(line);
    // UTF-16 units of the bytes before `offset` on its line, decoded as the editor shows them;
    // ASCII needs no decoding.
    int column = 0;
    for (qsizetype i = start; i < offset;) {
        if (static_cast<unsigned char>(m_bytes.at(i)) < 0x80) {
            ++column;
            ++i;
            continue;
        }
        const Utf8::Step step = Utf8::stepAt(m_bytes.constData(), m_bytes.size(), i);
        column += step.units;
        i += step.bytes;
    }
    return {line + 1, column + 1};
}

qsizetype LineIndex::offset(int line, int column) const
{
    // The inverse of position(): the same decoding steps, stopping at the line's end.
    qsizetype pos = lineStart(line);
    const qsizetype end = lineEnd(line);
    for (int units = 0; pos < end && units < column;) {
        const Utf8::Step step = Utf8::stepAt(m_bytes.constData(), end, pos);
        units += step.units;
        pos += step.bytes;
    }
    return pos;
}

} // namespace Agentry
