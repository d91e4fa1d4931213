// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"

#include <QDirIterator>
#include <QString>
#include <QVector>

#include <algorithm>

// The agent files of ../shared/corpus (each plugin's agents/ and the seeds), by path, with the
// scope each lies in; empty when the corpus is not there.
struct CorpusAgent
{
    QString path;
    Agentry::AgentScope scope = Agentry::AgentScope::Folder;
};

inline QVector<CorpusAgent> corpusAgents()
{
    QVector<CorpusAgent> agents;
    for (const QString &folder : {QStringLiteral("wshobson__agents"), QStringLiteral("ccplugins__awesome-claude-code-plugins"), QStringLiteral("seeds")}) {
        QDirIterator it(QStringLiteral(AGENTRY_CORPUS_DIR "/") + folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/plugins/")) && path.contains(QLatin1String("/agents/")))
                agents.append({path, Agentry::AgentScope::Plugin});
            else if (folder == QLatin1String("seeds"))
                agents.append({path, Agentry::AgentScope::Folder});
        }
    }
    std::sort(agents.begin(), agents.end(), [](const CorpusAgent &a, const CorpusAgent &b) { return a.path < b.path; });
    return agents;
}
