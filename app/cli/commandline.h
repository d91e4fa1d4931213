// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// The headless subcommands (`agentry show|set|unset|check|fix|matrix|export|import …`): the
// same core as the window, no display needed. One table names them, describes them for
// `--help` and runs them. Exit codes: 0 success, 1 refused or failed, 2 usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // True when `arguments` (without the program name) ask for a subcommand or an option
    // that must run without a window.
    static bool handles(const QStringList &arguments);
    // Runs the subcommand; output goes to `out`, messages to `err`.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // What `agentry --help` prints: a synopsis of each subcommand.
    static QString usage();
    // Writes `message` (unless it is empty) and the usage to `err`; returns UsageError.
    static int usageError(QTextStream &err, const QString &message = QString());
    // Writes UTF-8 text to `out`: straight to its device when it has one (standard output),
    // sparing a large report two conversions.
    static void writeUtf8(QTextStream &out, const QByteArray &utf8);
};

} // namespace Agentry
