// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/specreader.h"
#include "text/yamlscalar.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"
#include "validation/rules/toolentries.h"


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
            if (context.wantsFixes()) {
                if (std::optional<Fix> fix = repair(context, issue))
                    d.fixes.append(std::move(*fix));
            }
            out.append(d);
        }
    }

private:
    // The fix of the issue's repair, kept only when the runtime reads the fixed file without
    // this issue and with nothing worse: no more refusals, no settings lost, no stop.
    static std::optional<Fix> repair(const RuleContext &context, const RuntimeIssue &issue)
    {
        using Kind = RuntimeIssue::Repair::Kind;
        const QString runtime = Runtimes::name(context.reading.runtime);
        std::optional<Fix> fix;
        switch (issue.repair.kind) {
        case Kind::None:
            return std::nullopt;
        case Kind::RenameTool: {
            const ToolEntries &tools = context.toolEntries;
            for (const ToolEntries::Entry &entry : tools.entries()) {
                if (entry.text == issue.repair.from && entry.start >= 0) {
                    fix = RuleHelpers::replace(entry.start, entry.end, issue.repair.to.toUtf8(), tr("Use “%1”, %2's name for it").arg(issue.repair.to, runtime));
                    break;
                }
            }
            break;
        }
        case Kind::ToolsList:
            // A flow list in place of the string on the key's line; the rest of the file stays.
            if (const FieldLocator::Field *field = context.fields.find(QStringLiteral("tools")); field && field->valueEnd > field->valueStart) {
                QStringList items;
                for (const QString &tool : issue.repair.tools)
                    items.append(YamlScalar::quotedIfNeeded(tool, YamlScalar::Context::Flow));
                fix = RuleHelpers::replace(field->valueStart, field->valueEnd, (u'[' + items.join(QLatin1String(", ")) + u']').toUtf8(),
                                           tr("Write tools as a list"));
            }
            break;
        case Kind::RemoveKey:
            // The key's value is lost: offered with a preview, never applied unasked.
            fix = RuleHelpers::removeField(context, issue.repair.from, tr("Remove “%1”, which %2 refuses").arg(issue.repair.from, runtime),
                                           Fix::Safety::Suggestion);
            break;
        }
        if (!fix || !isBetter(context, issue, fix->edit.appliedTo(context.text.bytes)))
            return std::nullopt;
        return fix;
    }

    static int harm(const AgentReading &reading)
    {
        int count = 0;
        for (const RuntimeIssue &issue : reading.issues) {
            count += issue.effect == RuntimeIssue::Effect::Refuses || issue.effect == RuntimeIssue::Effect::StopsRuntime
                || issue.effect == RuntimeIssue::Effect::DropsSettings;
        }
        return count;
    }

    static bool isBetter(const RuleContext &context, const RuntimeIssue &issue, const QByteArray &fixed)
    {
        const SpecReader *reader = SpecReader::of(context.reading.runtime);
        if (!reader)
            return false;
        const AgentReading after =
            reader->read(fixed, {context.reading.project.name, context.scope == AgentScope::User ? AgentScope::User : AgentScope::Project});
        const bool gone = std::none_of(after.issues.cbegin(), after.issues.cend(), [&issue](const RuntimeIssue &other) {
            return other.effect == issue.effect && other.repair.kind == issue.repair.kind && other.repair.from == issue.repair.from
                && other.field == issue.field;
        });
        const AgentReading &before = context.reading;
        return gone && harm(after) < harm(before) + (issue.effect == RuntimeIssue::Effect::UnknownTool ? 1 : 0)
            && (after.project.loads || !before.project.loads) && !(after.project.breaksRuntime && !before.project.breaksRuntime)
            && !(after.project.withoutSettings && !before.project.withoutSettings);
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
