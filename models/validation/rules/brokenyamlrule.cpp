// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/frontmatterrepair.h"
#include "runtime/runtimereader.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG105: YAML that neither a strict parse nor the client's quoting retry reads. The client
// drops every field: a project agent has no name and is skipped, a plugin agent loads under
// its file name and nothing else.
class BrokenYamlRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(BrokenYamlRule)

public:
    QString code() const override { return QStringLiteral("AG105"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Frontmatter is not valid YAML"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const AgentReading &reading = context.reading;
        if (reading.outcome != AgentReading::Outcome::Broken || !reading.strictError)
            return;
        const AgentReading::ParseError &error = *reading.strictError;
        const QString cause = RuleHelpers::yamlCause(context, error.at.line, error.message);
        const QString effect = context.isPlugin()
            ? tr("Claude Code drops every field: the agent loads as \"%1\" with a stock description and all tools.").arg(reading.plugin.name)
            : tr("Claude Code drops every field, so the agent has no name and is not loaded.");
        const qsizetype start = context.lines.offset(error.at.line, error.at.column);
        Diagnostic d = context.diagnostic(code(), Severity::Error, tr("The frontmatter is not valid YAML: %1. %2").arg(cause, effect), start,
                                          std::max(start + 1, context.lines.lineEnd(error.at.line)));
        const RuntimeReader reader(context.profile);
        if (const std::optional<ByteEdit> edit = context.wantsFixes() ? FrontmatterRepair(context.text.bytes, reading, reader).asWritten() : std::nullopt)
            d.fixes.append({tr("Quote the values as written"), *edit, Fix::Safety::Safe});
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::brokenYaml()
{
    return std::make_unique<BrokenYamlRule>();
}

} // namespace Agentry
