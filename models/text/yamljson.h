// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace YAML {
class Node;
}

namespace Agentry {

// YAML nodes as JSON values under the YAML 1.2 core schema (plain scalars resolve to null,
// bool and numbers; quoted and block scalars stay strings).
namespace YamlJson {

QJsonValue fromNode(const YAML::Node &node);

// Parses one YAML value written as text (`opus`, `"a: b"`, `[Read, Grep]`, `{a: 1}`).
// Returns nothing and sets `error` when it is not valid YAML.
std::optional<QJsonValue> parse(const QString &text, QString *error);

} // namespace YamlJson

} // namespace Agentry
