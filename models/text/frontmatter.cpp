// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/frontmatter.h"

#include "text/flatyaml.h"
#include "text/utf8.h"
#include "text/yamljson.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>

namespace Agentry {

namespace {

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), int(s.size()));
}

// The text of the frontmatter, split into lines with absolute byte offsets.
class Lines
{
public:
    Lines(const QByteArray &bytes, qsizetype from, qsizetype to)
        : m_bytes(bytes)
        , m_end(to)
    {
        for (qsizetype pos = from; pos < to;) {
            m_starts.append(pos);
            const qsizetype newline = bytes.indexOf('\n', pos);
            pos = newline < 0 || newline >= to ? to : newline + 1;
        }
    }

    int count() const { return int(m_starts.size()); }
    qsizetype start(int line) const { return line < count() ? m_starts.at(line) : m_end; }
    qsizetype next(int line) const { return start(line + 1); }
    // End of the line's text, before `\n` or `\r\n`.
    qsizetype textEnd(int line) const
    {
        qsizetype end = next(line);
        if (end > start(line) && m_bytes.at(end - 1) == '\n')
            --end;
        if (end > start(line) && m_bytes.at(end - 1) == '\r')
            --end;
        return end;
    }
    int indent(int line) const
    {
        qsizetype pos = start(line);
        while (pos < textEnd(line) && m_bytes.at(pos) == ' ')
            ++pos;
        return int(pos - start(line));
    }
    bool isBlank(int line) const
    {
        for (qsizetype pos = start(line); pos < textEnd(line); ++pos) {
            if (m_bytes.at(pos) != ' ' && m_bytes.at(pos) != '\t')
                return false;
        }
        return true;
    }
    bool isComment(int line) const
    {
        const qsizetype pos = start(line) + indent(line);
        return pos < textEnd(line) && m_bytes.at(pos) == '#';
    }

private:
    const QByteArray &m_bytes;
    QVector<qsizetype> m_starts;
    qsizetype m_end;
};

// One past the closing quote of a quoted scalar starting at `pos`, or `end` when unclosed on this line.
qsizetype skipQuoted(const QByteArray &bytes, qsizetype pos, qsizetype end)
{
    const char quote = bytes.at(pos);
    for (++pos; pos < end; ++pos) {
        const char c = bytes.at(pos);
        if (quote == '"' && c == '\\') {
            ++pos;
        } else if (c == quote) {
            if (quote == '\'' && pos + 1 < end && bytes.at(pos + 1) == '\'')
                ++pos;
            else
                return pos + 1;
        }
    }
    return end;
}

// Position just after the `:` that ends the key starting at `pos`.
qsizetype afterKey(const QByteArray &bytes, qsizetype pos, qsizetype end)
{
    if (pos < end && (bytes.at(pos) == '"' || bytes.at(pos) == '\''))
        pos = skipQuoted(bytes, pos, end);
    for (; pos < end; ++pos) {
        if (bytes.at(pos) == ':' && (pos + 1 == end || bytes.at(pos + 1) == ' ' || bytes.at(pos + 1) == '\t'))
            return pos + 1;
    }
    return end;
}

qsizetype skipBlanks(const QByteArray &bytes, qsizetype pos, qsizetype end)
{
    while (pos < end && (bytes.at(pos) == ' ' || bytes.at(pos) == '\t'))
        ++pos;
    return pos;
}

qsizetype trimRight(const QByteArray &bytes, qsizetype from, qsizetype pos)
{
    while (pos > from && (bytes.at(pos - 1) == ' ' || bytes.at(pos - 1) == '\t'))
        --pos;
    return pos;
}

