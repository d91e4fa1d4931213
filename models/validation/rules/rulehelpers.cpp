// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rulehelpers.h"

#include "text/frontmatterpatcher.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace Agentry {

namespace RuleHelpers {

namespace {

std::optional<Fix> fromResult(const FieldPatch &result, const QString &title, Fix::Safety safety)
{
    if (result.status != FieldPatch::Status::Changed)
        return std::nullopt;
    return Fix{title, result.edit, safety};
}

// Field edits go through Agentry's own reading of the block; it must be the block the client reads.
bool editable(const RuleContext &context)
{
    return context.wantsFixes() && context.reading.outcome == AgentReading::Outcome::Ok && context.text.block.isClosed()
        && context.text.block.contentStart == context.reading.contentStart && context.text.frontmatter.isEditable();
}

} // namespace

QString freeName(const RuleContext &context, const QString &wanted, int maxLength)
{
    QString name = wanted.left(maxLength);
    for (int n = 2; context.takenNames.contains(name); ++n) {
        const QString suffix = u'-' + QString::number(n);
        name = wanted.left(maxLength - int(suffix.size())) + suffix;
    }
    return name;
}

std::optional<Fix> setField(const RuleContext &context, const QString &key, const QJsonValue &value, const QString &title, Fix::Safety safety)
{
    if (!editable(context))
        return std::nullopt;
    return fromResult(FrontmatterPatcher(context.text).setValue(key, value), title, safety);
}

std::optional<Fix> removeField(const RuleContext &context, const QString &key, const QString &title, Fix::Safety safety)
{
    if (!editable(context))
        return std::nullopt;
    return fromResult(FrontmatterPatcher(context.text).remove(key), title, safety);
}

Fix replace(qsizetype start, qsizetype end, const QByteArray &text, const QString &title, Fix::Safety safety)
{
    return Fix{title, ByteEdit{start, end - start, text}, safety};
}

int editDistance(const QString &a, const QString &b)
{
    // Two rows of the table; for keys, the usual words, they fit on the stack.
    constexpr qsizetype kStackRow = 64;
    std::array<int, 2 * kStackRow> stack;
    std::vector<int> heap;
    const qsizetype row = b.size() + 1;
    int *previous = stack.data();
    if (row > kStackRow) {
        heap.resize(size_t(2 * row));
        previous = heap.data();
    }
    int *current = previous + (row > kStackRow ? row : kStackRow);
    const QChar *x = a.constData();
    const QChar *y = b.constData();
    for (qsizetype j = 0; j < row; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j < row; ++j) {
            const int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString nearest(const QString &value, const QStringList &candidates, int maxDistance)
{
    const QString folded = value.trimmed().toLower();
    QStringList lowered;
    lowered.reserve(candidates.size());
    for (const QString &candidate : candidates) {
        lowered.append(candidate.toLower());
        if (lowered.constLast() == folded)
            return candidate;
    }
    qsizetype best = -1;
    int bestDistance = maxDistance + 1;
    for (qsizetype c = 0; c < lowered.size(); ++c) {
        // The distance is at least the difference in length: skip what cannot come closer.
        if (std::abs(lowered.at(c).size() - folded.size()) >= bestDistance)
            continue;
        const int distance = editDistance(folded, lowered.at(c));
        if (distance < bestDistance) {
            best = c;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        return candidates.at(best);
    for (qsizetype c = 0; c < lowered.size(); ++c) {
        if (folded.size() >= 3 && (lowered.at(c).startsWith(folded) || folded.startsWith(lowered.at(c))))
            return candidates.at(c);
    }
    return {};
}

QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString writtenValue(const RuleContext &context, const QString &key)
{
    const FieldLocator::Field *field = context.fields.find(key);
    if (!field)
        return {};
    return QString::fromUtf8(context.text.bytes.mid(field->valueStart, field->valueEnd - field->valueStart));
}

QVector<std::pair<qsizetype, qsizetype>> nonAsciiRuns(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    QVector<std::pair<qsizetype, qsizetype>> runs;
    const char *data = bytes.constData();
    to = to < 0 ? bytes.size() : std::min<qsizetype>(to, bytes.size());
    qsizetype i = std::max<qsizetype>(from, 0);
    while (i < to) {
        // Eight ASCII bytes at a time: most of an agent file is ASCII.
        while (to - i >= 8) {
            quint64 chunk;
            std::memcpy(&chunk, data + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        while (i < to && static_cast<unsigned char>(data[i]) < 0x80)
            ++i;
        if (i >= to)
            break;
        const qsizetype start = i;
        while (i < to && static_cast<unsigned char>(data[i]) >= 0x80)
            ++i;
        runs.append({start, i});
    }
    return runs;
}

QString yamlCause(const RuleContext &context, int line, const QString &parserMessage)
{
    const LineIndex &lines = context.lines;
    const QByteArray &bytes = context.text.bytes;
    const auto textOf = [&](int l) { return bytes.mid(lines.lineStart(l), lines.lineEnd(l) - lines.lineStart(l)); };
    const int lastLine = lines.lineOf(std::max(context.reading.contentStart, context.reading.contentEnd - 1));
    const QStringList &known = context.profile.fields().keys;
    const auto keyOf = [&](const QByteArray &text) {
        const qsizetype colon = text.indexOf(':');
        if (colon <= 0 || text.startsWith(' ') || text.startsWith('\t') || text.startsWith('#') || text.left(colon).contains(' '))
            return QString();
        return QString::fromUtf8(text.left(colon));
    };
    // The key line the error belongs to: the nearest known `key:` line at or above it.
    int keyLine = line;
    while (keyLine > context.reading.contentLine && !known.contains(keyOf(textOf(keyLine))))
        --keyLine;
    const QByteArray keyText = textOf(keyLine);
    const QString key = keyOf(keyText).isEmpty() ? QStringLiteral("?") : keyOf(keyText);
    const QByteArray value = keyText.mid(keyText.indexOf(':') + 1).trimmed();
    const bool crlf = bytes.mid(lines.lineEnd(keyLine), 2) == "\r\n";

    // Lines after the key line, up to the next known key, that start in column 1.
    bool unindented = false;
    bool dialogue = value.contains("<example>");
    for (int l = keyLine + 1; l <= lastLine; ++l) {
        const QByteArray text = textOf(l);
        if (known.contains(keyOf(text)))
            break;
        dialogue = dialogue || text.contains("<example>") || text.startsWith("user:") || text.startsWith("assistant:");
        unindented = unindented || (!text.trimmed().isEmpty() && !text.startsWith(' ') && !text.startsWith('\t'));
    }

    if (parserMessage.contains(QLatin1String("quote"), Qt::CaseInsensitive))
        return QCoreApplication::translate("RuleHelpers", "a quote opened in \"%1\" is never closed").arg(key);
    if (unindented && dialogue)
        return QCoreApplication::translate("RuleHelpers", "the <example> dialogue of \"%1\" goes on over lines that are not "
                                                           "indented, and its \"user:\" and \"assistant:\" lines read as keys").arg(key);
    if (unindented)
        return QCoreApplication::translate("RuleHelpers", "the value of \"%1\" goes on over lines that are not indented").arg(key);
    if (textOf(line).startsWith('\t'))
        return QCoreApplication::translate("RuleHelpers", "a tab indents line %1; YAML allows only spaces").arg(line + 1);
    if (value.contains(": ") || value.endsWith(':')) {
        if (crlf)
            return QCoreApplication::translate("RuleHelpers", "the value of \"%1\" holds an unquoted \": \", and the file's Windows "
                                                               "line endings (CRLF) keep the client's quoting retry from rescuing it").arg(key);
        if (dialogue)
            return QCoreApplication::translate("RuleHelpers", "the value of \"%1\" holds an <example> dialogue on one line, with "
                                                               "unquoted \": \"").arg(key);
        return QCoreApplication::translate("RuleHelpers", "the value of \"%1\" holds an unquoted \": \"").arg(key);
    }
    if (!value.isEmpty() && QByteArray("*&!@`%").contains(value.front()))
        return QCoreApplication::translate("RuleHelpers", "the value of \"%1\" starts with \"%2\", which YAML reserves")
            .arg(key, QString(QChar::fromLatin1(value.front())));
    if (value.startsWith('[') || value.startsWith('{'))
        return QCoreApplication::translate("RuleHelpers", "the value of \"%1\" starts like a [list] or {map} but goes on after it").arg(key);
    return QCoreApplication::translate("RuleHelpers", "YAML says: %1").arg(parserMessage);
}

} // namespace RuleHelpers

} // namespace Agentry
