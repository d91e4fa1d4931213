// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/frontmatterrepair.h"

#include "runtime/bunyaml.h"
#include "text/yamlscalar.h"

#include <QJsonObject>

namespace Agentry {

namespace {

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != '\t' && u != '\n') || u == 0x7F || u == 0x85 || u == 0xFEFF || u == 0x2028 || u == 0x2029;
    });
}

// Double quotes, with each dash of a run of three or more escaped so no `---` stands in the text.
QString doubleQuotedWithoutDashes(const QString &text)
{
    QString quoted = YamlScalar::doubleQuoted(text);
    QString out;
    out.reserve(quoted.size());
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        qsizetype run = 0;
        while (i + run < quoted.size() && quoted.at(i + run) == u'-')
            ++run;
        if (run >= 3) {
            for (qsizetype k = 0; k < run; ++k)
                out += k % 2 == 0 ? QStringLiteral("\\x2D") : QStringLiteral("-");
            i += run - 1;
            continue;
        }
        out += quoted.at(i);
    }
    return out;
}

// `key:` at the start of a line, with a key the profile knows.
QString knownKeyAt(const QByteArray &line, const QStringList &known)
{
    qsizetype colon = 0;
    while (colon < line.size() && (QChar::isLetterOrNumber(uchar(line.at(colon))) || line.at(colon) == '_' || line.at(colon) == '-'))
        ++colon;
    if (colon == 0 || colon >= line.size() || line.at(colon) != ':')
        return {};
    if (colon + 1 < line.size() && line.at(colon + 1) != ' ' && line.at(colon + 1) != '\t')
        return {};
    const QString key = QString::fromLatin1(line.left(colon));
    return known.contains(key) ? key : QString();
}

} // namespace

FrontmatterRepair::FrontmatterRepair(const QByteArray &bytes, const AgentReading &reading, const RuntimeReader &reader)
    : m_bytes(bytes)
    , m_reading(reading)
    , m_reader(reader)
{
}

QByteArray FrontmatterRepair::scalar(const QString &text, const QByteArray &eol, int indent)
{
    const bool dashes = text.contains(QLatin1String("---"));
    if (text.contains(u'\n') && !dashes && !hasControl(text) && !text.contains(u'\r')) {
        const QStringList lines = text.split(u'\n');
        // A literal block keeps every line as written; leading spaces on its first line would be
        // taken for indentation, and trailing blanks belong to no line: quote those instead.
        const bool literal = !lines.first().startsWith(u' ') && !lines.first().isEmpty() && !text.endsWith(u'\n')
            && std::none_of(lines.cbegin(), lines.cend(), [](const QString &l) { return !l.isEmpty() && l.trimmed().isEmpty(); });
        if (literal) {
            QByteArray out = "|-";
            const QByteArray pad(indent, ' ');
            for (const QString &line : lines)
                out += eol + (line.isEmpty() ? QByteArray() : pad + line.toUtf8());
            return out;
        }
    }
    if (dashes || text.contains(u'\n') || text.contains(u'\r') || hasControl(text))
        return doubleQuotedWithoutDashes(text).toUtf8();
    return (text.contains(u'\'') ? YamlScalar::doubleQuoted(text) : YamlScalar::singleQuoted(text)).toUtf8();
}

QVector<FrontmatterRepair::Line> FrontmatterRepair::blockLines() const
{
    QVector<Line> lines;
    for (qsizetype pos = m_reading.contentStart; pos < m_reading.contentEnd;) {
        qsizetype next = m_bytes.indexOf('\n', pos);
        next = next < 0 || next >= m_reading.contentEnd ? m_reading.contentEnd : next + 1;
        qsizetype end = next;
        while (end > pos && (m_bytes.at(end - 1) == '\n' || m_bytes.at(end - 1) == '\r'))
            --end;
        lines.append({pos, end, next});
        pos = next;
    }
    return lines;
}

QByteArray FrontmatterRepair::eolOf(const Line &line) const
{
    const QByteArray eol = m_bytes.mid(line.end, line.next - line.end);
    return eol.isEmpty() ? QByteArrayLiteral("\n") : eol;
}

ByteEdit FrontmatterRepair::replaceLines(const QVector<Line> &lines, int first, int last, const QByteArray &replacement) const
{
    return ByteEdit{lines.at(first).start, lines.at(last).end - lines.at(first).start, replacement};
}

