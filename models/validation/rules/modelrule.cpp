// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

#include <QRegularExpression>

namespace Agentry {

namespace {

// AG207: `model` that is neither an alias (sonnet, opus, haiku, inherit, any case) nor a model
// id. The client passes any text on as the model to use, and the agent fails when it starts.
class ModelRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ModelRule)

public:
    QString code() const override { return QStringLiteral("AG207"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Unknown model"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QString key = QStringLiteral("model");
        if (!context.reading.isParsed() || !context.reading.fields.contains(key))
            return;
        const QJsonValue value = context.reading.fields.value(key);
        const QStringList &aliases = context.profile.fields().models;
        if (!value.isString()) {
            if (!value.isNull())
                out.append(context.onField(code(), Severity::Warning,
                                           tr("The client ignores model %1: it takes a name such as %2.").arg(RuleHelpers::shown(value), aliases.join(QLatin1String(", "))),
                                           key));
            return;
        }
        const QString model = value.toString().trimmed();
        static const QRegularExpression modelId(QStringLiteral("^(claude-|anthropic\\.|us\\.anthropic\\.|eu\\.anthropic\\.|arn:)"));
        if (model.isEmpty() || aliases.contains(model.toLower()) || modelId.match(model).hasMatch())
            return;
        Diagnostic d = context.onField(code(), Severity::Warning,
                                       tr("\"%1\" is not a model alias (%2) or a model id such as claude-sonnet-4-5; Claude Code passes "
                                          "it on as it is and the agent fails when it starts.").arg(model, aliases.join(QLatin1String(", "))),
                                       key);
        QString better;
        for (const QString &alias : aliases) {
            if (model.contains(alias, Qt::CaseInsensitive))
                better = alias;
        }
        if (better.isEmpty())
            better = RuleHelpers::nearest(model, aliases, 2);
        if (!better.isEmpty()) {
            if (std::optional<Fix> fix = RuleHelpers::setField(context, key, better, tr("Use \"%1\"").arg(better), Fix::Safety::Suggestion))
                d.fixes.append(*fix);
        }
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::model()
{
    return std::make_unique<ModelRule>();
}

} // namespace Agentry
