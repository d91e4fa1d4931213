// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/agentscope.h"

#include <QCoreApplication>
#include <QString>

namespace Agentry {

// Whether Claude Code loads an agent where it lies, in one word and in plain words: the
// badge on an agent. Files outside any agents folder are judged as if they were a project's.
struct LoadStatus
{
    Q_DECLARE_TR_FUNCTIONS(LoadStatus)

public:
    enum class State {
        Loads,         // as written
        FieldsDropped, // loads, but without fields its author wrote
        Skipped,       // the client passes over it without a word
    };

    State state = State::Loads;
    QString reason; // why it is skipped, or what it loads without; empty when it loads as written

    static LoadStatus of(const AgentReading &reading, AgentScope scope);
    // "Loads in Claude Code", "Loads without some fields", "Skipped by Claude Code".
    QString title() const;
};

} // namespace Agentry
