// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"

#include "cli/checkcommand.h"
#include "cli/convertcommand.h"
#include "cli/exportcommand.h"
#include "cli/fixcommand.h"
#include "cli/importcommand.h"
#include "cli/matrixcommand.h"
#include "cli/setcommand.h"
#include "cli/showcommand.h"
#include "cli/unsetcommand.h"

#include <QIODevice>
#include <QTextStream>

#include <algorithm>
#include <iterator>

namespace Agentry {

namespace {

int printVersion(const QStringList &, QTextStream &out, QTextStream &)
{
    out << QStringLiteral("agentry %1\n").arg(QStringLiteral(AGENTRY_VERSION));
    return CommandLine::Success;
}

int printHelp(const QStringList &, QTextStream &out, QTextStream &)
{
    out << CommandLine::usage();
    return CommandLine::Success;
}

// What `agentry NAME …` runs, and how `agentry --help` describes it. The texts break into
// lines where --help breaks them: `arguments` continues under its first line, `summary` in
// the column of descriptions. Entries without a summary are agentry's own options, which
// --help lists together in one line.
struct Subcommand
{
    const char *name;
    const char *arguments;
    const char *summary;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// In the order --help lists them.
constexpr Subcommand kSubcommands[] = {
    {"show", QT_TRANSLATE_NOOP("CommandLine", "[--json] [--runtime ID|auto] FILE"),
     QT_TRANSLATE_NOOP("CommandLine", "print what Agentry reads in an agent file, and whether\n"
                                      "its runtime loads it"),
     ShowCommand::run},
    {"set", QT_TRANSLATE_NOOP("CommandLine", "[--string] FILE KEY VALUE"),
     QT_TRANSLATE_NOOP("CommandLine", "set a frontmatter key; VALUE is YAML (opus, \"a: b\",\n"
                                      "[Read, Grep]) unless --string makes it plain text"),
     SetCommand::run},
    {"unset", QT_TRANSLATE_NOOP("CommandLine", "FILE KEY"), QT_TRANSLATE_NOOP("CommandLine", "remove a frontmatter key"), UnsetCommand::run},
    {"check", QT_TRANSLATE_NOOP("CommandLine", "[--format text|json|sarif] [--strict] [--client VERSION]\n"
                                               "[--runtime ID|auto] PATH..."),
     QT_TRANSLATE_NOOP("CommandLine", "read agent files (and folders of them) as their runtime\n"
                                      "does and report problems; exit 1 on errors (--strict:\n"
                                      "on warnings too)"),
     CheckCommand::run},
    {"fix", QT_TRANSLATE_NOOP("CommandLine", "[--dry-run] [--rule CODE]... [--client VERSION]\n"
                                             "[--runtime ID|auto] PATH..."),
     QT_TRANSLATE_NOOP("CommandLine", "apply the safe fixes in place and print a diff of each"), FixCommand::run},
    {"matrix", QT_TRANSLATE_NOOP("CommandLine", "[--format csv|json|html] [--baseline DIR|git:REV] [--client VERSION]\n"
                                                "[--runtime ID|auto] [--output FILE] PATH..."),
     QT_TRANSLATE_NOOP("CommandLine", "print every agent's tool grants and risk (JSON unless\n"
                                      "--format says otherwise); --baseline marks the grants\n"
                                      "changed since another folder or a git revision"),
     MatrixCommand::run},
    {"export", QT_TRANSLATE_NOOP("CommandLine", "--name NAME [--version V] [--description D] [--author \"NAME <EMAIL> (URL)\"]\n"
                                                "[--license SPDX] [--homepage URL] [--repository URL] [--keyword K]...\n"
                                                "[--runtime ID|all]... [--accept-warnings] [--overwrite]\n"
                                                "[--marketplace DIR [--marketplace-name NAME]] --out DIR|FILE.zip PATH..."),
     QT_TRANSLATE_NOOP("CommandLine", "write the agents as a Claude Code plugin (and add it to a\n"
                                      "marketplace), or converted as another runtime's bundle\n"
                                      "(--runtime; all: a folder each); exit 1, writing nothing,\n"
                                      "when an agent has errors or warnings are not accepted"),
     ExportCommand::run},
    {"convert", QT_TRANSLATE_NOOP("CommandLine", "--to ID [--from ID] [--out DIR] [--overwrite]\n"
                                                 "[--format text|json] PATH..."),
     QT_TRANSLATE_NOOP("CommandLine", "write the agents for another runtime, into DIR's folder\n"
                                      "for it (print them without --out), each read back by\n"
                                      "that runtime's reader; what cannot be carried over is\n"
                                      "listed; exit 1 when an agent cannot be converted"),
     ConvertCommand::run},
    {"import", QT_TRANSLATE_NOOP("CommandLine", "[--into DIR] [--client VERSION] FILE.zip|DIR"),
     QT_TRANSLATE_NOOP("CommandLine", "list a plugin's or marketplace's agents and warn about\n"
                                      "manifest fields the client's validator rejects; --into\n"
                                      "copies them into DIR (a .claude/agents), never overwriting"),
     ImportCommand::run},
    {"--version", nullptr, nullptr, printVersion},
    {"--help", nullptr, nullptr, printHelp},
    {"-h", nullptr, nullptr, printHelp},
    {"help", nullptr, nullptr, printHelp},
};

const Subcommand *find(const QString &name)
{
    const auto found = std::find_if(std::begin(kSubcommands), std::end(kSubcommands),
                                    [&name](const Subcommand &subcommand) { return name == QLatin1String(subcommand.name); });
    return found == std::end(kSubcommands) ? nullptr : found;
}

// The column in which --help starts each description.
constexpr int kSummaryColumn = 38;

// Appends one entry of --help to `text`: `lead`, then `command` and its `arguments` (their
// further lines under the first argument), then `summary` from the column of descriptions,
// beside the arguments' last line where that ends before the column.
void appendSynopsis(QString &text, const QString &lead, const QString &command, const QString &arguments, const QString &summary)
{
    QStringList lines = arguments.split(u'\n');
    const QString indent(lead.size() + command.size() + 1, u' ');
    for (int i = 0; i < lines.size(); ++i)
        lines[i].prepend(i == 0 ? lead + command + u' ' : indent);
    QStringList summaryLines = summary.isEmpty() ? QStringList() : summary.split(u'\n');
    if (!summaryLines.isEmpty() && lines.last().size() < kSummaryColumn)
        lines.last() = lines.last().leftJustified(kSummaryColumn) + summaryLines.takeFirst();
    for (const QString &line : std::as_const(summaryLines))
        lines.append(QString(kSummaryColumn, u' ') + line);
    text += lines.join(u'\n') + u'\n';
}

} // namespace

bool CommandLine::handles(const QStringList &arguments)
{
    return !arguments.isEmpty() && find(arguments.first());
}

QString CommandLine::usage()
{
    const QString lead = tr("Usage:") + u' ';
    const QString indent(lead.size(), u' ');
    const QString program = QStringLiteral("agentry");
    QString text;
    appendSynopsis(text, lead, program, tr("[FOLDER]"), tr("open the editor on a folder of agents"));
    for (const Subcommand &subcommand : kSubcommands) {
        if (subcommand.summary)
            appendSynopsis(text, indent, program + u' ' + QLatin1String(subcommand.name), tr(subcommand.arguments), tr(subcommand.summary));
    }
    appendSynopsis(text, indent, program, QStringLiteral("--version | --help"), QString());
    return text
        + tr("Edits change only the lines of that key and are written atomically.\n"
             "Exit status: 0 success, 1 refused or failed, 2 usage error.\n");
}

int CommandLine::usageError(QTextStream &err, const QString &message)
{
    if (!message.isEmpty())
        err << message << '\n';
    err << usage();
    return UsageError;
}

void CommandLine::writeUtf8(QTextStream &out, const QByteArray &utf8)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(utf8);
    } else {
        out << QString::fromUtf8(utf8);
    }
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Subcommand *subcommand = find(arguments.value(0));
    if (!subcommand)
        return usageError(err);
    return subcommand->run(arguments.mid(1), out, err);
}

} // namespace Agentry
