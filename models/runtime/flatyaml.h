// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace Agentry {

// A fast reader for the shape nearly every agent frontmatter has: `key: value` lines at
// column 0, each value a one-line plain or quoted scalar, a one-line [list], a `|` or `>`
// block text, or a `- item` list. It answers only when it is sure to read exactly what the
// full reader (BunYaml: yaml-cpp with Bun's corrections) reads, and returns nothing for
// anything else, which then goes to the full reader. Tests compare the two on every corpus
// file and on generated variants.
namespace FlatYaml {

std::optional<QJsonValue> parse(const QByteArray &utf8);

} // namespace FlatYaml

} // namespace Agentry
