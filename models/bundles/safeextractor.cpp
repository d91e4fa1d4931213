// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/safeextractor.h"

#include "bundles/portablepath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace Agentry {

namespace {

// The file type bits of a Unix mode, as zips made on Unix keep them in the external attributes.
constexpr quint32 kTypeMask = 0170000;
constexpr quint32 kRegularFile = 0100000;
constexpr quint32 kDirectory = 0040000;
constexpr quint32 kSymbolicLink = 0120000;
constexpr quint16 kEncryptedFlag = 0x1;

// Why the entry's name or kind cannot be unpacked, or empty.
QString nameProblem(const QuaZipFileInfo64 &entry)
{
    const QString &name = entry.name;
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.startsWith(u'/') || drive.match(name).hasMatch())
        return SafeExtractor::tr("The archive entry \"%1\" has an absolute path; it could write anywhere.").arg(name);
    if (name.contains(u'\\'))
        return SafeExtractor::tr("The archive entry \"%1\" has a backslash in its path, which Windows reads as a folder separator.").arg(name);
    QString path = name;
    if (path.endsWith(u'/'))
        path.chop(1);
    const QStringList segments = path.split(u'/');
    if (segments.contains(QStringLiteral("..")))
        return SafeExtractor::tr("The archive entry \"%1\" climbs out of its folder with \"..\".").arg(name);
    for (const QString &segment : segments) {
        if (!PortablePath::isValidSegment(segment))
            return SafeExtractor::tr("The archive entry \"%1\" is not a valid file name on every system.").arg(name);
    }
    const quint32 type = (entry.externalAttr >> 16) & kTypeMask;
    if (type == kSymbolicLink)
        return SafeExtractor::tr("The archive entry \"%1\" is a symbolic link; a link could lead outside the folder.").arg(name);
    if (type != 0 && type != kRegularFile && type != kDirectory)
        return SafeExtractor::tr("The archive entry \"%1\" is neither a file nor a folder.").arg(name);
    if (entry.flags & kEncryptedFlag)
        return SafeExtractor::tr("The archive entry \"%1\" is encrypted.").arg(name);
    return {};
}

// Why the entries as a whole cannot be unpacked within `limits`, or empty.
QString entriesProblem(const QList<QuaZipFileInfo64> &entries, const ExtractionLimits &limits)
{
    QSet<QString> seen;
    qint64 total = 0;
    for (const QuaZipFileInfo64 &entry : entries) {
        const QString problem = nameProblem(entry);
        if (!problem.isEmpty())
            return problem;
        // Folders that differ only in case are one folder on macOS and Windows: refuse both.
        QString key = entry.name.toLower();
        if (key.endsWith(u'/'))
            key.chop(1);
        if (seen.contains(key))
            return SafeExtractor::tr("The archive holds \"%1\" twice.").arg(entry.name);
        seen.insert(key);
        const qint64 size = qint64(entry.uncompressedSize);
        if (size < 0 || size > limits.maxEntrySize)
            return SafeExtractor::tr("The archive entry \"%1\" unpacks to %2 bytes; at most %3 are allowed for one file.")
                .arg(entry.name)
                .arg(entry.uncompressedSize)
                .arg(limits.maxEntrySize);
        if (size >= limits.ratioFloor && (entry.compressedSize == 0 || entry.uncompressedSize / entry.compressedSize > quint64(limits.maxRatio)))
            return SafeExtractor::tr("The archive entry \"%1\" is compressed more than %2 times (%3 bytes from %4): a zip bomb.")
                .arg(entry.name)
                .arg(limits.maxRatio)
                .arg(entry.uncompressedSize)
                .arg(entry.compressedSize);
        total += size;
        if (total > limits.maxTotalSize)
            return SafeExtractor::tr("The archive unpacks to more than %1 bytes (at \"%2\").").arg(limits.maxTotalSize).arg(entry.name);
    }
    return {};
}

// Unpacks the current entry of `zip` to `path`, reading no more than it declares.
QString unpack(QuaZip &zip, const QuaZipFileInfo64 &entry, const QString &path)
{
    QuaZipFile in(&zip);
    if (!in.open(QIODevice::ReadOnly))
        return SafeExtractor::tr("The archive entry \"%1\" cannot be read (zip error %2).").arg(entry.name).arg(in.getZipError());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return SafeExtractor::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
    qint64 written = 0;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 read = in.read(buffer, sizeof buffer);
        if (read < 0)
            return SafeExtractor::tr("The archive entry \"%1\" is damaged (zip error %2).").arg(entry.name).arg(in.getZipError());
        if (read == 0)
            break;
        written += read;
        if (quint64(written) > entry.uncompressedSize)
            return SafeExtractor::tr("The archive entry \"%1\" holds more than the %2 bytes it declares.").arg(entry.name).arg(entry.uncompressedSize);
        if (out.write(buffer, read) != read)
            return SafeExtractor::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
    }
    in.close();
    if (in.getZipError() != UNZ_OK || quint64(written) != entry.uncompressedSize)
        return SafeExtractor::tr("The archive entry \"%1\" is damaged: its checksum or size does not match.").arg(entry.name);
    return {};
}

QString unpackAll(QuaZip &zip, const QList<QuaZipFileInfo64> &entries, const QString &folder)
{
    int index = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++index) {
        const QuaZipFileInfo64 &entry = entries.at(index);
        const QString path = folder + u'/' + entry.name;
        if (entry.name.endsWith(u'/')) {
            if (!QDir().mkpath(path))
                return SafeExtractor::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
            continue;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return SafeExtractor::tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path));
        const QString problem = unpack(zip, entry, path);
        if (!problem.isEmpty())
            return problem;
    }
    if (zip.getZipError() != UNZ_OK)
        return SafeExtractor::tr("The archive is damaged (zip error %1).").arg(zip.getZipError());
    return {};
}

} // namespace

QString SafeExtractor::extract(const QString &zipPath, const QString &folder, const ExtractionLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(zipPath);
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(shown, file.errorString());
    if (file.read(2) != "PK")
        return tr("%1 is not a zip archive.").arg(shown);
    file.close();
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const bool existed = QFileInfo(target).isDir();
    if (existed && !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return tr("%1 is not empty; an archive is unpacked only into an empty folder.").arg(QDir::toNativeSeparators(target));

    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return tr("%1 is damaged or truncated: its list of entries cannot be read.").arg(shown);
    if (zip.getEntriesCount() > limits.maxEntries)
        return tr("%1 holds %2 entries; at most %3 are unpacked.").arg(shown).arg(zip.getEntriesCount()).arg(limits.maxEntries);
    const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK || entries.size() != zip.getEntriesCount())
        return tr("%1 is damaged or truncated: its list of entries cannot be read.").arg(shown);
    const QString problem = entriesProblem(entries, limits);
    if (!problem.isEmpty())
        return problem;

    if (!QDir().mkpath(target))
        return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target));
    const QString error = unpackAll(zip, entries, target);
    if (!error.isEmpty()) {
        QDir(target).removeRecursively();
        if (existed)
            QDir().mkpath(target);
    }
    return error;
}

} // namespace Agentry
