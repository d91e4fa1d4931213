// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/yamlsnippet.h"

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace Agentry {

namespace {

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

int leadingSpaces(const QString &line)
{
    int count = 0;
    while (count < line.size() && line.at(count) == u' ')
        ++count;
    return count;
}

} // namespace

namespace YamlSnippet {

std::optional<YamlError> check(const QString &yaml)
{
    try {
        YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        // yaml-cpp counts columns in bytes; count characters, as an editor shows them.
        const int line = std::max(0, e.mark.line);
        const QByteArray lineBytes = yaml.toUtf8().split('\n').value(line);
        const int column = QString::fromUtf8(lineBytes.left(std::max(0, e.mark.column))).size();
        return YamlError{line + 1, column + 1, QString::fromStdString(e.msg)};
    }
    return std::nullopt;
}

QString valueText(const AgentText &text, const FrontmatterField &field)
{
    const QByteArray &bytes = text.bytes;
    if (field.line == field.lastLine)
        return QString::fromUtf8(bytes.mid(field.valueStart, field.valueEnd - field.valueStart)).trimmed();

    const qsizetype keyLineEnd = bytes.indexOf('\n', field.valueStart);
    QString head = QString::fromUtf8(bytes.mid(field.valueStart, keyLineEnd - field.valueStart)).trimmed();
    if (head.startsWith(u'#'))
        head.clear(); // the comment stays on the key's line when the value is written back
    QStringList lines = splitLines(QString::fromUtf8(bytes.mid(keyLineEnd + 1, field.valueEnd - keyLineEnd - 1)));

    int common = INT_MAX;
    for (const QString &line : std::as_const(lines)) {
        if (!line.trimmed().isEmpty())
            common = std::min(common, leadingSpaces(line));
    }
    // A block scalar's text must stay indented under its `|` or `>` header.
    const bool blockScalar = head.startsWith(u'|') || head.startsWith(u'>');
    const int keep = blockScalar ? 2 : 0;
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? QString() : QString(keep, u' ') + line.mid(common);
    if (!head.isEmpty())
        lines.prepend(head);
    return lines.join(u'\n');
}

QVector<ScannedKey> scanKeys(const AgentText &text)
{
    // The pattern of the client's lenient retry: a top-level key and what follows it.
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*):(?:\\s+(.*))?$"));
    const FrontmatterBlock &block = text.block;
    if (block.shape == FrontmatterBlock::Shape::None)
        return {};
    const bool closed = block.closeLine >= 0;
    const QStringList lines = splitLines(QString::fromUtf8(text.bytes.mid(block.contentStart, block.contentEnd - block.contentStart)));

    QVector<ScannedKey> keys;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (line.at(0).isSpace()) {
            if (!keys.isEmpty())
                keys.last().continues = true;
            continue;
        }
        const QRegularExpressionMatch match = keyLine.match(line);
        if (match.hasMatch()) {
            keys.append({match.captured(1), match.captured(2).trimmed(), false, block.contentLine + i});
            continue;
        }
        if (!closed)
            break;
    }

    // A key YAML would find twice is most likely text: `user:` and `assistant:` lines of an
    // example dialogue in an unquoted description. It continues the entry before it.
    QHash<QString, int> counts;
    for (const ScannedKey &key : std::as_const(keys))
        ++counts[key.key];
    QVector<ScannedKey> distinct;
    for (const ScannedKey &key : std::as_const(keys)) {
        if (counts.value(key.key) == 1)
            distinct.append(key);
        else if (!distinct.isEmpty())
            distinct.last().continues = true;
    }
    return distinct;
}

} // namespace YamlSnippet

} // namespace Agentry
