// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlereader.h"

#include "bundles/manifestcheck.h"
#include "bundles/safeextractor.h"
#include "document/createdfolders.h"
#include "document/filebatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace Agentry {

namespace {

const QString kManifestPath = QStringLiteral(".claude-plugin/plugin.json");
const QString kMarketplacePath = QStringLiteral(".claude-plugin/marketplace.json");

std::optional<QJsonObject> readJsonObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = BundleReader::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = BundleReader::tr("%1 is not a JSON object: %2").arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

// "file: warning" for each of `warnings`, the file named inside the bundle read.
QStringList inFile(const BundleContents &contents, const QString &file, const QStringList &warnings)
{
    const QString shown = QDir::toNativeSeparators(QDir(contents.root).relativeFilePath(file));
    QStringList result;
    for (const QString &warning : warnings)
        result.append(shown + QLatin1String(": ") + warning);
    return result;
}

// A plugin folder: its manifest (the folder's name stands in when it has none, as in the
// client) and its agents. Symbolic links are left out: the client does not follow them either.
std::optional<BundlePlugin> readPlugin(const QString &folder, const ManifestCheck &check, BundleContents &contents)
{
    BundlePlugin plugin;
    plugin.folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString manifestPath = plugin.folder + u'/' + kManifestPath;
    if (QFileInfo::exists(manifestPath)) {
        const std::optional<QJsonObject> object = readJsonObject(manifestPath, &contents.error);
        if (!object)
            return std::nullopt;
        plugin.manifest = PluginManifest::fromJson(*object);
        contents.warnings += inFile(contents, manifestPath, check.plugin(*object));
    }
    if (plugin.manifest.name.isEmpty())
        plugin.manifest.name = QFileInfo(plugin.folder).fileName();
    const QDir agents(plugin.folder + QLatin1String("/agents"));
    const QFileInfoList files = agents.entryInfoList({QStringLiteral("*.md")}, QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &file : files)
        plugin.agentFiles.append(file.absoluteFilePath());
    return plugin;
}

bool isPlugin(const QString &folder)
{
    return QFileInfo(folder + u'/' + kManifestPath).isFile() || QFileInfo(folder + QLatin1String("/agents")).isDir();
}

// The marketplace's plugins, by relative `source` only: a source leading outside the marketplace
// is refused, sources elsewhere (git, URLs) are listed in `skipped`.
void readMarketplace(const QString &root, const ManifestCheck &check, BundleContents &contents)
{
    const QString marketplacePath = root + u'/' + kMarketplacePath;
    const std::optional<QJsonObject> object = readJsonObject(marketplacePath, &contents.error);
    if (!object)
        return;
    contents.marketplaceName = object->value(QLatin1String("name")).toString();
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    const QJsonArray entries = object->value(QLatin1String("plugins")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        contents.warnings += inFile(contents, marketplacePath, check.entry(entry, QStringLiteral("plugins[%1]").arg(i)));
        const QString name = entry.value(QLatin1String("name")).toString();
        const QJsonValue source = entry.value(QLatin1String("source"));
        if (!source.isString()) {
            contents.skipped.append(BundleReader::tr("%1: its source is not a folder of this marketplace").arg(name));
            continue;
        }
        const QString relative = source.toString();
        const QString folder = QDir::cleanPath(root + u'/' + relative);
        const QString realFolder = QFileInfo(folder).canonicalFilePath();
        if (QDir::isAbsolutePath(relative) || relative.contains(QLatin1String("://"))
            || (!realFolder.isEmpty() && realFolder != realRoot && !realFolder.startsWith(realRoot + u'/'))
            || (folder != root && !folder.startsWith(root + u'/'))) {
            contents.error = BundleReader::tr("The marketplace entry \"%1\" has the source \"%2\", which leads outside the marketplace.").arg(name, relative);
            return;
        }
        if (!QFileInfo(folder).isDir()) {
            contents.error = BundleReader::tr("The marketplace entry \"%1\" has the source \"%2\", which is not a folder.").arg(name, relative);
            return;
        }
        std::optional<BundlePlugin> plugin = readPlugin(folder, check, contents);
        if (!plugin)
            return;
        if (plugin->manifest.name == QFileInfo(folder).fileName() && !name.isEmpty())
            plugin->manifest.name = name;
        contents.plugins.append(*plugin);
    }
}

// Reads the bundle in `root`, or in its only folder: zips often hold one folder of the same name.
void readFolder(const QString &root, const ManifestCheck &check, BundleContents &contents)
{
    QString folder = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const bool recognised = QFileInfo(folder + u'/' + kMarketplacePath).isFile() || isPlugin(folder);
    const QFileInfoList children = QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    if (!recognised && children.size() == 1 && children.first().isDir())
        folder = children.first().absoluteFilePath();
    contents.root = folder;
    if (QFileInfo(folder + u'/' + kMarketplacePath).isFile()) {
        readMarketplace(folder, check, contents);
    } else if (isPlugin(folder)) {
        std::optional<BundlePlugin> plugin = readPlugin(folder, check, contents);
        if (plugin)
            contents.plugins.append(*plugin);
    } else {
        contents.error = BundleReader::tr("%1 holds neither a plugin (%2 or agents/) nor a marketplace (%3).")
                             .arg(QDir::toNativeSeparators(root), kManifestPath, kMarketplacePath);
    }
    contents.ok = contents.error.isEmpty();
}

} // namespace

