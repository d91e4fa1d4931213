// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QString>

namespace Agentry {

// A change to one top-level frontmatter key that a view asks for; the document turns it
// into a minimal text edit (FrontmatterPatcher) on its own history.
struct FieldChange
{
    enum class Kind {
        Set,     // key = value (string, number, bool, null, list)
        SetYaml, // key = the YAML text in `yaml` (maps, snippets), re-indented under the key
        Remove,  // the key and the lines of its value go
    };

    Kind kind = Kind::Set;
    QString key;
    QJsonValue value;
    QString yaml;

    static FieldChange set(const QString &key, const QJsonValue &value) { return {Kind::Set, key, value, {}}; }
    static FieldChange setYaml(const QString &key, const QString &yaml) { return {Kind::SetYaml, key, {}, yaml}; }
    static FieldChange remove(const QString &key) { return {Kind::Remove, key, {}, {}}; }
};

} // namespace Agentry
