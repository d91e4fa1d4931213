#pragma once

#include "libraryrule.h"

#include <memory>
#include <vector>

// Runs the cross-agent rules (AG5xx) over a set of agent files with their scopes.
class LibraryValidator
{
public:
    LibraryValidator();
    ~LibraryValidator();

    // For each entry (same order), the findings about it.
    QVector<QVector<Diagnostic>> validate(const QVector<LibraryEntry> &entries) const;

    const std::vector<std::unique_ptr<LibraryRule>> &rules() const { return m_rules; }

private:
    std::vector<std::unique_ptr<LibraryRule>> m_rules;
};
