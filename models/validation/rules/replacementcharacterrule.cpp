// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG403: U+FFFD, the replacement character: some earlier conversion could not read these
// bytes and replaced them. What they were is lost.
class ReplacementCharacterRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ReplacementCharacterRule)

public:
    QString code() const override { return QStringLiteral("AG403"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Replacement characters"); }
    bool appliesTo(Runtime) const override { return true; } // the body reads the same everywhere

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.text.facts.validUtf8)
            return;
        static const QByteArray replacement("\xEF\xBF\xBD");
        const QByteArray &bytes = context.text.bytes;
        qsizetype first = -1;
        int count = 0;
        for (const auto &[start, end] : context.nonAsciiRuns) {
            for (qsizetype at = start; at + 3 <= end; ++at) {
                if (bytes.at(at) == replacement.at(0) && bytes.at(at + 1) == replacement.at(1) && bytes.at(at + 2) == replacement.at(2)) {
                    first = first < 0 ? at : first;
                    ++count;
                }
            }
        }
        if (first < 0)
            return;
        out.append(context.diagnostic(code(), Severity::Warning,
                                      tr("The file holds %n replacement character(s) (\xEF\xBF\xBD): an earlier conversion lost the "
                                         "text that stood there.", nullptr, count),
                                      first, first + 3));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::replacementCharacter()
{
    return std::make_unique<ReplacementCharacterRule>();
}

} // namespace Agentry
