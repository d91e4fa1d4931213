#pragma once

#include "agentscope.h"
#include "agenttext.h"
#include "clientprofile.h"
#include "clientreading.h"
#include "diagnostic.h"
#include "rule.h"

#include <QString>
#include <QVector>

#include <memory>
#include <vector>

class Rule;
class ToolCatalog;

// What checking one agent file found: how the client reads it, and the diagnostics.
struct ValidationResult
{
    ClientReading reading;
    QVector<Diagnostic> diagnostics; // by position, then code
};

// Runs the document rules (AG1xx–AG4xx) over one agent file. Cheap enough to run on every
// keystroke (a 70 KB file in well under 5 ms); safe to use from several threads at once.
class Validator
{
public:
    // `profile` and `tools` must outlive the validator.
    explicit Validator(const ClientProfile &profile, const ToolCatalog &tools);
    Validator(); // the newest built-in client profile and the built-in tool catalog
    ~Validator();

    // `path` names the file in messages; its file name matters to the rules (plugin agents are
    // named after it). With Fixes::Skip the diagnostics come without fixes, several times faster,
    // and `text.frontmatter` (Agentry's own parse) is not looked at.
    ValidationResult validate(const QString &path, const AgentText &text, AgentScope scope,
                              RuleContext::Fixes fixes = RuleContext::Fixes::Compute) const;

    const std::vector<std::unique_ptr<Rule>> &rules() const { return m_rules; }
    const Rule *rule(const QString &code) const;
    const ClientProfile &profile() const { return m_profile; }

private:
    const ClientProfile &m_profile;
    const ToolCatalog &m_tools;
    std::vector<std::unique_ptr<Rule>> m_rules;
};
