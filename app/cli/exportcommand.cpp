// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/exportcommand.h"

#include "bundles/bundlewriter.h"
#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/inputarguments.h"
#include "document/agentdocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

namespace Agentry {

namespace {

// "Jane Doe <jane@example.com> (https://example.com)", as package.json writes a person.
PluginPerson parsePerson(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([^<(]*?)\\s*(?:<([^>]*)>)?\\s*(?:\\(([^)]*)\\))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {text.trimmed(), {}, {}};
    return {match.captured(1).trimmed(), match.captured(2).trimmed(), match.captured(3).trimmed()};
}

InputArguments::Option readOption(ArgumentReader &reader, BundleRequest &request, QVector<Runtime> *runtimes, QString *error)
{
    const QString &name = reader.name();
    if (name == QLatin1String("--runtime")) {
        const std::optional<QString> id = reader.value();
        if (id == QLatin1String("all")) {
            *runtimes = Runtimes::all();
            return InputArguments::Option::Taken;
        }
        std::optional<Runtime> runtime = id ? Runtimes::fromId(*id) : std::nullopt;
        if (!runtime) {
            QStringList ids;
            for (const Runtime r : Runtimes::all())
                ids.append(Runtimes::id(r));
            *error = ExportCommand::tr("agentry export: --runtime takes all or one of %1").arg(ids.join(QLatin1String(", ")));
            return InputArguments::Option::Refused;
        }
        if (!runtimes->contains(*runtime))
            runtimes->append(*runtime);
        return InputArguments::Option::Taken;
    }
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
        return InputArguments::Option::Taken;
    }
    if (name == QLatin1String("--overwrite") && reader.isFlag()) {
        request.overwrite = true;
        return InputArguments::Option::Taken;
    }
    if (!texts.contains(name) && name != QLatin1String("--author") && name != QLatin1String("--keyword"))
        return InputArguments::Option::Unknown;
    const std::optional<QString> text = reader.value();
    if (!text) {
        *error = ExportCommand::tr("agentry export: %1 needs a value").arg(name);
        return InputArguments::Option::Refused;
    }
    if (name == QLatin1String("--author"))
        request.manifest.author = parsePerson(*text);
    else if (name == QLatin1String("--keyword"))
        request.manifest.keywords.append(*text);
    else
        *texts.value(name) = *text;
    return InputArguments::Option::Taken;
}

// The options every export needs, whatever its agents: a usage error, or an empty string.
QString checkRequest(const BundleRequest &request)
{
    if (request.manifest.name.isEmpty())
        return ExportCommand::tr("agentry export: --name is required");
    if (request.outputPath.isEmpty() && request.marketplacePath.isEmpty())
        return ExportCommand::tr("agentry export: --out (or --marketplace) is required");
    return {};
}

} // namespace

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    BundleRequest request;
    QVector<Runtime> runtimes;
    const std::optional<InputArguments> input = InputArguments::read(
        arguments,
        {.command = QStringLiteral("export"),
         .client = InputArguments::Client::NotTaken,
         .readOption = [&request, &runtimes](ArgumentReader &reader, QString *error) { return readOption(reader, request, &runtimes, error); },
         .check = [&request](const QStringList &) { return checkRequest(request); }},
        err);
    if (!input)
        return CommandLine::UsageError;
    if (!runtimes.isEmpty())
        request.runtimes = runtimes;
    request.output = request.outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? BundleRequest::Output::Zip
                                                                                             : BundleRequest::Output::Folder;
    QString error;
    for (const InputFile &file : input->files) {
        const std::optional<QByteArray> bytes = AgentDocument::readBytes(file.path, &error);
        if (!bytes) {
            err << QStringLiteral("agentry export: ") << error << '\n';
            return CommandLine::Failure;
        }
        request.agents.append({file.shown, *bytes});
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
    QStringList names;
    for (const Runtime runtime : std::as_const(request.runtimes))
        names.append(Runtimes::name(runtime));
    out << tr("Exported %n agent(s) as %1 for %2 to %3:", nullptr, int(request.agents.size()))
               .arg(request.manifest.name, names.join(QLatin1String(", ")), destination)
        << '\n';
    for (const QString &file : result.writtenFiles)
        out << QStringLiteral("  ") << file << '\n';
    if (!result.sha256.isEmpty())
        out << QStringLiteral("SHA-256: ") << result.sha256 << '\n';
    return CommandLine::Success;
}

} // namespace Agentry
