// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "highlighterfactory.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextCursor>

#include <array>

class QPalette;

namespace Agentry {

// The built-in highlighter of Markdown and, in Source mode, of the YAML frontmatter before
// it, for builds without KSyntaxHighlighting. Each block's state says whether the line ends
// inside the frontmatter, a fenced code block or an HTML comment (as in ghostwriter), so
// that a keystroke re-highlights one line unless it opens or closes one of those.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Highlights `document` (not owned) with colours for `palette`; `owner` owns the highlighter.
    MarkdownHighlighter(QTextDocument *document, HighlighterFactory::Mode mode, const QPalette &palette,
                        QObject *owner);

    bool isDark() const { return m_dark; }
    // Re-picks the colours, and highlights again, if `palette` is dark and the current
    // colours light or the other way round.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum class Role {
        Heading,
        Markup, // the syntax characters: #, >, ```, **, brackets
        Emphasis,
        Strong,
        Code,
        CodeInfo, // the language after a fence
        Link,
        Url,
        Html,
        Quote,
        ListMarker,
        Key, // YAML
        String,
        Constant,
        Comment,
    };
    static constexpr std::size_t RoleCount = static_cast<std::size_t>(Role::Comment) + 1;

    void setColors(bool dark);
    const QTextCharFormat &style(Role role) const { return m_styles[static_cast<std::size_t>(role)]; }
    void apply(int start, int length, Role role);
    // Adds the role to the formats already there, so that a code span in a heading stays bold.
    void merge(int start, int length, Role role);

    void highlightMarkdown(const QString &text);
    void highlightFence(const QString &text, int state);
    void highlightFrontmatter(const QString &text, int state);
    void highlightYamlValue(const QString &text, int from, int indent);
    // Code spans, links, HTML and emphasis from `from` to the end of the line.
    void highlightInline(const QString &text, int from);
    // `underline`: whether this line underlines the one above as a setext heading.
    void checkSetextHeadingAbove(bool underline);
    void rehighlightPending();

    const HighlighterFactory::Mode m_mode;
    bool m_dark = false;
    std::array<QTextCharFormat, RoleCount> m_styles;
    // Lines above a changed setext underline, highlighted again once the change is done;
    // cursors, because they follow edits.
    QList<QTextCursor> m_pending;
};

} // namespace Agentry
