// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "document/agentfiles.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

#include <QRegularExpression>

namespace Agentry {

namespace {

// AG203: a name that is not lowercase letters, digits and hyphens. The client loads it, but
// the Agent tool, `--agent` and every official example use that form; spaces and capitals
// make the agent awkward to call and easy to mistype.
class NameFormRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NameFormRule)

public:
    QString code() const override { return QStringLiteral("AG203"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Name is not lowercase-hyphen"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QJsonValue value = context.reading.fields.value(QLatin1String("name"));
        if (!context.reading.isParsed() || !value.isString() || value.toString().isEmpty())
            return;
        const QString name = value.toString();
        static const QRegularExpression form(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (form.match(name).hasMatch() || name.startsWith(u'-') || name.contains(u':') || name.size() > 256)
            return; // AG202 covers the names the client refuses
        const QString lowercase = AgentFiles::slug(name);
        Diagnostic d = context.onField(code(), Severity::Warning,
                                       tr("The name \"%1\" is not lowercase letters, digits and hyphens, the form Claude Code's "
                                          "Agent tool and --agent expect; write \"%2\".").arg(name, lowercase),
                                       QStringLiteral("name"));
        const QString slug = RuleHelpers::freeName(context, lowercase);
        if (std::optional<Fix> fix = RuleHelpers::setField(context, QStringLiteral("name"), slug, tr("Rename to \"%1\"").arg(slug)))
            d.fixes.append(*fix);
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::nameForm()
{
    return std::make_unique<NameFormRule>();
}

} // namespace Agentry
