// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/runtimereader.h"
#include "validation/rule.h"

namespace Agentry {

namespace {

// AG103: `---` on line 1 but no closing `---` anywhere after it: the client's pattern finds
// no block, so none of the fields count. (A `...` line closes YAML but not the client's block.)
class UnterminatedFrontmatterRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(UnterminatedFrontmatterRule)

public:
    QString code() const override { return QStringLiteral("AG103"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Frontmatter never closed"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const FrontmatterBlock &block = context.text.block;
        if (context.reading.hasBlock() || !block.isPresent())
            return;
        const LineIndex &lines = context.lines;
        const int openLine = lines.lineOf(block.openStart);
        Diagnostic d = context.diagnostic(code(), context.isPlugin() ? Severity::Warning : Severity::Error,
                                          tr("The frontmatter opened on line %1 is never closed by a --- line, so Claude Code "
                                             "reads no frontmatter at all and the whole file as the prompt.").arg(openLine + 1),
                                          block.openStart, lines.lineEnd(openLine));

        // The YAML ends at its last `key:` line or indented line before the first line that is neither.
        int last = -1;
        for (int line = openLine + 1; line < lines.lineCount(); ++line) {
            const QByteArray text = context.text.bytes.mid(lines.lineStart(line), lines.lineEnd(line) - lines.lineStart(line));
            if (text.trimmed().isEmpty())
                continue;
            const bool indented = text.startsWith(' ') || text.startsWith('\t');
            const qsizetype colon = text.indexOf(':');
            const bool keyLine = colon > 0 && !text.startsWith('#') && !text.startsWith('*') && !text.left(colon).contains(' ');
            if (!(indented && last >= 0) && !keyLine && text.trimmed() != "...")
                break;
            last = line;
        }
        if (last >= 0 && context.wantsFixes()) {
            const QByteArray eol = context.text.facts.preferredEol();
            const qsizetype at = lines.nextLineStart(last);
            const bool needsBreak = at == lines.lineEnd(last); // the last line has no line ending
            const ByteEdit edit{at, 0, (needsBreak ? eol : QByteArray()) + "---" + eol};
            const AgentReading after = RuntimeReader(context.profile).read(edit.appliedTo(context.text.bytes));
            if (after.isParsed() && !after.fields.isEmpty())
                d.fixes.append({tr("Close the frontmatter after line %1").arg(last + 1), edit, Fix::Safety::Safe});
        }
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::unterminatedFrontmatter()
{
    return std::make_unique<UnterminatedFrontmatterRule>();
}

} // namespace Agentry
