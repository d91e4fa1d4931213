// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/inputfiles.h"

#include "library/agentfolderscanner.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Agentry {

AgentScope InputFiles::scopeOf(const QString &absolutePath)
{
    if (absolutePath.contains(QLatin1String("/.claude/agents/"))) {
        const QString home = QDir::homePath() + QLatin1String("/.claude/agents/");
        return absolutePath.startsWith(home) ? AgentScope::User : AgentScope::Project;
    }
    const QFileInfo file(absolutePath);
    const QDir agents = file.dir();
    if (agents.dirName() == QLatin1String("agents") && QFileInfo::exists(agents.absoluteFilePath(QStringLiteral("../.claude-plugin/plugin.json"))))
        return AgentScope::Plugin;
    return AgentScope::Folder;
}

QVector<InputFile> InputFiles::collect(const QStringList &paths, QStringList *missing)
{
    QVector<InputFile> files;
    for (const QString &argument : paths) {
        const QFileInfo info(argument);
        if (info.isFile()) {
            const QString path = info.absoluteFilePath();
            files.append({path, argument, scopeOf(path)});
        } else if (info.isDir()) {
            const QString root = info.absoluteFilePath();
            const QString prefix = argument.endsWith(u'/') ? argument : argument + u'/';
            const QDir rootDir(root);
            const QString rootPrefix = root.endsWith(u'/') ? root : root + u'/';
            for (const FoundAgentFile &found : AgentFolderScanner::scan(root)) {
                // A folder inside .claude/agents or a plugin's agents/ holds files of that scope
                // even when the walk starts below the project or plugin.
                const AgentScope scope = found.scope == AgentScope::Folder ? scopeOf(found.path) : found.scope;
                // The scanner names files below `root` by it: the rest of the path is the relative one.
                const QString relative = found.path.startsWith(rootPrefix) ? found.path.mid(rootPrefix.size()) : rootDir.relativeFilePath(found.path);
                files.append({found.path, prefix + relative, scope});
            }
        } else if (missing) {
            missing->append(argument);
        }
    }
    return files;
}

std::optional<QVector<InputFile>> InputFiles::collectOrReport(const QStringList &paths, const QString &command, QTextStream &err)
{
    QStringList missing;
    QVector<InputFile> inputs = collect(paths, &missing);
    for (const QString &path : std::as_const(missing)) {
        // A pipe, socket or device is there, but holds no agent file to read and write back.
        err << (QFileInfo::exists(path) ? tr("agentry %1: %2: neither a file nor a folder") : tr("agentry %1: %2: no such file or folder"))
                   .arg(command, path)
            << '\n';
    }
    if (!missing.isEmpty())
        return std::nullopt;
    return inputs;
}

} // namespace Agentry
