// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlewriter.h"

#include "bundles/bundlereadme.h"
#include "bundles/licensefile.h"
#include "bundles/marketplacefile.h"
#include "bundles/pluginicon.h"
#include "bundles/portablepath.h"
#include "bundles/runtimebundle.h"
#include "bundles/ziparchivewriter.h"
#include "conversion/agentconverter.h"
#include "document/createdfolders.h"
#include "document/filewriter.h"
#include "text/frontmattersplitter.h"
#include "validation/agentvalidator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

namespace Agentry {

namespace {

const QString kManifestPath = QStringLiteral(".claude-plugin/plugin.json");
const QString kMarketplacePath = QStringLiteral(".claude-plugin/marketplace.json");

// What an export will write, worked out (and checked) before anything is written.
struct Plan
{
    BundleResult result;
    QString pluginFolder;             // absolute; Output::Folder
    QString writtenPrefix;            // before the plugin's files in writtenFiles: "plugins/x/" in a marketplace
    QMap<QString, QByteArray> files;  // the plugin's, relative to it, sorted
    QString marketplaceFile;          // absolute; empty without a marketplace
    QByteArray marketplaceRead;       // what it held when planned: an outside change since is not overwritten
    QByteArray marketplaceText;
};

QString withSlash(const QString &folder)
{
    return folder.endsWith(u'/') ? folder : folder + u'/';
}

void addLicense(const PluginManifest &manifest, const QString &prefix, Plan &plan)
{
    // Without an author the bundle's name stands for its holders, in English like the license.
    const QString holder = manifest.author.name.isEmpty() ? QStringLiteral("The %1 authors").arg(manifest.name) : manifest.author.name;
    const QByteArray license = LicenseFile::text(manifest.license, LicenseFile::currentYear(), holder);
    if (!license.isEmpty())
        plan.files.insert(prefix + QStringLiteral("LICENSE"), license);
}

// The gate of a Claude Code plugin: each agent read and checked as a plugin agent, named, and
// its name checked against the others'. Fills the README's agents (by name) and the plugin's
// files of `plan`, under `prefix`.
void checkAgents(const BundleRequest &request, const QString &prefix, Plan &plan)
{
    const AgentValidator validator;
    QMap<QString, BundleReadme::Agent> byFileName; // lower-cased file name → agent: one file system may ignore case
    QMap<QString, QString> sourceOf;
    int failing = 0;
    for (const BundleAgent &agent : request.agents) {
        AgentText text;
        text.bytes = agent.bytes;
        text.facts = TextFacts::scan(agent.bytes);
        text.block = FrontmatterSplitter::split(agent.bytes);
        const QString sourceName = QFileInfo(agent.sourcePath).fileName();
        const AgentFindings result = validator.validate(QStringLiteral("agents/") + sourceName, text, AgentScope::Plugin, RuleContext::Fixes::Skip);
        const QVector<BundleFinding> findings = BundleFinding::gate(agent.sourcePath, result.diagnostics);
        plan.result.findings += findings;
        bool blocked = std::any_of(findings.cbegin(), findings.cend(), [](const BundleFinding &f) { return f.severity == Severity::Error; });
        // The name the plugin loader gives the agent; a file it does not read at all (too
        // large) has none, and is named after its file.
        QString name = result.reading.plugin.name;
        if (name.isEmpty())
            name = QFileInfo(sourceName).completeBaseName();
        const QString fileName = name + QLatin1String(".md");
        if (!PortablePath::isValidSegment(fileName)) {
            plan.result.findings.append(
                {agent.sourcePath, Severity::Error,
                 BundleWriter::tr("the name \"%1\" cannot be a file name on every system; rename the agent.").arg(name)});
            blocked = true;
        } else if (const auto other = sourceOf.constFind(fileName.toLower()); other != sourceOf.cend()) {
            plan.result.findings.append({agent.sourcePath, Severity::Error,
                                         BundleWriter::tr("%1 is also named \"%2\"; one plugin cannot hold two agents of one "
                                                          "name (and agents/%3 cannot hold both). Rename one or leave it out.")
                                             .arg(*other, name, fileName)});
            blocked = true;
        } else {
            sourceOf.insert(fileName.toLower(), agent.sourcePath);
            byFileName.insert(fileName.toLower(), {name, QStringLiteral("agents/") + fileName, result.reading, agent.bytes});
        }
        failing += blocked ? 1 : 0;
    }
    if (failing > 0) {
        plan.result.error = BundleWriter::tr("%n agent(s) cannot be exported; fix them or leave them out.", nullptr, failing);
        return;
    }
    QVector<BundleReadme::Agent> agents;
    for (const BundleReadme::Agent &agent : std::as_const(byFileName))
        agents.append(agent);
    for (const BundleReadme::Agent &agent : agents)
        plan.files.insert(prefix + agent.path, agent.bytes);
    PluginManifest manifest = request.manifest;
    const QByteArray icon = request.icon.isEmpty() ? PluginIcon::generated(manifest.name) : request.icon;
    manifest.icon = QStringLiteral("assets/icon.") + PluginIcon::suffix(icon);
    plan.files.insert(prefix + manifest.icon, icon);
    plan.files.insert(prefix + kManifestPath, manifest.toJsonText());
    plan.files.insert(prefix + QStringLiteral("README.md"), BundleReadme::text(manifest, agents));
    addLicense(request.manifest, prefix, plan);
}

// The gate of a bundle for another runtime: each agent converted, its findings the gate's
// (notes aside). Fills the bundle's files of `plan`, under `prefix`.
void convertAgents(const BundleRequest &request, Runtime runtime, const QString &prefix, Plan &plan)
{
    const QString problem = RuntimeBundle::manifestProblem(runtime, request.manifest);
    if (!problem.isEmpty()) {
        plan.result.error = problem;
        return;
    }
    const AgentConverter converter(runtime);
    const AgentValidator validator;
    QSet<QString> taken;
    QVector<BundleReadme::Agent> agents;
    int failing = 0;
    for (const BundleAgent &agent : request.agents) {
        const AgentConversion conversion = converter.convert(agent.sourcePath, agent.bytes, AgentScope::Plugin, std::nullopt, &taken);
        for (const ConversionFinding &finding : conversion.findings) {
            if (finding.severity == Severity::Info)
                continue;
            // Named after the runtime, unless the message names it already.
            const QString name = Runtimes::name(runtime);
            const QString message = finding.message.contains(name) ? finding.message : QStringLiteral("%1: %2").arg(name, finding.message);
            plan.result.findings.append({agent.sourcePath, finding.severity, message});
        }
        if (!conversion.isConverted() || conversion.hasErrors()) {
            ++failing;
            continue;
        }
        const QString path = RuntimeBundle::agentPath(runtime, conversion.name);
        const AgentReading reading = validator.read(QStringLiteral("/bundle/") + conversion.relativePath, conversion.bytes, AgentScope::Project, runtime);
        agents.append({conversion.name, path, reading, conversion.bytes});
        plan.files.insert(prefix + path, conversion.bytes);
    }
    if (failing > 0) {
        plan.result.error = BundleWriter::tr("%n agent(s) cannot be exported; fix them or leave them out.", nullptr, failing);
        return;
    }
    if (const QString manifest = RuntimeBundle::manifestPath(runtime); !manifest.isEmpty())
        plan.files.insert(prefix + manifest, RuntimeBundle::manifestText(runtime, request.manifest));
    plan.files.insert(prefix + QStringLiteral("README.md"), BundleReadme::text(request.manifest, agents, runtime));
    addLicense(request.manifest, prefix, plan);
}

// The folder of `runtime`'s bundle within the export: none for one runtime, its id for several.
QString prefixOf(const BundleRequest &request, Runtime runtime)
{
    return request.runtimes.size() > 1 ? Runtimes::id(runtime) + u'/' : QString();
}

// The file that marks a folder as a bundle of this kind, which alone may be replaced.
QString markerOf(const BundleRequest &request)
{
    const Runtime first = request.runtimes.value(0, Runtime::ClaudeCode);
    return prefixOf(request, first) + RuntimeBundle::markerPath(first);
}

// Where the plugin goes and what the marketplace becomes; an error when the output would
// replace what it must not.
QString planOutput(const BundleRequest &request, Plan &plan)
{
    const PluginManifest &manifest = request.manifest;
    if (!request.marketplacePath.isEmpty()) {
        if (request.runtimes != QVector<Runtime>{Runtime::ClaudeCode})
            return BundleWriter::tr("A marketplace lists Claude Code plugins: export for Claude Code alone to add it to a marketplace.");
        if (request.output == BundleRequest::Output::Zip)
            return BundleWriter::tr("A marketplace lists plugin folders, not .zip files: export a folder to add it to a marketplace.");
        const QString marketplace = QDir::cleanPath(QFileInfo(request.marketplacePath).absoluteFilePath());
        plan.pluginFolder = request.outputPath.isEmpty() ? marketplace + QLatin1String("/plugins/") + manifest.name
                                                         : QDir::cleanPath(QFileInfo(request.outputPath).absoluteFilePath());
        if (!plan.pluginFolder.startsWith(withSlash(marketplace)))
            return BundleWriter::tr("The plugin folder %1 must lie inside the marketplace folder %2: marketplaces list their plugins by relative path.")
                .arg(QDir::toNativeSeparators(plan.pluginFolder), QDir::toNativeSeparators(marketplace));
        const QString relative = QDir(marketplace).relativeFilePath(plan.pluginFolder);
        plan.writtenPrefix = withSlash(relative);
        plan.marketplaceFile = marketplace + u'/' + kMarketplacePath;
        const MarketplaceEntry entry{manifest.name, QLatin1String("./") + relative, manifest.description, manifest.version};
        if (QFileInfo::exists(plan.marketplaceFile)) {
            QFile file(plan.marketplaceFile);
            if (!file.open(QIODevice::ReadOnly))
                return BundleWriter::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(plan.marketplaceFile), file.errorString());
            QString error;
            plan.marketplaceRead = file.readAll();
            const std::optional<QByteArray> text = MarketplaceFile::update(plan.marketplaceRead, entry, &error);
            if (!text)
                return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(plan.marketplaceFile), error);
            plan.marketplaceText = *text;
        } else {
            const QString name = request.marketplaceName.isEmpty() ? QFileInfo(marketplace).fileName() : request.marketplaceName;
            const QString problem = PluginManifest::nameProblem(name);
            if (!problem.isEmpty())
                return BundleWriter::tr("The marketplace name \"%1\" is not valid: %2").arg(name, problem);
            const PluginPerson owner = request.marketplaceOwner.isEmpty() ? manifest.author : request.marketplaceOwner;
            const QString description = request.marketplaceDescription.isEmpty() ? manifest.description : request.marketplaceDescription;
            plan.marketplaceText = MarketplaceFile::create(name, description, owner, entry);
        }
    } else if (request.outputPath.isEmpty()) {
        return BundleWriter::tr("Choose where to write the plugin.");
    } else {
        plan.pluginFolder = QDir::cleanPath(QFileInfo(request.outputPath).absoluteFilePath());
    }

