// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QTextStream;

namespace Agentry {

// An agent file named on the command line, or found in a folder named there.
struct InputFile
{
    QString path;  // absolute, '/' separators
    QString shown; // as the user named it (folder + relative path for found files)
    AgentScope scope = AgentScope::Folder;
};

// Turns the PATH arguments of check, fix, matrix and export into agent files: files as
// they are, folders walked the way the window walks them (AgentFolderScanner).
class InputFiles
{
    Q_DECLARE_TR_FUNCTIONS(InputFiles)

public:
    // `missing` gets the arguments that name neither a file nor a folder.
    static QVector<InputFile> collect(const QStringList &paths, QStringList *missing);
    // collect(), or nothing when an argument names neither a file nor a folder: each such
    // argument is reported on `err` ("agentry COMMAND: PATH: no such file or folder").
    static std::optional<QVector<InputFile>> collectOrReport(const QStringList &paths, const QString &command, QTextStream &err);
    // The scope a file's place implies: .claude/agents/ (project, or user under the home
    // folder), a plugin's agents/ folder, or a loose folder.
    static AgentScope scopeOf(const QString &absolutePath);
};

} // namespace Agentry
