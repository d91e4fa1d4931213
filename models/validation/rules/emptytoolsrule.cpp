// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "text/toollist.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG217: `tools` present but naming nothing (`tools:`, `tools: []`, `tools: ""`). Absent,
// the agent inherits every tool; present and empty, it gets none at all.
class EmptyToolsRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(EmptyToolsRule)

public:
    QString code() const override { return QStringLiteral("AG217"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("tools is empty"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QString key = QStringLiteral("tools");
        if (!context.reading.isParsed() || !context.reading.fields.contains(key))
            return;
        const std::optional<QStringList> entries = ToolList::fromValue(context.reading.fields.value(key));
        if (entries && !entries->isEmpty())
            return;
        if (!entries && !context.reading.fields.value(key).isNull() && !context.reading.fields.value(key).isArray())
            return; // a map (OpenCode) or a number: not a Claude tools list, reported elsewhere
        Diagnostic d = context.onField(code(), Severity::Warning,
                                       tr("tools is there but names no tool, so the agent gets no tools at all; leave the key out "
                                          "to give it every tool of the conversation."),
                                       key);
        if (std::optional<Fix> fix = RuleHelpers::removeField(context, key, tr("Remove tools (inherit every tool)"), Fix::Safety::Suggestion))
            d.fixes.append(*fix);
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::emptyTools()
{
    return std::make_unique<EmptyToolsRule>();
}

} // namespace Agentry
