// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Agentry {

class AgentLibrary;
class AgentDocument;

// Notices when another program changes, deletes or moves the library's files: a document
// without unsaved changes takes the new bytes silently (undoably); one with unsaved
// changes is reported as a conflict for the user to decide. It watches the library's
// folders (files written by renaming, created, deleted) and the files the user has open;
// a check of every file's time and size when the window is activated covers the rest,
// since a system allows only so many watches.
class ExternalChangeMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeMonitor(AgentLibrary *library, QObject *parent = nullptr);

    // Looks at every file again (cheaply: time and size first); for when the application
    // becomes active, since file watches are limited in number.
    void checkAll();
    // Looks at one file now.
    void check(const QString &path);
    // Watches `path` itself too, for changes written in place; for the files being edited.
    void watchFile(const QString &path);

signals:
    void reloaded(AgentDocument *document);
    void conflict(AgentDocument *document, const QByteArray &diskBytes);
    void removed(AgentDocument *document);

private:
    struct Stamp
    {
        QDateTime modified;
        qint64 size = -1;
    };
    void watchItems(int first, int count);
    void checkFolder(const QString &folder);
    void remember(const QString &path);

    AgentLibrary *m_library;
    QFileSystemWatcher m_watcher;
    QHash<QString, Stamp> m_stamps;
    QSet<QString> m_pending;
    QSet<QString> m_watchedFiles; // asked for by watchFile(); a replaced file loses its watch
    QSet<QString> m_reportedMissing;
    QTimer m_debounce;
};

} // namespace Agentry
