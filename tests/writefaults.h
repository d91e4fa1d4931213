// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/filewriter.h"

#include <QFile>
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

// Shared by the tests of failing writes: real faults where a test can make them, the
// FileWriter hook where it cannot.

// What the system says when a write is not permitted.
inline QString permissionDenied()
{
    return QString::fromLocal8Bit(std::strerror(EACCES));
}

// The FileWriter hook, installed for the life of this object.
class WriterHook
{
public:
    explicit WriterHook(Agentry::FileWriter::Hook hook) { Agentry::FileWriter::setHook(std::move(hook)); }
    WriterHook(const WriterHook &) = delete;
    WriterHook &operator=(const WriterHook &) = delete;
    ~WriterHook() { Agentry::FileWriter::setHook({}); }
};

#ifdef Q_OS_UNIX
// A real full disk, for root too: while this object lives, no file of this process grows past
// `bytes`, and a write beyond fails ("File too large") instead of ending the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
        : m_handler(std::signal(SIGXFSZ, SIG_IGN))
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        const rlimit limit{bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    void (*m_handler)(int);
    rlimit m_old{};
};
#endif

// `folder` read-only while this object lives. Root writes into it all the same, so when a
// file can still be made there, the FileWriter hook refuses the writes into it instead.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &folder)
        : m_folder(folder)
        , m_permissions(QFile::permissions(folder))
    {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
        QFile probe(folder + QLatin1String("/.probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            const QString prefix = folder + u'/';
            m_hook.emplace([prefix](const QString &path) { return path.startsWith(prefix) ? permissionDenied() : QString(); });
        }
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
    ~ReadOnlyFolder() { QFile::setPermissions(m_folder, m_permissions); }

private:
    QString m_folder;
    QFile::Permissions m_permissions;
    std::optional<WriterHook> m_hook;
};
