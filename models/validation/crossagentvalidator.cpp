// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/crossagentvalidator.h"

#include "rules/rules.h"

namespace Agentry {

CrossAgentValidator::CrossAgentValidator()
    : m_rules(Rules::libraryRules())
{
}

CrossAgentValidator::~CrossAgentValidator() = default;

QVector<QVector<Diagnostic>> CrossAgentValidator::validate(const QVector<CrossAgentEntry> &entries) const
{
    QVector<QVector<Diagnostic>> result(entries.size());
    const LibraryContext context(entries);
    QVector<LibraryFinding> findings;
    for (const std::unique_ptr<CrossAgentRule> &rule : m_rules)
        rule->check(context, findings);
    for (const LibraryFinding &finding : std::as_const(findings))
        result[finding.entry].append(finding.diagnostic);
    return result;
}

} // namespace Agentry
