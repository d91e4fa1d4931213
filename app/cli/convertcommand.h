// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry convert --to ID [--from ID] [--out DIR] [--overwrite] [--format text|json] PATH...`:
// writes each agent of PATH as a file of another runtime, into DIR's folder for that runtime
// (`DIR/.gemini/agents/`), or prints the new files when no --out is given. Each result is
// read back by the target's reader; what could not be carried over is listed. Exit status:
// 0 every agent converted, 1 an agent could not be (or a file exists and --overwrite is not
// given: nothing is written), 2 usage error.
class ConvertCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
