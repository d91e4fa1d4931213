// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rules/choicefieldrule.h"
#include "validation/rules/rulehelpers.h"
#include <cmath>

namespace Agentry {

namespace {

// AG214: maxTurns that is not a positive integer (a numeric text counts): ignored, no limit.
class MaxTurnsRule : public ChoiceFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(MaxTurnsRule)

public:
    QString code() const override { return QStringLiteral("AG214"); }
    QString title() const override { return tr("maxTurns is not a positive integer"); }

protected:
    QString key() const override { return QStringLiteral("maxTurns"); }
    bool accepts(const RuleContext &, const QJsonValue &value) const override
    {
        return value.isNull() || positive(value) > 0;
    }
    QString acceptedText(const RuleContext &) const override { return tr("a positive integer"); }
    std::optional<QJsonValue> nearest(const RuleContext &, const QJsonValue &value) const override
    {
        const QString digits = value.toString().trimmed().section(u' ', 0, 0);
        bool ok = false;
        const int n = digits.toInt(&ok);
        return ok && n > 0 ? std::optional<QJsonValue>(n) : std::nullopt;
    }

private:
    // The client's reading: a number, or text that parses as one; 0 when it is not a positive integer.
    static double positive(const QJsonValue &value)
    {
        bool ok = value.isDouble();
        const double n = ok ? value.toDouble() : value.toString().trimmed().toDouble(&ok);
        return ok && n == std::floor(n) && n > 0 ? n : 0;
    }
};

} // namespace

std::unique_ptr<Rule> Rules::maxTurns()
{
    return std::make_unique<MaxTurnsRule>();
}

} // namespace Agentry
