// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/frontmatterrepair.h"
#include "runtime/runtimereader.h"
#include "validation/rule.h"

namespace Agentry {

namespace {

// AG108: a value starting with `!` is a YAML tag, not text: `description: !important x` reads
// as "x", and `!important` is gone.
class TaggedValueRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(TaggedValueRule)

public:
    QString code() const override { return QStringLiteral("AG108"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("A value starts with a YAML tag"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (context.reading.outcome != AgentReading::Outcome::Ok)
            return;
        for (const FieldLocator::Field &field : context.fields.fields()) {
            const QByteArray written = context.text.bytes.mid(field.valueStart, field.valueEnd - field.valueStart);
            if (!written.startsWith('!') || written.startsWith("!!") || context.fields.find(field.key) != &field)
                continue;
            const qsizetype space = written.indexOf(' ');
            const QString tag = QString::fromUtf8(space < 0 ? written : written.left(space));
            const QJsonValue read = context.reading.fields.value(field.key);
            const QString message = read.isString()
                ? tr("The client reads \"%1\" as \"%2\": YAML takes \"%3\" as a tag and drops it.").arg(field.key, read.toString(), tag)
                : tr("The client reads \"%1\" as empty: YAML takes \"%2\" as a tag, not as text.").arg(field.key, tag);
            Diagnostic d = context.diagnostic(code(), Severity::Warning, message, field.valueStart,
                                              field.valueStart + (space < 0 ? written.size() : space), field.key);
            if (!context.wantsFixes()) {
                out.append(d);
                continue;
            }
            const QString text = QString::fromUtf8(written.contains(" #") ? written.left(written.indexOf(" #")).trimmed() : written);
            const ByteEdit edit{field.valueStart, field.valueEnd - field.valueStart, FrontmatterRepair::scalar(text, context.text.facts.preferredEol())};
            const AgentReading after = RuntimeReader(context.profile).read(edit.appliedTo(context.text.bytes));
            if (after.outcome == AgentReading::Outcome::Ok && after.fields.value(field.key) == QJsonValue(text))
                d.fixes.append({tr("Quote the value, tag included"), edit, Fix::Safety::Safe});
            out.append(d);
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::taggedValue()
{
    return std::make_unique<TaggedValueRule>();
}

} // namespace Agentry
