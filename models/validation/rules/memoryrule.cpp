// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rules/choicefieldrule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG211: a memory scope outside user, project and local: ignored, the agent keeps no memory.
class MemoryRule : public ChoiceFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(MemoryRule)

public:
    QString code() const override { return QStringLiteral("AG211"); }
    QString title() const override { return tr("Unknown memory scope"); }

protected:
    QString key() const override { return QStringLiteral("memory"); }
    bool accepts(const RuleContext &context, const QJsonValue &value) const override
    {
        return value.isNull() || (value.isString() && context.profile.fields().memory.contains(value.toString()));
    }
    QString acceptedText(const RuleContext &context) const override { return context.profile.fields().memory.join(QLatin1String(", ")); }
    std::optional<QJsonValue> nearest(const RuleContext &context, const QJsonValue &value) const override
    {
        const QString close = RuleHelpers::nearest(value.toString(), context.profile.fields().memory, 2);
        return close.isEmpty() ? std::nullopt : std::optional<QJsonValue>(close);
    }

};

} // namespace

std::unique_ptr<Rule> Rules::memory()
{
    return std::make_unique<MemoryRule>();
}

} // namespace Agentry
