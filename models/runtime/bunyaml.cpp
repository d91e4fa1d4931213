// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/bunyaml.h"

#include "text/flatyaml.h"
#include "text/textfacts.h"
#include "text/yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>
#include <string_view>

namespace Agentry {

namespace {

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), int(s.size()));
}

// yaml-cpp swallows U+FEFF anywhere in the text, Bun keeps it: it is handed to yaml-cpp as
// this noncharacter (also three bytes in UTF-8, so columns stay) and turned back in values.
constexpr char16_t kBomStandIn = 0xFDD0;
// Bun reads a plain scalar starting with `,` in block context (`description: ,x`); yaml-cpp
// refuses it. Such a comma is handed to yaml-cpp as this noncharacter.
constexpr char16_t kCommaStandIn = 0xFDD1;

// A scalar's text. yaml-cpp writes the escapes \N and \_ as the single bytes 0x85 and 0xA0,
// not as UTF-8: they are read back as the characters Bun makes of them.
QString scalarText(const std::string &s)
{
    QString text;
    if (isValidUtf8(s.data(), qsizetype(s.size()))) {
        text = toQString(s);
    } else {
        for (size_t i = 0; i < s.size();) {
            size_t length = 1;
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0xC2 && c <= 0xF4)
                length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (length > 1 && i + length <= s.size() && isValidUtf8(s.data() + i, qsizetype(length))) {
                text += QString::fromUtf8(s.data() + i, int(length));
                i += length;
                continue;
            }
            text += c == 0x85 || c == 0xA0 || c < 0x80 ? QChar(char16_t(c)) : QChar(QChar::ReplacementCharacter);
            ++i;
        }
    }
    text.replace(QChar(kBomStandIn), QChar(0xFEFF));
    text.replace(QChar(kCommaStandIn), QChar(u','));
    return text;
}

// The text by lines, without line endings (a `\r` before `\n` is dropped: Bun breaks there too).
class Lines
{
public:
    explicit Lines(const QByteArray &text)
    {
        for (qsizetype pos = 0; pos <= text.size();) {
            const qsizetype newline = text.indexOf('\n', pos);
            qsizetype end = newline < 0 ? text.size() : newline;
            if (end > pos && text.at(end - 1) == '\r')
                --end;
            m_lines.append(std::string_view(text.constData() + pos, size_t(end - pos)));
            if (newline < 0)
                break;
            pos = newline + 1;
        }
    }

    int count() const { return int(m_lines.size()); }
    std::string_view at(int line) const { return line >= 0 && line < count() ? m_lines.at(line) : std::string_view(); }
    int indent(int line) const
    {
        const std::string_view l = at(line);
        int n = 0;
        while (n < int(l.size()) && l[n] == ' ')
            ++n;
        return n;
    }
    bool isBlank(int line) const { return at(line).find_first_not_of(" \t") == std::string_view::npos; }
    bool isComment(int line) const
    {
        const std::string_view l = at(line);
        const size_t first = l.find_first_not_of(" \t");
        return first != std::string_view::npos && l[first] == '#';
    }
    // Blank, or only a comment: no YAML content on this line.
    bool isEmpty(int line) const { return isBlank(line) || isComment(line); }

private:
    QVector<std::string_view> m_lines;
};

// What yaml-cpp leaves unchecked that Bun rejects, found by walking the parsed nodes against
// the text: structure by indentation, unclosed quotes, empty flow entries, and Bun's rule
// about blank lines starting with a tab.
class Walker
{
    Q_DECLARE_TR_FUNCTIONS(BunYaml)

public:
    Walker(const Lines &lines, const QSet<int> &tabLines)
        : m_lines(lines)
        , m_tabLines(tabLines)
    {
    }

