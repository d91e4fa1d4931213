// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markdownhighlighter.h"

#include "editorcolors.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <iterator>
#include <tuple>
#include <utility>

namespace Agentry {

namespace {

// A block's state: what the line ends inside (the low bits), a flag, and a number.
enum Kind : int {
    Markdown = 0,
    Frontmatter = 1,
    BacktickFence = 2,
    TildeFence = 3,
    HtmlComment = 4,
    BlockScalar = 5, // a YAML block scalar or unclosed quoted string: deeper lines are its text
    PlainScalar = 6, // a YAML plain scalar: deeper lines continue it, and hold no keys
};
constexpr int KindMask = 0x7;
constexpr int SetextHeading = 0x8; // a paragraph line that the next line underlines
constexpr int ValueShift = 8;      // the fence's length, or the indentation of the scalar's key
constexpr int MaximumValue = 255;

int stateOf(Kind kind, int value = 0)
{
    return kind | (qMin(value, MaximumValue) << ValueShift);
}

Kind kindOf(int state)
{
    return state < 0 ? Markdown : static_cast<Kind>(state & KindMask);
}

int valueOf(int state)
{
    return state < 0 ? 0 : state >> ValueShift;
}

// Colours from GitHub's light and dark code themes, made to be read on white and on near-black.
struct RoleStyle
{
    QRgb light; // 0: the text colour
    QRgb dark;
    bool bold;
    bool italic;
    bool underline;
};

constexpr RoleStyle roleStyles[] = {
    {0xff0550ae, 0xff79c0ff, true, false, false},  // Heading
    {0xff6e7781, 0xff8b949e, false, false, false}, // Markup
    {0, 0, false, true, false},                    // Emphasis
    {0, 0, true, false, false},                    // Strong
    {0xff116329, 0xff7ee787, false, false, false}, // Code
    {0xff953800, 0xffffa657, false, false, false}, // CodeInfo
    {0xff0969da, 0xff58a6ff, false, false, true},  // Link
    {0xff6e7781, 0xff8b949e, false, false, false}, // Url
    {0xff8250df, 0xffd2a8ff, false, false, false}, // Html
    {0xff57606a, 0xff9da7b3, false, true, false},  // Quote
    {0xff953800, 0xffffa657, true, false, false},  // ListMarker
    {0xff116329, 0xff7ee787, false, false, false}, // Key
    {0xff0a3069, 0xffa5d6ff, false, false, false}, // String
    {0xff0550ae, 0xff79c0ff, false, false, false}, // Constant
    {0xff6e7781, 0xff8b949e, false, true, false},  // Comment
};

int indentation(const QString &text)
{
    int i = 0;
    while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    return i;
}

int runLength(const QString &text, int from, QChar c)
{
    int end = from;
    while (end < text.size() && text.at(end) == c)
        ++end;
    return end - from;
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@') || (u >= u'[' && u <= u'`')
        || (u >= u'{' && u <= u'~');
}

// The patterns are built once; matching them is what a keystroke costs.
const QRegularExpression &fencePattern()
{
    // Any indentation: fences inside list items are indented.
    static const QRegularExpression pattern(QStringLiteral("^[ \\t]*(`{3,}|~{3,})[ \\t]*(.*)$"));
    return pattern;
}

const QRegularExpression &atxPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(#{1,6})(?=[ \\t]|$)"));
    return pattern;
}

const QRegularExpression &rulePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    return pattern;
}

const QRegularExpression &quotePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[ \\t]{0,3}>[ \\t]?)+"));
    return pattern;
}

const QRegularExpression &listPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\G[ \\t]*([-*+]|\\d{1,9}[.)])(?=[ \\t]|$)"));
    return pattern;
}

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(\\[[^\\]]+\\]:)[ \\t]*(\\S+)"));
    return pattern;
}

bool isSetextUnderline(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(?:=+|-{2,})[ \\t]*$"));
    const int indent = indentation(text);
    return indent < text.size() && (text.at(indent) == u'=' || text.at(indent) == u'-')
        && pattern.match(text).hasMatch();
}

