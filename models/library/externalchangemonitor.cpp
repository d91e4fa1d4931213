// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/externalchangemonitor.h"

#include "document/agentdocument.h"
#include "library/agentlibrary.h"

#include <QFileInfo>

namespace Agentry {

ExternalChangeMonitor::ExternalChangeMonitor(AgentLibrary *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    // Writers often save in several steps (truncate, write, rename): wait for quiet.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        const QSet<QString> pending = std::exchange(m_pending, {});
        for (const QString &path : pending)
            check(path);
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_pending.insert(path);
        m_debounce.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ExternalChangeMonitor::checkFolder);
    connect(library, &AgentLibrary::reset, this, [this] {
        if (!m_watcher.files().isEmpty())
            m_watcher.removePaths(m_watcher.files());
        if (!m_watcher.directories().isEmpty())
            m_watcher.removePaths(m_watcher.directories());
        m_stamps.clear();
        m_reportedMissing.clear();
        m_watchedFiles.clear();
    });
    connect(library, &AgentLibrary::itemsAdded, this, &ExternalChangeMonitor::watchItems);
    connect(library, &AgentLibrary::itemChanged, this, [this](int index) {
        // A save or rename by the app: remember the file as it is now.
        const LibraryItem &item = m_library->item(index);
        if (item.document && !item.document->isModified())
            remember(item.file.path);
    });
}

void ExternalChangeMonitor::watchItems(int first, int count)
{
    QSet<QString> folders;
    for (int i = first; i < first + count; ++i) {
        const LibraryItem &item = m_library->item(i);
        if (!item.document)
            continue;
        m_stamps.insert(item.file.path, Stamp{item.modified, qint64(item.document->savedBytes().size())});
        folders.insert(QFileInfo(item.file.path).absolutePath());
    }
    const QStringList watched = m_watcher.directories();
    QStringList added;
    for (const QString &folder : std::as_const(folders)) {
        if (!watched.contains(folder))
            added << folder;
    }
    // Watches beyond the system's limit fail quietly; checkAll() covers those files.
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

void ExternalChangeMonitor::watchFile(const QString &path)
{
    m_watchedFiles.insert(path);
    if (!m_watcher.files().contains(path))
        m_watcher.addPath(path);
}

void ExternalChangeMonitor::checkFolder(const QString &folder)
{
    for (int i = 0; i < m_library->count(); ++i) {
        const QString &path = m_library->item(i).file.path;
        if (QFileInfo(path).absolutePath() != folder)
            continue;
        const QFileInfo info(path);
        const Stamp stamp = m_stamps.value(path);
        if (info.lastModified() != stamp.modified || (info.exists() ? info.size() : -1) != stamp.size) {
            m_pending.insert(path);
            m_debounce.start();
        }
    }
}

void ExternalChangeMonitor::remember(const QString &path)
{
    const QFileInfo info(path);
    m_stamps.insert(path, Stamp{info.lastModified(), info.exists() ? info.size() : -1});
    if (info.exists())
        m_reportedMissing.remove(path);
}

void ExternalChangeMonitor::checkAll()
{
    for (int i = 0; i < m_library->count(); ++i) {
        const QString &path = m_library->item(i).file.path;
        const QFileInfo info(path);
        const Stamp stamp = m_stamps.value(path);
        if (info.lastModified() != stamp.modified || (info.exists() ? info.size() : -1) != stamp.size)
            check(path);
    }
}

void ExternalChangeMonitor::check(const QString &path)
{
    const int index = m_library->indexOfPath(path);
    if (index < 0)
        return;
    AgentDocument *document = m_library->item(index).document;
    if (!document)
        return;
    QString error;
    const std::optional<QByteArray> bytes = QFileInfo::exists(path) ? AgentDocument::readBytes(path, &error) : std::nullopt;
    remember(path);
    // Saving atomically replaces a file, which ends its watch: watch the new one.
    if (bytes && m_watchedFiles.contains(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    if (!bytes) {
        if (!m_reportedMissing.contains(path)) {
            m_reportedMissing.insert(path);
            emit removed(document);
        }
        return;
    }
    if (*bytes == document->savedBytes())
        return; // our own save, or touched without a change
    if (!document->isModified()) {
        document->reload(*bytes);
        emit reloaded(document);
    } else {
        emit conflict(document, *bytes);
    }
}

} // namespace Agentry