    const QFileInfo target(plan.pluginFolder);
    const QString shown = QDir::toNativeSeparators(plan.pluginFolder);
    if (request.output == BundleRequest::Output::Zip) {
        if (target.isDir())
            return BundleWriter::tr("%1 is a folder; name the .zip file to write.").arg(shown);
        if (target.exists() && !request.overwrite)
            return BundleWriter::tr("%1 exists; choose another file or allow overwriting it.").arg(shown);
        return {};
    }
    if (target.exists() && !target.isDir())
        return BundleWriter::tr("%1 exists and is not a folder.").arg(shown);
    if (target.isDir() && !QDir(plan.pluginFolder).isEmpty()) {
        if (!request.overwrite)
            return BundleWriter::tr("%1 exists and is not empty; choose another folder or allow replacing it.").arg(shown);
        const QString marker = markerOf(request);
        if (!QFileInfo::exists(QDir(plan.pluginFolder).filePath(marker)))
            return BundleWriter::tr("%1 is not a bundle folder (it has no %2); Agentry replaces only a bundle it wrote before.").arg(shown, marker);
    }
    return {};
}

Plan makePlan(const BundleRequest &request)
{
    Plan plan;
    const QString nameProblem = PluginManifest::nameProblem(request.manifest.name);
    const QString versionProblem = PluginManifest::versionProblem(request.manifest.version);
    if (!nameProblem.isEmpty())
        plan.result.error = nameProblem;
    else if (!versionProblem.isEmpty())
        plan.result.error = versionProblem;
    else if (request.agents.isEmpty())
        plan.result.error = BundleWriter::tr("Choose at least one agent to export.");
    else if (request.runtimes.isEmpty())
        plan.result.error = BundleWriter::tr("Choose at least one runtime to export for.");
    else if (!request.icon.isEmpty() && !PluginIcon::problem(request.icon).isEmpty())
        plan.result.error = PluginIcon::problem(request.icon);
    else
        plan.result.error = planOutput(request, plan);
    if (!plan.result.error.isEmpty())
        return plan;

    for (const Runtime runtime : request.runtimes) {
        if (runtime == Runtime::ClaudeCode)
            checkAgents(request, prefixOf(request, runtime), plan);
        else
            convertAgents(request, runtime, prefixOf(request, runtime), plan);
        if (!plan.result.error.isEmpty())
            return plan;
    }
    if (request.runtimes.size() > 1)
        plan.files.insert(QStringLiteral("README.md"), BundleReadme::overview(request.manifest, request.runtimes, int(request.agents.size())));
    if (request.manifest.author.isEmpty() && request.runtimes.contains(Runtime::ClaudeCode))
        plan.result.findings.append(
            {{}, Severity::Warning, BundleWriter::tr("The plugin names no author; Claude Code's validator warns about that.")});
    if (request.manifest.license.isEmpty() && request.runtimes.contains(Runtime::ClaudeCode))
        plan.result.findings.append({{}, Severity::Warning,
                                     BundleWriter::tr("The plugin names no license; the plugin directory requires one (LICENSE_MISSING).")});
    if (!plan.result.error.isEmpty())
        return plan;
    const qsizetype warnings = plan.result.findingsOf(Severity::Warning).size();
    if (warnings > 0 && !request.acceptWarnings) {
        plan.result.error = BundleWriter::tr("The export has %n warning(s); accept them to export anyway.", nullptr, int(warnings));
        return plan;
    }
    for (auto it = plan.files.cbegin(); it != plan.files.cend(); ++it)
        plan.result.writtenFiles.append(plan.writtenPrefix + it.key());
    if (!plan.marketplaceFile.isEmpty())
        plan.result.writtenFiles.append(kMarketplacePath);
    plan.result.writtenFiles.sort();
    plan.result.ok = true;
    return plan;
}

