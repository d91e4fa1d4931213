// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

#include <QJsonArray>

namespace Agentry {

namespace {

// AG311: PreToolUse or PermissionRequest written at the top level instead of under `hooks`.
// The client cannot place a guard hook there and refuses to load the whole agent.
class TopLevelHookRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(TopLevelHookRule)

public:
    QString code() const override { return QStringLiteral("AG311"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Guard hook outside hooks"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (context.isPlugin() || !context.reading.isParsed())
            return;
        for (const QString &guard : context.profile.load().topLevelHookGuards) {
            const QJsonValue value = context.reading.fields.value(guard);
            if (value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty()))
                continue;
            out.append(context.onField(code(), Severity::Error,
                                       tr("%1 stands at the top level; it belongs under \"hooks\". Claude Code refuses to load an agent "
                                          "with a guard hook it cannot place.").arg(guard),
                                       guard));
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::topLevelHook()
{
    return std::make_unique<TopLevelHookRule>();
}

} // namespace Agentry
