// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/frontmatterrepair.h"
#include "runtime/runtimereader.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

#include <QJsonObject>

namespace Agentry {

namespace {

// AG106: YAML that strict parsers reject and only the client's quoting retry reads. This
// client loads it; older clients, linters, GitHub's preview and other agent runtimes drop or
// misread it, and what the retry reads may not be what the author meant.
class LenientYamlRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(LenientYamlRule)

public:
    QString code() const override { return QStringLiteral("AG106"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Frontmatter reads only through the client's retry"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const AgentReading &reading = context.reading;
        if (reading.outcome != AgentReading::Outcome::Lenient || !reading.strictError)
            return;
        const AgentReading::ParseError &error = *reading.strictError;
        const QString cause = RuleHelpers::yamlCause(context, error.at.line, error.message);
        QStringList keys;
        for (const AgentReading::RewrittenLine &line : reading.rewritten) {
            if (!line.key.isEmpty() && !keys.contains(line.key))
                keys.append(line.key);
        }
        const int line = reading.rewritten.isEmpty() ? error.at.line : reading.rewritten.first().line;
        QString message = tr("Strict YAML rejects the frontmatter: %1. Claude Code %2 still loads it by quoting %3 itself, but "
                             "strict parsers, older clients and other tools drop or misread it.")
                              .arg(cause, context.profile.version(), keys.isEmpty() ? tr("nothing") : u'"' + keys.join(QLatin1String("\", \"")) + u'"');
        // Lines the client reads as keys of their own although they continue a value (an example dialogue).
        QStringList strays;
        const QStringList &known = context.profile.fields().keys;
        for (const AgentReading::RewrittenLine &rewritten : reading.rewritten) {
            if (!rewritten.key.isEmpty() && !known.contains(rewritten.key) && !strays.contains(rewritten.key))
                strays.append(rewritten.key);
        }
        if (!strays.isEmpty())
            message += u' ' + tr("It reads \"%1\" as keys of their own, cutting the value above them short.").arg(strays.join(QLatin1String("\", \"")));
        Diagnostic d = context.diagnostic(code(), Severity::Warning, message, context.lines.lineStart(line), context.lines.lineEnd(line),
                                          keys.value(0));
        if (!context.wantsFixes())
            return out.append(d);
        const RuntimeReader reader(context.profile);
        const FrontmatterRepair repair(context.text.bytes, reading, reader);
        const std::optional<ByteEdit> asRead = repair.asClientReads();
        if (asRead)
            d.fixes.append({tr("Quote the values as Claude Code reads them now"), *asRead, Fix::Safety::Safe});
        if (const std::optional<ByteEdit> asWritten = repair.asWritten(); asWritten && (!asRead || asWritten->appliedTo(context.text.bytes) != asRead->appliedTo(context.text.bytes)))
            d.fixes.append({tr("Quote the values as written, continuation lines included"), *asWritten, Fix::Safety::Suggestion});
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::lenientYaml()
{
    return std::make_unique<LenientYamlRule>();
}

} // namespace Agentry
