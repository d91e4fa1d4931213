// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/pluginmanifest.h"
#include "runtime/runtimes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Agentry {

// How a bundle for a runtime other than Claude Code is laid out, by the runtime's own loader:
// a Gemini CLI extension (gemini-extension.json, agents/), a Qwen Code extension
// (qwen-extension.json, agents/), a Factory Droid plugin (.factory-plugin/plugin.json,
// droids/), and the project folders OpenCode (.opencode/agent/) and Copilot (.github/agents/)
// read. Claude Code's plugins are BundleWriter's own.
class RuntimeBundle
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeBundle)

public:
    // The file or folder that marks a folder as such a bundle: only one is ever replaced.
    static QString markerPath(Runtime runtime);
    // Where the agent goes, relative to the bundle: `agents/<name>.md`, `.github/agents/<name>.agent.md`, …
    static QString agentPath(Runtime runtime, const QString &name);
    // The manifest's path and text; an empty path for runtimes without one.
    static QString manifestPath(Runtime runtime);
    static QByteArray manifestText(Runtime runtime, const PluginManifest &manifest);
    // Why the manifest cannot be written for `runtime` (a version it requires), or empty.
    static QString manifestProblem(Runtime runtime, const PluginManifest &manifest);
};

} // namespace Agentry
