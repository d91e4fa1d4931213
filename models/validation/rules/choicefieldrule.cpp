// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/choicefieldrule.h"

#include "validation/rules/rulehelpers.h"

namespace Agentry {

void ChoiceFieldRule::check(const RuleContext &context, QVector<Diagnostic> &out) const
{
    if (!context.reading.isParsed() || !context.reading.fields.contains(key()))
        return;
    const QJsonValue value = context.reading.fields.value(key());
    if (accepts(context, value))
        return;
    Diagnostic d = context.onField(code(), defaultSeverity(),
                                   tr("The client ignores %1 \"%2\": it accepts %3. %4")
                                       .arg(key(), RuleHelpers::shown(value), acceptedText(context), effect()),
                                   key());
    if (const std::optional<QJsonValue> better = nearest(context, value)) {
        if (std::optional<Fix> fix = RuleHelpers::setField(context, key(), *better, tr("Use \"%1\"").arg(RuleHelpers::shown(*better))))
            d.fixes.append(*fix);
    }
    out.append(d);
}

QString ChoiceFieldRule::effect() const
{
    return tr("The agent runs as if the key were not there.");
}

} // namespace Agentry
