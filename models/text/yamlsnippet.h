// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/agenttext.h"
#include "text/frontmatter.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Agentry {

// Pieces of frontmatter YAML as text: checking a snippet a user types, the text of one
// value as the file writes it, and the keys of a block that does not parse.
namespace YamlSnippet {

// Why `yaml` is not valid YAML, at a 1-based line and column of `yaml`; nothing when it is.
std::optional<YamlError> check(const QString &yaml);

// `field`'s value as written in the file, without the key, a comment on the key's line and
// the indentation its lines share: the text FieldChange::setYaml() takes to write it back.
QString valueText(const AgentText &text, const FrontmatterField &field);

// A top-level `key: value` line found by reading a broken block line by line.
struct ScannedKey
{
    QString key;
    QString value;     // the rest of the key's line, trimmed
    bool continues = false; // indented lines follow that belong to the value
    int line = 0;      // 0-based line of the file
};

// The top-level keys a strict parse could not read: every `key:` line at the start of a
// line in a closed block; in a block that never closes, those before the first line that
// is plainly not YAML (where the body must begin). A key found more than once is taken as
// text continuing the entry before it.
QVector<ScannedKey> scanKeys(const AgentText &text);

} // namespace YamlSnippet

} // namespace Agentry
