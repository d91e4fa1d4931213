// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rules/choicefieldrule.h"
#include "validation/rules/rulehelpers.h"
#include <cmath>

namespace Agentry {

namespace {

// AG215: autoCompactWindow that is not an integer of at least the client's minimum: ignored.
class AutoCompactWindowRule : public ChoiceFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(AutoCompactWindowRule)

public:
    QString code() const override { return QStringLiteral("AG215"); }
    QString title() const override { return tr("autoCompactWindow out of range"); }

protected:
    QString key() const override { return QStringLiteral("autoCompactWindow"); }
    bool accepts(const RuleContext &context, const QJsonValue &value) const override
    {
        if (value.isNull())
            return true;
        const double n = value.isDouble() ? value.toDouble() : value.toString().trimmed().toDouble();
        return n == std::floor(n) && n >= context.profile.fields().autoCompactWindowMin && n <= 9007199254740991.0;
    }
    QString acceptedText(const RuleContext &context) const override { return tr("an integer of at least %1").arg(context.profile.fields().autoCompactWindowMin); }
    std::optional<QJsonValue> nearest(const RuleContext &context, const QJsonValue &value) const override
    {
        const double n = value.isDouble() ? value.toDouble() : value.toString().trimmed().toDouble();
        if (n > 0 && n < context.profile.fields().autoCompactWindowMin)
            return QJsonValue(context.profile.fields().autoCompactWindowMin);
        return std::nullopt;
    }

};

} // namespace

std::unique_ptr<Rule> Rules::autoCompactWindow()
{
    return std::make_unique<AutoCompactWindowRule>();
}

} // namespace Agentry
