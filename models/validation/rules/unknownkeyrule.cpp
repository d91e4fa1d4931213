// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/runtimereader.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG218: a key the client does not know (`tool`, `outputStyle`, another tool's fields). It is
// ignored without a word; Agentry keeps it. A near miss of a real key gets a rename.
class UnknownKeyRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(UnknownKeyRule)

public:
    QString code() const override { return QStringLiteral("AG218"); }
    Severity defaultSeverity() const override { return Severity::Info; }
    QString title() const override { return tr("Key the client ignores"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.reading.isParsed())
            return;
        const QStringList &known = context.profile.fields().keys;
        for (const FieldLocator::Field &field : context.fields.fields()) {
            const QString &key = field.key;
            if (known.contains(key) || !context.reading.fields.contains(key) || context.fields.find(key) != &field)
                continue;
            if (context.isPlugin() && (key == QLatin1String("when_to_use") || key == QLatin1String("when-to-use")))
                continue; // a plugin agent's description falls back to these
            const QString meant = meantKey(key, known);
            Diagnostic d = context.diagnostic(code(), Severity::Info,
                                              meant.isEmpty() ? tr("Claude Code ignores \"%1\"; Agentry keeps it.").arg(key)
                                                              : tr("Claude Code ignores \"%1\"; did you mean \"%2\"?").arg(key, meant),
                                              field.lineStart, field.keyEnd, key);
            if (context.wantsFixes() && !meant.isEmpty() && !context.reading.fields.contains(meant)) {
                const Fix fix = RuleHelpers::replace(field.lineStart, field.keyEnd, meant.toUtf8(), tr("Rename to \"%1\"").arg(meant), Fix::Safety::Suggestion);
                if (RuntimeReader(context.profile).read(fix.edit.appliedTo(context.text.bytes)).fields.contains(meant))
                    d.fixes.append(fix);
            }
            out.append(d);
        }
    }

private:
    // The client's own hints (allowedTools → tools, whenToUse → description), then spelling.
    static QString meantKey(const QString &key, const QStringList &known)
    {
        QString folded = key.toLower();
        folded.remove(u'-');
        folded.remove(u'_');
        if (folded == QLatin1String("allowedtools"))
            return QStringLiteral("tools");
        if (folded == QLatin1String("whentouse"))
            return QStringLiteral("description");
        for (const QString &candidate : known) {
            QString other = candidate.toLower();
            if (other == folded)
                return candidate;
        }
        return RuleHelpers::nearest(key, known, key.size() > 5 ? 2 : 1);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::unknownKey()
{
    return std::make_unique<UnknownKeyRule>();
}

} // namespace Agentry
