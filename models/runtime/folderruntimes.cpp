// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/folderruntimes.h"

namespace Agentry {

namespace {

QString withoutSlash(QString folder)
{
    while (folder.size() > 1 && folder.endsWith(u'/'))
        folder.chop(1);
    return folder;
}

} // namespace

void FolderRuntimes::set(const QString &folder, std::optional<Runtime> runtime)
{
    const QWriteLocker locker(&m_lock);
    if (runtime)
        m_folders.insert(withoutSlash(folder), *runtime);
    else
        m_folders.remove(withoutSlash(folder));
}

std::optional<Runtime> FolderRuntimes::runtimeFor(const QString &absolutePath) const
{
    const QReadLocker locker(&m_lock);
    if (m_folders.isEmpty())
        return std::nullopt;
    QString folder = absolutePath;
    while (true) {
        const qsizetype slash = folder.lastIndexOf(u'/');
        if (slash < 0)
            return std::nullopt;
        folder.truncate(slash == 0 ? 1 : slash);
        if (const auto found = m_folders.constFind(folder); found != m_folders.cend())
            return *found;
        if (slash == 0)
            return std::nullopt;
    }
}

std::optional<Runtime> FolderRuntimes::chosenFor(const QString &folder) const
{
    const QReadLocker locker(&m_lock);
    const auto found = m_folders.constFind(withoutSlash(folder));
    return found == m_folders.cend() ? std::nullopt : std::optional<Runtime>(*found);
}

QHash<QString, Runtime> FolderRuntimes::folders() const
{
    const QReadLocker locker(&m_lock);
    return m_folders;
}

} // namespace Agentry