// Whether `text` is a line of a plain paragraph, which a setext underline makes a heading.
// The one test for both ends of the SetextHeading flag: if they disagreed, the two lines
// would ask to highlight each other again for ever.
bool isParagraphText(const QString &text)
{
    const int indent = indentation(text);
    return indent < text.size() && text.at(indent) != u'<' && !isSetextUnderline(text)
        && !fencePattern().match(text).hasMatch() && !atxPattern().match(text).hasMatch()
        && !rulePattern().match(text).hasMatch() && !quotePattern().match(text).hasMatch()
        && !listPattern().match(text).hasMatch() && !referencePattern().match(text).hasMatch();
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, HighlighterFactory::Mode mode,
                                         const QPalette &palette, QObject *owner)
    : QSyntaxHighlighter(owner)
    , m_mode(mode)
{
    setColors(EditorColors::isDark(palette));
    if (this->document() != document) // an owning document is attached already
        setDocument(document);
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = EditorColors::isDark(palette);
    if (dark == m_dark)
        return;
    setColors(dark);
    rehighlight();
}

void MarkdownHighlighter::setColors(bool dark)
{
    static_assert(std::size(roleStyles) == RoleCount);
    m_dark = dark;
    for (std::size_t i = 0; i < RoleCount; ++i) {
        const RoleStyle &roleStyle = roleStyles[i];
        QTextCharFormat format;
        const QRgb colour = dark ? roleStyle.dark : roleStyle.light;
        if (colour != 0)
            format.setForeground(QColor::fromRgb(colour));
        if (roleStyle.bold)
            format.setFontWeight(QFont::Bold);
        if (roleStyle.italic)
            format.setFontItalic(true);
        if (roleStyle.underline)
            format.setFontUnderline(true);
        m_styles[i] = format;
    }
}

void MarkdownHighlighter::apply(int start, int length, Role role)
{
    setFormat(start, length, style(role));
}

void MarkdownHighlighter::merge(int start, int length, Role role)
{
    const int end = start + length;
    int runStart = start;
    while (runStart < end) {
        const QTextCharFormat base = format(runStart);
        int runEnd = runStart + 1;
        while (runEnd < end && format(runEnd) == base)
            ++runEnd;
        QTextCharFormat merged = base;
        merged.merge(style(role));
        setFormat(runStart, runEnd - runStart, merged);
        runStart = runEnd;
    }
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    switch (kindOf(previous)) {
    case Frontmatter:
    case BlockScalar:
    case PlainScalar:
        highlightFrontmatter(text, previous);
        return;
    case BacktickFence:
    case TildeFence:
        highlightFence(text, previous);
        return;
    case HtmlComment: {
        const int end = text.indexOf(QLatin1String("-->"));
        if (end < 0) {
            apply(0, text.size(), Role::Comment);
            setCurrentBlockState(stateOf(HtmlComment));
            return;
        }
        apply(0, end + 3, Role::Comment);
        setCurrentBlockState(stateOf(Markdown));
        highlightInline(text, end + 3);
        return;
    }
    case Markdown:
        break;
    }
    if (m_mode == HighlighterFactory::Mode::Source && !currentBlock().previous().isValid()
        && QStringView(text).trimmed() == QLatin1String("---")) {
        apply(0, text.size(), Role::Markup);
        setCurrentBlockState(stateOf(Frontmatter));
        return;
    }
    highlightMarkdown(text);
}