    std::optional<BunYaml::Error> check(const YAML::Node &root)
    {
        const int last = m_lines.count() - 1;
        if (root.IsMap() && root.Style() == YAML::EmitterStyle::Block)
            blockMap(root, 0, last, Level::Root);
        else if (root.IsSequence() && root.Style() == YAML::EmitterStyle::Block)
            blockSequence(root, 0, last);
        else
            rootNode(root, last);
        if (!m_error)
            tabLineRule();
        return m_error;
    }

private:
    enum class Level { Root, Nested };

    void fail(int line, int column, const QString &message)
    {
        if (!m_error || line < m_error->line)
            m_error = BunYaml::Error{line, column, message};
    }

    char charAt(const YAML::Mark &mark) const
    {
        const std::string_view l = m_lines.at(mark.line);
        return mark.column >= 0 && size_t(mark.column) < l.size() ? l[size_t(mark.column)] : '\0';
    }

    // A document that is one scalar or flow collection: yaml-cpp stops after it and ignores
    // what follows, Bun refuses anything that is not part of it.
    void rootNode(const YAML::Node &root, int last)
    {
        node(root);
        if (m_error || !root.IsDefined() || root.IsNull())
            return;
        const YAML::Mark mark = root.Mark();
        const char first = charAt(mark);
        int end = mark.line;
        if (first == '|' || first == '>') {
            region(mark.line + 1, last, 1);
            return;
        }
        if ((first == '"' || first == '\'' || first == '[' || first == '{') && !m_closers.isEmpty())
            end = *std::max_element(m_closers.cbegin(), m_closers.cend());
        else
            return plainRoot(mark.line, last);
        for (int line = end + 1; line <= last; ++line) {
            if (!m_lines.isEmpty(line)) {
                fail(line, m_lines.indent(line), tr("Text after the end of the frontmatter's only value."));
                return;
            }
        }
    }

    // A plain scalar as the whole document goes on over the following lines, but a comment
    // ends it, and a line that reads as `key:` makes it a multi-line key Bun refuses.
    void plainRoot(int first, int last)
    {
        bool ended = false;
        for (int line = first; line <= last; ++line) {
            if (m_lines.isEmpty(line))
                continue;
            const std::string_view l = m_lines.at(line);
            if (ended || (line > first && (l.find(": ") != std::string_view::npos || l.back() == ':'))) {
                fail(line, m_lines.indent(line), tr("Text after the end of the frontmatter's only value."));
                return;
            }
            ended = l.find(" #") != std::string_view::npos;
        }
    }

    // A node that starts in the middle of a line: scalars and flow collections.
    void node(const YAML::Node &n)
    {
        if (!n.IsDefined())
            return;
        const YAML::Mark mark = n.Mark();
        if (mark.line < 0 || m_seen.contains(mark.pos))
            return; // an alias shares its anchor's node, checked where it stands
        m_seen.insert(mark.pos);
        if (n.IsScalar()) {
            const char first = charAt(mark);
            if ((first == '"' || first == '\'') && n.Tag() == "!")
                quoted(mark, first);
        } else if ((n.IsSequence() || n.IsMap()) && n.Style() == YAML::EmitterStyle::Flow) {
            flow(mark);
        }
    }

    // Marks the closing quote's line, or fails: yaml-cpp accepts a quote left open at the end.
    void quoted(const YAML::Mark &mark, char quote)
    {
        int line = mark.line;
        skipQuoted(line, size_t(mark.column), quote);
        if (line < m_lines.count()) {
            m_closers.insert(line);
            return;
        }
        fail(mark.line, mark.column, tr("A quoted value is never closed."));
    }

