// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/toolcatalog.h"
#include "validation/rule.h"
#include "validation/rules/toolentries.h"

namespace Agentry {

namespace {

// AG308: an entry the client cannot split: a permission rule with misplaced parentheses
// (`Bash(git diff:*`), or an MCP name without a server (`mcp__`, `mcp_server_tool` with single
// underscores). The client takes it as an unknown name.
class MalformedToolRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(MalformedToolRule)

public:
    QString code() const override { return QStringLiteral("AG308"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Malformed tool entry"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const ToolEntries &tools = context.toolEntries;
        for (const ToolEntries::Entry &entry : tools.entries()) {
            if (entry.start < 0)
                continue;
            const ToolRule rule = ToolCatalog::splitRule(entry.text);
            QString why;
            if (rule.malformed)
                why = tr("its parentheses do not form Tool(pattern)");
            else if (rule.tool.startsWith(QLatin1String("mcp_")) && !ToolCatalog::isMcpTool(rule.tool))
                why = tr("MCP tools are written mcp__server__tool, with double underscores and a server name");
            if (why.isEmpty())
                continue;
            out.append(context.diagnostic(code(), Severity::Warning,
                                          tr("\"%1\" is not a tool name Claude Code can read: %2. It is dropped.").arg(entry.text, why),
                                          entry.start, entry.end, QStringLiteral("tools")));
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::malformedTool()
{
    return std::make_unique<MalformedToolRule>();
}

} // namespace Agentry
