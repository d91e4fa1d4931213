// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>

namespace Agentry {

// The names the agents of one folder load under, seen from one of them: a fix that names that
// agent picks a name none of the others has. Empty (nothing taken) when no library is known.
class TakenNames
{
public:
    TakenNames() = default;
    // `folder` counts the agents under each name and must outlive this object; `own` is the
    // name the agent itself loads under now.
    TakenNames(const QHash<QString, int> *folder, const QString &own)
        : m_folder(folder)
        , m_own(own)
    {
    }

    bool contains(const QString &name) const
    {
        return m_folder && m_folder->value(name) > (name == m_own ? 1 : 0);
    }

private:
    const QHash<QString, int> *m_folder = nullptr;
    QString m_own;
};

} // namespace Agentry