    // Bun rejects empty entries in flow collections (`[, a]`, `{,}`) that yaml-cpp skips.
    void flow(const YAML::Mark &mark)
    {
        int depth = 0;
        bool expectEntry = false;
        int line = mark.line;
        size_t pos = size_t(mark.column);
        for (; line < m_lines.count(); ++line, pos = 0) {
            const std::string_view l = m_lines.at(line);
            for (; pos < l.size(); ++pos) {
                const char c = l[pos];
                if (c == ' ' || c == '\t')
                    continue;
                if (c == '#' && (pos == 0 || l[pos - 1] == ' ' || l[pos - 1] == '\t'))
                    break;
                if (c == '"' || c == '\'') {
                    pos = skipQuoted(line, pos, c);
                    if (line >= m_lines.count())
                        return;
                    expectEntry = false;
                    continue;
                }
                if (c == '[' || c == '{') {
                    ++depth;
                    expectEntry = true;
                    continue;
                }
                if (c == ',') {
                    if (expectEntry) {
                        fail(line, int(pos), tr("An empty entry in a [...] or {...} list."));
                        return;
                    }
                    expectEntry = true;
                    continue;
                }
                if (c == ']' || c == '}') {
                    if (--depth == 0) {
                        m_closers.insert(line);
                        return;
                    }
                    expectEntry = false;
                    continue;
                }
                expectEntry = false;
            }
        }
    }

    // Position of the closing quote (the caller's ++ steps past it); moves `line` on for multi-line
    // text, and past the last line when the quote is never closed.
    size_t skipQuoted(int &line, size_t pos, char quote)
    {
        for (++pos; line < m_lines.count(); ++line, pos = 0) {
            const std::string_view l = m_lines.at(line);
            for (; pos < l.size(); ++pos) {
                if (quote == '"' && l[pos] == '\\') {
                    ++pos;
                } else if (l[pos] == quote) {
                    if (quote == '\'' && pos + 1 < l.size() && l[pos + 1] == '\'') {
                        ++pos;
                        continue;
                    }
                    return pos;
                }
            }
        }
        return 0;
    }

    // Column just after the `:` ending the key that starts at `column`, or -1.
    int colonAfterKey(int line, int column) const
    {
        const std::string_view l = m_lines.at(line);
        size_t pos = size_t(column);
        // `!tag` and `&anchor` before a key: its `:` comes after them, not inside a tag.
        while (pos < l.size() && (l[pos] == '!' || l[pos] == '&')) {
            while (pos < l.size() && l[pos] != ' ' && l[pos] != '\t')
                ++pos;
            while (pos < l.size() && (l[pos] == ' ' || l[pos] == '\t'))
                ++pos;
        }
        if (pos < l.size() && (l[pos] == '"' || l[pos] == '\'')) {
            const char quote = l[pos];
            for (++pos; pos < l.size(); ++pos) {
                if (quote == '"' && l[pos] == '\\')
                    ++pos;
                else if (l[pos] == quote)
                    break;
            }
        }
        for (; pos < l.size(); ++pos) {
            if (l[pos] == ':' && (pos + 1 == l.size() || l[pos + 1] == ' ' || l[pos + 1] == '\t'))
                return int(pos) + 1;
            if (l[pos] == '#' && pos > size_t(column) && (l[pos - 1] == ' ' || l[pos - 1] == '\t'))
                return -1;
        }
        return -1;
    }

    // `? key` on its own line, its value after `: ` below.
    bool isExplicitKey(int line) const
    {
        const std::string_view l = m_lines.at(line);
        const size_t first = l.find_first_not_of(' ');
        return first != std::string_view::npos && l[first] == '?' && (first + 1 == l.size() || l[first + 1] == ' ' || l[first + 1] == '\t');
    }

    // Lines [from, to] hold a value: each must be empty or indented at least `minIndent`.
    bool region(int from, int to, int minIndent)
    {
        for (int line = from; line <= to; ++line) {
            if (!m_lines.isEmpty(line) && m_lines.indent(line) < minIndent) {
                fail(line, m_lines.indent(line), tr("This line is not indented under the key above it."));
                return false;
            }
        }
        return true;
    }

    bool isBlockCollection(const YAML::Node &n) const
    {
        return (n.IsMap() || n.IsSequence()) && n.Style() == YAML::EmitterStyle::Block;
    }

    enum class Owner { Key, Item };

