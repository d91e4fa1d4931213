// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry matrix [--format csv|json|html] [--baseline DIR|git:REV] [--client VERSION]
// [--output FILE] PATH...`: the permission matrix of the agents under PATH (every agent's tool
// grants and risk) as MatrixReport writes it, to standard output or atomically to FILE. With
// --baseline (one folder PATH), the grants added, removed or changed since another folder or
// a git revision of the folder are marked. Exit status: 0 written, 1 a file or the baseline
// could not be read or the output not written, 2 usage error.
class MatrixCommand
{
    Q_DECLARE_TR_FUNCTIONS(MatrixCommand)

public:
    // `arguments` without the subcommand's name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
