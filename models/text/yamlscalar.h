// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QString>

#include <string_view>

namespace Agentry {

// YAML 1.2 core-schema knowledge about scalars: what a plain scalar resolves to, and how
// to write a string so that YAML reads it back as exactly that string.
namespace YamlScalar {

// The JSON value of an untagged plain scalar (null, bool, int, float or string).
QJsonValue resolvePlain(std::string_view text);

enum class Context { Block, Flow };

// True when `text` may be written unquoted in `context` and reads back as the same string.
bool canBePlain(const QString &text, Context context);

QString singleQuoted(const QString &text); // 'it''s'
QString doubleQuoted(const QString &text); // "a\n\"b\""

// `text` as a one-line scalar: plain when possible, else single-quoted, else double-quoted.
QString quotedIfNeeded(const QString &text, Context context);

} // namespace YamlScalar

} // namespace Agentry
