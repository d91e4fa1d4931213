// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Agentry {

// Folders made on the way to a write, removed again (when still empty) unless the write
// finished and keep() was called: a failed write leaves no trace.
class CreatedFolders
{
public:
    CreatedFolders() = default;
    CreatedFolders(const CreatedFolders &) = delete;
    CreatedFolders &operator=(const CreatedFolders &) = delete;
    ~CreatedFolders();

    // Makes `folder` and whatever above it is missing; false when that fails.
    bool make(const QString &folder);
    void keep() { m_created.clear(); }

private:
    QStringList m_created; // outermost first
};

} // namespace Agentry
