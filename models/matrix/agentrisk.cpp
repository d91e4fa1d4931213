// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/agentrisk.h"

#include "matrix/agentgrants.h"
#include "runtime/toolcatalog.h"

#include <algorithm>
#include <utility>

namespace Agentry {

namespace {

using Level = AgentRisk::Level;

Level levelOf(ToolRisk risk)
{
    switch (risk) {
    case ToolRisk::Low:
        return Level::Low;
    case ToolRisk::Medium:
        return Level::Medium;
    case ToolRisk::High:
        return Level::High;
    }
    return Level::Low;
}

// Whether the cell leaves the agent some use of the tool.
bool usable(const ToolGrant &grant)
{
    switch (grant.state) {
    case GrantState::Granted:
    case GrantState::Pattern:
    case GrantState::Inherited:
        return true;
    case GrantState::Denied:
        return !grant.patterns.isEmpty(); // only some uses are denied
    case GrantState::Ask: // the user decides each time
    case GrantState::NotGranted:
    case GrantState::Unknown:
        return false;
    }
    return false;
}

} // namespace

AgentRisk AgentRisk::assess(const AgentGrants &grants, const ToolCatalog &catalog)
{
    AgentRisk risk;
    if (grants.mode() == AgentGrants::Mode::Unreadable)
        return risk;

    QVector<std::pair<Level, QString>> found;
    const auto raise = [&risk, &found](Level level, const QString &reason) {
        risk.level = std::max(risk.level, level);
        found.append({level, reason});
    };

    // The riskiest usable tool gives the base level and its reason.
    const ToolInfo *riskiest = nullptr;
    bool riskiestScoped = false;
    for (const ToolInfo &tool : catalog.tools()) {
        if (tool.legacy)
            continue;
        const ToolGrant grant = grants.grant(tool.name);
        const bool asked = grant.state == GrantState::Ask;
        if (!usable(grant) && !asked)
            continue;
        // A permission rule keeps the tool to matching uses, and asking the user first to the
        // uses they allow: one level less.
        const bool scoped = grant.state == GrantState::Pattern || asked;
        const Level level = scoped && tool.risk != ToolRisk::Low ? Level(int(levelOf(tool.risk)) - 1) : levelOf(tool.risk);
        if (level > risk.level || !riskiest) {
            risk.level = std::max(risk.level, level);
            riskiest = &tool;
            riskiestScoped = scoped;
        }
        if (asked)
            continue;
        if (tool.category == QLatin1String("execute") && tool.risk == ToolRisk::High)
            risk.canExecute = true;
        else if (tool.category == QLatin1String("network"))
            risk.canReachNetwork = true;
        else if (tool.category == QLatin1String("write"))
            risk.canWrite = true;
    }
    const Level toolLevel = risk.level;
    if (grants.mode() == AgentGrants::Mode::Explicit) {
        QStringList servers;
        for (const QString &key : grants.namedColumns()) {
            const std::optional<McpToolName> mcp = ToolCatalog::parseMcpName(key);
            if (mcp && !servers.contains(mcp->server) && usable(grants.grant(key)))
                servers.append(mcp->server);
        }
        for (const QString &server : std::as_const(servers))
            raise(Level::Medium, tr("It may use tools of the MCP server %1, which reach whatever that server reaches.").arg(server));
    }

    risk.inheritsAll = grants.mode() == AgentGrants::Mode::Inherit;
    risk.hasHooksOrMcp = grants.hasHooks() || grants.hasMcpServers();
    risk.bypassesPermissions = grants.bypassesPermissions();

    if (risk.canExecute && risk.canReachNetwork)
        raise(Level::Critical, tr("It can run shell commands and reach the network: it could send out anything the user can read."));
    else if (risk.canWrite && risk.canReachNetwork)
        raise(Level::High, tr("It can write files and reach the network: what it fetches can end up in the project."));
    if (risk.bypassesPermissions)
        raise(risk.canExecute || risk.canWrite ? Level::Critical : Level::High,
              grants.runtime() == Runtime::QwenCode ? tr("approvalMode: yolo runs every tool without asking the user.")
                                                    : tr("permissionMode: bypassPermissions runs every tool without asking the user."));
    if (risk.inheritsAll) {
        if (grants.runtime() == Runtime::OpenCode)
            raise(Level::High, tr("No permission denies every tool (\"*\": deny), so it gets every tool, MCP tools and future ones included."));
        else
            raise(Level::High, grants.hasWildcard() ? tr("tools holds *: it gets every tool, MCP tools and future ones included.")
                                                    : tr("It has no tools key, so it inherits every tool, MCP tools and future ones included."));
    }
    if (grants.hasHooks())
        raise(Level::High, tr("Its hooks run shell commands whenever their events fire."));
    if (grants.hasMcpServers())
        raise(Level::Medium, tr("It connects MCP servers of its own while it runs."));
    if (riskiest && !risk.inheritsAll) {
        const QString reason = riskiest->displayRiskReason();
        const bool asks = grants.grant(riskiest->name).state == GrantState::Ask;
        found.append({toolLevel, asks             ? tr("%1 (asks the user first): %2").arg(riskiest->name, reason)
                                 : riskiestScoped ? tr("%1 (only with a permission rule): %2").arg(riskiest->name, reason)
                                                  : tr("%1: %2").arg(riskiest->name, reason)});
    }

    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[level, reason] : std::as_const(found)) {
        Q_UNUSED(level)
        risk.reasons.append(reason);
    }
    return risk;
}

QString AgentRisk::levelName(Level level)
{
    switch (level) {
    case Level::None:
        return tr("None");
    case Level::Low:
        return tr("Low");
    case Level::Medium:
        return tr("Medium");
    case Level::High:
        return tr("High");
    case Level::Critical:
        return tr("Critical");
    }
    return {};
}

const char *AgentRisk::levelId(Level level)
{
    switch (level) {
    case Level::None:
        return "none";
    case Level::Low:
        return "low";
    case Level::Medium:
        return "medium";
    case Level::High:
        return "high";
    case Level::Critical:
        return "critical";
    }
    return "none";
}

} // namespace Agentry
