// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/flatyaml.h"

#include "text/utf8.h"
#include "text/yamlscalar.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>
#include <utility>

namespace Agentry {

namespace {

using Text = std::string_view;

bool isIndicator(char c)
{
    return Text("-?:,[]{}#&*!|>'\"%@`").find(c) != Text::npos;
}

Text trimRight(Text t)
{
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t'))
        t.remove_suffix(1);
    return t;
}

// Without the spaces before and the blanks after.
Text trimmed(Text t)
{
    t = trimRight(t);
    while (!t.empty() && t.front() == ' ')
        t.remove_prefix(1);
    return t;
}

QString toQString(Text t)
{
    return QString::fromUtf8(t.data(), int(t.size()));
}

// A plain scalar that reads the same in every YAML reader: no indicator first, no `: `, no
// ` #`, no tab, not ending in `:`, in a flow list no `?`. Resolved by the core schema as Bun does.
std::optional<QJsonValue> plain(Text t, bool inFlow)
{
    if (t.empty() || isIndicator(t.front()) || t.find('\t') != Text::npos || t.back() == ':' || t.find(": ") != Text::npos
        || t.find(" #") != Text::npos)
        return std::nullopt;
    // yaml-cpp ends a flow item at a `?` that Bun and the YAML spec keep inside it.
    if (inFlow && t.find_first_of(",[]{}:?") != Text::npos)
        return std::nullopt;
    const QJsonValue value = YamlScalar::resolvePlain(t);
    if (value.isString()) {
        // Infinities and NaN: Bun makes numbers of them; leave those to the full reader.
        Text u = t;
        if (u.front() == '-' || u.front() == '+')
            u.remove_prefix(1);
        if (!u.empty() && u.front() == '.')
            return std::nullopt;
    }
    return value;
}

// The inside of a quoted scalar, copied a run at a time up to each of `stops` (most hold
// none). `unescape` reads what stands at a stop into `out` and returns how many bytes it
// took, or 0 where the fast path cannot be sure of the scalar.
template<typename Unescape>
std::optional<QJsonValue> unquoted(Text t, char quote, Text stops, Unescape unescape)
{
    if (t.size() < 2 || t.front() != quote || t.back() != quote)
        return std::nullopt;
    const Text inner = t.substr(1, t.size() - 2);
    std::string out;
    for (size_t at = 0;;) {
        const size_t stop = inner.find_first_of(stops, at);
        if (stop == Text::npos) {
            if (at == 0)
                return QJsonValue(toQString(inner));
            out.append(inner.substr(at));
            return QJsonValue(toQString(out));
        }
        out.append(inner.substr(at, stop - at));
        const size_t taken = unescape(inner.substr(stop), out);
        if (taken == 0)
            return std::nullopt;
        at = stop + taken;
    }
}

// At a quote inside single quotes: only a doubled one stands for itself.
size_t singleQuoteEscape(Text at, std::string &out)
{
    if (at.size() < 2 || at[1] != '\'')
        return 0; // a lone quote inside: not one scalar
    out += '\'';
    return 2;
}

// At a quote or backslash inside double quotes: the common escapes; the rest go to the full reader.
size_t doubleQuoteEscape(Text at, std::string &out)
{
    if (at[0] == '"' || at.size() < 2)
        return 0;
    constexpr Text from = "\\\"/nt";
    constexpr Text to = "\\\"/\n\t";
    const size_t which = from.find(at[1]);
    if (which == Text::npos)
        return 0;
    out += to[which];
    return 2;
}

std::optional<QJsonValue> scalar(Text t)
{
    if (t.empty())
        return QJsonValue(QJsonValue::Null);
    if (t.front() == '\'')
        return unquoted(t, '\'', "'", singleQuoteEscape);
    if (t.front() == '"')
        return unquoted(t, '"', "\"\\", doubleQuoteEscape);
    if (t.front() == '[') {
        if (t.back() != ']' || t.find_first_of("\"'[{}#", 1) < t.size() - 1)
            return std::nullopt;
        QJsonArray items;
        Text inner = t.substr(1, t.size() - 2);
        if (trimmed(inner).empty())
            return QJsonValue(items);
        while (true) {
            const size_t comma = inner.find(',');
            const Text item = trimmed(inner.substr(0, comma));
            if (item.empty()) {
                if (comma == Text::npos && !items.isEmpty())
                    break; // a trailing comma
                return std::nullopt;
            }
            const std::optional<QJsonValue> value = plain(item, true);
            if (!value)
                return std::nullopt;
            items.append(*value);
            if (comma == Text::npos)
                break;
            inner.remove_prefix(comma + 1);
        }
        return QJsonValue(items);
    }
    return plain(t, false);
}

// A `|` or `>` text (clip or strip chomping, no indentation indicator) on lines [first, end).
std::optional<QJsonValue> block(const QVector<Text> &lines, int first, int end, char style, bool strip)
{
    int indent = -1;
    for (int l = first; l < end; ++l) {
        const Text line = lines.at(l);
        if (line.find_first_not_of(' ') == Text::npos) {
            if (!line.empty())
                return std::nullopt; // a line of spaces: how much of it is text depends on its neighbours
            continue;
        }
        size_t n = line.find_first_not_of(' ');
        if (indent < 0)
            indent = int(n);
        if (int(n) < indent || line[n] == '\t')
            return std::nullopt;
        if (style == '>' && int(n) > indent)
            return std::nullopt; // more-indented lines fold differently
    }
    if (indent <= 0)
        return std::nullopt;
    // The text's own lines, trailing empty ones dropped (clip and strip both drop them).
    int last = end - 1;
    while (last >= first && lines.at(last).find_first_not_of(' ') == Text::npos)
        --last;
    std::string out;
    bool previousEmpty = true; // no space before the first line
    for (int l = first; l <= last; ++l) {
        const Text line = lines.at(l);
        const bool empty = line.find_first_not_of(' ') == Text::npos;
        if (style == '|') {
            if (l > first)
                out += '\n';
            if (!empty)
                out.append(line.substr(size_t(indent)));
            continue;
        }
        if (empty) {
            out += '\n';
        } else {
            if (!previousEmpty)
                out += ' ';
            out.append(line.substr(size_t(indent)));
        }
        previousEmpty = empty;
    }
    if (last >= first && !strip)
        out += '\n';
    return QJsonValue(toQString(out));
}

// Where a plain text holds a `:` before a space or the line's end, which yaml-cpp refuses as a
// map value indicator ("illegal map value" at that colon); nothing when there is none before a
// comment. Tabs and texts that are not plain from their first character are left to the full reader.
// The first `:` of a line's text that a space or the text's end follows, or npos.
size_t valueIndicator(Text text)
{
    size_t colon = text.find(':');
    while (colon != Text::npos && colon + 1 < text.size() && text[colon + 1] != ' ')
        colon = text.find(':', colon + 1);
    return colon;
}

std::optional<int> mapValueInPlainValue(Text value)
{
    if (value.empty() || isIndicator(value.front()) || value.find('\t') != Text::npos)
        return std::nullopt;
    const size_t colon = valueIndicator(value);
    if (colon == Text::npos || value.substr(0, colon).find(" #") != Text::npos)
        return std::nullopt;
    return int(colon);
}

// A run of text lines at column 0 after the entries, as an example pasted below a description:
// yaml-cpp reads the first line as a plain scalar that runs on into the next lines and refuses
// the first `: ` in them. Only simple runs are judged here: lines that start at column 0 with no
// indicator and hold no comment, quote, bracket or tab before that colon, the first with no colon
// at all. Returns the colon's line and column.
std::optional<std::pair<int, int>> mapValueInTextRun(const QVector<Text> &lines, int first)
{
    const auto simple = [](Text text) { return text.find_first_of("#\t'\"[]{}") == Text::npos; };
    for (int l = first; l < lines.size(); ++l) {
        const Text line = trimRight(lines.at(l));
        if (line.empty() || line.front() == ' ' || isIndicator(line.front()) || lines.at(l).find('\t') != Text::npos)
            return std::nullopt;
        const size_t colon = valueIndicator(line);
        if (colon != Text::npos && l > first && simple(line.substr(0, colon)) && line.substr(0, colon).find(':') == Text::npos)
            return std::make_pair(l, int(colon));
        if (line.find(':') != Text::npos || !simple(line))
            return std::nullopt;
    }
    return std::nullopt;
}

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// A `key: value` line's key (letters, digits, `_` and `-` from `indent`) and its value's text,
// trimmed; nothing when the line has another shape.
struct KeyLine
{
    Text key;
    Text value;
};

std::optional<KeyLine> keyLine(Text line, size_t indent)
{
    size_t colon = indent;
    while (colon < line.size() && isKeyChar(line[colon]))
        ++colon;
    if (colon == indent || colon >= line.size() || line[colon] != ':' || (colon + 1 < line.size() && line[colon + 1] != ' '))
        return std::nullopt;
    return KeyLine{line.substr(indent, colon - indent), trimmed(line.substr(colon + 1))};
}

// A key's own `key: value` lines (first, end), all at one indentation deeper than the key, each
// value a scalar or flow list on its line: a map of them, the last of a repeated key winning as
// in every reader here. Anything else (deeper lines, comments, a value over several lines) is
// left to the full reader.
std::optional<QJsonValue> blockMap(const QVector<Text> &lines, int first, int end)
{
    QJsonObject map;
    int indent = -1;
    for (int l = first; l < end; ++l) {
        const Text line = lines.at(l);
        const size_t n = line.find_first_not_of(' ');
        if (n == Text::npos) {
            if (!line.empty())
                return std::nullopt;
            continue;
        }
        if ((indent >= 0 && int(n) != indent) || n == 0 || line[n] == '#' || line[n] == '-')
            return std::nullopt;
        indent = int(n);
        const std::optional<KeyLine> entry = keyLine(line, n);
        if (!entry || !YamlScalar::resolvePlain(entry->key).isString())
            return std::nullopt;
        const std::optional<QJsonValue> value = scalar(entry->value);
        if (!value)
            return std::nullopt;
        map.insert(toQString(entry->key), *value);
    }
    return QJsonValue(map);
}

// Whether the first line with text in [first, end) is a `- item`.
bool startsItem(const QVector<Text> &lines, int first, int end)
{
    for (int l = first; l < end; ++l) {
        const size_t n = lines.at(l).find_first_not_of(' ');
        if (n != Text::npos)
            return lines.at(l)[n] == '-';
    }
    return false;
}

// The lines of `utf8` (without their `\n` or `\r\n`), or nothing for the shapes only the full
// reader decides: a BOM, lone carriage returns, tabs at a line start, control characters other
// than tab and line ends (yaml-cpp does not read NUL as text, and others such as 0x04 end a block
// scalar for it), ill-formed UTF-8 (yaml-cpp replaces it its own way), and (for BunYaml) a `%`
// directive line or a `...` document end anywhere. One pass over the bytes: this runs for every
// frontmatter each reader reads.
std::optional<QVector<Text>> linesOf(const QByteArray &utf8)
{
    // The bytes that need a closer look: line ends, control characters and non-ASCII.
    static constexpr auto notable = [] {
        std::array<bool, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[size_t(c)] = (c < 0x20 && c != '\t') || c >= 0x7F;
        return table;
    }();
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    QVector<Text> lines;
    qsizetype lineStart = 0;
    for (qsizetype at = 0; at < size;) {
        if (at == lineStart) {
            const char c = data[at];
            if (c == '\t' || c == '%' || (c == '.' && size - at >= 3 && data[at + 1] == '.' && data[at + 2] == '.'))
                return std::nullopt;
        }
        while (at < size && !notable[static_cast<unsigned char>(data[at])])
            ++at;
        if (at == size)
            break;
        const auto c = static_cast<unsigned char>(data[at]);
        if (c >= 0x80) {
            const Utf8::Step step = Utf8::stepAt(data, size, at);
            if (!step.wellFormed || step.codePoint == 0xFEFF)
                return std::nullopt;
            at += step.bytes;
            continue;
        }
        if (c != '\n' && (c != '\r' || (at + 1 < size && data[at + 1] != '\n')))
            return std::nullopt; // a control character, or a carriage return alone
        if (c == '\n' || at + 1 == size) {
            const qsizetype end = c == '\n' && at > lineStart && data[at - 1] == '\r' ? at - 1 : at;
            lines.append(Text(data + lineStart, size_t(end - lineStart)));
            lineStart = at + 1;
        }
        ++at;
    }
    if (lineStart < size || size == 0 || data[size - 1] == '\n')
        lines.append(Text(data + lineStart, size_t(size - lineStart)));
    return lines;
}

std::optional<FlatYaml::Reading> readUncached(const QByteArray &utf8)
{
    // A carriage return at the very end is a line break to yaml-cpp, which a block scalar ending
    // there keeps: the full reader's case.
    if (utf8.endsWith('\r'))
        return std::nullopt;
    const std::optional<QVector<Text>> split = linesOf(utf8);
    if (!split)
        return std::nullopt;
    const QVector<Text> &lines = *split;

    FlatYaml::Reading reading;
    for (int l = 0; l < lines.size();) {
        const Text line = lines.at(l);
        const size_t first = line.find_first_not_of(' ');
        if (first == Text::npos || line[first] == '#') {
            if (first != Text::npos && first != 0)
                return std::nullopt; // an indented comment: the full reader knows where it belongs
            ++l;
            continue;
        }
        if (first != 0 || line == Text("...") || line.substr(0, 3) == Text("---"))
            return std::nullopt;
        const std::optional<KeyLine> entry = keyLine(line, 0);
        if (!entry) {
            if (reading.entries.isEmpty())
                return std::nullopt;
            const std::optional<std::pair<int, int>> at = mapValueInTextRun(lines, l);
            if (!at)
                return std::nullopt;
            reading.error = FlatYaml::Error{at->first, at->second, QStringLiteral("illegal map value")};
            return reading;
        }
        const Text key = entry->key;
        // `key: # a note`: a comment is no value, and the key's is empty.
        const Text rest = !entry->value.empty() && entry->value.front() == '#' ? Text() : entry->value;
        if (!YamlScalar::resolvePlain(key).isString() || key.front() == '-')
            return std::nullopt; // `null:`, `true:`, `1:`: JavaScript spells those keys its own way
        if (const std::optional<int> at = mapValueInPlainValue(rest)) {
            reading.error = FlatYaml::Error{l, int(rest.data() - line.data()) + *at, QStringLiteral("illegal map value")};
            return reading;
        }
        // The lines that belong to this key: up to the next line at column 0 that is not blank.
        int next = l + 1;
        while (next < lines.size()) {
            const Text following = lines.at(next);
            if (!following.empty() && following.front() != ' ')
                break;
            ++next;
        }
        bool hasMore = false;
        for (int m = l + 1; m < next && !hasMore; ++m)
            hasMore = lines.at(m).find_first_not_of(' ') != Text::npos;

        std::optional<QJsonValue> value;
        if (rest == Text("|") || rest == Text("|-") || rest == Text(">") || rest == Text(">-")) {
            value = block(lines, l + 1, next, rest.front(), rest.size() == 2);
        } else if (rest.empty() && hasMore && !startsItem(lines, l + 1, next)) {
            value = blockMap(lines, l + 1, next);
        } else if (rest.empty() && hasMore) {
            // `- item` lines, all at one indentation deeper than the key.
            QJsonArray items;
            int indent = -1;
            for (int m = l + 1; m < next && value.has_value() == false; ++m) {
                const Text item = lines.at(m);
                const size_t n = item.find_first_not_of(' ');
                if (n == Text::npos)
                    continue;
                if ((indent >= 0 && int(n) != indent) || n == 0 || item.substr(n, 2) != Text("- "))
                    return std::nullopt;
                indent = int(n);
                const Text text = trimmed(item.substr(n + 2));
                if (text.empty() || text.front() == '[' || text.front() == '-')
                    return std::nullopt;
                const std::optional<QJsonValue> v = scalar(text);
                if (!v)
                    return std::nullopt;
                items.append(*v);
            }
            value = QJsonValue(items);
        } else if (!hasMore) {
            value = scalar(rest);
        }
        if (!value)
            return std::nullopt;
        reading.entries.append({toQString(key), *value, l});
        l = next;
    }
    if (reading.entries.isEmpty())
        return std::nullopt; // an empty or comment-only text: null in YAML, decided by the full reader
    return reading;
}

} // namespace

namespace {

// Whether `a` and `b` read alike: the same text, or one of them the other with a line break more
// (Claude Code's block holds the line break before the closing `---`, the other runtimes' do not).
// FlatYaml gives a text's last line no meaning for its line break, and a final empty line none,
// unless the shorter ends in a carriage return, which the longer would make a lone one.
bool readAlike(const QByteArray &a, const QByteArray &b)
{
    if (a.size() == b.size())
        return a == b;
    const QByteArray &shorter = a.size() < b.size() ? a : b;
    const QByteArray &longer = a.size() < b.size() ? b : a;
    const Text rest = Text(longer.constData(), size_t(longer.size())).substr(size_t(shorter.size()));
    return (rest == "\n" || rest == "\r\n") && !shorter.endsWith('\r') && longer.startsWith(shorter);
}

} // namespace

std::optional<FlatYaml::Reading> FlatYaml::read(const QByteArray &utf8)
{
    // One file's readers (Agentry's own parse, Claude Code's, Copilot's in its folder) ask about
    // the same text in turn: the last answer of each thread is kept for the next question.
    thread_local QByteArray lastText;
    thread_local std::optional<Reading> lastReading;
    if (!lastText.isNull() && readAlike(utf8, lastText))
        return lastReading;
    lastReading = readUncached(utf8);
    lastText = utf8;
    return lastReading;
}

} // namespace Agentry
