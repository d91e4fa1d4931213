// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/createdfolders.h"

#include <QDir>
#include <QFileInfo>

namespace Agentry {

bool CreatedFolders::make(const QString &folder)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(folder); !QFileInfo::exists(path); path = QFileInfo(path).absolutePath())
        missing.prepend(path);
    if (!QDir().mkpath(folder))
        return false;
    m_created += missing;
    return true;
}

CreatedFolders::~CreatedFolders()
{
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
        QDir().rmdir(*it);
}

} // namespace Agentry
