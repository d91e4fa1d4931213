// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/convertcommand.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/inputfiles.h"
#include "conversion/agentconverter.h"
#include "conversion/conversionwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Agentry {

namespace {

QJsonObject conversionJson(const AgentConversion &conversion, const InputFile &input, const QString &written, bool withText)
{
    QJsonArray findings;
    for (const ConversionFinding &finding : conversion.findings) {
        findings.append(QJsonObject{{QStringLiteral("severity"), QLatin1String(severityName(finding.severity))},
                                    {QStringLiteral("field"), finding.field},
                                    {QStringLiteral("message"), finding.message}});
    }
    QJsonObject object{
        {QStringLiteral("source"), input.shown},
        {QStringLiteral("from"), Runtimes::id(conversion.from)},
        {QStringLiteral("to"), Runtimes::id(conversion.to)},
        {QStringLiteral("source_name"), conversion.sourceName},
        {QStringLiteral("name"), conversion.name},
        {QStringLiteral("path"), conversion.relativePath},
        {QStringLiteral("converted"), conversion.isConverted() && !conversion.hasErrors()},
        {QStringLiteral("loads"), conversion.verdict.loads},
        {QStringLiteral("widened"), QJsonArray::fromStringList(conversion.widened)},
        {QStringLiteral("narrowed"), QJsonArray::fromStringList(conversion.narrowed)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("written"), written.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(written)},
    };
    if (withText && conversion.isConverted())
        object.insert(QStringLiteral("text"), QString::fromUtf8(conversion.bytes));
    return object;
}

void printText(const AgentConversion &conversion, const InputFile &input, bool withText, QTextStream &out)
{
    const QString state = !conversion.isConverted() || conversion.hasErrors() ? ConvertCommand::tr("not converted")
        : conversion.verdict.needsAcknowledging                               ? ConvertCommand::tr("loads once acknowledged")
                                                                              : ConvertCommand::tr("loads");
    out << ConvertCommand::tr("%1 → %2 (%3: %4)").arg(input.shown, conversion.relativePath.isEmpty() ? QStringLiteral("-") : conversion.relativePath,
                                                    Runtimes::name(conversion.to), state)
        << '\n';
    for (const ConversionFinding &finding : conversion.findings) {
        const QString field = finding.field.isEmpty() ? QString() : finding.field + QLatin1String(": ");
        out << QStringLiteral("  %1: %2%3").arg(QLatin1String(severityName(finding.severity)), field, finding.message) << '\n';
    }
    if (withText && conversion.isConverted() && !conversion.hasErrors()) {
        out << '\n';
        CommandLine::writeUtf8(out, conversion.bytes);
        if (!conversion.bytes.endsWith('\n'))
            out << '\n';
        out << '\n';
    }
}

} // namespace

int ConvertCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("agentry convert");
    std::optional<Runtime> to;
    std::optional<Runtime> from;
    QString outFolder;
    bool overwrite = false;
    bool json = false;
    ArgumentReader reader(arguments);
    while (reader.next()) {
        QString error;
        if (reader.name() == QLatin1String("--to") || reader.name() == QLatin1String("--from")) {
            if (!reader.runtime(command, reader.name() == QLatin1String("--to") ? &to : &from, &error, false))
                return CommandLine::usageError(err, error);
        } else if (reader.name() == QLatin1String("--overwrite") && reader.isFlag()) {
            overwrite = true;
        } else if (reader.name() == QLatin1String("--out")) {
            const std::optional<QString> value = reader.value();
            if (!value)
                return CommandLine::usageError(err, reader.unknownOption(command));
            outFolder = *value;
        } else if (reader.name() == QLatin1String("--format")) {
            const std::optional<bool> isJson = reader.choice<bool>({{QLatin1String("text"), false}, {QLatin1String("json"), true}});
            if (!isJson)
                return CommandLine::usageError(err, tr("%1: --format takes text or json").arg(command));
            json = *isJson;
        } else {
            return CommandLine::usageError(err, reader.unknownOption(command));
        }
    }
    if (!to)
        return CommandLine::usageError(err, tr("%1: --to names the runtime to convert to").arg(command));
    if (reader.operands().isEmpty())
        return CommandLine::usageError(err, tr("%1: name the agent files or folders to convert").arg(command));
    const std::optional<QVector<InputFile>> inputs = InputFiles::collectOrReport(reader.operands(), command, err);
    if (!inputs)
        return CommandLine::Failure;

    const AgentConverter converter(*to);
    QSet<QString> taken;
    QVector<AgentConversion> conversions;
    bool failed = false;
    for (const InputFile &input : *inputs) {
        QFile file(input.path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("%1: %2: %3").arg(command, input.shown, file.errorString()) << '\n';
            return CommandLine::Failure;
        }
        conversions.append(converter.convert(input.path, file.readAll(), input.scope, from, &taken));
        failed = failed || !conversions.last().isConverted() || conversions.last().hasErrors();
    }

    QStringList written;
    if (!outFolder.isEmpty()) {
        const QString error = ConversionWriter::write(conversions, outFolder, overwrite ? ConversionWriter::Existing::Overwrite : ConversionWriter::Existing::Refuse,
                                                      &written);
        if (!error.isEmpty()) {
            err << command << QStringLiteral(": ") << error << '\n';
            failed = true;
        }
    }
    const bool preview = outFolder.isEmpty();
    QJsonArray agents;
    for (qsizetype i = 0, w = 0; i < conversions.size(); ++i) {
        const AgentConversion &conversion = conversions.at(i);
        const bool isWritten = !written.isEmpty() && conversion.isConverted() && !conversion.hasErrors();
        const QString path = isWritten ? written.at(w++) : QString();
        if (json)
            agents.append(conversionJson(conversion, inputs->at(i), path, preview));
        else
            printText(conversion, inputs->at(i), preview, out);
    }
    if (json)
        CommandLine::writeUtf8(out, QJsonDocument(QJsonObject{{QStringLiteral("agents"), agents}}).toJson(QJsonDocument::Indented));
    else if (!written.isEmpty())
        out << tr("Wrote %n file(s) into %1", nullptr, int(written.size())).arg(QDir::toNativeSeparators(outFolder)) << '\n';
    return failed ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
