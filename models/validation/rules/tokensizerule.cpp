// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG406: a long prompt. The body is sent with every request the agent makes; a large one
// costs context and money on each turn. About four characters make a token in English text.
class TokenSizeRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(TokenSizeRule)

public:
    QString code() const override { return QStringLiteral("AG406"); }
    Severity defaultSeverity() const override { return Severity::Info; }
    QString title() const override { return tr("Long prompt"); }
    bool appliesTo(Runtime) const override { return true; } // the body reads the same everywhere

    static constexpr int kTokenLimit = 8000;

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const qsizetype start = context.reading.hasBlock() ? context.reading.blockEnd : 0;
        // Characters, not bytes: all but the UTF-8 continuation bytes, which only non-ASCII runs hold.
        const QByteArray &bytes = context.text.bytes;
        if ((bytes.size() - start) / 4 <= kTokenLimit)
            return;
        qsizetype characters = bytes.size() - start;
        for (const auto &[from, to] : RuleHelpers::nonAsciiRuns(bytes, start))
            characters -= std::count_if(bytes.cbegin() + from, bytes.cbegin() + to, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; });
        const qsizetype tokens = characters / 4;
        if (tokens <= kTokenLimit)
            return;
        out.append(context.diagnostic(code(), Severity::Info,
                                      tr("The prompt is about %1 tokens (%2 characters); it is sent with every request the agent makes.")
                                          .arg(tokens)
                                          .arg(characters),
                                      start, context.lines.lineEnd(context.lines.lineOf(start))));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::tokenSize()
{
    return std::make_unique<TokenSizeRule>();
}

} // namespace Agentry
