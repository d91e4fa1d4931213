// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/importcommand.h"

#include "bundles/bundlereader.h"
#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "runtime/runtimeprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace Agentry {

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString into;
    QString client;
    ArgumentReader reader(arguments);
    while (reader.next()) {
        if (reader.name() == QLatin1String("--client")) {
            QString error;
            const std::optional<QString> version = reader.clientVersion(QStringLiteral("agentry import"), &error);
            if (!version)
                return CommandLine::usageError(err, error);
            client = *version;
            continue;
        }
        const std::optional<QString> value = reader.name() == QLatin1String("--into") ? reader.value() : std::nullopt;
        if (!value)
            return CommandLine::usageError(err, reader.unknownOption(QStringLiteral("agentry import")));
        into = *value;
    }
    const QStringList &paths = reader.operands();
    if (paths.size() != 1)
        return CommandLine::usageError(err, tr("agentry import: name one plugin folder, marketplace folder or .zip"));

    // A zip is unpacked into a folder of its own that goes away when the command ends.
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        err << tr("agentry import: cannot create a temporary folder: %1").arg(scratch.errorString()) << '\n';
        return CommandLine::Failure;
    }
    const BundleContents contents = BundleReader::read(paths.first(), scratch.filePath(QStringLiteral("bundle")), {},
                                                       RuntimeProfile::findOrLatest(client));
    if (!contents.ok) {
        err << QStringLiteral("agentry import: ") << contents.error << '\n';
        return CommandLine::Failure;
    }
    if (!contents.marketplaceName.isEmpty())
        out << tr("Marketplace %1").arg(contents.marketplaceName) << '\n';
    QStringList agentFiles;
    for (const BundlePlugin &plugin : contents.plugins) {
        const QString version = plugin.manifest.version.isEmpty() ? QString() : QLatin1Char(' ') + plugin.manifest.version;
        out << tr("Plugin %1%2: %n agent(s)", nullptr, int(plugin.agentFiles.size())).arg(plugin.manifest.name, version) << '\n';
        for (const QString &file : plugin.agentFiles)
            out << QStringLiteral("  agents/") << QFileInfo(file).fileName() << '\n';
        agentFiles += plugin.agentFiles;
    }
    for (const QString &skipped : contents.skipped)
        out << tr("Skipped %1").arg(skipped) << '\n';
    for (const QString &warning : contents.warnings)
        err << tr("warning: %1").arg(warning) << '\n';
    if (into.isEmpty())
        return CommandLine::Success;

    QStringList copied;
    const QString error = BundleReader::copyAgents(agentFiles, into, {}, &copied);
    if (!error.isEmpty()) {
        err << QStringLiteral("agentry import: ") << error << '\n';
        return CommandLine::Failure;
    }
    out << tr("Copied %n agent(s) into %1", nullptr, int(copied.size())).arg(QDir::toNativeSeparators(into)) << '\n';
    return CommandLine::Success;
}

} // namespace Agentry
