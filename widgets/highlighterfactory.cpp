// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "highlighterfactory.h"

#include <QPalette>
#include <QSyntaxHighlighter>

#ifdef AGENTRY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#else
#include "markdownhighlighter.h"
#endif

namespace Agentry {

#ifdef AGENTRY_HAVE_KSYNTAXHIGHLIGHTING

namespace {

KSyntaxHighlighting::Repository &repository()
{
    // Loading the repository reads every definition and theme: once per process.
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    return repository().defaultTheme(EditorColors::isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                                   : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace
#endif

HighlighterFactory::Backend HighlighterFactory::backend()
{
#ifdef AGENTRY_HAVE_KSYNTAXHIGHLIGHTING
    return Backend::KSyntaxHighlighting;
#else
    return Backend::BuiltIn;
#endif
}

QSyntaxHighlighter *HighlighterFactory::create(QTextDocument *document, Mode mode, const QPalette &palette,
                                               QObject *owner)
{
#ifdef AGENTRY_HAVE_KSYNTAXHIGHLIGHTING
    // One definition for both modes: KSyntaxHighlighting's Markdown also highlights YAML
    // frontmatter, and fenced code in the fence's language.
    Q_UNUSED(mode)
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(owner);
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    highlighter->setTheme(themeFor(palette));
    if (highlighter->document() != document) // an owning document is attached already
        highlighter->setDocument(document);
    return highlighter;
#else
    return new MarkdownHighlighter(document, mode, palette, owner);
#endif
}

void HighlighterFactory::setPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
#ifdef AGENTRY_HAVE_KSYNTAXHIGHLIGHTING
    auto *syntaxHighlighter = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter);
    if (!syntaxHighlighter)
        return;
    const KSyntaxHighlighting::Theme theme = themeFor(palette);
    if (syntaxHighlighter->theme().name() == theme.name())
        return;
    syntaxHighlighter->setTheme(theme);
    syntaxHighlighter->rehighlight();
#else
    if (auto *markdownHighlighter = qobject_cast<MarkdownHighlighter *>(highlighter))
        markdownHighlighter->setPalette(palette);
#endif
}

EditorColors HighlighterFactory::editorColors(const QPalette &palette)
{
    EditorColors colors = EditorColors::fromPalette(palette);
#ifdef AGENTRY_HAVE_KSYNTAXHIGHLIGHTING
    // The theme's colours, so that its text colours sit on the background they were made for.
    using KSyntaxHighlighting::Theme;
    const Theme theme = themeFor(palette);
    const auto editorColor = [&theme](Theme::EditorColorRole role) { return QColor::fromRgb(theme.editorColor(role)); };
    colors.background = editorColor(Theme::BackgroundColor);
    colors.text = QColor::fromRgb(theme.textColor(Theme::Normal));
    colors.selection = editorColor(Theme::TextSelection);
    colors.selectedText = colors.text;
    colors.currentLine = editorColor(Theme::CurrentLine);
    colors.lineNumbers = editorColor(Theme::LineNumbers);
    colors.currentLineNumber = editorColor(Theme::CurrentLineNumber);
    colors.lineNumberBackground = editorColor(Theme::IconBorder);
    colors.searchMatch = editorColor(Theme::SearchHighlight);
    colors.error = QColor::fromRgb(theme.textColor(Theme::Error));
    colors.warning = QColor::fromRgb(theme.textColor(Theme::Warning));
    colors.info = QColor::fromRgb(theme.textColor(Theme::Information));
#endif
    return colors;
}

} // namespace Agentry