ValueStyle styleOf(char first, const QJsonValue &value)
{
    switch (first) {
    case '"':
        return ValueStyle::DoubleQuoted;
    case '\'':
        return ValueStyle::SingleQuoted;
    case '|':
        return ValueStyle::Literal;
    case '>':
        return ValueStyle::Folded;
    case '[':
        return ValueStyle::FlowSequence;
    case '{':
        return ValueStyle::FlowMap;
    case '&':
    case '!':
    case '*':
        return ValueStyle::Other;
    case '\0':
    case '#':
        if (value.isArray())
            return ValueStyle::BlockSequence;
        if (value.isObject())
            return ValueStyle::BlockMap;
        return value.isNull() ? ValueStyle::Empty : ValueStyle::Plain;
    default:
        return ValueStyle::Plain;
    }
}

// End of a one-line value's text, leaving out a trailing ` # comment`.
qsizetype oneLineValueEnd(const QByteArray &bytes, const FrontmatterField &field, qsizetype lineEnd)
{
    qsizetype pos = skipBlanks(bytes, field.valueStart, lineEnd);
    switch (field.style) {
    case ValueStyle::SingleQuoted:
    case ValueStyle::DoubleQuoted:
        return skipQuoted(bytes, pos, lineEnd);
    case ValueStyle::FlowSequence:
    case ValueStyle::FlowMap: {
        const char close = field.style == ValueStyle::FlowSequence ? ']' : '}';
        const qsizetype last = bytes.lastIndexOf(close, lineEnd - 1);
        return last >= pos ? last + 1 : trimRight(bytes, pos, lineEnd);
    }
    default:
        for (; pos < lineEnd; ++pos) {
            if (bytes.at(pos) == '#' && (bytes.at(pos - 1) == ' ' || bytes.at(pos - 1) == '\t'))
                return trimRight(bytes, field.valueStart, pos);
        }
        return trimRight(bytes, field.valueStart, lineEnd);
    }
}

// A reader's error at a 0-based line and byte column of the block, in file coordinates: 1-based
// line, and column in characters as the editor shows them.
YamlError yamlError(const QByteArray &bytes, const FrontmatterBlock &block, const Lines &lines, int line, int column, const QString &message)
{
    line = std::max(0, line);
    const qsizetype lineStart = lines.start(line);
    const qsizetype byteColumn = std::max(0, column);
    const int chars = int(Utf8::decode(bytes.constData() + lineStart, std::min(byteColumn, lines.textEnd(line) - lineStart)).size());
    return YamlError{block.contentLine + line + 1, chars + 1, message};
}

// Gives each field (key, value and key line as a reader found them, the line counted in the
// block) the bytes it occupies and its style, and moves its lines into file coordinates.
// Returns the keys' indentation.
int locate(QVector<FrontmatterField> &fields, const QByteArray &bytes, const FrontmatterBlock &block, const Lines &lines)
{
    const int keyIndent = fields.isEmpty() ? 0 : lines.indent(fields.first().line);
    for (int i = 0; i < fields.size(); ++i) {
        FrontmatterField &field = fields[i];
        const int keyLine = field.line;
        const int nextKeyLine = i + 1 < fields.size() ? fields.at(i + 1).line : lines.count();
        int last = std::max(keyLine, nextKeyLine - 1);
        field.start = lines.start(keyLine);
        field.valueStart = afterKey(bytes, field.start + lines.indent(keyLine), lines.textEnd(keyLine));
        const qsizetype first = skipBlanks(bytes, field.valueStart, lines.textEnd(keyLine));
        field.style = styleOf(first < lines.textEnd(keyLine) ? bytes.at(first) : '\0', field.value);

        const bool blockScalar = field.style == ValueStyle::Literal || field.style == ValueStyle::Folded;
        while (last > keyLine && (lines.isBlank(last) || (lines.isComment(last) && (!blockScalar || lines.indent(last) <= keyIndent))))
            --last;
        // With keep chomping (`|+`, `>+`) trailing blank lines are part of the value.
        if (blockScalar && bytes.mid(first, lines.textEnd(keyLine) - first).split('#').first().contains('+')) {
            while (last + 1 < nextKeyLine && lines.isBlank(last + 1))
                ++last;
        }
        field.lastLine = last;
        field.end = lines.next(last);
        for (int l = keyLine + 1; l <= last && field.itemIndent < 0; ++l) {
            if (!lines.isBlank(l) && !lines.isComment(l))
                field.itemIndent = lines.indent(l);
        }
        field.valueEnd = last == keyLine ? oneLineValueEnd(bytes, field, lines.textEnd(keyLine)) : lines.textEnd(last);
    }
    // Only now: the loop above reads each next field's line in block coordinates.
    for (FrontmatterField &field : fields) {
        field.line += block.contentLine;
        field.lastLine += block.contentLine;
    }
    return keyIndent;
}

} // namespace

