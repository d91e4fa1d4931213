// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

namespace Agentry {

namespace {

// AG405: a ``` code block that never closes: everything after it renders as code, and the
// model may read the rest of the prompt as an example rather than as instructions.
class UnbalancedFenceRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(UnbalancedFenceRule)

public:
    QString code() const override { return QStringLiteral("AG405"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Code block never closed"); }
    bool appliesTo(Runtime) const override { return true; } // the body reads the same everywhere

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QByteArray &bytes = context.text.bytes;
        const LineIndex &lines = context.lines;
        const int firstLine = context.reading.hasBlock() ? lines.lineOf(context.reading.blockEnd) : 0;
        QByteArray open; // the fence that opened the current block: "```" or "~~~" and its length
        int openLine = -1;
        for (int line = firstLine; line < lines.lineCount(); ++line) {
            // Up to three spaces, then three or more ` or ~: read in place, lines are many.
            // A line break is neither a space nor a mark: the next line's start bounds the look.
            qsizetype pos = lines.lineStart(line);
            const qsizetype next = lines.nextLineStart(line);
            const qsizetype indentEnd = std::min(next, pos + 3);
            while (pos < indentEnd && bytes.at(pos) == ' ')
                ++pos;
            const char mark = pos < next ? bytes.at(pos) : '\0';
            if (mark != '`' && mark != '~')
                continue;
            const qsizetype end = lines.lineEnd(line);
            qsizetype run = 0;
            while (pos + run < end && bytes.at(pos + run) == mark)
                ++run;
            if (run < 3)
                continue;
            if (openLine < 0) {
                open = QByteArray(run, mark);
                openLine = line;
            } else if (mark == open.at(0) && run >= open.size() && bytes.mid(pos + run, end - pos - run).trimmed().isEmpty()) {
                openLine = -1;
            }
        }
        if (openLine < 0)
            return;
        Diagnostic d = context.diagnostic(code(), Severity::Warning,
                                          tr("The code block opened on line %1 is never closed: the rest of the prompt reads as code.").arg(openLine + 1),
                                          lines.lineStart(openLine), lines.lineEnd(openLine));
        const QByteArray eol = context.text.facts.preferredEol();
        const QByteArray closing = (bytes.endsWith('\n') || bytes.isEmpty() ? QByteArray() : eol) + open + eol;
        d.fixes.append({tr("Close the code block at the end"), ByteEdit{bytes.size(), 0, closing}, Fix::Safety::Suggestion});
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::unbalancedFence()
{
    return std::make_unique<UnbalancedFenceRule>();
}

} // namespace Agentry
