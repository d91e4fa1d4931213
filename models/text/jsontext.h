// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <utility>

namespace Agentry {

// Writes JSON text with keys in a chosen order (QJsonObject sorts them), indented like
// hand-written files: the client's documentation shows plugin.json and marketplace.json so.
namespace JsonText {

// `text` as a JSON string literal, quotes included.
QByteArray quoted(const QString &text);
// An object of `members` (key, value already as JSON text) at nesting `level`: members on
// lines of their own, indented by `indent` once per level below it.
QByteArray object(const QVector<std::pair<QString, QByteArray>> &members, const QByteArray &indent, int level);
// A list of strings on one line: ["a", "b"].
QByteArray stringList(const QStringList &items);

} // namespace JsonText

} // namespace Agentry
