// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Agentry {

class YamlValue;

// The permission rules of an OpenCode agent in the order OpenCode applies them: its `tools`
// map turned into rules (`write: false` → edit deny), then `permission` merged over it as
// JavaScript's Object.assign does (a key already there keeps its place). For each use of a
// tool the last matching rule wins; a key or pattern matches as a wildcard (`*`, `?`).
class OpenCodeRules
{
public:
    enum class Action { Allow, Ask, Deny };

    struct Rule
    {
        QString permission; // the key as written: `bash`, `mcp_*`, `*`
        QString pattern;    // `*` for every use, or `git *`
        Action action = Action::Allow;
        int line = -1; // 0-based line in the YAML text
    };

    // What the rules say about one permission: the action for every use (none when no rule
    // covers every use) and the later rules for some uses, which win over it there.
    struct Verdict
    {
        bool hasBase = false;
        Action base = Action::Allow;
        int baseLine = -1;
        QString baseKey;
        QVector<Rule> exceptions;
    };

    // `tools` and `permission` as the frontmatter holds them; either may be null.
    static OpenCodeRules read(const YamlValue *tools, const YamlValue *permission);

    const QVector<Rule> &rules() const { return m_rules; }
    Verdict verdict(const QString &permission) const;
    // The permission keys as written, in order (`*` included).
    QStringList keys() const;

    static bool matches(const QString &wildcard, const QString &text);
    static const char *actionId(Action action); // allow, ask, deny

private:
    QVector<Rule> m_rules;
};

} // namespace Agentry
