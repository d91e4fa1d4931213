// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "editorcolors.h"

class QObject;
class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Agentry {

// Makes the highlighter of an agent's Markdown: KSyntaxHighlighting when Agentry is built
// with it, else the built-in MarkdownHighlighter. Colours follow the palette (light or dark).
class HighlighterFactory
{
public:
    enum class Mode {
        Body,   // Markdown only: the text after the frontmatter
        Source, // the whole file: YAML frontmatter, then Markdown
    };
    enum class Backend { KSyntaxHighlighting, BuiltIn };

    HighlighterFactory() = delete;

    static Backend backend();

    // A highlighter of `document` (not owned) in `mode` with colours for `palette`, owned by
    // `owner` (the document itself keeps its highlighting across editors and switches).
    static QSyntaxHighlighter *create(QTextDocument *document, Mode mode, const QPalette &palette, QObject *owner);
    // Re-picks the colours of a highlighter from create() when `palette` turns from light to
    // dark or back, and highlights again; does nothing otherwise.
    static void setPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);
    // The editor colours that go with the highlighter's colours under `palette`.
    static EditorColors editorColors(const QPalette &palette);
};

} // namespace Agentry