    void value(const YAML::Node &v, int ownerLine, int ownerColumn, int from, int to, Owner owner)
    {
        const YAML::Mark mark = v.Mark();
        const bool properties = charAt(mark) == '&' || charAt(mark) == '!';
        if (v.IsDefined() && v.IsMap() && v.Style() == YAML::EmitterStyle::Block && mark.line == ownerLine && owner == Owner::Key
            && !properties) {
            fail(mark.line, mark.column, tr("A \"key: value\" cannot follow another key on the same line."));
            return;
        }
        const bool nested = v.IsDefined() && isBlockCollection(v) && mark.line > ownerLine;
        if (mark.line > ownerLine)
            m_closers.insert(ownerLine); // nothing after `key:` or `-` on its line
        if (nested) {
            // A block sequence may sit at its key's own column; everything else goes deeper.
            const int column = mark.column;
            if (column < ownerColumn || (column == ownerColumn && (!v.IsSequence() || owner == Owner::Item))) {
                fail(mark.line, column, tr("This line is not indented under the key above it."));
                return;
            }
            if (!region(from, to, column))
                return;
            if (v.IsMap())
                blockMap(v, mark.line, to, Level::Nested);
            else
                blockSequence(v, mark.line, to);
            return;
        }
        if (!region(from, to, ownerColumn + 1))
            return;
        if (!v.IsDefined() || v.IsNull() || (v.IsScalar() && v.Scalar().empty() && v.Tag() != "!" && v.Tag() != "?"))
            m_closers.insert(ownerLine); // empty, or only a tag or anchor
        else if (v.IsScalar() && v.Tag() == "!" && (charAt(mark) == '|' || charAt(mark) == '>'))
            m_blockScalars.append({ownerLine, to});
        node(v);
    }

    void blockMap(const YAML::Node &map, int from, int to, Level level)
    {
        QVector<std::pair<YAML::Node, YAML::Node>> entries;
        for (const auto &entry : map) {
            if (isExplicitKey(entry.first.Mark().line))
                return; // `? key`: left to yaml-cpp
            if (!entry.first.IsScalar() && !entry.first.IsNull())
                return; // [a]: b and such: left to yaml-cpp
            entries.append({entry.first, entry.second});
        }
        if (entries.isEmpty())
            return;
        const int column = entries.first().first.Mark().column;
        if (level == Level::Root && !region(from, entries.first().first.Mark().line - 1, m_lines.count()))
            return;
        for (int i = 0; i < entries.size(); ++i) {
            const YAML::Mark key = entries.at(i).first.Mark();
            if (key.column != column) {
                fail(key.line, key.column, tr("This key is not in line with the keys above it."));
                return;
            }
            if (colonAfterKey(key.line, key.column) < 0) {
                fail(key.line, key.column, tr("This line has no \"key:\" and is not part of the value above it."));
                return;
            }
            const int end = i + 1 < entries.size() ? entries.at(i + 1).first.Mark().line - 1 : to;
            if (i > 0)
                m_laterRegions.append({key.line, end});
            value(entries.at(i).second, key.line, column, key.line + 1, end, Owner::Key);
            if (m_error)
                return;
        }
    }

    void blockSequence(const YAML::Node &sequence, int from, int to)
    {
        const int column = sequence.Mark().column;
        QVector<int> dashes;
        for (int line = from; line <= to; ++line) {
            if (m_lines.isEmpty(line))
                continue;
            const int indent = m_lines.indent(line);
            if (indent < column) {
                fail(line, indent, tr("This line is not indented under the list above it."));
                return;
            }
            if (indent == column) {
                const std::string_view l = m_lines.at(line);
                if (l[size_t(column)] != '-' || (size_t(column) + 1 < l.size() && l[size_t(column) + 1] != ' ' && l[size_t(column) + 1] != '\t')) {
                    fail(line, indent, tr("This line is neither a \"- item\" nor indented under one."));
                    return;
                }
                dashes.append(line);
            }
        }
        int index = 0;
        for (const YAML::Node &item : sequence) {
            if (index >= dashes.size())
                return;
            const int line = dashes.at(index);
            const int end = index + 1 < dashes.size() ? dashes.at(index + 1) - 1 : to;
            value(item, line, column, line + 1, end, Owner::Item);
            if (m_error)
                return;
            ++index;
        }
    }

