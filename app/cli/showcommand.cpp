// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/showcommand.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/fileoperand.h"
#include "document/agentdocument.h"
#include "runtime/loadstatus.h"
#include "validation/agentvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Agentry {

namespace {

QJsonObject showJson(const AgentDocument &document, const LoadStatus &status)
{
    const AgentText &text = document.text();
    QJsonObject facts{
        {QStringLiteral("bom"), text.facts.bom},
        {QStringLiteral("eol"), QLatin1String(TextFacts::eolName(text.facts.eol))},
        {QStringLiteral("final_newline"), text.facts.finalNewline},
        {QStringLiteral("utf8"), text.facts.validUtf8},
    };
    QJsonValue error(QJsonValue::Null);
    if (const auto &e = text.frontmatter.error()) {
        error = QJsonObject{{QStringLiteral("line"), e->line}, {QStringLiteral("column"), e->column}, {QStringLiteral("message"), e->message}};
    }
    QJsonObject frontmatter{
        {QStringLiteral("present"), text.block.isPresent()},
        {QStringLiteral("closed"), text.block.isClosed()},
        {QStringLiteral("shape"), QLatin1String(FrontmatterBlock::shapeName(text.block.shape))},
        {QStringLiteral("error"), error},
        {QStringLiteral("fields"), text.frontmatter.toJson()},
    };
    if (text.block.shape != FrontmatterBlock::Shape::None)
        frontmatter.insert(QStringLiteral("line"), text.block.contentLine);
    const QJsonObject body{
        {QStringLiteral("line"), text.block.bodyLine + 1},
        {QStringLiteral("bytes"), double(text.bytes.size() - text.block.bodyStart)},
    };
    return QJsonObject{
        {QStringLiteral("path"), document.path()},
        {QStringLiteral("dialect"), dialectId(document.dialect())},
        {QStringLiteral("runtime"), Runtimes::id(status.runtime)},
        {QStringLiteral("loads"), QJsonObject{{QStringLiteral("state"), QLatin1String(LoadStatus::stateId(status.state))},
                                              {QStringLiteral("reason"), status.reason}}},
        {QStringLiteral("text"), facts},
        {QStringLiteral("frontmatter"), frontmatter},
        {QStringLiteral("body"), body},
    };
}

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonDocument document = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(QJsonArray{value});
    QString text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    return value.isObject() ? text : text.mid(1, text.size() - 2);
}

void showText(const AgentDocument &document, const LoadStatus &status, QTextStream &out)
{
    const AgentText &text = document.text();
    const auto yesNo = [](bool b) { return b ? ShowCommand::tr("yes") : ShowCommand::tr("no"); };
    out << ShowCommand::tr("File:        %1").arg(document.path()) << '\n';
    out << ShowCommand::tr("Dialect:     %1").arg(dialectId(document.dialect())) << '\n';
    out << ShowCommand::tr("Runtime:     %1").arg(status.reason.isEmpty() ? status.title() : ShowCommand::tr("%1: %2").arg(status.title(), status.reason))
        << '\n';
    out << ShowCommand::tr("Text:        UTF-8 %1, BOM %2, line endings %3, final newline %4")
               .arg(yesNo(text.facts.validUtf8), yesNo(text.facts.bom), QLatin1String(TextFacts::eolName(text.facts.eol)),
                    yesNo(text.facts.finalNewline))
        << '\n';
    out << ShowCommand::tr("Frontmatter: %1").arg(QLatin1String(FrontmatterBlock::shapeName(text.block.shape))) << '\n';
    if (const auto &e = text.frontmatter.error())
        out << ShowCommand::tr("  error at line %1, column %2: %3").arg(e->line).arg(e->column).arg(e->message) << '\n';
    for (const FrontmatterField &field : text.frontmatter.fields())
        out << QStringLiteral("  %1 (line %2): %3").arg(field.key).arg(field.line + 1).arg(compact(field.value)) << '\n';
    out << ShowCommand::tr("Body:        line %1, %2 bytes").arg(text.block.bodyLine + 1).arg(text.bytes.size() - text.block.bodyStart) << '\n';
}

} // namespace

int ShowCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ArgumentReader reader(arguments);
    bool json = false;
    std::optional<Runtime> runtime;
    while (reader.next()) {
        QString error;
        if (reader.name() == QLatin1String("--json") && reader.isFlag()) {
            json = true;
        } else if (reader.name() == QLatin1String("--runtime")) {
            if (!reader.runtime(QStringLiteral("agentry show"), &runtime, &error)) {
                err << error << '\n';
                return CommandLine::UsageError;
            }
        } else {
            return CommandLine::usageError(err);
        }
    }
    if (reader.operands().size() != 1)
        return CommandLine::usageError(err);
    const std::unique_ptr<AgentDocument> document = FileOperand::load(reader.operands().first(), err);
    if (!document)
        return CommandLine::Failure;
    // The file as its runtime reads it: the one named, or the one its folder and frontmatter say.
    const AgentReading reading = AgentValidator().read(document->path(), document->text().bytes, AgentScope::Project, runtime);
    document->setChosenRuntime(runtime);
    const LoadStatus status = LoadStatus::of(reading, AgentScope::Project);
    if (json)
        CommandLine::writeUtf8(out, QJsonDocument(showJson(*document, status)).toJson(QJsonDocument::Indented));
    else
        showText(*document, status, out);
    return CommandLine::Success;
}

} // namespace Agentry
