// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rules/choicefieldrule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG213: background that is not true/false (or the text "true"/"false"): ignored, the agent
// runs in the foreground.
class BackgroundRule : public ChoiceFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundRule)

public:
    QString code() const override { return QStringLiteral("AG213"); }
    QString title() const override { return tr("Background is not true or false"); }

protected:
    QString key() const override { return QStringLiteral("background"); }
    bool accepts(const RuleContext &, const QJsonValue &value) const override
    {
        return value.isNull() || value.isBool() || value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false");
    }
    QString acceptedText(const RuleContext &) const override { return tr("true or false"); }
    std::optional<QJsonValue> nearest(const RuleContext &, const QJsonValue &value) const override
    {
        const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString().trimmed().toLower();
        if (QStringList{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("on"), QStringLiteral("1"), QStringLiteral("true")}.contains(text))
            return QJsonValue(true);
        if (QStringList{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("off"), QStringLiteral("0"), QStringLiteral("false")}.contains(text))
            return QJsonValue(false);
        return std::nullopt;
    }

};

} // namespace

std::unique_ptr<Rule> Rules::background()
{
    return std::make_unique<BackgroundRule>();
}

} // namespace Agentry
