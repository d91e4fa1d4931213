// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "matrix/agentgrants.h"
#include "runtime/agentreading.h"
#include "runtime/runtimes.h"
#include "validation/severity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Agentry {

// Something a conversion could not carry over as it was, or had to change.
struct ConversionFinding
{
    Severity severity = Severity::Warning; // error: not converted; warning: changed or left out; info: worth knowing
    QString field;                         // the source's key it is about, if any
    QString message;
};

// One column of the permission matrix as the source grants it and as the new file does.
struct GrantChange
{
    enum class Kind {
        Same,     // each grants as much of the tool (or compares nothing: both inherit every tool)
        Widened,  // the new file grants more of it
        Narrowed, // the new file grants less of it
        Given,    // differs because one of the runtimes gives it to every agent, whatever the file says
    };

    QString column;
    ToolGrant before;
    ToolGrant after;
    Kind kind = Kind::Same;
};

// One agent written for another runtime: the new file, where it goes, and what changed.
struct AgentConversion
{
    QString source; // the source file's path
    Runtime from = Runtime::ClaudeCode;
    Runtime to = Runtime::ClaudeCode;
    QString sourceName;   // the name the source's runtime loads it under
    QString name;         // the name the target loads it under
    QString relativePath; // in a project: `.gemini/agents/<name>.md`
    QByteArray bytes;     // the new file; empty when it cannot be converted
    QVector<ConversionFinding> findings;
    ScopeVerdict verdict; // how the target's reader reads `bytes`
    QStringList widened;  // permission-matrix columns the target grants and the source did not
    QStringList narrowed; // and the other way round
    // Each column the source or the new file grants, or whose grant changed, in the matrix's
    // order: the before/after view of widened and narrowed.
    QVector<GrantChange> grants;

    bool isConverted() const { return !bytes.isEmpty(); }
    bool hasErrors() const
    {
        for (const ConversionFinding &finding : findings) {
            if (finding.severity == Severity::Error)
                return true;
        }
        return false;
    }
};

} // namespace Agentry
