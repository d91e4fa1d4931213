// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

namespace Agentry {

namespace {

// AG110: a frontmatter that parses but is a list or a single value, not `key: value` lines:
// the client reads no fields from it.
class NotAMappingRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NotAMappingRule)

public:
    QString code() const override { return QStringLiteral("AG110"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Frontmatter is not key: value lines"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.reading.isParsed() || context.reading.mapping)
            return;
        const qsizetype start = context.reading.contentStart;
        out.append(context.diagnostic(code(), context.isPlugin() ? Severity::Warning : Severity::Error,
                                      tr("The frontmatter is a list or a single value, not \"key: value\" lines, so Claude Code "
                                         "reads no fields from it."),
                                      start, context.lines.lineEnd(context.lines.lineOf(start))));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::notAMapping()
{
    return std::make_unique<NotAMappingRule>();
}

} // namespace Agentry
