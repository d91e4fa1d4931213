// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/matrixcommand.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/inputarguments.h"
#include "document/agentdocument.h"
#include "document/filewriter.h"
#include "matrix/matrixbaseline.h"
#include "matrix/matrixcomparison.h"
#include "matrix/matrixreport.h"
#include "runtime/displayname.h"
#include "runtime/runtimeprofile.h"
#include "runtime/toolcatalog.h"
#include "validation/agentvalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

namespace Agentry {

namespace {

enum class Format { Csv, Json, Html };

// matrix's own options.
struct Options
{
    Format format = Format::Json;
    QString baseline; // `git:REV` or a folder; empty: no comparison
    QString output;   // empty: standard output
};

InputArguments::Option readOption(ArgumentReader &reader, Options &options, QString *error)
{
    const QString &name = reader.name();
    if (name == QLatin1String("--format")) {
        const std::optional<Format> format = reader.choice<Format>(
            {{QLatin1String("csv"), Format::Csv}, {QLatin1String("json"), Format::Json}, {QLatin1String("html"), Format::Html}});
        if (!format) {
            *error = MatrixCommand::tr("agentry matrix: --format takes csv, json or html");
            return InputArguments::Option::Refused;
        }
        options.format = *format;
        return InputArguments::Option::Taken;
    }
    if (name != QLatin1String("--baseline") && name != QLatin1String("--output"))
        return InputArguments::Option::Unknown;
    const std::optional<QString> value = reader.value();
    if (!value || value->isEmpty()) {
        *error = MatrixCommand::tr("agentry matrix: %1 needs a value").arg(name);
        return InputArguments::Option::Refused;
    }
    QString &target = name == QLatin1String("--baseline") ? options.baseline : options.output;
    target = *value;
    return InputArguments::Option::Taken;
}

// The baseline's files meet the current ones by their path in one folder. No PATH at all is
// left to the message every subcommand gives.
QString checkBaseline(const Options &options, const QStringList &paths)
{
    if (options.baseline.isEmpty() || paths.isEmpty() || (paths.size() == 1 && QFileInfo(paths.first()).isDir()))
        return {};
    return MatrixCommand::tr("agentry matrix: --baseline compares one folder; name exactly one");
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
    Options options;
    const std::optional<InputArguments> input = InputArguments::read(
        arguments,
        {.command = QStringLiteral("matrix"),
         .client = InputArguments::Client::Taken,
         .takesRuntime = true,
         .readOption = [&options](ArgumentReader &reader, QString *error) { return readOption(reader, options, error); },
         .check = [&options](const QStringList &paths) { return checkBaseline(options, paths); }},
        err);
    if (!input)
        return CommandLine::UsageError;

    const RuntimeProfile &profile = input->profile();
    const ToolCatalog &catalog = ToolCatalog::builtin();
    // Each file is read by its runtime, as check reads it.
    const AgentValidator validator(profile, catalog, input->runtime);
    std::vector<Loaded> loaded(size_t(input->files.size()));
    for (int i = 0; i < input->files.size(); ++i)
        loaded[size_t(i)].input = input->files.at(i);
    QtConcurrent::blockingMap(loaded, [&validator, &catalog](Loaded &file) {
        const std::optional<QByteArray> bytes = AgentDocument::readBytes(file.input.path, &file.error);
        if (!bytes)
            return;
        const QString fileName = QFileInfo(file.input.path).fileName();
        const AgentReading reading = validator.read(file.input.path, *bytes, file.input.scope);
        MatrixReportAgent &agent = file.agent;
        agent.file = file.input.shown;
        agent.name = displayName(reading, *bytes, fileName);
        agent.grants = AgentGrants::read(reading, *bytes, catalog);
        agent.risk = AgentRisk::assess(agent.grants, catalog);
    });

    bool failed = false;
    QVector<MatrixReportAgent> agents;
    QVector<ComparedAgent> compared;
    const QString root = options.baseline.isEmpty() ? QString() : QFileInfo(input->paths.first()).absoluteFilePath();
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
    if (!options.baseline.isEmpty()) {
        QString error;
        const std::optional<MatrixBaseline> baseline = MatrixBaseline::read(options.baseline, root, &error);
        if (!baseline) {
            err << QStringLiteral("agentry matrix: ") << error << '\n';
            return CommandLine::Failure;
        }
        MatrixComparison comparison(baseline->grants(profile, catalog), catalog);
        comparison.setAgents(compared);
        // Named the way the current files are: the folder as given, then the path in it.
        const QString &folder = input->paths.first();
        const QString prefix = folder.endsWith(u'/') ? folder : folder + u'/';
        QStringList deleted;
        for (const QString &path : comparison.deletedPaths())
            deleted.append(prefix + path);
        report.setBaseline(baseline->label(), comparison, deleted);
    }

    QByteArray bytes;
    switch (options.format) {
    case Format::Csv:
        bytes = report.csv();
        break;
    case Format::Json:
        bytes = report.json();
        break;
    case Format::Html:
        bytes = report.html(tr("Permission matrix of %1").arg(input->paths.join(QLatin1String(", "))));
        break;
    }
    if (options.output.isEmpty()) {
        CommandLine::writeUtf8(out, bytes);
    } else {
        const QString written = FileWriter::write(options.output, bytes);
        if (!written.isEmpty()) {
            err << QStringLiteral("agentry matrix: ") << written << '\n';
            return CommandLine::Failure;
        }
    }
    return failed ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
