// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "document/agentfiles.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG202: a name the client refuses: starting with `-`, longer than it allows, or holding `:`
// (reserved for plugin names, checked after NFKC normalisation, so a full-width colon counts).
class NameRefusedRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NameRefusedRule)

public:
    QString code() const override { return QStringLiteral("AG202"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Name the client refuses"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QJsonValue value = context.reading.fields.value(QLatin1String("name"));
        if (!context.reading.isParsed() || !value.isString() || value.toString().isEmpty())
            return;
        const QString name = value.toString();
        const RuntimeProfile::LoadRules &rules = context.profile.load();
        QString why;
        if (!rules.nameForbiddenStart.isEmpty() && name.startsWith(rules.nameForbiddenStart))
            why = tr("starts with \"%1\"").arg(rules.nameForbiddenStart);
        else if (rules.nameMaxLength > 0 && name.size() > rules.nameMaxLength)
            why = tr("is longer than %1 characters").arg(rules.nameMaxLength);
        else {
            const QString normalized = name.normalized(QString::NormalizationForm_KC);
            for (const QString &forbidden : rules.nameForbiddenNfkc) {
                if (normalized.contains(forbidden))
                    why = tr("contains \"%1\", which the client reserves for plugin names").arg(forbidden);
            }
        }
        if (why.isEmpty())
            return;
        // Plugin agents are named `plugin:name` by the client itself; only the length matters there.
        if (context.isPlugin() && !(rules.nameMaxLength > 0 && name.size() > rules.nameMaxLength))
            return;
        const QString message = context.isPlugin()
            ? tr("The name %1; the client ignores it and names the agent \"%2\" after its file.").arg(why, context.reading.plugin.name)
            : tr("The name %1; Claude Code refuses to load the agent.").arg(why);
        Diagnostic d = context.onField(code(), context.isPlugin() ? Severity::Warning : Severity::Error, message, QStringLiteral("name"));
        const QString slug = RuleHelpers::freeName(context, AgentFiles::slug(name), rules.nameMaxLength > 0 ? rules.nameMaxLength : 256);
        if (std::optional<Fix> fix = RuleHelpers::setField(context, QStringLiteral("name"), slug, tr("Rename to \"%1\"").arg(slug)))
            d.fixes.append(*fix);
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::nameRefused()
{
    return std::make_unique<NameRefusedRule>();
}

} // namespace Agentry
