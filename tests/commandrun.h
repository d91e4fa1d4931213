// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/commandline.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Shared by the command tests: an `agentry` subcommand run in-process, with its exit code and
// what it wrote to standard output and standard error.
struct CommandRun
{
    int code;
    QString out;
    QString err;

    static CommandRun run(const QStringList &arguments)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = Agentry::CommandLine::run(arguments, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }
};
