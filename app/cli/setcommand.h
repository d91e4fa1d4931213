// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry set [--string] FILE KEY VALUE`: sets a top-level frontmatter key to VALUE, read as
// YAML unless --string makes it plain text, with a minimal edit written atomically; the same
// value leaves the file byte-identical. Exit status: 0 done, 1 refused (a frontmatter that does
// not parse, an edit that would change other fields) or not written, 2 usage error.
class SetCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCommand)

public:
    // `arguments` without the subcommand's name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
