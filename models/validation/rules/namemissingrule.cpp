// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "document/agentfiles.h"
#include "runtime/frontmatterrepair.h"
#include "runtime/runtimereader.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG201: no text `name`. In .claude/agents/ the client takes such a file for a document
// beside the agents and skips it without a word; a plugin agent is named after its file.
class NameMissingRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NameMissingRule)

public:
    QString code() const override { return QStringLiteral("AG201"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("No name"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.reading.isParsed() || !context.reading.mapping)
            return;
        const QJsonValue name = context.reading.fields.value(QLatin1String("name"));
        if (name.isString() && !name.toString().isEmpty())
            return;
        const QString written = RuleHelpers::writtenValue(context, QStringLiteral("name"));
        QString why = name.isUndefined() ? tr("There is no name") : written.startsWith(u'#') ? tr("The client reads the name as empty: \"#\" starts a YAML comment")
            : name.isString() || name.isNull()                                               ? tr("The name is empty")
                                                                                              : tr("The name \"%1\" is not text").arg(RuleHelpers::shown(name));
        const QString effect = context.isPlugin() ? tr("the plugin agent is named \"%1\" after its file.").arg(context.reading.plugin.name)
                                                  : tr("Claude Code takes the file for a document beside the agents and skips it.");
        Diagnostic d = context.onField(code(), context.isPlugin() ? Severity::Info : Severity::Error, why + QStringLiteral("; ") + effect,
                                       QStringLiteral("name"));
        const FieldLocator::Field *field = context.fields.find(QStringLiteral("name"));
        if (!context.wantsFixes()) {
            out.append(d);
            return;
        }
        if (field && !written.isEmpty() && !name.isString()) {
            // `name: #tag` or `name: 42`: make the text as written the name.
            const ByteEdit edit{field->valueStart, field->valueEnd - field->valueStart, FrontmatterRepair::scalar(written, context.text.facts.preferredEol())};
            if (RuntimeReader(context.profile).read(edit.appliedTo(context.text.bytes)).fields.value(QLatin1String("name")).toString() == written)
                d.fixes.append({tr("Quote the name as written"), edit, Fix::Safety::Safe});
        } else {
            QString base = context.fileName;
            if (base.endsWith(QLatin1String(".md")))
                base.chop(3);
            const QString slug = RuleHelpers::freeName(context, AgentFiles::slug(base));
            if (std::optional<Fix> fix = RuleHelpers::setField(context, QStringLiteral("name"), slug, tr("Name the agent \"%1\" after its file").arg(slug)))
                d.fixes.append(*fix);
        }
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::nameMissing()
{
    return std::make_unique<NameMissingRule>();
}

} // namespace Agentry
