// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/runtimereader.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Agentry {

namespace {

// AG312: `hooks` that fails the client's schema (a list, even `[]`; a single matcher; a
// guard event that is not a list): the client skips the whole agent.
class InvalidHooksRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(InvalidHooksRule)

public:
    QString code() const override { return QStringLiteral("AG312"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("hooks the client cannot read"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QJsonObject &fields = context.reading.fields;
        if (context.isPlugin() || !context.reading.isParsed() || !fields.contains(QLatin1String("hooks")))
            return;
        for (const QString &guard : context.profile.load().topLevelHookGuards) {
            if (fields.contains(guard))
                return; // AG311
        }
        const std::optional<QString> problem = RuntimeReader(context.profile).hooksProblem(fields);
        if (!problem)
            return;
        Diagnostic d = context.onField(code(), Severity::Error, *problem, QStringLiteral("hooks"));
        const QJsonValue hooks = context.reading.fields.value(QLatin1String("hooks"));
        if (hooks.isArray() && hooks.toArray().isEmpty()) {
            // `hooks: []` registers nothing; without it the agent loads.
            if (std::optional<Fix> fix = RuleHelpers::removeField(context, QStringLiteral("hooks"), tr("Remove the empty hooks list")))
                d.fixes.append(*fix);
        }
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::invalidHooks()
{
    return std::make_unique<InvalidHooksRule>();
}

} // namespace Agentry
