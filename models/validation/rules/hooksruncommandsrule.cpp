// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

#include <QJsonObject>

namespace Agentry {

namespace {

// AG309: hooks registered while the agent runs. They run shell commands with the user's
// rights, often without asking: worth a look before trusting a downloaded agent.
class HooksRunCommandsRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(HooksRunCommandsRule)

public:
    QString code() const override { return QStringLiteral("AG309"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Hooks run commands"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QJsonValue hooks = context.reading.fields.value(QLatin1String("hooks"));
        if (context.isPlugin() || !hooks.isObject() || hooks.toObject().isEmpty())
            return;
        out.append(context.onField(code(), Severity::Warning,
                                   tr("This agent registers hooks for %1: they run shell commands with your rights while it works.")
                                       .arg(hooks.toObject().keys().join(QLatin1String(", "))),
                                   QStringLiteral("hooks")));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::hooksRunCommands()
{
    return std::make_unique<HooksRunCommandsRule>();
}

} // namespace Agentry
