// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/marketplacefile.h"

#include "text/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Agentry {

namespace {

// Byte ranges in JSON text that QJsonDocument has already accepted, so the scan trusts its syntax.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Member
{
    QString key;
    qsizetype keyStart = 0;
    Span value;
};

// One JSON value's text read on its own.
QJsonValue valueOf(const QByteArray &json)
{
    return QJsonDocument::fromJson('[' + json + ']').array().at(0);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &text, qsizetype i)
{
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    return i;
}

// `i` is at the opening quote; returns one past the closing one.
qsizetype skipString(const QByteArray &text, qsizetype i)
{
    for (++i; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return text.size();
}

qsizetype skipValue(const QByteArray &text, qsizetype i)
{
    const char first = text.at(i);
    if (first == '"')
        return skipString(text, i);
    if (first != '{' && first != '[') {
        while (i < text.size() && !isSpace(text.at(i)) && text.at(i) != ',' && text.at(i) != '}' && text.at(i) != ']')
            ++i;
        return i;
    }
    int depth = 0;
    for (; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"')
            i = skipString(text, i) - 1;
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
    }
    return text.size();
}

// The members of the object whose `{` is at `open`.
QVector<Member> members(const QByteArray &text, qsizetype open)
{
    QVector<Member> result;
    qsizetype i = skipSpace(text, open + 1);
    while (i < text.size() && text.at(i) == '"') {
        Member member;
        member.keyStart = i;
        const qsizetype keyEnd = skipString(text, i);
        member.key = valueOf(text.mid(i, keyEnd - i)).toString();
        member.value.start = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the ':'
        member.value.end = skipValue(text, member.value.start);
        result.append(member);
        i = skipSpace(text, member.value.end);
        if (i < text.size() && text.at(i) == ',')
            i = skipSpace(text, i + 1);
    }
    return result;
}

// The items of the list whose `[` is at `open`.
QVector<Span> items(const QByteArray &text, qsizetype open)
{
    QVector<Span> result;
    qsizetype i = skipSpace(text, open + 1);
    while (i < text.size() && text.at(i) != ']') {
        const Span item{i, skipValue(text, i)};
        result.append(item);
        i = skipSpace(text, item.end);
        if (i < text.size() && text.at(i) == ',')
            i = skipSpace(text, i + 1);
    }
    return result;
}

// The white space that starts the line of `position`, and whether only it stands before `position`.
std::pair<QByteArray, bool> lineIndent(const QByteArray &text, qsizetype position)
{
    const qsizetype lineStart = text.lastIndexOf('\n', position - 1) + 1;
    qsizetype i = lineStart;
    while (i < position && (text.at(i) == ' ' || text.at(i) == '\t'))
        ++i;
    return {text.mid(lineStart, i - lineStart), i == position};
}

// One level of the file's indentation: the white space of its first indented line.
QByteArray indentUnit(const QByteArray &text)
{
    for (qsizetype i = text.indexOf('\n'); i >= 0 && i + 1 < text.size(); i = text.indexOf('\n', i + 1)) {
        const std::pair<QByteArray, bool> indent = lineIndent(text, skipSpace(text, i + 1));
        if (!indent.first.isEmpty())
            return indent.first;
    }
    return QByteArrayLiteral("  ");
}

QVector<std::pair<QString, QByteArray>> entryMembers(const MarketplaceEntry &entry)
{
    QVector<std::pair<QString, QByteArray>> result{{QStringLiteral("name"), JsonText::quoted(entry.name)},
                                                   {QStringLiteral("source"), JsonText::quoted(entry.source)}};
    if (!entry.description.isEmpty())
        result.append({QStringLiteral("description"), JsonText::quoted(entry.description)});
    if (!entry.version.isEmpty())
        result.append({QStringLiteral("version"), JsonText::quoted(entry.version)});
    return result;
}

// `object` (JSON text written at level 0 with "\n") placed where a line starts with `indent`.
QByteArray placed(QByteArray object, const QByteArray &newline, const QByteArray &indent)
{
    return object.replace('\n', QByteArray(newline + indent));
}

QByteArray oneLine(const QVector<std::pair<QString, QByteArray>> &members)
{
    QByteArrayList parts;
    for (const auto &[key, value] : members)
        parts.append(JsonText::quoted(key) + ": " + value);
    return '{' + parts.join(", ") + '}';
}

struct Edit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray text;
};

QByteArray applied(QByteArray text, QVector<Edit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
    for (const Edit &edit : std::as_const(edits))
        text.replace(edit.start, edit.end - edit.start, edit.text);
    return text;
}

// The edits that bring the existing entry (the object at `entry`) up to date.
QVector<Edit> updateEntry(const QByteArray &text, const Span &entry, const MarketplaceEntry &wanted, const QByteArray &newline)
{
    const QVector<Member> existing = members(text, entry.start);
    QVector<Edit> edits;
    QByteArray appended;
    const Member &last = existing.constLast();
    const std::pair<QByteArray, bool> indent = lineIndent(text, last.keyStart);
    for (const auto &[key, value] : entryMembers(wanted)) {
        // Of a key written twice, JSON readers take the last.
        const auto found = std::find_if(existing.crbegin(), existing.crend(), [&key = key](const Member &m) { return m.key == key; });
        if (found == existing.crend())
            appended += (indent.second ? ',' + newline + indent.first : QByteArray(", ")) + JsonText::quoted(key) + ": " + value;
        else if (valueOf(text.mid(found->value.start, found->value.end - found->value.start)) != valueOf(value))
            edits.append({found->value.start, found->value.end, value});
    }
    if (!appended.isEmpty())
        edits.append({last.value.end, last.value.end, appended});
    return edits;
}

} // namespace

