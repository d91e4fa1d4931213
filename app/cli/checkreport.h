// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/agentscope.h"
#include "validation/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>

namespace Agentry {

class AgentValidator;
class CrossAgentValidator;

// One checked file: how its runtime reads it and what the rules found.
struct CheckedFile
{
    QString shown; // the path as the user named it
    AgentScope scope = AgentScope::Folder;
    AgentReading reading;
    QVector<Diagnostic> diagnostics;
    // How other runtimes that read the same folder read it: Copilot reads `.claude/agents/` too.
    QVector<AgentReading> alsoReadBy;
};

// The output formats of `agentry check`.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    // `path:line:col: severity: message [CODE]`, one line each, then a summary line.
    static QString text(const QVector<CheckedFile> &files);
    // One file's object in the JSON report, {"file", "frontmatter", "loads": {"project",
    // "plugin"}, "diagnostics": [...]}; files can be written on several threads.
    static QByteArray jsonObject(const CheckedFile &file);
    // The report of the objects `jsonObject` wrote, in order, handed to `write` in pieces of
    // about a megabyte: ten thousand files make a report of several megabytes, not worth
    // joining whole, and a write per object would be a system call each.
    static void writeJson(const QVector<QByteArray> &objects, const std::function<void(const QByteArray &)> &write);
    // SARIF 2.1.0, one run; safe fixes as byte replacements.
    static QByteArray sarif(const QVector<CheckedFile> &files, const AgentValidator &validator, const CrossAgentValidator &library);
};

} // namespace Agentry
