// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"
#include "validation/takennames.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Agentry {

class AgentValidator;

// Applies the safe fixes of a file's diagnostics, in rounds: one fix can make the next
// possible (quoting a value first, then renaming it), so the result has none left to apply.
namespace SafeFixer {

struct Options
{
    QStringList rules;      // the rules whose fixes apply; all when empty
    TakenNames takenNames;  // the names a fix must not give the agent (RuleContext)
    // Leaves out the fixes that could change whether or under which name the agent loads:
    // those of errors and those on its name or description.
    bool keepLoading = false;
};

// The bytes after every safe fix that `options` allow.
QByteArray apply(const QByteArray &bytes, const QString &path, AgentScope scope, const Options &options, const AgentValidator &validator);

} // namespace SafeFixer

} // namespace Agentry
