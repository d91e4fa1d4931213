// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/agentscope.h"

#include <QCoreApplication>
#include <QString>

namespace Agentry {

// Whether the agent's runtime loads it where it lies, in one word and in plain words: the
// badge on an agent. Files outside any agents folder are judged as if they were a project's.
struct LoadStatus
{
    Q_DECLARE_TR_FUNCTIONS(LoadStatus)

public:
    enum class State {
        Loads,         // as written
        FieldsDropped, // loads, but without fields its author wrote
        Skipped,       // the runtime passes over it or rejects it
        NeedsAcknowledging, // loads once the user acknowledges it (Gemini CLI's project agents)
        StopsRuntime,  // the runtime does not start at all (OpenCode)
    };

    State state = State::Loads;
    Runtime runtime = Runtime::ClaudeCode;
    bool withoutSettings = false; // FieldsDropped: every setting, not some fields
    QString reason; // why it is skipped, or what it loads without; empty when it loads as written

    static LoadStatus of(const AgentReading &reading, AgentScope scope);
    // "Loads in Claude Code", "Loads in OpenCode without its settings", "Rejected by Gemini CLI", ...
    QString title() const;
    static const char *stateId(State state); // loads, fields_dropped, skipped, needs_acknowledging, stops_runtime
};

} // namespace Agentry
