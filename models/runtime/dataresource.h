// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QStringList>

namespace Agentry {

// Makes the built-in data (resources/data.qrc: tools.json, the runtime profiles, the agent
// template) readable under :/agentry. The resource lives in the models static library, whose
// object the linker drops unless something refers to it. Cheap after the first call;
// thread-safe.
void loadDataResource();

// The strings of a JSON array of the built-in data (an item of another kind gives ""); none
// when the value is not an array.
QStringList jsonStrings(const QJsonValue &value);

} // namespace Agentry
