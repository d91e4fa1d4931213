// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG216: disallowedTools beside tools. `tools` replaces the default set, so the client
// ignores disallowedTools: whatever it was meant to take away stays if `tools` names it.
class DisallowedToolsIgnoredRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(DisallowedToolsIgnoredRule)

public:
    QString code() const override { return QStringLiteral("AG216"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("disallowedTools beside tools"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QJsonObject &fields = context.reading.fields;
        if (!context.reading.isParsed() || !fields.contains(QLatin1String("tools")) || !fields.contains(QLatin1String("disallowedTools")))
            return;
        Diagnostic d = context.onField(code(), Severity::Warning,
                                       tr("Claude Code ignores disallowedTools when tools is set: tools alone decides what the agent "
                                          "may use. Take the unwanted tools out of tools instead."),
                                       QStringLiteral("disallowedTools"));
        if (std::optional<Fix> fix = RuleHelpers::removeField(context, QStringLiteral("disallowedTools"), tr("Remove disallowedTools"),
                                                              Fix::Safety::Suggestion))
            d.fixes.append(*fix);
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::disallowedToolsIgnored()
{
    return std::make_unique<DisallowedToolsIgnoredRule>();
}

} // namespace Agentry
