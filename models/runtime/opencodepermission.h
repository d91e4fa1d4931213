// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/yamlvalue.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Agentry {

class RuntimeSpec;

// An OpenCode agent's `permission` value as ordered rules: per permission name an action
// (allow, ask, deny) or command patterns with an action each. OpenCode keeps the order and
// lets the last matching rule win, so the order of the YAML text is kept, and an entry
// is written back as it was read (comments, quotes, flow style) until it changes; a new
// action only replaces the word it was written as where that reads back right.
class OpenCodePermission
{
public:
    struct Pattern
    {
        QString pattern; // "git *"
        QString action;
        int line = -1; // of the action, in the entry's source
    };

    struct Entry
    {
        enum class Shape {
            Action,   // `edit: deny`
            Patterns, // `bash: {"git *": allow, "*": ask}`
            Kept,     // a value this class does not edit (`edit: maybe`): written back as read
        };

        QString key;
        Shape shape = Shape::Action;
        QString action;            // Action
        QVector<Pattern> patterns; // Patterns
        YamlValue kept;            // Kept
        QString source;            // the entry's lines as read and edited; empty once rewritten
        int line = -1;             // of the action, in `source`
    };

    // Reads the YAML text of a `permission` value (YamlSnippet::valueText). Nothing when its
    // shape is one this class cannot edit without losing bytes: not YAML, neither an action
    // nor a map, a list or a map nested deeper than a rule, or a value kept as written in a
    // map written in flow style.
    static std::optional<OpenCodePermission> read(const QString &yaml, const RuntimeSpec &spec);

    const QVector<Entry> &entries() const { return m_entries; }
    int indexOf(const QString &key) const;

    // The value as block YAML for FieldChange::setYaml(); empty when there are no entries.
    QString toYaml() const;
    // The value as the form's JSON reads it.
    QJsonValue toJson() const;

    // The index of the entry for `key`, appended, or first for `*`: the last matching rule
    // wins, so the catch-all goes before the rules it is a default for. An entry that exists
    // already only takes `action`.
    int addEntry(const QString &key, const QString &action);
    void removeEntry(int entry);
    void setAction(int entry, const QString &action);
    // An entry with one action becomes patterns, its action kept as the `*` pattern's.
    // Placed like addEntry() places keys; a pattern that exists already only takes `action`.
    int addPattern(int entry, const QString &pattern, const QString &action);
    void removePattern(int entry, int pattern);
    void setPatternAction(int entry, int pattern, const QString &action);
    // False, changing nothing, when another pattern of the entry is `text` already.
    bool renamePattern(int entry, int pattern, const QString &text);

private:
    // The entry, to be written anew.
    Entry &changed(int entry);
    // Writes `action` over the word `old` at `line` of the entry's source, or drops the source
    // when the edited text would not read as the entry now is.
    void replaceAction(Entry &entry, int line, const QString &old, const QString &action);

    QVector<Entry> m_entries;
    QString m_leading; // comment lines before the first entry, as read
    bool m_bare = false; // read as a bare action: written as one while it is only `*`
};

} // namespace Agentry
