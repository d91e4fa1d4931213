// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG219: a key plugin agents may not set (permissionMode, hooks, mcpServers, …): the client
// ignores it for plugin agents and logs a warning only in debug mode.
class PluginIgnoredKeyRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(PluginIgnoredKeyRule)

public:
    QString code() const override { return QStringLiteral("AG219"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Key ignored in plugin agents"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.isPlugin() || !context.reading.isParsed())
            return;
        for (const QString &key : context.profile.load().pluginIgnores) {
            if (!context.reading.fields.contains(key))
                continue;
            Diagnostic d = context.onField(code(), Severity::Warning,
                                           tr("Claude Code ignores %1 in plugin agents; only agents in .claude/agents/ may set it.").arg(key), key);
            if (std::optional<Fix> fix = RuleHelpers::removeField(context, key, tr("Remove %1").arg(key), Fix::Safety::Suggestion))
                d.fixes.append(*fix);
            out.append(d);
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::pluginIgnoredKey()
{
    return std::make_unique<PluginIgnoredKeyRule>();
}

} // namespace Agentry
