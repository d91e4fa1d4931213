// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/crossagentvalidator.h"

#include "rules/rules.h"

#include <QThreadPool>
#include <QtConcurrentRun>

namespace Agentry {

CrossAgentValidator::CrossAgentValidator()
    : m_rules(Rules::libraryRules())
{
}

CrossAgentValidator::~CrossAgentValidator() = default;

CrossAgentFindings CrossAgentValidator::validate(const QVector<CrossAgentEntry> &entries, QThreadPool *pool) const
{
    const LibraryContext context(entries);
    // The rules share nothing but the context: the entries, and the name clashes it makes once.
    // Their findings are joined in the rules' order, so the result does not depend on which rule
    // finished first.
    std::vector<QVector<LibraryFinding>> findings(m_rules.size());
    const auto check = [&](size_t rule) { m_rules[rule]->check(context, findings[rule]); };
    if (pool) {
        QVector<QFuture<void>> tasks;
        tasks.reserve(qsizetype(m_rules.size()));
        for (size_t rule = 0; rule < m_rules.size(); ++rule)
            tasks.append(QtConcurrent::run(pool, [&check, rule] { check(rule); }));
        for (QFuture<void> &task : tasks)
            task.waitForFinished();
    } else {
        for (size_t rule = 0; rule < m_rules.size(); ++rule)
            check(rule);
    }
    CrossAgentFindings result{QVector<QVector<Diagnostic>>(entries.size()), context.clashes()};
    for (const QVector<LibraryFinding> &ruleFindings : findings) {
        for (const LibraryFinding &finding : ruleFindings)
            result.perEntry[finding.entry].append(finding.diagnostic);
    }
    return result;
}

} // namespace Agentry
