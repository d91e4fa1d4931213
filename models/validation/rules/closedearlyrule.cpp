// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/frontmatterrepair.h"
#include "runtime/runtimereader.h"
#include "validation/rule.h"

namespace Agentry {

namespace {

// AG104: the client's block pattern closes at the first `---` anywhere, even inside a value
// (`description: a --- b`, a `----` rule in a block text): the rest of the frontmatter is
// read as the body, and the fields in it are lost.
class ClosedEarlyRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ClosedEarlyRule)

public:
    QString code() const override { return QStringLiteral("AG104"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Frontmatter closed early by ---"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const FrontmatterBlock &block = context.text.block;
        const AgentReading &reading = context.reading;
        if (!reading.hasBlock() || !block.isClosed() || reading.contentStart != block.contentStart
            || reading.contentEnd >= block.contentEnd)
            return;
        // The field that holds the client's closing `---`: the last one of the client's block.
        const QString key = context.fields.fields().isEmpty() ? QString() : context.fields.fields().last().key;
        const QString where = key.isEmpty() ? tr("inside the frontmatter") : tr("inside the value of \"%1\"").arg(key);
        Diagnostic d = context.diagnostic(code(), Severity::Error,
                                          tr("Claude Code ends the frontmatter at the first \"---\" it finds, here on line %1 %2: "
                                             "everything after it, up to line %3, is read as the prompt and its fields are lost.")
                                              .arg(reading.close.line + 1)
                                              .arg(where)
                                              .arg(block.closeLine + 1),
                                          reading.contentEnd, reading.contentEnd + 3, key);
        // The fix rewrites the value as Agentry's line-based reading of the whole block sees it.
        const FrontmatterField *holder = context.wantsFixes() ? context.text.frontmatter.field(key) : nullptr;
        if (holder && holder->value.isString() && holder->start <= reading.contentEnd && reading.contentEnd < holder->end) {
            // The same text with the dashes escaped in double quotes: strict YAML reads it unchanged.
            const QByteArray &bytes = context.text.bytes;
            const qsizetype end = context.lines.lineEnd(context.lines.lineOf(std::max(holder->valueStart, holder->end - 1)));
            const ByteEdit edit{holder->valueStart, end - holder->valueStart,
                                " " + FrontmatterRepair::scalar(holder->value.toString(), context.text.facts.preferredEol(), 2)};
            const AgentReading after = RuntimeReader(context.profile).read(edit.appliedTo(bytes));
            if (after.outcome == AgentReading::Outcome::Ok && after.fields.value(holder->key) == holder->value)
                d.fixes.append({tr("Escape the dashes in \"%1\"").arg(holder->key), edit, Fix::Safety::Safe});
        }
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::closedEarly()
{
    return std::make_unique<ClosedEarlyRule>();
}

} // namespace Agentry
