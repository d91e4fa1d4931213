// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/nameclashes.h"

#include "runtime/agentreading.h"

#include <QHash>

#include <algorithm>

namespace Agentry {

NameClashes::NameClashes(QVector<CrossAgentEntry> entries)
    : m_entries(std::move(entries))
    , m_keptInstead(m_entries.size(), -1)
{
    QHash<QString, QVector<int>> byName; // folder + scope + name → entries
    for (int i = 0; i < m_entries.size(); ++i) {
        const CrossAgentEntry &entry = m_entries.at(i);
        if (!entry.loadedName.isEmpty())
            byName[folderKey(entry) + u'\n' + entry.loadedName].append(i);
    }
    for (QVector<int> group : std::as_const(byName)) {
        if (group.size() < 2)
            continue;
        std::sort(group.begin(), group.end(), [this](int a, int b) { return m_entries.at(a).path < m_entries.at(b).path; });
        for (qsizetype i = 0; i + 1 < group.size(); ++i)
            m_keptInstead[group.at(i)] = group.last();
        m_groups.append(group);
    }
    // In the order of their first entries, whatever the hash's order.
    std::sort(m_groups.begin(), m_groups.end(), [](const QVector<int> &a, const QVector<int> &b) { return a.constFirst() < b.constFirst(); });
}

QString NameClashes::folderKey(const CrossAgentEntry &entry)
{
    return LibraryContext::clashFolder(entry) + u'\n' + QString::number(int(entry.scope));
}

QString NameClashes::reason(int entry) const
{
    const int kept = m_keptInstead.at(entry);
    if (kept < 0)
        return {};
    const QString &keptPath = m_entries.at(kept).path;
    return tr("%1 in the same folder also loads as \"%2\"; Claude Code keeps that file and drops this one.")
        .arg(keptPath.mid(keptPath.lastIndexOf(u'/') + 1), m_entries.at(entry).loadedName);
}

void NameClashes::applyTo(int entry, AgentReading &reading) const
{
    if (const QString why = reason(entry); !why.isEmpty())
        displace(reading.verdictIn(m_entries.at(entry).scope), why);
}

void NameClashes::displace(ScopeVerdict &verdict, const QString &reason)
{
    verdict.loads = false;
    verdict.reason = reason;
    verdict.field = QStringLiteral("name");
}

} // namespace Agentry
