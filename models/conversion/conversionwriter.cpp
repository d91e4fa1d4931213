// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversion/conversionwriter.h"

#include "document/createdfolders.h"
#include "document/filebatch.h"

#include <QDir>
#include <QFileInfo>

namespace Agentry {

namespace {

bool isWritten(const AgentConversion &conversion)
{
    return conversion.isConverted() && !conversion.hasErrors();
}

QString targetPath(const QString &root, const AgentConversion &conversion)
{
    return QDir::cleanPath(QDir(root).absoluteFilePath(conversion.relativePath));
}

} // namespace

QStringList ConversionWriter::existing(const QVector<AgentConversion> &conversions, const QString &root)
{
    QStringList paths;
    for (const AgentConversion &conversion : conversions) {
        if (isWritten(conversion) && QFileInfo::exists(targetPath(root, conversion)))
            paths.append(targetPath(root, conversion));
    }
    return paths;
}

QString ConversionWriter::write(const QVector<AgentConversion> &conversions, const QString &root, Existing existing, QStringList *written)
{
    if (existing == Existing::Refuse) {
        const QStringList taken = ConversionWriter::existing(conversions, root);
        if (!taken.isEmpty())
            return tr("%1 exists already; nothing was written.").arg(QDir::toNativeSeparators(taken.first()));
    }
    FileBatch batch;
    CreatedFolders folders;
    QStringList paths;
    for (const AgentConversion &conversion : conversions) {
        if (!isWritten(conversion))
            continue;
        const QString path = targetPath(root, conversion);
        QString error = folders.make(QFileInfo(path).absolutePath()) ? batch.write(path, conversion.bytes)
                                                                       : tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path));
        if (!error.isEmpty()) {
            const QString left = batch.rollBack();
            return left.isEmpty() ? error : error + u'\n' + left;
        }
        paths.append(path);
    }
    folders.keep();
    if (written)
        *written = paths;
    return {};
}

} // namespace Agentry
