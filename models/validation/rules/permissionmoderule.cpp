// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rules/choicefieldrule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG209: a permissionMode outside the client's modes: ignored, the agent runs in the
// conversation's mode. (`manual` is the old name of `default`.)
class PermissionModeRule : public ChoiceFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(PermissionModeRule)

public:
    QString code() const override { return QStringLiteral("AG209"); }
    QString title() const override { return tr("Unknown permission mode"); }

protected:
    QString key() const override { return QStringLiteral("permissionMode"); }
    bool accepts(const RuleContext &context, const QJsonValue &value) const override
    {
        return value.isNull() || (value.isString() && (context.profile.fields().permissionModes.contains(value.toString()) || value.toString() == QLatin1String("manual")));
    }
    QString acceptedText(const RuleContext &context) const override { return context.profile.fields().permissionModes.join(QLatin1String(", ")); }
    std::optional<QJsonValue> nearest(const RuleContext &context, const QJsonValue &value) const override
    {
        const QString close = RuleHelpers::nearest(value.toString(), context.profile.fields().permissionModes, 3);
        return close.isEmpty() ? std::nullopt : std::optional<QJsonValue>(close);
    }

};

} // namespace

std::unique_ptr<Rule> Rules::permissionMode()
{
    return std::make_unique<PermissionModeRule>();
}

} // namespace Agentry
