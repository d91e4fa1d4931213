// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/opencodepermission.h"

#include "runtime/runtimespec.h"
#include "text/yamlscalar.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <variant>

namespace Agentry {

namespace {

const QString CatchAll = QStringLiteral("*");

bool isScalar(const YamlValue &value)
{
    return !value.isMap() && !value.isList();
}

// Keys and patterns as OpenCode's examples write them: wildcards and spaced commands quoted.
QString keyText(const QString &key)
{
    const bool plain = YamlScalar::canBePlain(key, YamlScalar::Context::Block)
        && std::none_of(key.cbegin(), key.cend(), [](QChar c) { return c.isSpace() || c == u'*' || c == u'?' || c == u'~'; });
    return plain ? key : YamlScalar::doubleQuoted(key);
}

bool isEntryLine(const QString &line)
{
    return !line.isEmpty() && !line.front().isSpace() && !QStringView(u"#{[-?").contains(line.front());
}

bool isCommentOrBlank(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

// The lines of each top-level entry of a block map, and the comments before the first: nothing
// when the text is not a block map of `count` entries.
struct Slices
{
    QString leading;
    QStringList entries;
    QVector<int> firstLines; // of each entry, in the whole text
};

std::optional<Slices> sliceEntries(const QString &yaml, int count)
{
    const QStringList lines = yaml.split(u'\n');
    QVector<int> starts;
    for (int i = 0; i < lines.size(); ++i) {
        if (isEntryLine(lines.at(i)))
            starts.append(i);
    }
    if (count == 0 || starts.size() != count)
        return std::nullopt;
    const QStringList leading = lines.mid(0, starts.first());
    if (!std::all_of(leading.cbegin(), leading.cend(), isCommentOrBlank))
        return std::nullopt;
    Slices slices{leading.join(u'\n'), {}, starts};
    starts.append(int(lines.size()));
    for (int i = 0; i < count; ++i)
        slices.entries.append(lines.mid(starts.at(i), starts.at(i + 1) - starts.at(i)).join(u'\n'));
    return slices;
}

QString rendered(const OpenCodePermission::Entry &entry)
{
    using Shape = OpenCodePermission::Entry::Shape;
    QString text = keyText(entry.key) + u':';
    switch (entry.shape) {
    case Shape::Action:
        return text + u' ' + entry.action;
    case Shape::Patterns:
        if (entry.patterns.isEmpty())
            return text + QStringLiteral(" {}");
        for (const OpenCodePermission::Pattern &pattern : entry.patterns)
            text += QStringLiteral("\n  ") + keyText(pattern.pattern) + QStringLiteral(": ") + pattern.action;
        return text;
    case Shape::Kept:
        break;
    }
    return text + u' ' + entry.kept.shown(); // JSON is YAML
}

QJsonValue ruleJson(const OpenCodePermission::Entry &entry)
{
    using Shape = OpenCodePermission::Entry::Shape;
    switch (entry.shape) {
    case Shape::Action:
        return entry.action;
    case Shape::Patterns: {
        QJsonObject patterns;
        for (const OpenCodePermission::Pattern &pattern : entry.patterns)
            patterns.insert(pattern.pattern, pattern.action);
        return patterns;
    }
    case Shape::Kept:
        break;
    }
    return entry.kept.toJson();
}

// Where a new key goes in `keys`: `*` first, everything else last.
template<typename T, typename KeyOf>
int insertionIndex(const QVector<T> &items, const QString &key, KeyOf keyOf)
{
    for (int i = 0; i < items.size(); ++i) {
        if (keyOf(items.at(i)) == key)
            return i;
    }
    return key == CatchAll ? 0 : int(items.size());
}

} // namespace

std::optional<OpenCodePermission> OpenCodePermission::read(const QString &yaml, const RuntimeSpec &spec)
{
    const auto parsed = YamlValue::parse(yaml.toUtf8(), YamlValue::Schema::Core);
    if (!std::holds_alternative<YamlValue>(parsed))
        return std::nullopt;
    const YamlValue &value = std::get<YamlValue>(parsed);
    const QStringList &actions = spec.permissionActions();
    const auto isAction = [&actions](const YamlValue &v) { return v.isString() && actions.contains(v.toString()); };

    OpenCodePermission permission;
    if (isAction(value)) {
        permission.m_bare = true;
        permission.m_entries.append({CatchAll, Entry::Shape::Action, value.toString(), {}, {}, {}});
        return permission;
    }
    if (!value.isMap())
        return std::nullopt;
    const std::optional<Slices> slices = sliceEntries(yaml, int(value.entries().size()));
    if (slices)
        permission.m_leading = slices->leading;
    for (const auto &[key, rule] : value.entries()) {
        const int firstLine = slices ? slices->firstLines.at(permission.m_entries.size()) : 0;
        Entry entry{key, Entry::Shape::Action, {}, {}, {}, slices ? slices->entries.at(permission.m_entries.size()) : QString(), -1};
        if (rule.isList())
            return std::nullopt;
        const bool deeper = rule.isMap() && !std::all_of(rule.entries().cbegin(), rule.entries().cend(), [](const auto &p) { return isScalar(p.second); });
        if (deeper)
            return std::nullopt;
        const bool patterns = rule.isMap() && !spec.actionOnlyPermissions().contains(key)
            && std::all_of(rule.entries().cbegin(), rule.entries().cend(), [&](const auto &p) { return isAction(p.second); });
        if (isAction(rule)) {
            entry.action = rule.toString();
            entry.line = rule.line() - firstLine;
        } else if (patterns) {
            entry.shape = Entry::Shape::Patterns;
            for (const auto &[pattern, action] : rule.entries())
                entry.patterns.append({pattern, action.toString(), action.line() - firstLine});
        } else if (slices) {
            entry.shape = Entry::Shape::Kept;
            entry.kept = rule;
        } else {
            return std::nullopt; // a flow map: the value could not be written back as it was
        }
        permission.m_entries.append(entry);
    }
    return permission;
}

int OpenCodePermission::indexOf(const QString &key) const
{
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(), [&key](const Entry &entry) { return entry.key == key; });
    return found == m_entries.cend() ? -1 : int(found - m_entries.cbegin());
}

QString OpenCodePermission::toYaml() const
{
    if (m_bare && m_entries.size() == 1 && m_entries.first().key == CatchAll && m_entries.first().shape == Entry::Shape::Action)
        return m_entries.first().action;
    if (m_entries.isEmpty())
        return {};
    QStringList lines;
    if (!m_leading.isEmpty())
        lines.append(m_leading);
    for (const Entry &entry : m_entries)
        lines.append(entry.source.isEmpty() ? rendered(entry) : entry.source);
    return lines.join(u'\n');
}

QJsonValue OpenCodePermission::toJson() const
{
    if (m_bare && m_entries.size() == 1 && m_entries.first().key == CatchAll && m_entries.first().shape == Entry::Shape::Action)
        return m_entries.first().action;
    QJsonObject object;
    for (const Entry &entry : m_entries)
        object.insert(entry.key, ruleJson(entry));
    return object;
}

int OpenCodePermission::addEntry(const QString &key, const QString &action)
{
    const int index = insertionIndex(m_entries, key, [](const Entry &entry) { return entry.key; });
    if (index < m_entries.size() && m_entries.at(index).key == key) {
        setAction(index, action);
        return index;
    }
    m_entries.insert(index, {key, Entry::Shape::Action, action, {}, {}, {}});
    return index;
}

void OpenCodePermission::removeEntry(int entry)
{
    m_entries.remove(entry);
}

void OpenCodePermission::setAction(int entry, const QString &action)
{
    Entry &e = m_entries[entry];
    if (e.shape == Entry::Shape::Action) {
        const QString old = e.action;
        e.action = action;
        replaceAction(e, e.line, old, action);
        return;
    }
    changed(entry);
    e.shape = Entry::Shape::Action;
    e.action = action;
    e.patterns.clear();
}

int OpenCodePermission::addPattern(int entry, const QString &pattern, const QString &action)
{
    Entry &e = changed(entry);
    if (e.shape != Entry::Shape::Patterns) {
        e.patterns.clear();
        if (e.shape == Entry::Shape::Action)
            e.patterns.append({CatchAll, e.action});
        e.shape = Entry::Shape::Patterns;
        e.action.clear();
    }
    const int index = insertionIndex(e.patterns, pattern, [](const Pattern &p) { return p.pattern; });
    if (index < e.patterns.size() && e.patterns.at(index).pattern == pattern)
        e.patterns[index].action = action;
    else
        e.patterns.insert(index, {pattern, action});
    return index;
}

void OpenCodePermission::removePattern(int entry, int pattern)
{
    changed(entry).patterns.remove(pattern);
}

void OpenCodePermission::setPatternAction(int entry, int pattern, const QString &action)
{
    Entry &e = m_entries[entry];
    Pattern &p = e.patterns[pattern];
    const QString old = p.action;
    p.action = action;
    replaceAction(e, p.line, old, action);
}

bool OpenCodePermission::renamePattern(int entry, int pattern, const QString &text)
{
    const QVector<Pattern> &patterns = m_entries.at(entry).patterns;
    for (int i = 0; i < patterns.size(); ++i) {
        if (i != pattern && patterns.at(i).pattern == text)
            return false;
    }
    changed(entry).patterns[pattern].pattern = text;
    return true;
}

void OpenCodePermission::replaceAction(Entry &entry, int line, const QString &old, const QString &action)
{
    QStringList lines = entry.source.split(u'\n');
    const QString edited = [&] {
        if (entry.source.isEmpty() || line < 0 || line >= lines.size())
            return QString();
        // `key: old # comment`, the key perhaps quoted: the shortest key part that leaves the
        // action word at the end of the line, or before a comment.
        const QRegularExpression written(QStringLiteral("^(.*?:[ \t]+)([\"']?)") + QRegularExpression::escape(old)
                                         + QStringLiteral("\\2([ \t]*(?:#.*)?)$"));
        const QRegularExpressionMatch match = written.match(lines.at(line));
        if (!match.hasMatch())
            return QString();
        lines[line] = match.captured(1) + match.captured(2) + action + match.captured(2) + match.captured(3);
        return lines.join(u'\n');
    }();
    // Several actions on one line (a flow map) leave it unclear which word is meant: read it back.
    const auto parsed = YamlValue::parse(edited.toUtf8(), YamlValue::Schema::Core);
    const YamlValue *value = std::holds_alternative<YamlValue>(parsed) ? &std::get<YamlValue>(parsed) : nullptr;
    const bool readsBack = value && value->isMap() && value->entries().size() == 1 && value->entries().first().first == entry.key
        && value->entries().first().second.toJson() == ruleJson(entry);
    entry.source = readsBack ? edited : QString();
}

OpenCodePermission::Entry &OpenCodePermission::changed(int entry)
{
    Entry &e = m_entries[entry];
    e.source.clear();
    return e;
}

} // namespace Agentry
