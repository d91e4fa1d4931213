// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/filewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Agentry {

namespace {

FileWriter::Hook &installedHook()
{
    static FileWriter::Hook instance;
    return instance;
}

} // namespace

void FileWriter::setHook(Hook hook)
{
    installedHook() = std::move(hook);
}

QString FileWriter::write(const QString &path, const QByteArray &bytes)
{
    return commit(path, bytes, nullptr);
}

QString FileWriter::replace(const QString &path, const QByteArray &read, const QByteArray &bytes)
{
    return commit(path, bytes, &read);
}

QString FileWriter::commit(const QString &path, const QByteArray &bytes, const QByteArray *read)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Said in the user's words: the system's is "Filename refers to a directory".
    if (QFileInfo(path).isDir())
        return tr("Cannot write %1: a folder of that name is in its place.").arg(shown);
    // Until commit() the new bytes are in a temporary file, which the QSaveFile removes unless committed.
    QSaveFile file(path);
    // Unbuffered: QSaveFile::commit() ignores a short write in its final flush and would put a
    // cut-off file in place on a full disk. Each short write is seen here instead; the write
    // after it gets the system's reason.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0)
            return tr("Cannot write %1: %2").arg(shown, file.errorString());
        written += count;
    }
    if (const Hook &before = installedHook()) {
        if (const QString reason = before(path); !reason.isEmpty())
            return tr("Cannot write %1: %2").arg(shown, reason);
    }
    if (read) {
        QFile current(path);
        if (current.exists()) {
            if (!current.open(QIODevice::ReadOnly))
                return tr("Cannot read %1 to check it before writing it: %2").arg(shown, current.errorString());
            if (current.readAll() != *read)
                return tr("%1 was changed by another program after Agentry read it; it was not written, so that change is not lost.").arg(shown);
        }
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    return {};
}

} // namespace Agentry