BundleContents BundleReader::read(const QString &path, const QString &extractTo, const ExtractionLimits &limits,
                                  const RuntimeProfile &profile)
{
    BundleContents contents;
    const ManifestCheck check(profile);
    const QFileInfo info(path);
    if (info.isDir()) {
        readFolder(path, check, contents);
        return contents;
    }
    if (!info.isFile()) {
        contents.error = tr("%1: no such file or folder").arg(QDir::toNativeSeparators(path));
        return contents;
    }
    contents.error = SafeExtractor::extract(path, extractTo, limits);
    if (contents.error.isEmpty())
        readFolder(extractTo, check, contents);
    return contents;
}

QStringList BundleReader::conflicts(const QStringList &agentFiles, const QString &agentsFolder)
{
    QStringList result;
    for (const QString &file : agentFiles) {
        if (QFileInfo::exists(QDir(agentsFolder).filePath(QFileInfo(file).fileName())))
            result.append(file);
    }
    return result;
}

QString BundleReader::copyAgents(const QStringList &agentFiles, const QString &agentsFolder, const QStringList &overwrite, QStringList *copied)
{
    // Everything is checked before the first file is written.
    QStringList refused;
    for (const QString &file : conflicts(agentFiles, agentsFolder)) {
        if (!overwrite.contains(file))
            refused.append(QFileInfo(file).fileName());
    }
    if (!refused.isEmpty())
        return tr("%1 already holds %2; choose which to replace.").arg(QDir::toNativeSeparators(agentsFolder), refused.join(QLatin1String(", ")));
    QSet<QString> names;
    for (const QString &file : agentFiles) {
        const QString name = QFileInfo(file).fileName();
        if (names.contains(name.toLower()))
            return tr("Two of the agents to copy are called %1; copy them one at a time.").arg(name);
        names.insert(name.toLower());
    }
    CreatedFolders folders;
    if (!folders.make(agentsFolder))
        return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(agentsFolder));
    // All or nothing: a failure partway takes back the copies made before it.
    FileBatch batch;
    QStringList targets;
    for (const QString &file : agentFiles) {
        const QString target = QDir(agentsFolder).filePath(QFileInfo(file).fileName());
        QFile in(file);
        const QString error = in.open(QIODevice::ReadOnly) ? batch.write(target, in.readAll())
                                                           : tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), in.errorString());
        if (!error.isEmpty()) {
            const QString notRestored = batch.rollBack();
            return notRestored.isEmpty() ? tr("%1\nNo agent was copied; %2 is as it was.").arg(error, QDir::toNativeSeparators(agentsFolder))
                                         : tr("%1\nPutting %2 back as it was failed too:\n%3").arg(error, QDir::toNativeSeparators(agentsFolder), notRestored);
        }
        targets.append(target);
    }
    folders.keep();
    if (copied)
        *copied += targets;
    return {};
}

} // namespace Agentry
