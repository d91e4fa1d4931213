// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/matrixcommand.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/inputfiles.h"
#include "document/agentdocument.h"
#include "document/filewriter.h"
#include "matrix/matrixbaseline.h"
#include "matrix/matrixcomparison.h"
#include "matrix/matrixreport.h"
#include "runtime/runtimeprofile.h"
#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

namespace Agentry {

namespace {

enum class Format { Csv, Json, Html };

struct Options
{
    Format format = Format::Json;
    QString baseline; // `git:REV` or a folder; empty: no comparison
    QString client;
    QString output;   // empty: standard output
    QStringList paths;
};

// Nothing, with a message in `error`, when the arguments are not a valid matrix command.
std::optional<Options> parse(const QStringList &arguments, QString *error)
{
    Options options;
    ArgumentReader reader(arguments);
    while (reader.next()) {
        const QString &name = reader.name();
        if (name == QLatin1String("--format")) {
            const std::optional<QString> format = reader.value();
            if (format == QStringLiteral("csv"))
                options.format = Format::Csv;
            else if (format == QStringLiteral("json"))
                options.format = Format::Json;
            else if (format == QStringLiteral("html"))
                options.format = Format::Html;
            else {
                *error = MatrixCommand::tr("agentry matrix: --format takes csv, json or html");
                return std::nullopt;
            }
        } else if (name == QLatin1String("--client")) {
            const std::optional<QString> version = reader.clientVersion(QStringLiteral("agentry matrix"), error);
            if (!version)
                return std::nullopt;
            options.client = *version;
        } else if (name == QLatin1String("--baseline") || name == QLatin1String("--output")) {
            const std::optional<QString> value = reader.value();
            if (!value || value->isEmpty()) {
                *error = MatrixCommand::tr("agentry matrix: %1 needs a value").arg(name);
                return std::nullopt;
            }
            QString &target = name == QLatin1String("--baseline") ? options.baseline : options.output;
            target = *value;
        } else {
            *error = MatrixCommand::tr("agentry matrix: unknown option %1").arg(reader.argument());
            return std::nullopt;
        }
    }
    options.paths = reader.operands();
    if (options.paths.isEmpty()) {
        *error = MatrixCommand::tr("agentry matrix: name at least one agent file or folder");
        return std::nullopt;
    }
    // The baseline's files meet the current ones by their path in one folder.
    if (!options.baseline.isEmpty() && (options.paths.size() != 1 || !QFileInfo(options.paths.first()).isDir())) {
        *error = MatrixCommand::tr("agentry matrix: --baseline compares one folder; name exactly one");
        return std::nullopt;
    }
    return options;
}

// One file named on the command line, read on a worker thread.
struct Loaded
{
    InputFile input;
    MatrixReportAgent agent;
    QString error;
};

} // namespace

int MatrixCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<Options> options = parse(arguments, &error);
    if (!options) {
        err << error << '\n' << CommandLine::usage();
        return CommandLine::UsageError;
    }
    const std::optional<QVector<InputFile>> inputs = InputFiles::collectOrReport(options->paths, QStringLiteral("matrix"), err);
    if (!inputs)
        return CommandLine::UsageError;

    const RuntimeProfile &profile = RuntimeProfile::findOrLatest(options->client);
    const ToolCatalog &catalog = ToolCatalog::builtin();
    const RuntimeReader reader(profile);
    std::vector<Loaded> loaded(size_t(inputs->size()));
    for (int i = 0; i < inputs->size(); ++i)
        loaded[size_t(i)].input = inputs->at(i);
    QtConcurrent::blockingMap(loaded, [&reader, &catalog](Loaded &file) {
        const std::optional<QByteArray> bytes = AgentDocument::readBytes(file.input.path, &file.error);
        if (!bytes)
            return;
        const QString fileName = QFileInfo(file.input.path).fileName();
        const AgentReading reading = reader.read(*bytes, fileName);
        MatrixReportAgent &agent = file.agent;
        agent.file = file.input.shown;
        agent.name = reading.fields.value(QLatin1String("name")).toString();
        if (agent.name.isEmpty())
            agent.name = QFileInfo(fileName).completeBaseName();
        agent.grants = AgentGrants::read(reading, *bytes, catalog);
        agent.risk = AgentRisk::assess(agent.grants, catalog);
    });

    bool failed = false;
    QVector<MatrixReportAgent> agents;
    QVector<ComparedAgent> compared;
    const QString root = options->baseline.isEmpty() ? QString() : QFileInfo(options->paths.first()).absoluteFilePath();
    for (const Loaded &file : loaded) {
        if (!file.error.isEmpty()) {
            err << QStringLiteral("agentry matrix: ") << file.error << '\n';
            failed = true;
            continue;
        }
        agents.append(file.agent);
        if (!root.isEmpty())
            compared.append({QDir(root).relativeFilePath(file.input.path), file.agent.grants});
    }

    MatrixReport report(agents, catalog);
    if (!options->baseline.isEmpty()) {
        const std::optional<MatrixBaseline> baseline = MatrixBaseline::read(options->baseline, root, &error);
        if (!baseline) {
            err << QStringLiteral("agentry matrix: ") << error << '\n';
            return CommandLine::Failure;
        }
        MatrixComparison comparison(baseline->grants(profile, catalog), catalog);
        comparison.setAgents(compared);
        // Named the way the current files are: the folder as given, then the path in it.
        const QString &folder = options->paths.first();
        const QString prefix = folder.endsWith(u'/') ? folder : folder + u'/';
        QStringList deleted;
        for (const QString &path : comparison.deletedPaths())
            deleted.append(prefix + path);
        report.setBaseline(baseline->label(), comparison, deleted);
    }

    QByteArray bytes;
    switch (options->format) {
    case Format::Csv:
        bytes = report.csv();
        break;
    case Format::Json:
        bytes = report.json();
        break;
    case Format::Html:
        bytes = report.html(tr("Permission matrix of %1").arg(options->paths.join(QLatin1String(", "))));
        break;
    }
    if (options->output.isEmpty()) {
        out << QString::fromUtf8(bytes);
    } else {
        const QString written = FileWriter::write(options->output, bytes);
        if (!written.isEmpty()) {
            err << QStringLiteral("agentry matrix: ") << written << '\n';
            return CommandLine::Failure;
        }
    }
    return failed ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
