// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Agentry {

// `agentry import [--into DIR] FILE.zip|DIR`: lists the plugins and agents of a plugin folder,
// a marketplace folder or a .zip (unpacked safely into a temporary folder); with --into copies
// the agents into DIR, refusing to overwrite. Exit status: 0 done, 1 refused (an unsafe or
// unreadable bundle, files that exist in DIR), 2 usage error.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Agentry
