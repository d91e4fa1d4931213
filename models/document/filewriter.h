// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Agentry {

// Writes whole files atomically: the old bytes stay on disk until the new ones are complete.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    // Returns an empty string on success, else a message naming the file and the reason.
    static QString write(const QString &path, const QByteArray &bytes);
    // The same, but only while the file still holds `read`, the bytes it was read with (or is
    // gone): a change another program made since is refused, not overwritten. The file is
    // compared right before the new bytes take its place.
    static QString replace(const QString &path, const QByteArray &read, const QByteArray &bytes);

    // Runs right before each write takes the file's place; a reason it returns fails the write.
    // For tests of what cannot be made to happen there for real: a read-only folder does not
    // stop root, and another program's change must come at that very moment.
    using Hook = std::function<QString(const QString &path)>;
    static void setHook(Hook hook);

private:
    static QString commit(const QString &path, const QByteArray &bytes, const QByteArray *read);
};

} // namespace Agentry
