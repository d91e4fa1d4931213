// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/toolcatalog.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"
#include "validation/rules/toolentries.h"

namespace Agentry {

namespace {

// AG304: a tool name of another tool's agents (GitHub Copilot's `codebase`, `runCommands`,
// `edit/editFiles`, …) copied into a Claude agent: unknown here, so the agent lacks it.
class ForeignToolRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ForeignToolRule)

public:
    QString code() const override { return QStringLiteral("AG304"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Tool name of another dialect"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const ToolEntries &tools = context.toolEntries;
        for (const ToolEntries::Entry &entry : tools.entries()) {
            const ForeignTool *foreign = context.tools.findForeign(entry.text);
            if (entry.start < 0 || !foreign || context.tools.find(entry.text))
                continue;
            Diagnostic d = context.diagnostic(code(), Severity::Warning,
                                              tr("\"%1\" is a %2 tool name; Claude Code does not know it. The closest Claude tools: %3.")
                                                  .arg(entry.text, dialectLabel(foreign->dialect), foreign->closest.join(QLatin1String(", "))),
                                              entry.start, entry.end, QStringLiteral("tools"));
            for (const QString &closest : foreign->closest) {
                const bool listed = std::any_of(tools.entries().cbegin(), tools.entries().cend(),
                                                [&closest](const ToolEntries::Entry &e) { return ToolCatalog::splitRule(e.text).tool == closest; });
                if (!listed)
                    d.fixes.append(RuleHelpers::replace(entry.start, entry.end, closest.toUtf8(), tr("Use \"%1\"").arg(closest), Fix::Safety::Suggestion));
            }
            out.append(d);
        }
    }

private:
    static QString dialectLabel(const QString &dialect)
    {
        return dialect == QLatin1String("copilot") ? tr("GitHub Copilot") : dialect == QLatin1String("opencode") ? tr("OpenCode") : dialect;
    }
};

} // namespace

std::unique_ptr<Rule> Rules::foreignTool()
{
    return std::make_unique<ForeignToolRule>();
}

} // namespace Agentry