    // Bun refuses a blank or comment line that starts with a tab inside the value of a key
    // that is not its mapping's first, when what comes before it is not plain or block
    // scalar text (a quote, a bracket, an empty value, or a comment line); and inside a
    // block scalar that goes on after it.
    void tabLineRule()
    {
        for (const int line : m_tabLines) {
            for (const auto &[start, end] : std::as_const(m_blockScalars)) {
                if (line > start && line < end && lastContent(end) > line) {
                    fail(line, 0, tr("A line starting with a tab inside a | or > text."));
                    return;
                }
            }
            const bool later = std::any_of(m_laterRegions.cbegin(), m_laterRegions.cend(),
                                           [line](const std::pair<int, int> &r) { return line >= r.first && line <= r.second; });
            if (!later)
                continue;
            int previous = line - 1;
            bool comment = false;
            while (previous >= 0 && m_lines.isEmpty(previous)) {
                comment = comment || m_lines.isComment(previous);
                --previous;
            }
            if (previous >= 0 && (comment || m_closers.contains(previous))) {
                fail(line, 0, tr("Tab characters cannot be used as indentation."));
                return;
            }
        }
    }

    int lastContent(int to) const
    {
        while (to >= 0 && m_lines.isEmpty(to))
            --to;
        return to;
    }

    const Lines &m_lines;
    const QSet<int> &m_tabLines;
    QSet<int> m_closers;                        // lines where a quote, bracket or empty value ends
    QVector<std::pair<int, int>> m_laterRegions; // values of keys that are not their mapping's first
    QVector<std::pair<int, int>> m_blockScalars;
    QSet<size_t> m_seen;
    std::optional<BunYaml::Error> m_error;
};

bool isCoreTag(const std::string &tag, std::string_view name)
{
    static constexpr std::string_view prefix = "tag:yaml.org,2002:";
    return tag.size() == prefix.size() + name.size() && tag.compare(0, prefix.size(), prefix) == 0
        && tag.compare(prefix.size(), name.size(), name) == 0;
}

// A plain scalar as Bun resolves it: the core schema, with infinities and NaN as numbers.
QJsonValue resolvePlain(const std::string &text)
{
    const std::string_view t(text);
    const QJsonValue value = YamlScalar::resolvePlain(t);
    if (value.isString() && !isValidUtf8(text.data(), qsizetype(text.size())))
        return scalarText(text);
    if (value.isString() && (value.toString().contains(QChar(kBomStandIn)) || value.toString().contains(QChar(kCommaStandIn))))
        return scalarText(text);
    if (value.isString()) {
        std::string_view u = t;
        const bool negative = !u.empty() && u.front() == '-';
        if (!u.empty() && (u.front() == '-' || u.front() == '+'))
            u.remove_prefix(1);
        if (u == ".inf" || u == ".Inf" || u == ".INF")
            return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        if (t == ".nan" || t == ".NaN" || t == ".NAN")
            return std::numeric_limits<double>::quiet_NaN();
    }
    return value;
}

