// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/pluginmanifest.h"
#include "runtime/agentreading.h"
#include "runtime/runtimes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Agentry {

class AgentGrants;

// The README.md written into an exported bundle: what it is, how to install it in its runtime,
// and each agent with its description, model and tool grants, so the bundle explains itself.
// A Claude Code plugin's always has the 40 words the client's directory check
// (README_TRIVIAL) asks for.
class BundleReadme
{
    Q_DECLARE_TR_FUNCTIONS(BundleReadme)

public:
    // One agent as the bundle holds it.
    struct Agent
    {
        QString name;     // as the client loads it
        QString path;     // in the bundle: agents/<name>.md
        AgentReading reading;
        QByteArray bytes;
    };

    // `agents` in the order to list them, as `runtime` reads them.
    static QByteArray text(const PluginManifest &manifest, const QVector<Agent> &agents, Runtime runtime = Runtime::ClaudeCode);
    // The README of a bundle that holds the agents for several runtimes, a folder each
    // (named by the runtime's id).
    static QByteArray overview(const PluginManifest &manifest, const QVector<Runtime> &runtimes, int agents);
    // The tools an agent may use, in words and its runtime's names: "Read, Grep, Bash (git *)",
    // "every tool of the session".
    static QString tools(const AgentGrants &grants);
};

} // namespace Agentry
