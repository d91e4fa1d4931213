// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/agentfolderscanner.h"

#include "runtime/runtimespec.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>
#include <utility>

namespace Agentry {

namespace {

const QDir::Filters kEntries = QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot;

bool isMarkdown(const QFileInfo &info)
{
    return info.isFile() && !info.fileName().startsWith(QLatin1Char('.'))
        && info.fileName().endsWith(QLatin1String(".md"));
}

// Hidden folders hold tool state (.git, .venv, .cache), node_modules holds other people's
// files; symlinked folders are skipped because they can form cycles.
bool isSearched(const QFileInfo &dir)
{
    return dir.isDir() && !dir.isSymLink() && !dir.fileName().startsWith(QLatin1Char('.'))
        && dir.fileName() != QLatin1String("node_modules");
}

// Files a repository keeps next to its agents that are never agents themselves.
bool isRepositoryDocument(const QFileInfo &file)
{
    static const QStringList names = {
        QStringLiteral("readme"), QStringLiteral("changelog"), QStringLiteral("contributing"),
        QStringLiteral("license"), QStringLiteral("code_of_conduct"), QStringLiteral("security"),
        QStringLiteral("claude"), QStringLiteral("agents"),
    };
    return names.contains(file.completeBaseName().toLower());
}

// Calls `visit` with each entry of `dir` that passes `filters`, in the file system's order.
// QDir::entryInfoList sorts by name without being asked (NoSort means the QDir's own order),
// which took three times as long on a folder of ten thousand agents; scan() sorts what it finds.
template<typename Visit>
void forEachEntry(const QString &dir, QDir::Filters filters, Visit visit)
{
    QDirIterator entries(dir, filters);
    while (entries.hasNext()) {
        entries.next();
        visit(entries.fileInfo());
    }
}

void collectMarkdown(const QString &dir, QStringList *paths)
{
    forEachEntry(dir, kEntries, [paths](const QFileInfo &entry) {
        if (isMarkdown(entry))
            paths->append(entry.absoluteFilePath());
        else if (isSearched(entry))
            collectMarkdown(entry.absoluteFilePath(), paths);
    });
}

// The folders below `dir` (itself included) that carry a plugin manifest.
void collectPluginFolders(const QString &dir, QStringList *plugins)
{
    if (QFileInfo(dir + QLatin1String("/.claude-plugin/plugin.json")).isFile())
        plugins->append(dir);
    forEachEntry(dir, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, [plugins](const QFileInfo &entry) {
        if (isSearched(entry))
            collectPluginFolders(entry.absoluteFilePath(), plugins);
    });
}

QString pluginName(const QString &pluginFolder)
{
    QFile manifest(pluginFolder + QLatin1String("/.claude-plugin/plugin.json"));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QString name = QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            return name;
    }
    return QFileInfo(pluginFolder).fileName();
}

// The agent files of the other runtimes' folders below `root` in `scope`: `.opencode/agent/`,
// `.gemini/agents/`, … (`.claude/agents/`, which Copilot reads too, is Claude Code's).
void collectRuntimeFolders(const QString &root, AgentScope scope, QVector<FoundAgentFile> *found)
{
    QStringList seen;
    for (const Runtime runtime : Runtimes::all()) {
        const RuntimeSpec *spec = RuntimeSpec::of(runtime);
        if (!spec)
            continue;
        for (const RuntimeSpec::Location &location : spec->locations()) {
            if (location.scope != scope || location.folder == QLatin1String(".claude"))
                continue;
            for (const QString &agents : location.agents) {
                const QString dir = root + u'/' + location.folder + u'/' + agents;
                if (seen.contains(dir))
                    continue;
                seen.append(dir);
                QStringList paths;
                if (location.recursive) {
                    collectMarkdown(dir, &paths);
                } else {
                    forEachEntry(dir, QDir::Files | QDir::Hidden, [&paths](const QFileInfo &entry) {
                        if (isMarkdown(entry))
                            paths.append(entry.absoluteFilePath());
                    });
                }
                for (const QString &path : std::as_const(paths)) {
                    if (location.skipPrefix.isEmpty() || !QFileInfo(path).fileName().startsWith(location.skipPrefix))
                        found->append({path, scope, QString()});
                }
            }
        }
    }
}

} // namespace

QVector<FoundAgentFile> AgentFolderScanner::scan(const QString &folder)
{
    const QString root = QDir(folder).absolutePath();
    QVector<FoundAgentFile> found;

    QStringList projectFiles;
    collectMarkdown(root + QLatin1String("/.claude/agents"), &projectFiles);
    for (const QString &path : std::as_const(projectFiles))
        found.append({path, AgentScope::Project, QString()});
    collectRuntimeFolders(root, AgentScope::Project, &found);

    QStringList pluginFolders;
    collectPluginFolders(root, &pluginFolders);
    for (const QString &plugin : std::as_const(pluginFolders)) {
        const QString name = pluginName(plugin);
        forEachEntry(plugin + QLatin1String("/agents"), QDir::Files | QDir::Hidden, [&found, &name](const QFileInfo &entry) {
            if (isMarkdown(entry))
                found.append({entry.absoluteFilePath(), AgentScope::Plugin, name});
        });
    }

    if (found.isEmpty()) {
        QStringList looseFiles;
        collectMarkdown(root, &looseFiles);
        for (const QString &path : std::as_const(looseFiles)) {
            if (!isRepositoryDocument(QFileInfo(path)))
                found.append({path, AgentScope::Folder, QString()});
        }
    }

    // By exact path, not the file system's listing order, so every machine gives the same list.
    std::sort(found.begin(), found.end(), [](const FoundAgentFile &a, const FoundAgentFile &b) {
        return std::tie(a.scope, a.path) < std::tie(b.scope, b.path);
    });
    return found;
}

QVector<FoundAgentFile> AgentFolderScanner::scanUser(const QString &home)
{
    const QString root = QDir(home).absolutePath();
    QStringList paths;
    collectMarkdown(root + QLatin1String("/.claude/agents"), &paths);
    QVector<FoundAgentFile> found;
    for (const QString &path : std::as_const(paths))
        found.append({path, AgentScope::User, QString()});
    collectRuntimeFolders(root, AgentScope::User, &found);
    std::sort(found.begin(), found.end(), [](const FoundAgentFile &a, const FoundAgentFile &b) { return a.path < b.path; });
    return found;
}

} // namespace Agentry