// What `String(value)` gives in JavaScript, for map keys.
QString jsKey(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QStringLiteral("NaN");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        if (d != std::floor(d) || std::abs(d) >= 1e21)
            return QString::number(d, 'g', 17);
        if (std::abs(d) < 9007199254740992.0) // 2^53: every integer below it is exact
            return QString::number(qint64(d));
        // Above 2^53 (and beyond qint64), JavaScript writes the shortest digits that read back
        // as the same number, padded with zeros: 17214571725659950000.
        const QString e = QString::number(std::abs(d), 'e', QLocale::FloatingPointShortest); // "1.7214571725659949e+19"
        const qsizetype at = e.indexOf(u'e');
        QString digits = e.left(at).remove(u'.');
        const int exponent = e.mid(at + 1).toInt();
        digits += QString(exponent + 1 - int(digits.size()), u'0');
        return d < 0 ? u'-' + digits : digits;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            parts.append(item.isNull() ? QString() : jsKey(item));
        return parts.join(u',');
    }
    default:
        return QStringLiteral("[object Object]");
    }
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar: {
        const std::string &tag = node.Tag();
        if (tag == "?")
            return resolvePlain(node.Scalar());
        if (tag == "!" || isCoreTag(tag, "str"))
            return scalarText(node.Scalar());
        if (isCoreTag(tag, "int") || isCoreTag(tag, "float") || isCoreTag(tag, "bool") || isCoreTag(tag, "null"))
            return resolvePlain(node.Scalar());
        // Other tags name no type Bun knows: the text, or null when there is none.
        return node.Scalar().empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(scalarText(node.Scalar()));
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        QJsonObject merged; // `<<` entries: explicit keys win over them, the first merged map over later ones
        for (const auto &entry : node) {
            const YAML::Node &key = entry.first;
            const QJsonValue value = toJson(entry.second);
            if (key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<" && (value.isObject() || value.isArray())) {
                const QJsonArray sources = value.isObject() ? QJsonArray{value} : value.toArray();
                if (std::all_of(sources.begin(), sources.end(), [](const QJsonValue &v) { return v.isObject(); })) {
                    for (const QJsonValue &source : sources) {
                        const QJsonObject map = source.toObject();
                        for (auto it = map.begin(); it != map.end(); ++it) {
                            if (!merged.contains(it.key()))
                                merged.insert(it.key(), it.value());
                        }
                    }
                    continue;
                }
            }
            object.insert(jsKey(toJson(key)), value);
        }
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            if (!object.contains(it.key()))
                object.insert(it.key(), it.value());
        }
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

namespace {

// A `,` where a block-context plain scalar starts: after the indentation, `key: ` or `- `.
bool isLeadingComma(const QByteArray &text, int pos)
{
    if (pos < 0 || pos >= text.size() || text.at(pos) != ',')
        return false;
    qsizetype before = pos;
    while (before > 0 && (text.at(before - 1) == ' ' || text.at(before - 1) == '\t'))
        --before;
    if (before == 0 || text.at(before - 1) == '\n')
        return true;
    const char c = text.at(before - 1);
    return before < pos && (c == ':' || (c == '-' && (before < 2 || text.at(before - 2) == ' ' || text.at(before - 2) == '\n')));
}

// One YAML document (`...` lines separate them): the value or the error.
BunYaml::Result parseDocument(const QByteArray &utf8)
{
    BunYaml::Result result;
    const Lines lines(utf8);

    // A directive can only stand before a `---`, which would have ended the frontmatter.
    for (int line = 0; line < lines.count(); ++line) {
        if (lines.at(line).substr(0, 1) == "%") {
            result.error = {line, 0, BunYaml::tr("A line starting with % is a YAML directive; it cannot stand here.")};
            return result;
        }
    }

    // yaml-cpp refuses blank lines holding a tab, and comment lines led by one; Bun reads them
    // (mostly: see Walker::tabLineRule). Empty them for yaml-cpp, keeping every line in place.
    QByteArray text;
    text.reserve(utf8.size());
    QSet<int> tabLines;
    qsizetype pos = 0;
    for (int line = 0; line < lines.count(); ++line) {
        const std::string_view l = lines.at(line);
        const bool tabLed = !l.empty() && l.front() == '\t';
        const bool blankWithTab = lines.isBlank(line) && l.find('\t') != std::string_view::npos;
        if (blankWithTab || (tabLed && lines.isComment(line))) {
            if (tabLed)
                tabLines.insert(line);
        } else {
            text.append(l.data(), qsizetype(l.size()));
        }
        pos += qsizetype(l.size());
        const qsizetype next = utf8.indexOf('\n', pos);
        const qsizetype end = next < 0 ? utf8.size() : next + 1;
        text.append(utf8.constData() + pos, end - pos); // the line ending as it was
        pos = end;
    }

    // U+FEFF → kBomStandIn, except as the first character: there both drop it as a byte order mark.
    for (qsizetype at = text.indexOf("\xEF\xBB\xBF", 1); at >= 0; at = text.indexOf("\xEF\xBB\xBF", at + 3))
        text.replace(at, 3, "\xEF\xB7\x90");
    // Bun ends a clipped block scalar with a line break even when the text has none.
    if (!text.endsWith('\n'))
        text.append('\n');

    YAML::Node root;
    for (int attempt = 0;; ++attempt) {
        try {
            root = YAML::Load(text.toStdString());
            break;
        } catch (const YAML::Exception &e) {
            if (attempt < 64 && isLeadingComma(text, e.mark.pos)) {
                text.replace(e.mark.pos, 1, "\xEF\xB7\x91"); // kCommaStandIn
                continue;
            }
            result.error = {std::max(0, e.mark.line), std::max(0, e.mark.column), toQString(e.msg)};
            return result;
        }
    }
    Walker walker(lines, tabLines);
    if (const std::optional<BunYaml::Error> error = walker.check(root)) {
        result.error = *error;
        return result;
    }
    result.value = toJson(root);
    return result;
}

bool isDocumentEnd(std::string_view line)
{
    return line == "..." || line.substr(0, 4) == "... " || line.substr(0, 4) == "...\t";
}

} // namespace

