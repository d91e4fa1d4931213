// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

namespace Agentry {

namespace {

// RT101–RT107: what the reader of a runtime other than Claude Code found, one rule per
// effect, so that each has its code, severity and title in lists and SARIF.
class RuntimeIssueRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeIssueRule)

public:
    RuntimeIssueRule(RuntimeIssue::Effect effect, const char *code, Severity severity)
        : m_effect(effect)
        , m_code(QLatin1String(code))
        , m_severity(severity)
    {
    }

    QString code() const override { return m_code; }
    Severity defaultSeverity() const override { return m_severity; }
    bool appliesTo(Runtime runtime) const override { return runtime != Runtime::ClaudeCode; }

    QString title() const override
    {
        switch (m_effect) {
        case RuntimeIssue::Effect::Refuses:
            return tr("Refused by the runtime");
        case RuntimeIssue::Effect::StopsRuntime:
            return tr("Stops the runtime");
        case RuntimeIssue::Effect::DropsSettings:
            return tr("Loads without its settings");
        case RuntimeIssue::Effect::Ignored:
            return tr("Ignored by the runtime");
        case RuntimeIssue::Effect::UnknownTool:
            return tr("Tool the runtime does not have");
        case RuntimeIssue::Effect::Lenient:
            return tr("Read only by a lenient fallback");
        case RuntimeIssue::Effect::NeedsAcknowledging:
            return tr("Needs acknowledging");
        }
        return {};
    }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        for (const RuntimeIssue &issue : context.reading.issues) {
            if (issue.effect != m_effect)
                continue;
            Diagnostic d;
            if (issue.line >= 0 && issue.line < context.lines.lineCount())
                d = context.diagnostic(m_code, m_severity, issue.message, context.lines.lineStart(issue.line), context.lines.lineEnd(issue.line), issue.field);
            else
                d = context.onField(m_code, m_severity, issue.message, issue.field);
            out.append(d);
        }
    }

private:
    RuntimeIssue::Effect m_effect;
    QString m_code;
    Severity m_severity;
};

} // namespace

std::vector<std::unique_ptr<Rule>> Rules::runtimeIssues()
{
    using Effect = RuntimeIssue::Effect;
    std::vector<std::unique_ptr<Rule>> rules;
    rules.push_back(std::make_unique<RuntimeIssueRule>(Effect::Refuses, "RT101", Severity::Error));
    rules.push_back(std::make_unique<RuntimeIssueRule>(Effect::StopsRuntime, "RT102", Severity::Error));
    rules.push_back(std::make_unique<RuntimeIssueRule>(Effect::DropsSettings, "RT103", Severity::Error));
    rules.push_back(std::make_unique<RuntimeIssueRule>(Effect::Ignored, "RT104", Severity::Warning));
    rules.push_back(std::make_unique<RuntimeIssueRule>(Effect::UnknownTool, "RT105", Severity::Warning));
    rules.push_back(std::make_unique<RuntimeIssueRule>(Effect::Lenient, "RT106", Severity::Warning));
    rules.push_back(std::make_unique<RuntimeIssueRule>(Effect::NeedsAcknowledging, "RT107", Severity::Info));
    return rules;
}

} // namespace Agentry
