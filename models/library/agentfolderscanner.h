// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"

#include <QString>
#include <QVector>

namespace Agentry {

// One agent file found under a folder, and the scope it was found in.
struct FoundAgentFile
{
    QString path;       // absolute, with '/' separators
    AgentScope scope = AgentScope::Folder;
    QString pluginName; // the plugin's `name` (its folder name when plugin.json has none); plugin scope only

    friend bool operator==(const FoundAgentFile &, const FoundAgentFile &) = default;
};

// Finds the agent files under a folder the way their runtimes would see them:
//  - project: every `.md` under `<folder>/.claude/agents/`, at any depth, and in the agent
//    folders of the other runtimes (`.opencode/agent/`, `.github/agents/`, `.gemini/agents/`,
//    `.qwen/agents/`, `.factory/droids/`, each as deep as its runtime looks);
//  - plugin: the `.md` files directly in `<plugin>/agents/` of every folder `<plugin>`
//    below `<folder>` (itself included) that has `.claude-plugin/plugin.json`;
//  - folder: only when neither of the above finds anything (a loose collection of agent
//    files), every `.md` file below `<folder>` except the usual repository documents
//    (README, CHANGELOG, CONTRIBUTING, LICENSE, CODE_OF_CONDUCT, SECURITY, CLAUDE, AGENTS,
//    any case) — a repository with real agents would otherwise list its docs as agents.
// Searches never enter `.git`, `node_modules`, other hidden folders, or symlinked folders
// (those can loop). The result is ordered by scope (project, plugin, folder), then by path.
namespace AgentFolderScanner {

QVector<FoundAgentFile> scan(const QString &folder);
// The user's own agents: every `.md` under `<home>/.claude/agents/`, at any depth, and in the
// other runtimes' folders under the home folder (`~/.gemini/agents/`, `~/.config/opencode/agent/`, …).
QVector<FoundAgentFile> scanUser(const QString &home);

} // namespace AgentFolderScanner

} // namespace Agentry
