// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry unset FILE KEY`: removes a top-level frontmatter key and the lines of its value,
// written atomically; a key that is not there leaves the file as it is. Exit status: 0 done,
// 1 refused or not written, 2 usage error.
class UnsetCommand
{
public:
    // `arguments` without the subcommand's name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
