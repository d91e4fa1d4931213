// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace Agentry {

// What the raw bytes of a file are like: BOM, line endings, final newline, encoding.
// Computed once per read; edits use it to write new lines the way the file already does.
struct TextFacts
{
    enum class Eol { None, Lf, Crlf, Mixed };

    bool bom = false;
    Eol eol = Eol::None;
    bool finalNewline = false;
    bool validUtf8 = true;
    int lfCount = 0;
    int crlfCount = 0;

    static TextFacts scan(const QByteArray &bytes);

    // The line ending a new line should get: the file's own, LF when it has none.
    QByteArray preferredEol() const;
    static const char *eolName(Eol eol);
};

// True when bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const char *data, qsizetype size);

} // namespace Agentry
