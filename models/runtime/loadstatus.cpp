// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/loadstatus.h"

namespace Agentry {

LoadStatus LoadStatus::of(const AgentReading &reading, AgentScope scope)
{
    const ScopeVerdict &verdict = scope == AgentScope::Plugin ? reading.plugin : reading.project;
    if (!verdict.loads)
        return {State::Skipped, verdict.reason};
    // The client keeps what its lenient retry reads; a broken or missing block loses every field.
    if (!verdict.reason.isEmpty())
        return {State::FieldsDropped, verdict.reason};
    return {State::Loads, {}};
}

QString LoadStatus::title() const
{
    switch (state) {
    case State::Loads:
        return tr("Loads in Claude Code");
    case State::FieldsDropped:
        return tr("Loads in Claude Code without some fields");
    case State::Skipped:
        return tr("Skipped by Claude Code");
    }
    return {};
}

} // namespace Agentry
