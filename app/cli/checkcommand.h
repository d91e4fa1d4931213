// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry check [--format text|json|sarif] [--strict] [--client VERSION] [--runtime ID|auto]
// PATH...`: reads agent files as their runtime does (a Claude Code version for Claude Code's
// files) and reports what the rules find. Exit status: 0 no errors (and no warnings with
// --strict), 1 otherwise, 2 usage error.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    // `arguments` without the subcommand's name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
