// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/exportcommand.h"

#include "bundles/bundlewriter.h"
#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/inputfiles.h"
#include "document/agentdocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

namespace Agentry {

namespace {

struct Options
{
    BundleRequest request;
    QStringList paths;
};

// "Jane Doe <jane@example.com> (https://example.com)", as package.json writes a person.
PluginPerson parsePerson(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([^<(]*?)\\s*(?:<([^>]*)>)?\\s*(?:\\(([^)]*)\\))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {text.trimmed(), {}, {}};
    return {match.captured(1).trimmed(), match.captured(2).trimmed(), match.captured(3).trimmed()};
}

std::optional<Options> parse(const QStringList &arguments, QString *error)
{
    Options options;
    BundleRequest &request = options.request;
    ArgumentReader reader(arguments);
    while (reader.next()) {
        const QString &name = reader.name();
        const QHash<QString, QString *> texts{
            {QStringLiteral("--name"), &request.manifest.name},
            {QStringLiteral("--version"), &request.manifest.version},
            {QStringLiteral("--description"), &request.manifest.description},
            {QStringLiteral("--license"), &request.manifest.license},
            {QStringLiteral("--homepage"), &request.manifest.homepage},
            {QStringLiteral("--repository"), &request.manifest.repository},
            {QStringLiteral("--marketplace"), &request.marketplacePath},
            {QStringLiteral("--marketplace-name"), &request.marketplaceName},
            {QStringLiteral("--out"), &request.outputPath},
        };
        if (name == QLatin1String("--accept-warnings") && reader.isFlag()) {
            request.acceptWarnings = true;
        } else if (name == QLatin1String("--overwrite") && reader.isFlag()) {
            request.overwrite = true;
        } else if (texts.contains(name) || name == QLatin1String("--author") || name == QLatin1String("--keyword")) {
            const std::optional<QString> text = reader.value();
            if (!text) {
                *error = ExportCommand::tr("agentry export: %1 needs a value").arg(name);
                return std::nullopt;
            }
            if (name == QLatin1String("--author"))
                request.manifest.author = parsePerson(*text);
            else if (name == QLatin1String("--keyword"))
                request.manifest.keywords.append(*text);
            else
                *texts.value(name) = *text;
        } else {
            *error = ExportCommand::tr("agentry export: unknown option %1").arg(reader.argument());
            return std::nullopt;
        }
    }
    options.paths = reader.operands();
    if (request.manifest.name.isEmpty()) {
        *error = ExportCommand::tr("agentry export: --name is required");
        return std::nullopt;
    }
    if (request.outputPath.isEmpty() && request.marketplacePath.isEmpty()) {
        *error = ExportCommand::tr("agentry export: --out (or --marketplace) is required");
        return std::nullopt;
    }
    if (options.paths.isEmpty()) {
        *error = ExportCommand::tr("agentry export: name at least one agent file or folder");
        return std::nullopt;
    }
    request.output = request.outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? BundleRequest::Output::Zip
                                                                                             : BundleRequest::Output::Folder;
    return options;
}

} // namespace

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString error;
    std::optional<Options> options = parse(arguments, &error);
    if (!options) {
        err << error << '\n' << CommandLine::usage();
        return CommandLine::UsageError;
    }
    const std::optional<QVector<InputFile>> inputs = InputFiles::collectOrReport(options->paths, QStringLiteral("export"), err);
    if (!inputs)
        return CommandLine::UsageError;
    BundleRequest &request = options->request;
    for (const InputFile &input : *inputs) {
        const std::optional<QByteArray> bytes = AgentDocument::readBytes(input.path, &error);
        if (!bytes) {
            err << QStringLiteral("agentry export: ") << error << '\n';
            return CommandLine::Failure;
        }
        request.agents.append({input.shown, *bytes});
    }

    const BundleResult result = BundleWriter::write(request);
    for (const BundleFinding &finding : result.findingsOf(Severity::Error))
        err << tr("error: %1").arg(finding.text()) << '\n';
    for (const BundleFinding &finding : result.findingsOf(Severity::Warning))
        err << tr("warning: %1").arg(finding.text()) << '\n';
    if (!result.ok) {
        err << QStringLiteral("agentry export: ") << result.error << '\n';
        return CommandLine::Failure;
    }
    const QString destination = request.marketplacePath.isEmpty() ? request.outputPath : request.marketplacePath;
    out << tr("Exported %n agent(s) as the plugin %1 to %2:", nullptr, int(request.agents.size())).arg(request.manifest.name, destination) << '\n';
    for (const QString &file : result.writtenFiles)
        out << QStringLiteral("  ") << file << '\n';
    if (!result.sha256.isEmpty())
        out << QStringLiteral("SHA-256: ") << result.sha256 << '\n';
    return CommandLine::Success;
}

} // namespace Agentry
