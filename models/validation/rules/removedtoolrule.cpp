// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/toolcatalog.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"
#include "validation/rules/toolentries.h"

namespace Agentry {

namespace {

// What took over a removed tool's work, for the replacement the fix offers. The catalog says
// which names were removed (and when); this says what to use now, where one tool does it.
QString successor(const QString &removed)
{
    static const QHash<QString, QString> successors = {
        {QStringLiteral("LS"), QStringLiteral("Glob")},           {QStringLiteral("MultiEdit"), QStringLiteral("Edit")},
        {QStringLiteral("NotebookRead"), QStringLiteral("Read")}, {QStringLiteral("TodoRead"), QStringLiteral("TodoWrite")},
        {QStringLiteral("SlashCommand"), QStringLiteral("Skill")}, {QStringLiteral("TaskOutput"), QStringLiteral("Monitor")},
    };
    return successors.value(removed);
}

// AG302: a tool this client no longer offers (LS, MultiEdit, NotebookRead, BashOutput, …):
// the name resolves to nothing and the agent lacks the tool.
class RemovedToolRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(RemovedToolRule)

public:
    QString code() const override { return QStringLiteral("AG302"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Removed tool"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const ToolEntries &tools = context.toolEntries;
        for (int i = 0; i < tools.entries().size(); ++i) {
            const ToolEntries::Entry &entry = tools.entries().at(i);
            const ToolRule rule = ToolCatalog::splitRule(entry.text);
            const ToolInfo *tool = context.tools.find(rule.tool);
            if (entry.start < 0 || !tool || context.profile.availability(*tool) == RuntimeProfile::ToolAvailability::Available)
                continue;
            const bool notYet = context.profile.availability(*tool) == RuntimeProfile::ToolAvailability::NotYet;
            const QString when = notYet ? tr("only arrives in client %1").arg(tool->since)
                : tool->removedIn.isEmpty() ? tr("is no longer a tool in Claude Code")
                                            : tr("was removed in Claude Code %1").arg(tool->removedIn);
            const QString next = notYet ? QString() : successor(tool->name);
            Diagnostic d = context.diagnostic(code(), Severity::Warning,
                                              next.isEmpty() ? tr("\"%1\" %2; the agent does not get it.").arg(rule.tool, when)
                                                             : tr("\"%1\" %2; the agent does not get it. %3 does this now.").arg(rule.tool, when, next),
                                              entry.start, entry.end, QStringLiteral("tools"));
            const bool listed = std::any_of(tools.entries().cbegin(), tools.entries().cend(),
                                            [&next](const ToolEntries::Entry &e) { return ToolCatalog::splitRule(e.text).tool == next; });
            if (!next.isEmpty() && !listed)
                d.fixes.append(RuleHelpers::replace(entry.start, entry.start + rule.tool.toUtf8().size(), next.toUtf8(),
                                                    tr("Use \"%1\"").arg(next), Fix::Safety::Suggestion));
            d.fixes.append({tr("Remove \"%1\"").arg(rule.tool), tools.removal(i), Fix::Safety::Suggestion});
            out.append(d);
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::removedTool()
{
    return std::make_unique<RemovedToolRule>();
}

} // namespace Agentry
