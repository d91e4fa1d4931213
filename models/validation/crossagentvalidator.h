// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/crossagentrule.h"
#include "validation/nameclashes.h"

#include <memory>
#include <vector>

class QThreadPool;

namespace Agentry {

// What comparing the agents of a library found.
struct CrossAgentFindings
{
    QVector<QVector<Diagnostic>> perEntry; // for each entry (same order), the findings about it
    NameClashes clashes;                   // which entries another of their name displaces
};

// Runs the cross-agent rules (AG5xx) over a set of agent files with their scopes.
class CrossAgentValidator
{
public:
    CrossAgentValidator();
    ~CrossAgentValidator();

    // With a `pool`, each rule runs as a task of it; it must not be the pool the rules use
    // themselves (the global one).
    CrossAgentFindings validate(const QVector<CrossAgentEntry> &entries, QThreadPool *pool = nullptr) const;

    const std::vector<std::unique_ptr<CrossAgentRule>> &rules() const { return m_rules; }

private:
    std::vector<std::unique_ptr<CrossAgentRule>> m_rules;
};

} // namespace Agentry
