// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/crossagentrule.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Agentry {

struct AgentReading;

// The agents of a library that load under one name in one folder. The runtime keeps the last
// of them in path order and drops the others without a word, so a dropped one does not load.
class NameClashes
{
    Q_DECLARE_TR_FUNCTIONS(NameClashes)

public:
    explicit NameClashes(const QVector<CrossAgentEntry> &entries);

    // Each group holds two or more entry indices sorted by path: the kept entry is the last.
    const QVector<QVector<int>> &groups() const { return m_groups; }
    // The entry the runtime keeps instead of `entry`, or -1 when it keeps `entry` itself.
    int keptInsteadOf(int entry) const { return m_keptInstead.at(entry); }
    // What decides a clash besides the name: the folder (LibraryContext::clashFolder) and scope.
    static QString folderKey(const CrossAgentEntry &entry);
    // Marks `reading` (of `entry`) as not loading when another file displaces it.
    void applyTo(int entry, AgentReading &reading) const;

private:
    const QVector<CrossAgentEntry> &m_entries;
    QVector<QVector<int>> m_groups;
    QVector<int> m_keptInstead;
};

} // namespace Agentry
