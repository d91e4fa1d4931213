// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/toolcatalog.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"
#include "validation/rules/toolentries.h"

namespace Agentry {

namespace {

// AG303: an old name the client still resolves (`Task` for Agent, `KillShell` for TaskStop).
// It works today; renames tend to be dropped later, and people searching for the tool find
// the new name.
class RenamedToolRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(RenamedToolRule)

public:
    QString code() const override { return QStringLiteral("AG303"); }
    Severity defaultSeverity() const override { return Severity::Info; }
    QString title() const override { return tr("Old tool name"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const ToolEntries &tools = context.toolEntries;
        for (const ToolEntries::Entry &entry : tools.entries()) {
            const ToolRule rule = ToolCatalog::splitRule(entry.text);
            const ToolInfo *tool = context.tools.find(rule.tool);
            if (entry.start < 0 || !tool || tool->name == rule.tool
                || context.profile.availability(*tool) != RuntimeProfile::ToolAvailability::Available)
                continue;
            Diagnostic d = context.diagnostic(code(), Severity::Info,
                                              tr("\"%1\" is the old name of \"%2\"; Claude Code still resolves it.").arg(rule.tool, tool->name),
                                              entry.start, entry.end, QStringLiteral("tools"));
            const bool listed = std::any_of(tools.entries().cbegin(), tools.entries().cend(),
                                            [tool](const ToolEntries::Entry &e) { return ToolCatalog::splitRule(e.text).tool == tool->name; });
            if (!listed)
                d.fixes.append(RuleHelpers::replace(entry.start, entry.start + rule.tool.toUtf8().size(), tool->name.toUtf8(),
                                                    tr("Use \"%1\"").arg(tool->name)));
            out.append(d);
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::renamedTool()
{
    return std::make_unique<RenamedToolRule>();
}

} // namespace Agentry
