// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/bunyaml.h"
#include "runtime/runtimereader.h"
#include "validation/rule.h"

#include <QJsonObject>

namespace Agentry {

namespace {

// AG109: a key written twice. YAML readers disagree about duplicates; the client keeps the
// last and drops the others without a word.
class DuplicateKeyRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateKeyRule)

public:
    QString code() const override { return QStringLiteral("AG109"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Duplicate key"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.reading.isParsed())
            return;
        QStringList seen;
        for (const FieldLocator::Field &field : context.fields.fields()) {
            if (seen.contains(field.key))
                continue;
            seen.append(field.key);
            const QVector<const FieldLocator::Field *> all = context.fields.all(field.key);
            if (all.size() < 2)
                continue;
            const FieldLocator::Field *kept = all.last();
            const QJsonValue keptValue = context.reading.fields.value(field.key);
            for (int i = 0; i + 1 < all.size(); ++i) {
                const FieldLocator::Field *dropped = all.at(i);
                Diagnostic d = context.diagnostic(code(), Severity::Warning,
                                                  tr("\"%1\" is written %2 times; the client keeps the one on line %3 and silently "
                                                     "drops this one.").arg(field.key).arg(all.size()).arg(kept->line + 1),
                                                  dropped->lineStart, dropped->keyEnd, field.key);
                if (!context.wantsFixes()) {
                    out.append(d);
                    continue;
                }
                const QByteArray lines = context.text.bytes.mid(dropped->lineStart, dropped->end - dropped->lineStart);
                const BunYaml::Result alone = BunYaml::parse(lines);
                const bool same = alone.isParsed() && alone.value->toObject().value(field.key) == keptValue;
                const ByteEdit edit{dropped->lineStart, dropped->end - dropped->lineStart, {}};
                const AgentReading after = RuntimeReader(context.profile).read(edit.appliedTo(context.text.bytes));
                if (after.isParsed() && after.fields == context.reading.fields)
                    d.fixes.append({same ? tr("Remove the repeated \"%1\"").arg(field.key) : tr("Remove the \"%1\" the client ignores").arg(field.key),
                                    edit, same ? Fix::Safety::Safe : Fix::Safety::Suggestion});
                out.append(d);
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::duplicateKey()
{
    return std::make_unique<DuplicateKeyRule>();
}

} // namespace Agentry
