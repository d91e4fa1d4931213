// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace Agentry {

// Where a file's frontmatter block lies, by byte offsets into the file and 0-based lines.
// For shapes other than Closed and Unterminated the offsets describe the block the author
// probably meant, so a message or fix can point at it; the body then starts at 0.
struct FrontmatterBlock
{
    enum class Shape {
        None,         // no frontmatter at all
        Closed,       // `---` on the first line, closed by `---` or `...`
        Unterminated, // opened on the first line, never closed: the body is swallowed
        NotAtStart,   // `---` block after leading blank lines
        Indented,     // the opening `---` is indented
        Fenced,       // YAML inside a ```yaml fence instead of `---` lines
    };

    Shape shape = Shape::None;
    qsizetype openStart = 0;    // first byte of the opening line (after a BOM)
    qsizetype contentStart = 0; // first byte of the YAML text
    qsizetype contentEnd = 0;   // one past the last byte of the YAML text (start of the closing line)
    qsizetype bodyStart = 0;    // first byte after the closing line
    int contentLine = 0;        // line of contentStart
    int closeLine = -1;         // line of the closing delimiter, -1 when there is none
    int bodyLine = 0;           // line of bodyStart

    bool isPresent() const { return shape == Shape::Closed || shape == Shape::Unterminated; }
    bool isClosed() const { return shape == Shape::Closed; }
    static const char *shapeName(Shape shape);
};

} // namespace Agentry
