// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editorcolors.h"

#include <QPalette>

namespace Agentry {

QColor EditorColors::mix(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

bool EditorColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

EditorColors EditorColors::fromPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    EditorColors colors;
    colors.background = base;
    colors.text = text;
    colors.selection = palette.color(QPalette::Highlight);
    colors.selectedText = palette.color(QPalette::HighlightedText);
    // A tint of the selection colour: visible, yet far weaker than a selection.
    colors.currentLine = mix(base, colors.selection, dark ? 0.16 : 0.08);
    colors.lineNumbers = mix(base, text, 0.45);
    colors.currentLineNumber = text;
    colors.lineNumberBackground = mix(base, text, dark ? 0.06 : 0.04);
    // Breeze's search and message colours, which Kate users know.
    colors.searchMatch = dark ? QColor(0x21, 0x80, 0x58) : QColor(0xfc, 0xe9, 0x4f);
    colors.error = dark ? QColor(0xda, 0x44, 0x53) : QColor(0xbf, 0x03, 0x03);
    colors.warning = QColor(0xf6, 0x74, 0x00);
    colors.info = dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x00, 0x57, 0xae);
    return colors;
}

} // namespace Agentry
