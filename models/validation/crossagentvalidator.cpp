// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/crossagentvalidator.h"

#include "rules/rules.h"

#include <QThreadPool>
#include <QtConcurrentMap>

#include <numeric>

namespace Agentry {

CrossAgentValidator::CrossAgentValidator()
    : m_rules(Rules::libraryRules())
{
}

CrossAgentValidator::~CrossAgentValidator() = default;

QVector<QVector<Diagnostic>> CrossAgentValidator::validate(const QVector<CrossAgentEntry> &entries, QThreadPool *pool) const
{
    QVector<QVector<Diagnostic>> result(entries.size());
    const LibraryContext context(entries);
    // The rules share nothing but the entries. Their findings are joined in the rules' order, so
    // the result does not depend on which rule finished first.
    std::vector<QVector<LibraryFinding>> findings(m_rules.size());
    const auto check = [&](const size_t &rule) { m_rules[rule]->check(context, findings[rule]); };
    if (pool) {
        std::vector<size_t> rules(m_rules.size());
        std::iota(rules.begin(), rules.end(), size_t(0));
        QtConcurrent::map(pool, rules, check).waitForFinished();
    } else {
        for (size_t rule = 0; rule < m_rules.size(); ++rule)
            check(rule);
    }
    for (const QVector<LibraryFinding> &ruleFindings : findings) {
        for (const LibraryFinding &finding : ruleFindings)
            result[finding.entry].append(finding.diagnostic);
    }
    return result;
}

} // namespace Agentry
