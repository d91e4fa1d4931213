// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/crossagentrule.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Agentry {

struct AgentReading;
struct ScopeVerdict;

// The agents of a library that load under one name in one folder. The runtime keeps the last
// of them in path order and drops the others without a word, so a dropped one does not load.
class NameClashes
{
    Q_DECLARE_TR_FUNCTIONS(NameClashes)

public:
    explicit NameClashes(QVector<CrossAgentEntry> entries);

    // Each group holds two or more entry indices sorted by path: the kept entry is the last.
    const QVector<QVector<int>> &groups() const { return m_groups; }
    // The entry the runtime keeps instead of `entry`, or -1 when it keeps `entry` itself.
    int keptInsteadOf(int entry) const { return m_keptInstead.at(entry); }
    // What decides a clash besides the name: the folder (LibraryContext::clashFolder) and scope.
    static QString folderKey(const CrossAgentEntry &entry);
    // Why the runtime drops `entry` for another file of its name; empty when it keeps it.
    QString reason(int entry) const;
    // Marks `reading` (of `entry`) as not loading when another file displaces it.
    void applyTo(int entry, AgentReading &reading) const;
    // Marks `verdict` as that of a file dropped for `reason`.
    static void displace(ScopeVerdict &verdict, const QString &reason);

private:
    const QVector<CrossAgentEntry> m_entries; // shared with the caller's vector, so a temporary one is safe too
    QVector<QVector<int>> m_groups;
    QVector<int> m_keptInstead;
};

} // namespace Agentry
