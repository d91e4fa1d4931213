// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Agentry {

class AgentValidator;

// Applies the safe fixes of a file's diagnostics, in rounds: one fix can make the next
// possible (quoting a value first, then renaming it), so the result has none left to apply.
namespace SafeFixer {

// The bytes after every safe fix of `rules` (all rules when empty).
QByteArray apply(const QByteArray &bytes, const QString &path, AgentScope scope, const QStringList &rules, const AgentValidator &validator);

} // namespace SafeFixer

} // namespace Agentry