void MarkdownHighlighter::highlightMarkdown(const QString &text)
{
    static const QRegularExpression taskPattern(QStringLiteral("\\G[ \\t]+(\\[[ xX]\\])(?=[ \\t])"));

    setCurrentBlockState(stateOf(Markdown));
    const int size = text.size();
    const QTextBlock previous = currentBlock().previous();
    const bool underline = isSetextUnderline(text) && previous.isValid()
        && kindOf(previous.userState()) == Markdown && isParagraphText(previous.text());
    checkSetextHeadingAbove(underline);
    if (underline) {
        apply(0, size, Role::Markup);
        return;
    }
    if (indentation(text) == size)
        return;
    const QTextBlock next = currentBlock().next();
    if (next.isValid() && isSetextUnderline(next.text()) && isParagraphText(text)) {
        apply(0, size, Role::Heading);
        setCurrentBlockState(stateOf(Markdown) | SetextHeading);
        highlightInline(text, 0);
        return;
    }

    const QRegularExpressionMatch fence = fencePattern().match(text);
    // A backtick in the info string makes the line a code span, not a fence.
    if (fence.hasMatch() && (text.at(fence.capturedStart(1)) == u'~' || !fence.captured(2).contains(u'`'))) {
        apply(0, fence.capturedEnd(1), Role::Markup);
        apply(fence.capturedStart(2), fence.capturedLength(2), Role::CodeInfo);
        const Kind kind = text.at(fence.capturedStart(1)) == u'`' ? BacktickFence : TildeFence;
        setCurrentBlockState(stateOf(kind, fence.capturedLength(1)));
        return;
    }
    const QRegularExpressionMatch atx = atxPattern().match(text);
    if (atx.hasMatch()) {
        apply(0, size, Role::Heading);
        merge(0, atx.capturedEnd(1), Role::Markup);
        highlightInline(text, atx.capturedEnd(1));
        return;
    }
    if (rulePattern().match(text).hasMatch()) {
        apply(0, size, Role::Markup);
        return;
    }
    const QRegularExpressionMatch reference = referencePattern().match(text);
    if (reference.hasMatch()) {
        apply(reference.capturedStart(1), reference.capturedLength(1), Role::Link);
        apply(reference.capturedStart(2), reference.capturedLength(2), Role::Url);
        return;
    }

    int from = 0;
    const QRegularExpressionMatch quote = quotePattern().match(text);
    if (quote.hasMatch()) {
        from = quote.capturedEnd();
        apply(0, from, Role::Markup);
        apply(from, size - from, Role::Quote);
    }
    const QRegularExpressionMatch list = listPattern().match(text, from);
    if (list.hasMatch()) {
        apply(list.capturedStart(1), list.capturedLength(1), Role::ListMarker);
        from = list.capturedEnd(1);
        const QRegularExpressionMatch task = taskPattern.match(text, from);
        if (task.hasMatch()) {
            apply(task.capturedStart(1), task.capturedLength(1), Role::Markup);
            from = task.capturedEnd(1);
        }
    }
    highlightInline(text, from);
}

void MarkdownHighlighter::checkSetextHeadingAbove(bool underline)
{
    // The line above was highlighted before this one changed; QSyntaxHighlighter does not go
    // back, so highlight it again once this change is done.
    const QTextBlock previous = currentBlock().previous();
    if (!previous.isValid())
        return;
    const bool headed = previous.userState() >= 0 && (previous.userState() & SetextHeading) != 0;
    if (underline == headed)
        return;
    if (m_pending.isEmpty())
        QMetaObject::invokeMethod(this, &MarkdownHighlighter::rehighlightPending, Qt::QueuedConnection);
    m_pending.append(QTextCursor(previous));
}

void MarkdownHighlighter::rehighlightPending()
{
    const QList<QTextCursor> pending = std::exchange(m_pending, {});
    for (const QTextCursor &cursor : pending) {
        if (!cursor.isNull() && cursor.document() == document())
            rehighlightBlock(cursor.block());
    }
}

void MarkdownHighlighter::highlightFence(const QString &text, int state)
{
    const QChar fence = kindOf(state) == BacktickFence ? QChar(u'`') : QChar(u'~');
    const int indent = indentation(text);
    const int run = runLength(text, indent, fence);
    if (run > 0 && run >= valueOf(state) && QStringView(text).mid(indent + run).trimmed().isEmpty()) {
        apply(0, text.size(), Role::Markup);
        setCurrentBlockState(stateOf(Markdown));
        return;
    }
    apply(0, text.size(), Role::Code);
    setCurrentBlockState(state);
}

void MarkdownHighlighter::highlightFrontmatter(const QString &text, int state)
{
    // An optional "- ", then a quoted key or a plain one (not starting with an indicator), then ":".
    static const QRegularExpression keyPattern(
        QStringLiteral("^[ \\t]*(?:(-)[ \\t]+)?"
                       "(\"[^\"]*\"|'[^']*'|[^\\s#'\"{}\\[\\],&*!|>%@`-][^#]*?|-[^\\s#][^#]*?)"
                       "[ \\t]*:(?=[ \\t]|$)"));

    const int size = text.size();
    const int indent = indentation(text);
    const bool blank = indent == size;
    const Kind kind = kindOf(state);
    if ((kind == BlockScalar || kind == PlainScalar) && (blank || indent > valueOf(state))) {
        if (kind == BlockScalar)
            apply(indent, size - indent, Role::String);
        setCurrentBlockState(state);
        return;
    }
    setCurrentBlockState(stateOf(Frontmatter));
    const QStringView trimmed = QStringView(text).trimmed();
    if (indent == 0 && (trimmed == QLatin1String("---") || trimmed == QLatin1String("..."))) {
        apply(0, size, Role::Markup);
        setCurrentBlockState(stateOf(Markdown));
        return;
    }
    if (blank)
        return;
    if (text.at(indent) == u'#') {
        apply(indent, size - indent, Role::Comment);
        return;
    }
    int from = indent;
    const QRegularExpressionMatch key = keyPattern.match(text);
    if (key.hasMatch()) {
        if (key.capturedLength(1) > 0)
            apply(key.capturedStart(1), 1, Role::Markup);
        apply(key.capturedStart(2), key.capturedLength(2), Role::Key);
        from = key.capturedEnd();
    } else if (text.at(indent) == u'-' && (indent + 1 == size || text.at(indent + 1).isSpace())) {
        apply(indent, 1, Role::Markup);
        from = indent + 1;
    }
    highlightYamlValue(text, from, indent);
}

