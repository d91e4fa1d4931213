// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QHash>
#include <QReadWriteLock>
#include <QString>

#include <optional>

namespace Agentry {

// The runtimes the user chose for folders: a file anywhere under such a folder is read as
// that runtime, whatever its folder's name or its frontmatter suggest; the nearest chosen
// folder wins. Safe to read from several threads while one thread changes it.
class FolderRuntimes
{
public:
    // `folder` absolute, with '/' separators; nothing forgets the choice.
    void set(const QString &folder, std::optional<Runtime> runtime);
    std::optional<Runtime> runtimeFor(const QString &absolutePath) const;
    // The choice made for exactly this folder, if any.
    std::optional<Runtime> chosenFor(const QString &folder) const;
    QHash<QString, Runtime> folders() const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, Runtime> m_folders;
};

} // namespace Agentry