QByteArray MarketplaceFile::create(const QString &name, const QString &description, const PluginPerson &owner, const MarketplaceEntry &entry)
{
    const QByteArray indent = "  ";
    QVector<std::pair<QString, QByteArray>> top{{QStringLiteral("name"), JsonText::quoted(name)}};
    // The client's validator warns about a marketplace without a description.
    if (!description.isEmpty())
        top.append({QStringLiteral("description"), JsonText::quoted(description)});
    QVector<std::pair<QString, QByteArray>> person;
    if (!owner.name.isEmpty())
        person.append({QStringLiteral("name"), JsonText::quoted(owner.name)});
    if (!owner.email.isEmpty())
        person.append({QStringLiteral("email"), JsonText::quoted(owner.email)});
    if (!owner.url.isEmpty())
        person.append({QStringLiteral("url"), JsonText::quoted(owner.url)});
    if (!person.isEmpty())
        top.append({QStringLiteral("owner"), JsonText::object(person, indent, 1)});
    top.append({QStringLiteral("plugins"), "[\n" + indent.repeated(2) + JsonText::object(entryMembers(entry), indent, 2) + '\n' + indent + ']'});
    return JsonText::object(top, indent, 0) + '\n';
}

std::optional<QByteArray> MarketplaceFile::update(const QByteArray &text, const MarketplaceEntry &entry, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("marketplace.json is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("marketplace.json does not hold an object.");
        return std::nullopt;
    }
    const QJsonValue plugins = document.object().value(QLatin1String("plugins"));
    if (!plugins.isUndefined() && !plugins.isArray()) {
        *error = tr("\"plugins\" in marketplace.json is not a list.");
        return std::nullopt;
    }
    const QByteArray newline = text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    const QByteArray unit = indentUnit(text);
    const qsizetype root = skipSpace(text, 0);
    const QVector<Member> top = members(text, root);
    const auto pluginsMember = std::find_if(top.crbegin(), top.crend(), [](const Member &m) { return m.key == QLatin1String("plugins"); });

    if (pluginsMember == top.crend()) {
        // No list yet: add one after the last member, at the first level.
        const QByteArray list = "[" + newline + unit.repeated(2) + placed(JsonText::object(entryMembers(entry), unit, 0), newline, unit.repeated(2))
            + newline + unit + ']';
        const QByteArray member = newline + unit + "\"plugins\": " + list;
        if (top.isEmpty())
            return applied(text, {{root + 1, root + 1, member + newline}});
        return applied(text, {{top.constLast().value.end, top.constLast().value.end, ',' + member}});
    }

    const QVector<Span> entries = items(text, pluginsMember->value.start);
    const QJsonArray array = plugins.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        if (array.at(i).toObject().value(QLatin1String("name")) == QJsonValue(entry.name)) // not an entry without a name
            return applied(text, updateEntry(text, entries.at(i), entry, newline));
    }
    const QByteArray object = JsonText::object(entryMembers(entry), unit, 0);
    if (entries.isEmpty()) {
        const QByteArray keyIndent = lineIndent(text, pluginsMember->keyStart).first;
        const qsizetype at = pluginsMember->value.start + 1;
        return applied(text, {{at, skipSpace(text, at), newline + keyIndent + unit + placed(object, newline, keyIndent + unit) + newline + keyIndent}});
    }
    const Span &last = entries.constLast();
    const std::pair<QByteArray, bool> indent = lineIndent(text, last.start);
    if (!indent.second) // a list kept on one line gets its new entry on that line too
        return applied(text, {{last.end, last.end, ", " + oneLine(entryMembers(entry))}});
    return applied(text, {{last.end, last.end, ',' + newline + indent.first + placed(object, newline, indent.first)}});
}

} // namespace Agentry
