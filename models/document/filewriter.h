// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Agentry {

// Writes whole files atomically: the old bytes stay on disk until the new ones are complete.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    // Returns an empty string on success, else a message naming the file and the reason.
    static QString write(const QString &path, const QByteArray &bytes);
};

} // namespace Agentry
