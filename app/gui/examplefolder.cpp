// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/examplefolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Agentry {

QString ExampleFolder::install(const QString &source, const QString &target)
{
    if (QFileInfo::exists(target))
        return QString();
    const auto fail = [&target](const QString &message) {
        QDir(target).removeRecursively();
        return message;
    };
    // Hidden, because the examples live in a .claude folder like real project agents.
    QDirIterator files(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString from = files.next();
        const QString to = target + QLatin1Char('/') + QDir(source).relativeFilePath(from);
        if (!QDir().mkpath(QFileInfo(to).path()))
            return fail(tr("Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(QFileInfo(to).path())));
        QFile file(from);
        if (!file.copy(to))
            return fail(tr("Cannot copy the example %1: %2")
                            .arg(QDir::toNativeSeparators(to), file.errorString()));
        // Copies of resources are read-only; the examples are there to be edited.
        QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner);
    }
    return QString();
}

} // namespace Agentry
