// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/matrixbaseline.h"

#include "document/agentdocument.h"
#include "library/agentfolderscanner.h"
#include "validation/agentvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

namespace Agentry {

namespace {

const int kGitTimeout = 120000; // ms; a large repository's ls-tree and cat-file take seconds, not minutes

struct GitOutput
{
    int exitCode = 0;
    QByteArray out;
};

// Runs `git -C folder arguments…` with `input` on its standard input; nothing, with a message in
// `error`, when git cannot run or does not finish.
std::optional<GitOutput> runGit(const QString &folder, const QStringList &arguments, const QByteArray &input, QString *error)
{
    QProcess git;
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), folder} + arguments);
    if (!git.waitForStarted(kGitTimeout)) {
        *error = MatrixBaseline::tr("Cannot run git (%1): is it installed and on the PATH?").arg(git.errorString());
        return std::nullopt;
    }
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(kGitTimeout) || git.exitStatus() != QProcess::NormalExit) {
        git.kill();
        git.waitForFinished();
        *error = MatrixBaseline::tr("git %1 did not finish in %2").arg(arguments.first(), folder);
        return std::nullopt;
    }
    return GitOutput{git.exitCode(), git.readAllStandardOutput()};
}

// Whether a file of the tree can matter to AgentFolderScanner: a Markdown file, or a plugin's
// manifest, outside the folders it never enters. Keeps large repositories from being copied out.
bool mattersToScanner(const QString &path)
{
    const QStringList parts = path.split(u'/');
    for (int i = 0; i < parts.size() - 1; ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String("node_modules")
            || (part.startsWith(u'.') && part != QLatin1String(".claude") && part != QLatin1String(".claude-plugin")))
            return false;
    }
    const QString &name = parts.last();
    if (name.endsWith(QLatin1String(".md")) && !name.startsWith(u'.'))
        return true;
    return name == QLatin1String("plugin.json") && parts.size() >= 2 && parts.at(parts.size() - 2) == QLatin1String(".claude-plugin");
}

struct TreeFile
{
    QString path;  // relative to the folder git ran in
    QByteArray id; // the blob's object id
};

// The regular files of `git ls-tree -r -z` output that matter to the scanner. Symbolic links
// and submodules are left out: their blobs are not the files' text.
QVector<TreeFile> treeFiles(const QByteArray &listing)
{
    QVector<TreeFile> files;
    for (const QByteArray &entry : listing.split('\0')) {
        // "<mode> SP <type> SP <object> TAB <path>"
        const qsizetype tab = entry.indexOf('\t');
        if (tab < 0)
            continue;
        const QList<QByteArray> fields = entry.left(tab).split(' ');
        if (fields.size() != 3 || fields.at(1) != "blob" || (fields.at(0) != "100644" && fields.at(0) != "100755"))
            continue;
        const QString path = QString::fromUtf8(entry.mid(tab + 1));
        if (mattersToScanner(path))
            files.append({path, fields.at(2)});
    }
    return files;
}

// Splits `git cat-file --batch` output into the blobs' bytes, in request order; nothing when
// the output is not what was asked for.
std::optional<QVector<QByteArray>> batchBlobs(const QByteArray &output, int count)
{
    QVector<QByteArray> blobs;
    qsizetype at = 0;
    while (blobs.size() < count) {
        const qsizetype newline = output.indexOf('\n', at);
        if (newline < 0)
            return std::nullopt;
        const QList<QByteArray> header = output.mid(at, newline - at).split(' ');
        if (header.size() != 3 || header.at(1) != "blob")
            return std::nullopt;
        bool ok = false;
        const qsizetype size = header.at(2).toLongLong(&ok);
        if (!ok || newline + 1 + size > output.size())
            return std::nullopt;
        blobs.append(output.mid(newline + 1, size));
        at = newline + 1 + size + 1; // the blob is followed by a newline
    }
    return blobs;
}

} // namespace

std::optional<MatrixBaseline> MatrixBaseline::read(const QString &spec, const QString &folder, QString *error)
{
    if (spec.startsWith(QLatin1String("git:"))) {
        const QString revision = spec.mid(4);
        return fromGit(folder, revision.isEmpty() ? QStringLiteral("HEAD") : revision, error);
    }
    return fromFolder(spec, error);
}

std::optional<MatrixBaseline> MatrixBaseline::fromFolder(const QString &baselineFolder, QString *error)
{
    if (!QFileInfo(baselineFolder).isDir()) {
        *error = tr("The baseline %1 is not a folder").arg(baselineFolder);
        return std::nullopt;
    }
    MatrixBaseline baseline;
    baseline.m_label = baselineFolder;
    const QDir root(QDir(baselineFolder).absolutePath());
    for (const FoundAgentFile &found : AgentFolderScanner::scan(root.path())) {
        const std::optional<QByteArray> bytes = AgentDocument::readBytes(found.path, error);
        if (!bytes)
            return std::nullopt;
        baseline.m_files.insert(root.relativeFilePath(found.path), *bytes);
    }
    return baseline;
}

