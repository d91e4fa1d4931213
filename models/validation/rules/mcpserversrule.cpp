// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

#include <QJsonArray>

namespace Agentry {

namespace {

// AG310: MCP servers connected while the agent runs: they start programs or reach out to
// services, and their tools join the agent's.
class McpServersRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(McpServersRule)

public:
    QString code() const override { return QStringLiteral("AG310"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Connects MCP servers"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QJsonValue servers = context.reading.fields.value(QLatin1String("mcpServers"));
        if (context.isPlugin() || !servers.isArray() || servers.toArray().isEmpty())
            return;
        out.append(context.onField(code(), Severity::Warning,
                                   tr("This agent connects %n MCP server(s) while it runs: they start programs or reach services, "
                                      "and their tools join the agent's.", nullptr, int(servers.toArray().size())),
                                   QStringLiteral("mcpServers")));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::mcpServers()
{
    return std::make_unique<McpServersRule>();
}

} // namespace Agentry