std::optional<ByteEdit> FrontmatterRepair::asClientReads() const
{
    if (m_reading.outcome != AgentReading::Outcome::Lenient || !m_reader.profile().retry())
        return std::nullopt;
    const RuntimeProfile::Retry &retry = *m_reader.profile().retry();
    const QVector<Line> lines = blockLines();
    int first = -1;
    int last = -1;
    QVector<QByteArray> replaced(lines.size());
    for (const AgentReading::RewrittenLine &rewritten : m_reading.rewritten) {
        const int index = rewritten.line - m_reading.contentLine;
        if (index < 0 || index >= lines.size())
            return std::nullopt;
        const Line &line = lines.at(index);
        QByteArray text = m_bytes.mid(line.start, line.end - line.start);
        qsizetype tabs = 0;
        while (tabs < text.size() && text.at(tabs) == '\t')
            ++tabs;
        text = QByteArray(tabs * retry.tabIndent, ' ') + text.mid(tabs);
        if (!rewritten.key.isEmpty()) {
            const QRegularExpressionMatch match = retry.line.match(QString::fromUtf8(text));
            if (!match.hasMatch())
                return std::nullopt;
            text = match.captured(1).toUtf8() + ": " + scalar(match.captured(2), eolOf(line));
        }
        replaced[index] = text;
        first = first < 0 ? index : std::min(first, index);
        last = std::max(last, index);
    }
    if (first < 0)
        return std::nullopt;
    QByteArray replacement;
    for (int i = first; i <= last; ++i) {
        if (i > first)
            replacement += eolOf(lines.at(i - 1));
        replacement += replaced.at(i).isNull() ? m_bytes.mid(lines.at(i).start, lines.at(i).end - lines.at(i).start) : replaced.at(i);
    }
    const ByteEdit edit = replaceLines(lines, first, last, replacement);

    // The promise: a strict parse of the new block reads what the client reads now.
    const QByteArray after = edit.appliedTo(m_bytes);
    const QByteArray block = after.mid(m_reading.contentStart, m_reading.contentEnd - m_reading.contentStart + edit.text.size() - edit.length);
    const BunYaml::Result strict = BunYaml::parse(block);
    if (!strict.isParsed() || strict.value->toObject() != m_reading.fields)
        return std::nullopt;
    if (m_reader.read(after).outcome != AgentReading::Outcome::Ok)
        return std::nullopt;
    return edit;
}

std::optional<ByteEdit> FrontmatterRepair::asWritten() const
{
    if (!m_reading.hasBlock())
        return std::nullopt;
    const QVector<Line> lines = blockLines();
    const QStringList &known = m_reader.profile().fields().keys;

    // Fields start at lines `known-key:`; everything up to the next one is theirs.
    struct Segment
    {
        int first;
        int last;
        QString key;
    };
    QVector<Segment> segments;
    for (int i = 0; i < lines.size(); ++i) {
        const QString key = knownKeyAt(m_bytes.mid(lines.at(i).start, lines.at(i).end - lines.at(i).start), known);
        if (!key.isEmpty() || segments.isEmpty())
            segments.append({i, i, key});
        else
            segments.last().last = i;
    }

    QByteArray replacement;
    QJsonObject expected; // the value each rewritten key must read as
    int first = -1;
    int last = -1;
    for (const Segment &segment : std::as_const(segments)) {
        int end = segment.last;
        while (end > segment.first && lines.at(end).start == lines.at(end).end)
            --end; // trailing blank lines stay as they are
        const QByteArray text = m_bytes.mid(lines.at(segment.first).start, lines.at(end).end - lines.at(segment.first).start);
        const BunYaml::Result alone = BunYaml::parse(text);
        if (alone.isParsed() && (alone.value->isObject() || alone.value->isNull()))
            continue;
        if (segment.key.isEmpty())
            return std::nullopt; // lines before the first known key that do not parse: nothing to quote them under

        // The value as written: the rest of the key line, then the continuation lines with their
        // common indentation removed.
        const Line &keyLine = lines.at(segment.first);
        const QByteArray head = m_bytes.mid(keyLine.start + segment.key.size() + 1, keyLine.end - keyLine.start - segment.key.size() - 1).trimmed();
        if (head.isEmpty() || head.startsWith('|') || head.startsWith('>'))
            return std::nullopt; // a list, a map or a block scalar below the key: not a text to guess at
        QStringList valueLines{QString::fromUtf8(head)};
        int common = INT_MAX;
        for (int i = segment.first + 1; i <= end; ++i) {
            const QByteArray line = m_bytes.mid(lines.at(i).start, lines.at(i).end - lines.at(i).start);
            if (line.trimmed().isEmpty())
                continue;
            int indent = 0;
            while (indent < line.size() && line.at(indent) == ' ')
                ++indent;
            common = std::min(common, indent);
        }
        for (int i = segment.first + 1; i <= end; ++i) {
            const QByteArray line = m_bytes.mid(lines.at(i).start, lines.at(i).end - lines.at(i).start);
            valueLines.append(line.trimmed().isEmpty() ? QString() : QString::fromUtf8(line.mid(common == INT_MAX ? 0 : common)));
        }
        const QString value = valueLines.join(u'\n');
        if (first >= 0) {
            // The unchanged lines between two rewritten fields.
            replacement += m_bytes.mid(lines.at(last).end, lines.at(segment.first).start - lines.at(last).end);
        } else {
            first = segment.first;
        }
        replacement += segment.key.toUtf8() + ": " + scalar(value, eolOf(keyLine));
        last = end;
        expected.insert(segment.key, value);
    }
    if (first < 0)
        return std::nullopt;
    const ByteEdit edit = replaceLines(lines, first, last, replacement);

    // The promise: the new block parses strictly, each rewritten key reads as written.
    const QByteArray after = edit.appliedTo(m_bytes);
    const AgentReading check = m_reader.read(after);
    if (check.outcome != AgentReading::Outcome::Ok)
        return std::nullopt;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (check.fields.value(it.key()) != it.value())
            return std::nullopt;
    }
    return edit;
}

} // namespace Agentry
