// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"
#include "text/toollist.h"
#include "validation/rule.h"
#include "validation/rules/toolentries.h"

namespace Agentry {

namespace {

// AG307: the same tool named twice (also through an alias: `Task` and `Agent`).
class DuplicateToolRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateToolRule)

public:
    QString code() const override { return QStringLiteral("AG307"); }
    Severity defaultSeverity() const override { return Severity::Info; }
    QString title() const override { return tr("Tool named twice"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const ToolEntries &tools = context.toolEntries;
        QStringList seen;
        for (int i = 0; i < tools.entries().size(); ++i) {
            const ToolEntries::Entry &entry = tools.entries().at(i);
            const ToolRule rule = ToolCatalog::splitRule(entry.text);
            const QString canonical = context.tools.canonicalName(rule.tool) + u'(' + rule.pattern + u')';
            if (!seen.contains(canonical)) {
                seen.append(canonical);
                continue;
            }
            if (entry.start < 0)
                continue;
            Diagnostic d = context.diagnostic(code(), Severity::Info, tr("\"%1\" is already in tools.").arg(entry.text), entry.start,
                                              entry.end, QStringLiteral("tools"));
            if (!context.wantsFixes()) {
                out.append(d);
                continue;
            }
            // Offered when the client then reads the same list without this entry.
            const ByteEdit edit = tools.removal(i);
            QStringList expected;
            for (int j = 0; j < tools.entries().size(); ++j) {
                if (j != i)
                    expected.append(tools.entries().at(j).text);
            }
            const AgentReading after = RuntimeReader(context.profile).read(edit.appliedTo(context.text.bytes));
            if (ToolList::fromValue(after.fields.value(QLatin1String("tools"))).value_or(QStringList()) == expected)
                d.fixes.append({tr("Remove the second \"%1\"").arg(entry.text), edit, Fix::Safety::Safe});
            out.append(d);
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::duplicateTool()
{
    return std::make_unique<DuplicateToolRule>();
}

} // namespace Agentry
