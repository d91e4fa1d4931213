// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/frontmatterrepair.h"
#include "runtime/runtimereader.h"
#include "validation/bodymetadata.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG205: no usable description: missing, null, empty or not text. The description is what
// the model reads to decide when to delegate; without it a project agent does not load at
// all, and `description: ## …` reads as null because `#` starts a YAML comment.
class DescriptionMissingRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(DescriptionMissingRule)

public:
    QString code() const override { return QStringLiteral("AG205"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("No usable description"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.reading.isParsed() || !context.reading.mapping)
            return;
        const QString key = QStringLiteral("description");
        const QJsonValue value = context.reading.fields.value(key);
        if (value.isString() && !value.toString().isEmpty())
            return;
        const QString written = RuleHelpers::writtenValue(context, key);
        QString why;
        if (value.isUndefined())
            why = tr("There is no description");
        else if (written.startsWith(u'#'))
            why = tr("The client reads the description as empty: \"%1\" starts a YAML comment").arg(written.left(written.indexOf(u' ') < 0 ? written.size() : written.indexOf(u' ')));
        else if (value.isNull() || value.isString())
            why = tr("The description is empty");
        else
            why = tr("The description %1 is not text").arg(RuleHelpers::shown(value));
        const QString effect = context.isPlugin() ? tr("the plugin agent gets a stock description, so Claude cannot tell when to use it.")
                                                  : tr("Claude Code does not load the agent.");
        Diagnostic d = context.onField(code(), context.isPlugin() ? Severity::Warning : Severity::Error, why + QStringLiteral("; ") + effect, key);
        const FieldLocator::Field *field = context.fields.find(key);
        if (!context.wantsFixes()) {
            out.append(d);
            return;
        }
        if (field && !written.isEmpty() && !value.isString() && !value.isArray() && !value.isObject()) {
            const ByteEdit edit{field->valueStart, field->valueEnd - field->valueStart, FrontmatterRepair::scalar(written, context.text.facts.preferredEol())};
            if (RuntimeReader(context.profile).read(edit.appliedTo(context.text.bytes)).fields.value(key) == QJsonValue(written))
                d.fixes.append({tr("Quote the description as written"), edit, Fix::Safety::Safe});
        } else if (value.isUndefined() || (value.isString() && written.isEmpty()) || value.isNull()) {
            const QByteArray body = context.text.bytes.mid(context.reading.blockEnd);
            if (const std::optional<BodyMetadata> metadata = BodyMetadata::find(body, context.fileName)) {
                if (std::optional<Fix> fix = RuleHelpers::setField(context, key, metadata->description,
                                                                   tr("Use the prompt's first paragraph"), Fix::Safety::Suggestion))
                    d.fixes.append(*fix);
            }
        }
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::descriptionMissing()
{
    return std::make_unique<DescriptionMissingRule>();
}

} // namespace Agentry
