// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry show [--json] FILE`: what Agentry reads in an agent file (text facts, frontmatter
// shape, error and fields, where the body starts), as text or as JSON. Exit status: 0 shown,
// 1 the file could not be read, 2 usage error.
class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    // `arguments` without the subcommand's name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