BunYaml::Result BunYaml::parse(const QByteArray &utf8)
{
    // Most frontmatter is `key: value` lines: read those without yaml-cpp, ten times faster,
    // and the commonest mistake in them too.
    std::optional<FlatYaml::Reading> flat = FlatYaml::read(utf8);
    if (!flat)
        return fullParse(utf8);
    Result result;
    if (flat->error) {
        result.error = {flat->error->line, flat->error->column, flat->error->message};
        return result;
    }
    QJsonObject object;
    for (const FlatYaml::Entry &entry : std::as_const(flat->entries))
        object.insert(entry.key, entry.value); // the last of a repeated key wins, as in Bun
    result.value = QJsonValue(object);
    return result;
}

BunYaml::Result BunYaml::fullParse(const QByteArray &utf8)
{
    // Bun breaks lines at a lone carriage return too; yaml-cpp makes a key of it.
    QByteArray text = utf8;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\r' && (i + 1 == text.size() || text.at(i + 1) != '\n'))
            text[i] = '\n';
    }

    // `...` ends a document and Bun reads on: several documents make a list of them. Each one
    // is parsed with the other lines emptied, so that positions stay those of the text.
    const Lines lines(text);
    QVector<std::pair<int, int>> documents;
    int first = 0;
    for (int line = 0; line <= lines.count(); ++line) {
        if (line == lines.count() || isDocumentEnd(lines.at(line))) {
            bool content = false;
            for (int l = first; l < line && !content; ++l)
                content = !lines.isEmpty(l);
            if (content || documents.isEmpty())
                documents.append({first, line - 1});
            first = line + 1;
        }
    }
    if (documents.size() == 1 && documents.first().second == lines.count() - 1)
        return parseDocument(text);

    Result result;
    QJsonArray values;
    for (const auto &[from, to] : std::as_const(documents)) {
        QByteArray part;
        for (int line = 0; line < lines.count(); ++line) {
            if (line >= from && line <= to)
                part.append(lines.at(line).data(), qsizetype(lines.at(line).size()));
            if (line + 1 < lines.count())
                part.append('\n');
        }
        Result document = parseDocument(part);
        if (!document.isParsed())
            return document;
        values.append(*document.value);
    }
    result.value = values.size() == 1 ? values.first() : QJsonValue(values);
    return result;
}

} // namespace Agentry
