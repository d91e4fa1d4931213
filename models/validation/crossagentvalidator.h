// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/crossagentrule.h"

#include <memory>
#include <vector>

class QThreadPool;

namespace Agentry {

// Runs the cross-agent rules (AG5xx) over a set of agent files with their scopes.
class CrossAgentValidator
{
public:
    CrossAgentValidator();
    ~CrossAgentValidator();

    // For each entry (same order), the findings about it. With a `pool`, each rule runs as a
    // task of it; it must not be the pool the rules use themselves (the global one).
    QVector<QVector<Diagnostic>> validate(const QVector<CrossAgentEntry> &entries, QThreadPool *pool = nullptr) const;

    const std::vector<std::unique_ptr<CrossAgentRule>> &rules() const { return m_rules; }

private:
    std::vector<std::unique_ptr<CrossAgentRule>> m_rules;
};

} // namespace Agentry
