// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimereader.h"
#include "text/byteedit.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Agentry {

// Rewrites a frontmatter that strict YAML rejects into one it reads, changing only the lines
// of the values that need quoting. Every result is checked by parsing it again; a repair that
// would read differently from what it promises is not offered.
class FrontmatterRepair
{
public:
    // `bytes`, `reading` and `reader` must outlive the repair.
    FrontmatterRepair(const QByteArray &bytes, const AgentReading &reading, const RuntimeReader &reader);

    // For a lenient frontmatter: quotes every line the client's retry quotes (and replaces the
    // leading tabs it replaces), so that any strict parser reads exactly what the client reads now.
    std::optional<ByteEdit> asClientReads() const;

    // Quotes each field whose value does not parse on its own, with its continuation lines, so
    // that a strict parser reads the text the author wrote: one-line values in quotes, several
    // lines as a literal block. Fields are found at the profile's known keys; a field holding a
    // list or a map that does not parse is not guessed at.
    std::optional<ByteEdit> asWritten() const;

    // `text` as one YAML value after `key: `, read back as exactly `text`: single-quoted,
    // double-quoted, or a `|-` block indented by `indent` spaces, lines ended by `eol`. Never
    // holds `---`, which would end the client's block.
    static QByteArray scalar(const QString &text, const QByteArray &eol, int indent = 2);

private:
    struct Line
    {
        qsizetype start = 0;
        qsizetype end = 0;  // before the line ending
        qsizetype next = 0; // after it
    };
    QVector<Line> blockLines() const;
    QByteArray eolOf(const Line &line) const;
    // The edit replacing lines [first, last] by `replacement` (lines joined with their own endings).
    ByteEdit replaceLines(const QVector<Line> &lines, int first, int last, const QByteArray &replacement) const;

    const QByteArray &m_bytes;
    const AgentReading &m_reading;
    const RuntimeReader &m_reader;
};

} // namespace Agentry
