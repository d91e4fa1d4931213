#include "libraryvalidator.h"

#include "rules/rules.h"

LibraryValidator::LibraryValidator()
    : m_rules(Rules::libraryRules())
{
}

LibraryValidator::~LibraryValidator() = default;

QVector<QVector<Diagnostic>> LibraryValidator::validate(const QVector<LibraryEntry> &entries) const
{
    QVector<QVector<Diagnostic>> result(entries.size());
    const LibraryContext context(entries);
    QVector<LibraryFinding> findings;
    for (const std::unique_ptr<LibraryRule> &rule : m_rules)
        rule->check(context, findings);
    for (const LibraryFinding &finding : std::as_const(findings))
        result[finding.entry].append(finding.diagnostic);
    return result;
}
