// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace Agentry {

// Several files written as one: each write is atomic, and rollBack() puts every file written
// so far back as it was (the ones it created removed, the ones it replaced written back byte
// for byte), so a failure partway leaves the files as they were before the first write.
class FileBatch
{
    Q_DECLARE_TR_FUNCTIONS(FileBatch)

public:
    // Writes `bytes` to `path`, remembering what was there; returns the error message or empty.
    QString write(const QString &path, const QByteArray &bytes);
    // Undoes the writes, last first; returns what could not be put back, or empty.
    QString rollBack();

private:
    struct Previous
    {
        QString path;
        std::optional<QByteArray> bytes; // none: the file did not exist
    };
    QVector<Previous> m_written;
};

} // namespace Agentry
