// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/toolcatalog.h"
#include "validation/rule.h"
#include "validation/rules/toolentries.h"

namespace Agentry {

namespace {

// AG305: every name in `tools` fails (unknown, removed, another dialect's) and none is `*`
// or an MCP tool. The client refuses to spawn such an agent ("would be spawned with zero
// tools — refusing"); older clients ran it with no tools at all.
class NoUsableToolRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NoUsableToolRule)

public:
    QString code() const override { return QStringLiteral("AG305"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("No tool in tools resolves"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const ToolEntries &tools = context.toolEntries;
        if (!tools.isList() || tools.entries().isEmpty())
            return; // AG217
        for (const ToolEntries::Entry &entry : tools.entries()) {
            const ToolRule rule = ToolCatalog::splitRule(entry.text);
            if (rule.malformed)
                continue;
            const ToolInfo *tool = context.tools.find(rule.tool);
            if (rule.tool == QLatin1String("*") || ToolCatalog::isMcpTool(rule.tool)
                || (tool && context.profile.availability(*tool) == RuntimeProfile::ToolAvailability::Available))
                return;
        }
        const bool refuses = context.profile.refusesZeroTools();
        out.append(context.onField(code(), refuses ? Severity::Error : Severity::Warning,
                                   refuses ? tr("No name in tools is a tool Claude Code knows, so it refuses to start this agent "
                                                "(\"would be spawned with zero tools\").")
                                           : tr("No name in tools is a tool this client knows: the agent runs with no tools at all."),
                                   QStringLiteral("tools")));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::noUsableTool()
{
    return std::make_unique<NoUsableToolRule>();
}

} // namespace Agentry
