// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/frontmattersplitter.h"

#include <string_view>

namespace Agentry {

namespace {

// One line of the file: [start, end) without its line ending, next = start of the following line.
struct Line
{
    qsizetype start;
    qsizetype end;
    qsizetype next;
};

Line lineAt(const QByteArray &bytes, qsizetype start)
{
    qsizetype newline = bytes.indexOf('\n', start);
    const qsizetype next = newline < 0 ? bytes.size() : newline + 1;
    qsizetype end = newline < 0 ? bytes.size() : newline;
    if (end > start && bytes.at(end - 1) == '\r')
        --end;
    return {start, end, next};
}

std::string_view trimmedRight(const QByteArray &bytes, const Line &line)
{
    qsizetype end = line.end;
    while (end > line.start && (bytes.at(end - 1) == ' ' || bytes.at(end - 1) == '\t'))
        --end;
    return std::string_view(bytes.constData() + line.start, size_t(end - line.start));
}

std::string_view trimmed(const QByteArray &bytes, const Line &line)
{
    std::string_view view = trimmedRight(bytes, line);
    while (!view.empty() && (view.front() == ' ' || view.front() == '\t'))
        view.remove_prefix(1);
    return view;
}

bool isFenceOpening(std::string_view text)
{
    return text == "```yaml" || text == "```yml" || text == "~~~yaml" || text == "~~~yml";
}

// Scans from `from` (line number `line`) for the first line accepted by `closes`.
template<typename Predicate>
void findClose(const QByteArray &bytes, FrontmatterBlock &block, qsizetype from, int line, Predicate closes)
{
    for (qsizetype pos = from; pos < bytes.size(); ++line) {
        const Line current = lineAt(bytes, pos);
        if (closes(current)) {
            block.contentEnd = current.start;
            block.closeLine = line;
            block.bodyStart = current.next;
            block.bodyLine = line + (current.next > current.end && bytes.at(current.next - 1) == '\n' ? 1 : 0);
            return;
        }
        pos = current.next;
    }
    block.contentEnd = bytes.size();
    block.bodyStart = bytes.size();
    block.bodyLine = line;
}

} // namespace

FrontmatterBlock FrontmatterSplitter::split(const QByteArray &bytes)
{
    FrontmatterBlock block;
    const qsizetype origin = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    block.openStart = origin;
    block.bodyStart = origin;

    const Line first = lineAt(bytes, origin);
    if (first.next > first.end && trimmedRight(bytes, first) == "---") {
        block.contentStart = first.next;
        block.contentLine = 1;
        findClose(bytes, block, first.next, 1, [&](const Line &l) {
            const std::string_view text = trimmedRight(bytes, l);
            return text == "---" || text == "...";
        });
        block.shape = block.closeLine >= 0 ? FrontmatterBlock::Shape::Closed : FrontmatterBlock::Shape::Unterminated;
        return block;
    }

    // Not a frontmatter block; look at the first non-blank line for the broken shapes.
    int line = 0;
    Line current = first;
    while (trimmed(bytes, current).empty() && current.next < bytes.size()) {
        current = lineAt(bytes, current.next);
        ++line;
    }
    const std::string_view text = trimmed(bytes, current);
    const bool indented = current.start < current.end && (bytes.at(current.start) == ' ' || bytes.at(current.start) == '\t');
    FrontmatterBlock::Shape shape = FrontmatterBlock::Shape::None;
    if (text == "---" && (indented || line > 0))
        shape = indented ? FrontmatterBlock::Shape::Indented : FrontmatterBlock::Shape::NotAtStart;
    else if (isFenceOpening(text))
        shape = FrontmatterBlock::Shape::Fenced;
    if (shape == FrontmatterBlock::Shape::None)
        return block;

    FrontmatterBlock found;
    found.shape = shape;
    found.openStart = current.start;
    found.contentStart = current.next;
    found.contentLine = line + 1;
    const std::string_view closing = shape == FrontmatterBlock::Shape::Fenced ? text.substr(0, 3) : std::string_view("---");
    findClose(bytes, found, current.next, line + 1, [&](const Line &l) { return trimmed(bytes, l) == closing; });
    // The body of a misshapen file is the whole file: nothing was recognised as frontmatter.
    found.bodyStart = origin;
    found.bodyLine = 0;
    return found;
}

const char *FrontmatterBlock::shapeName(Shape shape)
{
    switch (shape) {
    case Shape::None:
        return "none";
    case Shape::Closed:
        return "closed";
    case Shape::Unterminated:
        return "unterminated";
    case Shape::NotAtStart:
        return "not-at-start";
    case Shape::Indented:
        return "indented";
    case Shape::Fenced:
        return "fenced";
    }
    return "none";
}

} // namespace Agentry
