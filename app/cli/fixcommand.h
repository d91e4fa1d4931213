// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry fix [--dry-run] [--rule CODE]... [--client VERSION] [--runtime ID|auto] PATH...`: applies the safe
// fixes in place, atomically, and prints a unified diff of each change. Fixes run in rounds
// (one fix can make the next possible: quoting first, then a rename) until nothing changes,
// so a second run changes nothing. Exit status: 0 done, 1 a file could not be written, 2
// usage error.
class FixCommand
{
    Q_DECLARE_TR_FUNCTIONS(FixCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
