// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"
#include "validation/rules/toolentries.h"

namespace Agentry {

namespace {

// AG301: a tools entry that names no tool the client knows (a typo, `all`, a made-up name).
// The client drops it silently: the agent simply lacks the tool.
class UnknownToolRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(UnknownToolRule)

public:
    QString code() const override { return QStringLiteral("AG301"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Unknown tool"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const ToolEntries &tools = context.toolEntries;
        const ToolCatalog &catalog = context.tools;
        for (const ToolEntries::Entry &entry : tools.entries()) {
            const ToolRule rule = ToolCatalog::splitRule(entry.text);
            if (entry.start < 0 || rule.malformed || rule.tool == QLatin1String("*") || catalog.find(rule.tool)
                || ToolCatalog::isMcpTool(rule.tool) || catalog.findForeign(rule.tool) || rule.tool.startsWith(QLatin1String("mcp_")))
                continue;
            const FlaggedTool *flagged = catalog.findFlagged(rule.tool);
            if (flagged && RuntimeProfile::compareVersions(context.profile.version(), flagged->since) >= 0) {
                out.append(context.diagnostic(code(), Severity::Warning,
                                              tr("\"%1\" is a tool of Claude Code %2 only behind a feature flag that is off by default; "
                                                 "without the flag the client drops the name and the agent lacks the tool.")
                                                  .arg(rule.tool, context.profile.version()),
                                              entry.start, entry.end, QStringLiteral("tools")));
                continue;
            }
            QStringList names;
            for (const ToolInfo &tool : catalog.tools()) {
                if (context.profile.availability(tool) == RuntimeProfile::ToolAvailability::Available)
                    names.append(tool.name);
            }
            const ToolInfo *folded = catalog.findCaseInsensitive(rule.tool);
            const QString meant = folded ? folded->name : RuleHelpers::nearest(rule.tool, names, rule.tool.size() > 4 ? 2 : 1);
            Diagnostic d = context.diagnostic(code(), Severity::Warning,
                                              meant.isEmpty() ? tr("Claude Code knows no tool \"%1\"; it drops the name and the agent lacks it.").arg(rule.tool)
                                                              : tr("Claude Code knows no tool \"%1\" (names are case-sensitive); did you mean \"%2\"?").arg(rule.tool, meant),
                                              entry.start, entry.end, QStringLiteral("tools"));
            if (context.wantsFixes() && !meant.isEmpty()) {
                const Fix fix = RuleHelpers::replace(entry.start, entry.start + rule.tool.toUtf8().size(), meant.toUtf8(),
                                                     tr("Use \"%1\"").arg(meant), folded ? Fix::Safety::Safe : Fix::Safety::Suggestion);
                if (RuntimeReader(context.profile).read(fix.edit.appliedTo(context.text.bytes)).isParsed())
                    d.fixes.append(fix);
            }
            out.append(d);
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::unknownTool()
{
    return std::make_unique<UnknownToolRule>();
}

} // namespace Agentry
