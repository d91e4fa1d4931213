// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

#include <algorithm>

namespace Agentry {

namespace {

// AG401: nothing after the frontmatter. The body is the agent's system prompt; without one
// the agent starts with no instructions of its own.
class EmptyBodyRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(EmptyBodyRule)

public:
    QString code() const override { return QStringLiteral("AG401"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Empty prompt"); }
    bool appliesTo(Runtime) const override { return true; } // the body reads the same everywhere

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.reading.hasBlock())
            return;
        const QByteArray &bytes = context.text.bytes;
        const auto blank = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }; // what QByteArray::trimmed() drops
        if (!std::all_of(bytes.cbegin() + std::clamp<qsizetype>(context.reading.blockEnd, 0, bytes.size()), bytes.cend(), blank))
            return;
        const qsizetype close = context.reading.contentEnd;
        out.append(context.diagnostic(code(), Severity::Warning,
                                      tr("Nothing follows the frontmatter: the body is the agent's system prompt, and it is empty."),
                                      close, std::min<qsizetype>(bytes.size(), close + 3)));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::emptyBody()
{
    return std::make_unique<EmptyBodyRule>();
}

} // namespace Agentry