void MarkdownHighlighter::highlightYamlValue(const QString &text, int from, int indent)
{
    static const QRegularExpression blockScalarPattern(QStringLiteral("\\G[|>][-+0-9]*[ \\t]*(#.*)?$"));
    static const QRegularExpression constantPattern(
        QStringLiteral("^(?:true|false|True|False|TRUE|FALSE|yes|no|null|Null|NULL|~"
                       "|[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|0x[0-9a-fA-F]+)$"));

    const int size = text.size();
    int start = from;
    while (start < size && text.at(start).isSpace())
        ++start;
    if (start >= size)
        return; // a map or a list follows on the next lines
    const QChar first = text.at(start);
    if (first == u'#') {
        apply(start, size - start, Role::Comment);
        return;
    }
    if (first == u'|' || first == u'>') {
        const QRegularExpressionMatch header = blockScalarPattern.match(text, start);
        if (header.hasMatch()) {
            apply(start, header.capturedLength(), Role::Markup);
            if (header.capturedLength(1) > 0)
                apply(header.capturedStart(1), header.capturedLength(1), Role::Comment);
            setCurrentBlockState(stateOf(BlockScalar, indent));
            return;
        }
    }
    if (first == u'"' || first == u'\'') {
        int end = start + 1;
        while (end < size) {
            const QChar c = text.at(end);
            if (first == u'"' && c == u'\\') {
                end += 2;
            } else if (c == first && first == u'\'' && end + 1 < size && text.at(end + 1) == u'\'') {
                end += 2; // '' is a quote inside single quotes
            } else if (c == first) {
                break;
            } else {
                ++end;
            }
        }
        if (end >= size) {
            apply(start, size - start, Role::String);
            setCurrentBlockState(stateOf(BlockScalar, indent)); // the string goes on below
            return;
        }
        apply(start, end + 1 - start, Role::String);
        const int comment = text.indexOf(QLatin1String(" #"), end + 1);
        if (comment >= 0)
            apply(comment + 1, size - comment - 1, Role::Comment);
        return;
    }
    if (first == u'[' || first == u'{') {
        // A flow collection on one line: its punctuation and quoted strings.
        for (int i = start; i < size; ++i) {
            const QChar c = text.at(i);
            if (c == u'"' || c == u'\'') {
                const int close = text.indexOf(c, i + 1);
                const int end = close < 0 ? size : close + 1;
                apply(i, end - i, Role::String);
                i = end - 1;
            } else if (c == u'[' || c == u']' || c == u'{' || c == u'}' || c == u',' || c == u':') {
                apply(i, 1, Role::Markup);
            } else if (c == u'#' && text.at(i - 1).isSpace()) {
                apply(i, size - i, Role::Comment);
                break;
            }
        }
        return;
    }
    int end = size;
    const int comment = text.indexOf(QLatin1String(" #"), start);
    if (comment >= 0) {
        apply(comment + 1, size - comment - 1, Role::Comment);
        end = comment;
    }
    const QString value = text.mid(start, end - start).trimmed();
    if (constantPattern.match(value).hasMatch())
        apply(start, value.size(), Role::Constant);
    setCurrentBlockState(stateOf(PlainScalar, indent));
}

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    static const QRegularExpression autolinkPattern(
        QStringLiteral("\\G<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[^\\s<>@]+@[^\\s<>]+)>"));
    static const QRegularExpression tagPattern(QStringLiteral("\\G</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>"));
    static const QRegularExpression urlPattern(
        QStringLiteral("\\Ghttps?://[^\\s<>()\\[\\]`]*[^\\s<>()\\[\\]`.,;:!?'\"*_]"));
    static const QRegularExpression linkPattern(
        QStringLiteral("!?\\[([^\\[\\]]*)\\](?:\\(([^()\\s]*)(?:\\s+\"[^\"]*\")?\\)|\\[([^\\[\\]]*)\\])"));

    // Code spans, HTML, autolinks and escapes come first: emphasis never starts or ends in them.
    QList<std::pair<int, int>> taken;
    const int size = text.size();
    for (int i = from; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < size && isAsciiPunctuation(text.at(i + 1))) {
            merge(i, 1, Role::Markup);
            taken.append({i, i + 2});
            ++i;
        } else if (c == u'`') {
            const int run = runLength(text, i, c);
            int close = i + run;
            while (close < size) {
                if (text.at(close) != u'`') {
                    ++close;
                    continue;
                }
                const int closeRun = runLength(text, close, c);
                if (closeRun == run)
                    break;
                close += closeRun;
            }
            if (close < size) {
                merge(i, run, Role::Markup);
                merge(i + run, close - i - run, Role::Code);
                merge(close, run, Role::Markup);
                taken.append({i, close + run});
                i = close + run - 1;
            } else {
                i += run - 1; // an unmatched run of backticks is text
            }
        } else if (c == u'<') {
            if (QStringView(text).mid(i, 4) == QLatin1String("<!--")) {
                const int end = text.indexOf(QLatin1String("-->"), i + 4);
                if (end < 0) {
                    apply(i, size - i, Role::Comment);
                    setCurrentBlockState(stateOf(HtmlComment));
                    return;
                }
                apply(i, end + 3 - i, Role::Comment);
                taken.append({i, end + 3});
                i = end + 2;
                continue;
            }
            for (const auto &[pattern, role] :
                 {std::pair{&autolinkPattern, Role::Link}, std::pair{&tagPattern, Role::Html}}) {
                const QRegularExpressionMatch match = pattern->match(text, i);
                if (match.hasMatch()) {
                    merge(i, match.capturedLength(), role);
                    taken.append({i, match.capturedEnd()});
                    i = match.capturedEnd() - 1;
                    break;
                }
            }
        } else if (c == u'h' && (i == 0 || (!text.at(i - 1).isLetterOrNumber() && text.at(i - 1) != u'('))) {
            // A bare URL, but not the target of [text](url), which the link pass colours.
            const QRegularExpressionMatch match = urlPattern.match(text, i);
            if (match.hasMatch()) {
                merge(i, match.capturedLength(), Role::Link);
                taken.append({i, match.capturedEnd()});
                i = match.capturedEnd() - 1;
            }
        }
    }
    const auto isTaken = [&taken](int position) {
        return std::any_of(taken.cbegin(), taken.cend(), [position](const std::pair<int, int> &range) {
            return range.first <= position && position < range.second;
        });
    };

    if (text.indexOf(u'[', from) >= 0) {
        QRegularExpressionMatchIterator links = linkPattern.globalMatch(text, from);
        while (links.hasNext()) {
            const QRegularExpressionMatch link = links.next();
            if (isTaken(link.capturedStart()))
                continue;
            merge(link.capturedStart(), link.capturedLength(), Role::Markup);
            merge(link.capturedStart(1), link.capturedLength(1), Role::Link);
            const int target = link.capturedLength(2) > 0 ? 2 : 3;
            merge(link.capturedStart(target), link.capturedLength(target), Role::Url);
            taken.append({link.capturedStart(target), link.capturedEnd(target)});
        }
    }

    if (text.indexOf(u'*', from) < 0 && text.indexOf(u'_', from) < 0)
        return;
    static const QRegularExpression strongPattern(
        QStringLiteral("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|(?<![\\w_])__(?=\\S)(.+?)(?<=\\S)__(?![\\w_])"));
    // A lone _ inside a word (snake_case) is no emphasis; a lone * is.
    static const QRegularExpression emphasisPattern(
        QStringLiteral("(?<![*\\\\])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?!\\*)"
                       "|(?<![\\w_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])"));
    for (const auto &[pattern, role, delimiter] :
         {std::tuple{&strongPattern, Role::Strong, 2}, std::tuple{&emphasisPattern, Role::Emphasis, 1}}) {
        QRegularExpressionMatchIterator matches = pattern->globalMatch(text, from);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const int start = match.capturedStart();
            const int end = match.capturedEnd();
            if (isTaken(start) || isTaken(end - 1))
                continue;
            merge(start + delimiter, end - start - 2 * delimiter, role);
            merge(start, delimiter, Role::Markup);
            merge(end - delimiter, delimiter, Role::Markup);
        }
    }
}

} // namespace Agentry