BundleResult cancelled()
{
    BundleResult result;
    result.error = BundleWriter::tr("The export was cancelled; nothing was written.");
    return result;
}

BundleResult failed(const QString &error)
{
    BundleResult result;
    result.error = error;
    return result;
}

BundleResult writeZip(const Plan &plan, const std::function<bool(int, int)> &progress)
{
    const int total = int(plan.files.size()) + 1;
    ZipArchiveWriter zip;
    int done = 0;
    for (auto it = plan.files.cbegin(); it != plan.files.cend(); ++it) {
        zip.add(it.key(), it.value());
        if (progress && !progress(++done, total))
            return cancelled();
    }
    QString error;
    const std::optional<QByteArray> bytes = zip.finish(&error);
    if (!bytes)
        return failed(error);
    CreatedFolders folders;
    if (!folders.make(QFileInfo(plan.pluginFolder).absolutePath()))
        return failed(BundleWriter::tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(plan.pluginFolder)));
    error = FileWriter::write(plan.pluginFolder, *bytes);
    if (!error.isEmpty())
        return failed(error);
    folders.keep();
    BundleResult result = plan.result;
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    if (progress)
        progress(total, total);
    return result;
}

BundleResult writeFolder(const Plan &plan, const std::function<bool(int, int)> &progress)
{
    const int total = int(plan.files.size()) + (plan.marketplaceFile.isEmpty() ? 0 : 1);
    const QString parent = QFileInfo(plan.pluginFolder).absolutePath();
    CreatedFolders folders;
    if (!folders.make(parent))
        return failed(BundleWriter::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent)));
    // A hidden sibling, so that moving it in is one rename on the same file system.
    QTemporaryDir staging(parent + QLatin1String("/.") + QFileInfo(plan.pluginFolder).fileName() + QLatin1String(".agentry-XXXXXX"));
    if (!staging.isValid())
        return failed(BundleWriter::tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(parent), staging.errorString()));
    int done = 0;
    for (auto it = plan.files.cbegin(); it != plan.files.cend(); ++it) {
        const QString path = staging.filePath(it.key());
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Named where the file was to land: the staging folder is hidden and goes away.
        if (const QString error = FileWriter::write(path, it.value()); !error.isEmpty())
            return failed(QString(error).replace(QDir::toNativeSeparators(staging.path()), QDir::toNativeSeparators(plan.pluginFolder)));
        if (progress && !progress(++done, total))
            return cancelled();
    }

    // The previous plugin moves aside until the new one and the marketplace are in place.
    const QString previous = staging.path() + QLatin1String(".previous");
    const bool existed = QFileInfo(plan.pluginFolder).isDir();
    const bool replacing = existed && !QDir(plan.pluginFolder).isEmpty();
    if (existed && !replacing)
        QDir().rmdir(plan.pluginFolder);
    if (replacing && !QDir().rename(plan.pluginFolder, previous))
        return failed(BundleWriter::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(plan.pluginFolder)));
    const auto restore = [&]() {
        if (replacing)
            QDir().rename(previous, plan.pluginFolder);
        else if (existed)
            QDir().mkdir(plan.pluginFolder);
    };
    if (!QDir().rename(staging.path(), plan.pluginFolder)) {
        restore();
        return failed(BundleWriter::tr("Cannot move the plugin into %1.").arg(QDir::toNativeSeparators(plan.pluginFolder)));
    }
    if (!plan.marketplaceFile.isEmpty()) {
        QString error;
        if (!folders.make(QFileInfo(plan.marketplaceFile).absolutePath()))
            error = BundleWriter::tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(plan.marketplaceFile));
        else
            error = FileWriter::replace(plan.marketplaceFile, plan.marketplaceRead, plan.marketplaceText);
        if (!error.isEmpty()) {
            QDir(plan.pluginFolder).removeRecursively();
            restore();
            return failed(error);
        }
    }
    staging.setAutoRemove(false); // it is the plugin folder now
    folders.keep();
    if (replacing)
        QDir(previous).removeRecursively();
    if (progress)
        progress(total, total);
    return plan.result;
}

} // namespace

QString BundleFinding::text() const
{
    if (path.isEmpty())
        return message;
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(path, message);
    return code.isEmpty() ? QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message)
                          : QStringLiteral("%1:%2: %3 [%4]").arg(path).arg(line).arg(message, code);
}

QVector<BundleFinding> BundleFinding::gate(const QString &path, const QVector<Diagnostic> &diagnostics)
{
    QVector<BundleFinding> findings;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity != Severity::Info)
            findings.append({path, d.severity, d.message, d.line, d.code});
    }
    return findings;
}

QVector<BundleFinding> BundleResult::findingsOf(Severity severity) const
{
    QVector<BundleFinding> found;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(found), [severity](const BundleFinding &f) { return f.severity == severity; });
    return found;
}

BundleResult BundleWriter::check(const BundleRequest &request)
{
    return makePlan(request).result;
}

BundleResult BundleWriter::write(const BundleRequest &request, const std::function<bool(int, int)> &progress)
{
    const Plan plan = makePlan(request);
    if (!plan.result.ok)
        return plan.result;
    return request.output == BundleRequest::Output::Zip ? writeZip(plan, progress) : writeFolder(plan, progress);
}

} // namespace Agentry
