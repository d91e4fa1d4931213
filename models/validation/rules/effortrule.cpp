// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rules/choicefieldrule.h"
#include "validation/rules/rulehelpers.h"
#include <cmath>

namespace Agentry {

namespace {

// AG210: an effort that is neither a level (low … max, any case) nor an integer: ignored.
class EffortRule : public ChoiceFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(EffortRule)

public:
    QString code() const override { return QStringLiteral("AG210"); }
    QString title() const override { return tr("Unknown effort"); }

protected:
    QString key() const override { return QStringLiteral("effort"); }
    bool accepts(const RuleContext &context, const QJsonValue &value) const override
    {
        if (value.isNull())
            return true;
        if (value.isDouble())
            return value.toDouble() == std::floor(value.toDouble());
        const QString text = value.toString().trimmed().toLower();
        bool number = false;
        text.toInt(&number);
        return number || context.profile.fields().efforts.contains(text);
    }
    QString acceptedText(const RuleContext &context) const override { return tr("%1 or an integer").arg(context.profile.fields().efforts.join(QLatin1String(", "))); }
    std::optional<QJsonValue> nearest(const RuleContext &context, const QJsonValue &value) const override
    {
        const QString close = RuleHelpers::nearest(value.toString(), context.profile.fields().efforts, 2);
        return close.isEmpty() ? std::nullopt : std::optional<QJsonValue>(close);
    }

};

} // namespace

std::unique_ptr<Rule> Rules::effort()
{
    return std::make_unique<EffortRule>();
}

} // namespace Agentry
