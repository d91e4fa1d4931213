// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"
#include "validation/rules/toolentries.h"

namespace Agentry {

namespace {

// AG306: `*` in tools means every tool, MCP tools included; beside it the other names change
// nothing, which is rarely what the author meant.
class WildcardToolRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(WildcardToolRule)

public:
    QString code() const override { return QStringLiteral("AG306"); }
    Severity defaultSeverity() const override { return Severity::Info; }
    QString title() const override { return tr("tools holds *"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const ToolEntries &tools = context.toolEntries;
        for (const ToolEntries::Entry &entry : tools.entries()) {
            if (entry.text != QLatin1String("*") || entry.start < 0)
                continue;
            const bool alone = tools.entries().size() == 1;
            out.append(context.diagnostic(code(), alone ? Severity::Info : Severity::Warning,
                                          alone ? tr("\"*\" gives the agent every tool, MCP tools included; leaving tools out does the same.")
                                                : tr("\"*\" gives the agent every tool, so the other names in tools change nothing."),
                                          entry.start, entry.end, QStringLiteral("tools")));
            return;
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::wildcardTool()
{
    return std::make_unique<WildcardToolRule>();
}

} // namespace Agentry