Frontmatter Frontmatter::parse(const QByteArray &bytes, const FrontmatterBlock &block)
{
    // The common shape is read without yaml-cpp, to the same fields or the same error.
    if (block.isClosed()) {
        if (std::optional<FlatYaml::Reading> flat = FlatYaml::read(bytes.mid(block.contentStart, block.contentEnd - block.contentStart))) {
            Frontmatter result;
            const Lines lines(bytes, block.contentStart, block.contentEnd);
            if (flat->error) {
                result.m_error.emplace(yamlError(bytes, block, lines, flat->error->line, flat->error->column, flat->error->message));
                return result;
            }
            result.m_blockMapping = true;
            for (FlatYaml::Entry &entry : flat->entries) {
                FrontmatterField field;
                field.key = std::move(entry.key);
                field.value = std::move(entry.value);
                field.line = entry.line;
                result.m_fields.append(field);
            }
            result.m_keyIndent = locate(result.m_fields, bytes, block, lines);
            return result;
        }
    }
    return fullParse(bytes, block);
}

Frontmatter Frontmatter::fullParse(const QByteArray &bytes, const FrontmatterBlock &block)
{
    Frontmatter result;
    if (block.shape == FrontmatterBlock::Shape::Unterminated) {
        result.m_error = YamlError{1, 1, QCoreApplication::translate("Frontmatter", "The frontmatter opened on line 1 is never closed by a --- line.")};
        return result;
    }
    if (!block.isClosed())
        return result;

    const Lines lines(bytes, block.contentStart, block.contentEnd);
    const std::string text(bytes.constData() + block.contentStart, size_t(block.contentEnd - block.contentStart));
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception &e) {
        result.m_error = yamlError(bytes, block, lines, e.mark.line, e.mark.column, toQString(e.msg));
        return result;
    }

    if (root.IsNull()) {
        result.m_blockMapping = true;
        return result;
    }
    if (!root.IsMap()) {
        result.m_error = YamlError{block.contentLine + 1, 1,
            QCoreApplication::translate("Frontmatter", "The frontmatter is not a list of \"key: value\" lines.")};
        return result;
    }
    result.m_blockMapping = root.Style() != YAML::EmitterStyle::Flow;

    for (const auto &entry : root) {
        FrontmatterField field;
        field.key = entry.first.IsScalar() ? toQString(entry.first.Scalar()) : toQString(YAML::Dump(entry.first));
        field.value = YamlJson::fromNode(entry.second);
        field.line = entry.first.Mark().line;
        // Lines are edited one key at a time: two keys on one line (an empty `?` key before the
        // next one) have no lines of their own.
        if (!result.m_fields.isEmpty() && field.line <= result.m_fields.last().line)
            result.m_blockMapping = false;
        result.m_fields.append(field);
    }
    result.m_keyIndent = locate(result.m_fields, bytes, block, lines);
    return result;
}

const FrontmatterField *Frontmatter::field(const QString &key) const
{
    for (auto it = m_fields.crbegin(); it != m_fields.crend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

QJsonObject Frontmatter::toJson() const
{
    QJsonObject object;
    for (const FrontmatterField &field : m_fields)
        object.insert(field.key, field.value);
    return object;
}

} // namespace Agentry
