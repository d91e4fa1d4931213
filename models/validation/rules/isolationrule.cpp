// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rules/choicefieldrule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG212: an isolation outside worktree and remote (plugin agents: worktree only): ignored,
// the agent works in the main checkout.
class IsolationRule : public ChoiceFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(IsolationRule)

public:
    QString code() const override { return QStringLiteral("AG212"); }
    QString title() const override { return tr("Unknown isolation"); }

protected:
    QString key() const override { return QStringLiteral("isolation"); }
    bool accepts(const RuleContext &context, const QJsonValue &value) const override
    {
        return value.isNull() || (value.isString() && allowed(context).contains(value.toString()));
    }
    QString acceptedText(const RuleContext &context) const override { return allowed(context).join(QLatin1String(", ")); }
    std::optional<QJsonValue> nearest(const RuleContext &context, const QJsonValue &value) const override
    {
        const QString close = RuleHelpers::nearest(value.toString(), allowed(context), 2);
        return close.isEmpty() ? std::nullopt : std::optional<QJsonValue>(close);
    }

private:
    static QStringList allowed(const RuleContext &context)
    {
        return context.isPlugin() ? context.profile.load().pluginIsolation : context.profile.fields().isolation;
    }
};

} // namespace

std::unique_ptr<Rule> Rules::isolation()
{
    return std::make_unique<IsolationRule>();
}

} // namespace Agentry
