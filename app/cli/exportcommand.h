// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry export --name NAME [--version V] [--description D] [--author A] [--license L]
// [--accept-warnings] [--overwrite] [--marketplace DIR] --out DIR|FILE.zip PATH...`: writes the
// agents of PATH as one Claude Code plugin (a folder, or a reproducible .zip whose SHA-256 it
// prints), optionally added to a marketplace folder. Exit status: 0 written, 1 refused (the
// gate's errors, or warnings not accepted, are listed, and nothing is written), 2 usage error.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
