// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Agentry {

class AgentGrants;
class ToolCatalog;

// How much harm an agent can do with what it is granted, from the catalog's risk data and
// the combinations that matter to a reviewer.
struct AgentRisk
{
    Q_DECLARE_TR_FUNCTIONS(AgentRisk)

public:
    enum class Level { None, Low, Medium, High, Critical };

    Level level = Level::None;
    bool canExecute = false;   // an execute-category tool (shell commands)
    bool canReachNetwork = false;
    bool canWrite = false;
    bool inheritsAll = false;  // no `tools` key or `*`
    bool hasHooksOrMcp = false;
    bool bypassesPermissions = false; // permissionMode: bypassPermissions
    QStringList reasons;       // translated, one line each, worst first

    static AgentRisk assess(const AgentGrants &grants, const ToolCatalog &catalog);
    static QString levelName(Level level); // translated: "High"
    static const char *levelId(Level level); // for files: "high"
};

} // namespace Agentry
