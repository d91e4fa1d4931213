// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Agentry {

// The example agents built into the program, copied once to a folder the user may edit.
class ExampleFolder
{
    Q_DECLARE_TR_FUNCTIONS(ExampleFolder)

public:
    // Copies the files below the resource folder `source` (e.g. ":/agentry/examples") to
    // `target`, keeping their relative paths, unless `target` exists: it then belongs to
    // the user, who may have edited or deleted examples. Returns an empty string on
    // success, else a message for the user; a failed copy leaves no `target` behind.
    static QString install(const QString &source, const QString &target);
};

} // namespace Agentry
