// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace Agentry {

// Makes the built-in data (resources/data.qrc: tools.json, the runtime profiles, the agent
// template) readable under :/agentry. The resource lives in the models static library, whose
// object the linker drops unless something refers to it. Cheap after the first call;
// thread-safe.
void loadDataResource();

// The strings of a JSON array of the built-in data (an item of another kind gives ""); none
// when the value is not an array.
QStringList jsonStrings(const QJsonValue &value);
// A list of names in the built-in data: an array of non-empty strings, or none when absent;
// nothing when the value is of another shape.
std::optional<QStringList> jsonNames(const QJsonValue &value);

} // namespace Agentry