std::optional<MatrixBaseline> MatrixBaseline::fromGit(const QString &folder, const QString &revision, QString *error)
{
    if (!QFileInfo(folder).isDir()) {
        *error = tr("%1 is not a folder: a git baseline compares a folder").arg(folder);
        return std::nullopt;
    }
    const std::optional<GitOutput> top = runGit(folder, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, {}, error);
    if (!top)
        return std::nullopt;
    if (top->exitCode != 0) {
        *error = tr("%1 is not in a git repository").arg(folder);
        return std::nullopt;
    }
    const QString unknownRevision = tr("The repository of %1 has no revision %2").arg(folder, revision);
    if (revision.startsWith(u'-')) { // git would take it for an option
        *error = unknownRevision;
        return std::nullopt;
    }
    const QStringList verify{QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"), revision + QLatin1String("^{commit}")};
    const std::optional<GitOutput> commit = runGit(folder, verify, {}, error);
    if (!commit)
        return std::nullopt;
    if (commit->exitCode != 0) {
        *error = unknownRevision;
        return std::nullopt;
    }
    const QString sha = QString::fromLatin1(commit->out.trimmed());

    // Paths relative to the folder, as git prints them when it runs there.
    const QStringList listTree{QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("-z"), sha, QStringLiteral("--"), QStringLiteral(".")};
    const std::optional<GitOutput> listing = runGit(folder, listTree, {}, error);
    if (!listing)
        return std::nullopt;
    if (listing->exitCode != 0) {
        *error = tr("git cannot list the files of %1 at %2").arg(folder, revision);
        return std::nullopt;
    }
    const QVector<TreeFile> files = treeFiles(listing->out);
    QByteArray request;
    for (const TreeFile &file : files)
        request += file.id + '\n';
    const std::optional<GitOutput> contents = runGit(folder, {QStringLiteral("cat-file"), QStringLiteral("--batch")}, request, error);
    if (!contents)
        return std::nullopt;
    const std::optional<QVector<QByteArray>> blobs = contents->exitCode == 0 ? batchBlobs(contents->out, int(files.size())) : std::nullopt;
    if (!blobs) {
        *error = tr("git cannot read the files of %1 at %2").arg(folder, revision);
        return std::nullopt;
    }

    // The tree's shape written out, so that the scanner finds the agents exactly as it does in
    // a folder: project, plugin and loose agents alike. Agent files stay empty (their bytes are
    // at hand); only plugin manifests need theirs, for the plugin's name.
    const QTemporaryDir tree;
    if (!tree.isValid()) {
        *error = tr("Cannot create a temporary folder for %1 at %2: %3").arg(folder, revision, tree.errorString());
        return std::nullopt;
    }
    QHash<QString, QByteArray> bytesByPath;
    QSet<QString> folders;
    for (int i = 0; i < files.size(); ++i) {
        const QString path = tree.filePath(files.at(i).path);
        const QString parent = QFileInfo(path).absolutePath();
        if (!folders.contains(parent) && !QDir().mkpath(parent)) {
            *error = tr("Cannot create the temporary folder %1").arg(parent);
            return std::nullopt;
        }
        folders.insert(parent);
        // A scratch file that goes away with the folder: FileWriter's synced writes would only
        // make a large tree take seconds.
        const QByteArray content = path.endsWith(QLatin1String(".md")) ? QByteArray() : blobs->at(i);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        bytesByPath.insert(files.at(i).path, blobs->at(i));
    }
    MatrixBaseline baseline;
    baseline.m_label = QStringLiteral("git:") + revision;
    const QDir root(tree.path());
    for (const FoundAgentFile &found : AgentFolderScanner::scan(root.path())) {
        const QString path = root.relativeFilePath(found.path);
        baseline.m_files.insert(path, bytesByPath.value(path));
    }
    return baseline;
}

QHash<QString, AgentGrants> MatrixBaseline::grants(const RuntimeProfile &profile, const ToolCatalog &catalog) const
{
    // Each file is read by the runtime its folder in the baseline belongs to, as it is now.
    const AgentValidator validator(profile, catalog);
    QHash<QString, AgentGrants> grants;
    for (auto file = m_files.cbegin(); file != m_files.cend(); ++file) {
        const AgentReading reading = validator.read(QStringLiteral("/baseline/") + file.key(), file.value(), AgentScope::Project);
        grants.insert(file.key(), AgentGrants::read(reading, file.value(), catalog));
    }
    return grants;
}

} // namespace Agentry
