// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/pluginmanifest.h"
#include "runtime/agentreading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Agentry {

class AgentGrants;

// The README.md written into an exported plugin: what the plugin is, how to install it, and
// each agent with its description, model and tool grants, so the bundle explains itself. It
// always has the 40 words the client's directory check (README_TRIVIAL) asks for.
class BundleReadme
{
    Q_DECLARE_TR_FUNCTIONS(BundleReadme)

public:
    // One agent as the bundle holds it.
    struct Agent
    {
        QString name;     // as the client loads it
        QString fileName; // in agents/
        AgentReading reading;
        QByteArray bytes;
    };

    // `agents` in the order to list them.
    static QByteArray text(const PluginManifest &manifest, const QVector<Agent> &agents);
    // The tools an agent may use, in words: "Read, Grep, Bash (git *)", "every tool of the session".
    static QString tools(const AgentGrants &grants);
};

} // namespace Agentry
