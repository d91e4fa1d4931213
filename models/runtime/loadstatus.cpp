// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/loadstatus.h"

namespace Agentry {

LoadStatus LoadStatus::of(const AgentReading &reading, AgentScope scope)
{
    const ScopeVerdict &verdict = scope == AgentScope::Plugin && reading.runtime == Runtime::ClaudeCode ? reading.plugin : reading.project;
    LoadStatus status;
    status.runtime = reading.runtime;
    status.withoutSettings = verdict.withoutSettings;
    if (verdict.breaksRuntime)
        status.state = State::StopsRuntime;
    else if (!verdict.loads)
        status.state = State::Skipped;
    // Claude Code keeps what its lenient retry reads; a broken or missing block loses every field.
    else if (!verdict.reason.isEmpty())
        status.state = State::FieldsDropped;
    else if (verdict.needsAcknowledging)
        status.state = State::NeedsAcknowledging;
    if (status.state != State::Loads)
        status.reason = verdict.reason;
    return status;
}

QString LoadStatus::title() const
{
    const QString name = Runtimes::name(runtime);
    switch (state) {
    case State::Loads:
        return tr("Loads in %1").arg(name);
    case State::FieldsDropped:
        return withoutSettings ? tr("Loads in %1 without its settings").arg(name) : tr("Loads in %1 without some fields").arg(name);
    case State::Skipped:
        // Gemini CLI and Copilot say why; the others pass over the file without a word.
        return runtime == Runtime::GeminiCli || runtime == Runtime::Copilot ? tr("Rejected by %1").arg(name) : tr("Skipped by %1").arg(name);
    case State::NeedsAcknowledging:
        return tr("Needs acknowledging in %1").arg(name);
    case State::StopsRuntime:
        return tr("Stops %1 from starting").arg(name);
    }
    return {};
}

const char *LoadStatus::stateId(State state)
{
    switch (state) {
    case State::Loads:
        return "loads";
    case State::FieldsDropped:
        return "fields_dropped";
    case State::Skipped:
        return "skipped";
    case State::NeedsAcknowledging:
        return "needs_acknowledging";
    case State::StopsRuntime:
        break;
    }
    return "stops_runtime";
}

} // namespace Agentry
