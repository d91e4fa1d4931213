// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"

#include "cli/checkcommand.h"
#include "cli/exportcommand.h"
#include "cli/fixcommand.h"
#include "cli/importcommand.h"
#include "cli/matrixcommand.h"
#include "document/agentdocument.h"
#include "text/frontmatterpatcher.h"
#include "text/yamljson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Agentry {

namespace {

const QStringList &subcommands()
{
    static const QStringList names{QStringLiteral("show"), QStringLiteral("set"), QStringLiteral("unset"), QStringLiteral("check"),
                                   QStringLiteral("fix"), QStringLiteral("export"), QStringLiteral("import"),
                                   QStringLiteral("matrix")};
    return names;
}

// Splits `arguments` into options (leading `--x`) and positional arguments.
struct Arguments
{
    QStringList options;
    QStringList positional;

    explicit Arguments(const QStringList &arguments)
    {
        bool optionsDone = false;
        for (const QString &argument : arguments) {
            if (!optionsDone && argument == QLatin1String("--"))
                optionsDone = true;
            else if (!optionsDone && argument.startsWith(QLatin1String("--")))
                options << argument;
            else
                positional << argument;
        }
    }

    // The first option not in `known`, or an empty string.
    QString unknownOption(const QStringList &known) const
    {
        for (const QString &option : options) {
            if (!known.contains(option))
                return option;
        }
        return {};
    }
};

QJsonObject showJson(const AgentDocument &document)
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

void showText(const AgentDocument &document, QTextStream &out)
{
    const AgentText &text = document.text();
    const auto yesNo = [](bool b) { return b ? CommandLine::tr("yes") : CommandLine::tr("no"); };
    out << CommandLine::tr("File:        %1").arg(document.path()) << '\n';
    out << CommandLine::tr("Dialect:     %1").arg(dialectId(document.dialect())) << '\n';
    out << CommandLine::tr("Text:        UTF-8 %1, BOM %2, line endings %3, final newline %4")
               .arg(yesNo(text.facts.validUtf8), yesNo(text.facts.bom), QLatin1String(TextFacts::eolName(text.facts.eol)),
                    yesNo(text.facts.finalNewline))
        << '\n';
    out << CommandLine::tr("Frontmatter: %1").arg(QLatin1String(FrontmatterBlock::shapeName(text.block.shape))) << '\n';
    if (const auto &e = text.frontmatter.error())
        out << CommandLine::tr("  error at line %1, column %2: %3").arg(e->line).arg(e->column).arg(e->message) << '\n';
    for (const FrontmatterField &field : text.frontmatter.fields())
        out << QStringLiteral("  %1 (line %2): %3").arg(field.key).arg(field.line + 1).arg(compact(field.value)) << '\n';
    out << CommandLine::tr("Body:        line %1, %2 bytes").arg(text.block.bodyLine + 1).arg(text.bytes.size() - text.block.bodyStart) << '\n';
}

std::unique_ptr<AgentDocument> load(const QString &path, QTextStream &err)
{
    if (QFileInfo(path).isDir()) {
        err << CommandLine::tr("agentry: %1 is a folder, not an agent file").arg(path) << '\n';
        return nullptr;
    }
    QString error;
    std::unique_ptr<AgentDocument> document = AgentDocument::load(path, &error);
    if (!document)
        err << QStringLiteral("agentry: ") << error << '\n';
    return document;
}

int show(const Arguments &args, QTextStream &out, QTextStream &err)
{
    if (!args.unknownOption({QStringLiteral("--json")}).isEmpty() || args.positional.size() != 1) {
        err << CommandLine::usage();
        return CommandLine::UsageError;
    }
    const std::unique_ptr<AgentDocument> document = load(args.positional.first(), err);
    if (!document)
        return CommandLine::Failure;
    if (args.options.contains(QLatin1String("--json")))
        out << QString::fromUtf8(QJsonDocument(showJson(*document)).toJson(QJsonDocument::Indented));
    else
        showText(*document, out);
    return CommandLine::Success;
}

// Applies `result` to the document and saves it; reports refusals.
int finish(AgentDocument &document, const FieldPatch &result, QTextStream &err)
{
    switch (result.status) {
    case FieldPatch::Status::Refused:
        err << QStringLiteral("agentry: %1: %2").arg(document.path(), result.message) << '\n';
        return CommandLine::Failure;
    case FieldPatch::Status::Unchanged:
        return CommandLine::Success;
    case FieldPatch::Status::Changed:
        break;
    }
    document.edit({result.edit}, QString());
    const QString error = document.save();
    if (!error.isEmpty()) {
        err << QStringLiteral("agentry: ") << error << '\n';
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}

int set(const Arguments &args, QTextStream &err)
{
    if (!args.unknownOption({QStringLiteral("--string")}).isEmpty() || args.positional.size() != 3) {
        err << CommandLine::usage();
        return CommandLine::UsageError;
    }
    const QString &key = args.positional.at(1);
    const QString &text = args.positional.at(2);
    std::optional<QJsonValue> value = QJsonValue(text);
    if (!args.options.contains(QLatin1String("--string"))) {
        QString error;
        value = YamlJson::parse(text, &error);
        if (!value) {
            err << CommandLine::tr("agentry: the value is not valid YAML (%1); use --string for plain text").arg(error) << '\n';
            return CommandLine::UsageError;
        }
    }
    const std::unique_ptr<AgentDocument> document = load(args.positional.first(), err);
    if (!document)
        return CommandLine::Failure;
    const FrontmatterPatcher editor(document->text());
    // Maps keep the key order the user typed: write them as the YAML given.
    const QJsonArray items = value->toArray();
    const bool nested = value->isObject()
        || std::any_of(items.begin(), items.end(), [](const QJsonValue &v) { return v.isObject() || v.isArray(); });
    return finish(*document, nested ? editor.setYaml(key, text) : editor.setValue(key, *value), err);
}

int unset(const Arguments &args, QTextStream &err)
{
    if (!args.options.isEmpty() || args.positional.size() != 2) {
        err << CommandLine::usage();
        return CommandLine::UsageError;
    }
    const std::unique_ptr<AgentDocument> document = load(args.positional.first(), err);
    if (!document)
        return CommandLine::Failure;
    return finish(*document, FrontmatterPatcher(document->text()).remove(args.positional.at(1)), err);
}

} // namespace

bool CommandLine::handles(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return subcommands().contains(first) || first == QLatin1String("--version") || first == QLatin1String("--help")
        || first == QLatin1String("-h") || first == QLatin1String("help");
}

QString CommandLine::usage()
{
    return tr("Usage: agentry [FOLDER]               open the editor on a folder of agents\n"
              "       agentry show [--json] FILE     print what Agentry reads in an agent file\n"
              "       agentry set [--string] FILE KEY VALUE\n"
              "                                      set a frontmatter key; VALUE is YAML (opus, \"a: b\",\n"
              "                                      [Read, Grep]) unless --string makes it plain text\n"
              "       agentry unset FILE KEY         remove a frontmatter key\n"
              "       agentry check [--format text|json|sarif] [--strict] [--client VERSION] PATH...\n"
              "                                      read agent files (and folders of them) as Claude Code\n"
              "                                      does and report problems; exit 1 on errors (--strict:\n"
              "                                      on warnings too)\n"
              "       agentry fix [--dry-run] [--rule CODE]... [--client VERSION] PATH...\n"
              "                                      apply the safe fixes in place and print a diff of each\n"
              "       agentry matrix [--format csv|json|html] [--baseline DIR|git:REV] [--client VERSION]\n"
              "                      [--output FILE] PATH...\n"
              "                                      print every agent's tool grants and risk (JSON unless\n"
              "                                      --format says otherwise); --baseline marks the grants\n"
              "                                      changed since another folder or a git revision\n"
              "       agentry export --name NAME [--version V] [--description D] [--author \"NAME <EMAIL> (URL)\"]\n"
              "                      [--license SPDX] [--homepage URL] [--repository URL] [--keyword K]...\n"
              "                      [--accept-warnings] [--overwrite]\n"
              "                      [--marketplace DIR [--marketplace-name NAME]] --out DIR|FILE.zip PATH...\n"
              "                                      write the agents as a Claude Code plugin (and add it to a\n"
              "                                      marketplace); exit 1, writing nothing, when an agent has\n"
              "                                      errors or warnings are not accepted\n"
              "       agentry import [--into DIR] FILE.zip|DIR\n"
              "                                      list a plugin's or marketplace's agents; --into copies\n"
              "                                      them into DIR (a .claude/agents), never overwriting\n"
              "       agentry --version | --help\n"
              "Edits change only the lines of that key and are written atomically.\n"
              "Exit status: 0 success, 1 refused or failed, 2 usage error.\n");
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    const Arguments args(arguments.mid(1));
    if (command == QLatin1String("--version")) {
        out << QStringLiteral("agentry %1\n").arg(QStringLiteral(AGENTRY_VERSION));
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("show"))
        return show(args, out, err);
    if (command == QLatin1String("set"))
        return set(args, err);
    if (command == QLatin1String("unset"))
        return unset(args, err);
    if (command == QLatin1String("check"))
        return CheckCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("fix"))
        return FixCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("import"))
        return ImportCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("matrix"))
        return MatrixCommand::run(arguments.mid(1), out, err);
    err << usage();
    return UsageError;
}

} // namespace Agentry
