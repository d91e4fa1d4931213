// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace Agentry {

// Builds a .zip in memory, reproducibly: the same entries give the same bytes, whenever and
// wherever they are written. Entries are sorted by name, dated 1980-01-01 00:00 (the first
// time a zip can hold), marked as Unix files with permissions 0644 and deflated at zlib's
// default level.
class ZipArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchiveWriter)

public:
    // `name` is the entry's path inside the archive, with '/' separators; a second add() of
    // the same name replaces the first.
    void add(const QString &name, const QByteArray &bytes);
    // The archive's bytes, or nothing with `error` set.
    std::optional<QByteArray> finish(QString *error) const;

private:
    QMap<QString, QByteArray> m_entries; // sorted by name
};

} // namespace Agentry
