// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTest>

// Shared by the tests that set up agents, plugins and marketplaces in a temporary folder:
// writing a file there (its folders created), reading one back, and listing what is there.

// Writes `bytes` to `path`, creating its folders; a test failure when that does not work.
inline void writeScratchFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The same for helpers that return the path, where a test failure cannot be reported:
// stops the test program when the file cannot be written.
inline QString writeScratchFileOrAbort(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The bytes of `path`, or none when it cannot be read.
inline QByteArray readScratchFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file and folder under `folder`, hidden ones too, relative and sorted; `extra` adds
// filters, such as QDir::System for broken links and special files.
inline QStringList scratchTree(const QString &folder, QDir::Filters extra = {})
{
    QStringList paths;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | extra, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QDir(folder).relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

// Every file and folder under `folder` with its bytes (a folder's are empty): a folder compared
// byte for byte with itself before.
inline QMap<QString, QByteArray> scratchSnapshot(const QString &folder)
{
    QMap<QString, QByteArray> snapshot;
    for (const QString &path : scratchTree(folder))
        snapshot.insert(path, readScratchFile(QDir(folder).filePath(path)));
    return snapshot;
}
