// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/ziparchivewriter.h"

#include <QBuffer>
#include <QDateTime>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Agentry {

namespace {

// "Version made by" names Unix, so readers take the permissions from the external attributes.
constexpr uint kUnixOsCode = 3;

} // namespace

void ZipArchiveWriter::add(const QString &name, const QByteArray &bytes)
{
    m_entries.insert(name, bytes);
}

std::optional<QByteArray> ZipArchiveWriter::finish(QString *error) const
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    zip.setOsCode(kUnixOsCode);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = tr("Cannot create the archive (zip error %1).").arg(zip.getZipError());
        return std::nullopt;
    }
    // A local date and time without a zone: the zip stores exactly these fields, whatever the
    // time zone of the machine that writes or reads the archive.
    const QDateTime fixedTime(QDate(1980, 1, 1), QTime(0, 0));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QuaZipNewInfo info(it.key());
        info.dateTime = fixedTime;
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info) || file.write(it.value()) != it.value().size()) {
            *error = tr("Cannot add %1 to the archive (zip error %2).").arg(it.key()).arg(file.getZipError());
            return std::nullopt;
        }
        file.close();
        if (file.getZipError() != 0) {
            *error = tr("Cannot add %1 to the archive (zip error %2).").arg(it.key()).arg(file.getZipError());
            return std::nullopt;
        }
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = tr("Cannot finish the archive (zip error %1).").arg(zip.getZipError());
        return std::nullopt;
    }
    return buffer.data();
}

} // namespace Agentry
