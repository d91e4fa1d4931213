// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>

class QPalette;

namespace Agentry {

// The colours around the highlighted text of an editor: background, current line, line
// numbers, search matches, squiggles. They come from a highlighting theme or the palette.
struct EditorColors
{
    QColor background;
    QColor text;
    QColor selection;
    QColor selectedText;
    QColor currentLine;
    QColor lineNumbers;
    QColor currentLineNumber;
    QColor lineNumberBackground;
    QColor searchMatch;
    QColor error;
    QColor warning;
    QColor info;

    // Colours that read well on `palette`, whose Base decides between light and dark.
    static EditorColors fromPalette(const QPalette &palette);
    // Whether text is shown light on dark under `palette`.
    static bool isDark(const QPalette &palette);
    // `from` moved towards `to` by `amount` (0 to 1): tints that suit light and dark palettes.
    static QColor mix(const QColor &from, const QColor &to, qreal amount);
};

} // namespace Agentry
