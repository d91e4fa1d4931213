// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Agentry {

// The entries of a `tools`-like value (tools, disallowedTools, skills) as the client reads them.
namespace ToolList {

// A list's items, or a string split as split() does; null and an empty string are no entries.
// Nothing when the value is of another kind (a map, a number, a list holding a non-string),
// so that a view showing the entries never rewrites what it could not show.
std::optional<QStringList> fromValue(const QJsonValue &value);

// Splits on commas and white space outside parentheses: "Read, Bash(git diff:*)".
QStringList split(const QString &text);
// Splits as the runtimes other than Claude Code do: on commas alone, each part trimmed, empty
// parts dropped ("read, edit" → read, edit).
QStringList commaParts(const QString &text);

} // namespace ToolList

} // namespace Agentry
