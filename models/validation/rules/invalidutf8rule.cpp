// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "text/textfacts.h"
#include "validation/rule.h"

namespace Agentry {

namespace {

// AG407: bytes that are not UTF-8. The client reads the file as UTF-8 and turns such bytes
// into U+FFFD; Agentry leaves the file as it is and will not edit it.
class InvalidUtf8Rule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(InvalidUtf8Rule)

public:
    QString code() const override { return QStringLiteral("AG407"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Not UTF-8"); }
    bool appliesTo(Runtime) const override { return true; } // the body reads the same everywhere

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (context.text.facts.validUtf8)
            return;
        const QByteArray &bytes = context.text.bytes;
        // The first bad byte: the shortest prefix that stops being valid.
        qsizetype bad = 0;
        for (int line = 0; line < context.lines.lineCount(); ++line) {
            const qsizetype start = context.lines.lineStart(line);
            if (!isValidUtf8(bytes.constData() + start, context.lines.nextLineStart(line) - start)) {
                bad = start;
                break;
            }
        }
        out.append(context.diagnostic(code(), Severity::Error,
                                      tr("The file is not valid UTF-8: Claude Code replaces the bad bytes with \xEF\xBF\xBD, and Agentry "
                                         "will not edit the file. Save it as UTF-8."),
                                      bad, context.lines.lineEnd(context.lines.lineOf(bad))));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::invalidUtf8()
{
    return std::make_unique<InvalidUtf8Rule>();
}

} // namespace Agentry
