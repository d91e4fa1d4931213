// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/inputarguments.h"
#include "cli/setcommand.h"
#include "cli/showcommand.h"
#include "cli/unsetcommand.h"
#include "commandrun.h"
#include "runtime/runtimeprofile.h"
#include "scratchfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void showJson();
    void showJsonReportsYamlErrors();
    void showMissingFile();
    void showRuntime();
    void setChangesOneLine();
    void setSameValueLeavesBytes();
    void setStringOption();
    void setMap();
    void setRefusesBrokenFrontmatter();
    void unsetRemovesKey();
    void binaryRunsWithoutDisplay();
    void argumentReader();
    void helpText();
    void subcommandTable_data();
    void subcommandTable();
    void commandClassesRunAlone();
    void argumentReaderFlags();
    void argumentReaderChoice();
    void inputArguments();
    void inputArgumentsRefused_data();
    void inputArgumentsRefused();
    void nameEqualsValue_data();
    void nameEqualsValue();
    void nameEqualsValueOnFlags();
    void binaryReadsNameEqualsValue();

private:
    QString copyOf(const QByteArray &bytes);
    // A subcommand `probe` over agent files, with a flag `--loud` of its own and at most two paths.
    static InputArguments::Syntax probeSyntax(InputArguments::Client client, bool *loud);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCommandLine::copyOf(const QByteArray &bytes)
{
    static int counter = 0;
    return writeScratchFileOrAbort(m_dir->filePath(QStringLiteral("agent-%1.md").arg(++counter)), bytes);
}

void TestCommandLine::versionAndHelp()
{
    const CommandRun version = CommandRun::run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out, QStringLiteral("agentry " AGENTRY_VERSION "\n"));
    const CommandRun help = CommandRun::run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("agentry show")));
    QVERIFY(CommandLine::handles({QStringLiteral("show")}));
    QVERIFY(!CommandLine::handles({QStringLiteral("/some/folder")}));
    QVERIFY(!CommandLine::handles({}));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show without file") << QStringList{QStringLiteral("show")};
    QTest::newRow("show, unknown option") << QStringList{QStringLiteral("show"), QStringLiteral("--yaml"), QStringLiteral("a.md")};
    QTest::newRow("show, unknown runtime") << QStringList{QStringLiteral("show"), QStringLiteral("--runtime"), QStringLiteral("cursor"), QStringLiteral("a.md")};
    QTest::newRow("set, too few") << QStringList{QStringLiteral("set"), QStringLiteral("a.md"), QStringLiteral("model")};
    QTest::newRow("set, invalid YAML value") << QStringList{QStringLiteral("set"), QStringLiteral("a.md"), QStringLiteral("model"), QStringLiteral("[unclosed")};
    QTest::newRow("unset, too many") << QStringList{QStringLiteral("unset"), QStringLiteral("a.md"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CommandRun result = CommandRun::run(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestCommandLine::showJson()
{
    const QString path = copyOf("\xEF\xBB\xBF---\r\nname: a\r\ntools: [Read, Grep]\r\nmaxTurns: 5\r\n---\r\nBody\r\n");
    const CommandRun result = CommandRun::run({QStringLiteral("show"), QStringLiteral("--json"), path});
    QCOMPARE(result.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("path")).toString(), path);
    QCOMPARE(json.value(QStringLiteral("dialect")).toString(), QStringLiteral("claude-code"));
    const QJsonObject text = json.value(QStringLiteral("text")).toObject();
    QCOMPARE(text.value(QStringLiteral("bom")).toBool(), true);
    QCOMPARE(text.value(QStringLiteral("eol")).toString(), QStringLiteral("crlf"));
    QCOMPARE(text.value(QStringLiteral("final_newline")).toBool(), true);
    QCOMPARE(text.value(QStringLiteral("utf8")).toBool(), true);
    const QJsonObject frontmatter = json.value(QStringLiteral("frontmatter")).toObject();
    QCOMPARE(frontmatter.value(QStringLiteral("present")).toBool(), true);
    QCOMPARE(frontmatter.value(QStringLiteral("closed")).toBool(), true);
    QVERIFY(frontmatter.value(QStringLiteral("error")).isNull());
    const QJsonObject fields = frontmatter.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("a"));
    QCOMPARE(fields.value(QStringLiteral("tools")).toArray(), (QJsonArray{QStringLiteral("Read"), QStringLiteral("Grep")}));
    QCOMPARE(fields.value(QStringLiteral("maxTurns")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("runtime")).toString(), QStringLiteral("claude-code"));
    QCOMPARE(json.value(QStringLiteral("loads")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("skipped")); // no description
    const QJsonObject body = json.value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("line")).toInt(), 6);
    QCOMPARE(body.value(QStringLiteral("bytes")).toInt(), 6);
}

void TestCommandLine::showJsonReportsYamlErrors()
{
    const QString path = copyOf("---\nname: a\ndescription: Use when: x\n---\n");
    const CommandRun result = CommandRun::run({QStringLiteral("show"), QStringLiteral("--json"), path});
    QCOMPARE(result.code, 0);
    const QJsonObject error =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("frontmatter")).toObject().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(error.value(QStringLiteral("column")).toInt() > 1);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

// show says which runtime reads the file and what it makes of it; --runtime picks another.
void TestCommandLine::showRuntime()
{
    const QString path = m_dir->filePath(QStringLiteral(".gemini/agents/helper.md"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\nname: helper\ndescription: Helps.\ncolor: blue\n---\nYou help people with their work.\n");
    file.close();
    CommandRun result = CommandRun::run({QStringLiteral("show"), path});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Dialect:     gemini-cli")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Runtime:     Rejected by Gemini CLI: ")), qPrintable(result.out));
    result = CommandRun::run({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("--runtime=opencode"), path});
    QCOMPARE(result.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("runtime")).toString(), QStringLiteral("opencode"));
    QCOMPARE(json.value(QStringLiteral("dialect")).toString(), QStringLiteral("opencode"));
    // OpenCode's colors are #rrggbb or its theme's names: one bad agent stops every command.
    QCOMPARE(json.value(QStringLiteral("loads")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("stops_runtime"));
}

void TestCommandLine::showMissingFile()
{
    const CommandRun result = CommandRun::run({QStringLiteral("show"), m_dir->filePath(QStringLiteral("absent.md"))});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains(QLatin1String("absent.md")));
}

void TestCommandLine::setChangesOneLine()
{
    const QString path = copyOf("---\nname: a\ntools: Read, Grep\nmodel: sonnet\n---\nBody\n");
    QCOMPARE(CommandRun::run({QStringLiteral("set"), path, QStringLiteral("model"), QStringLiteral("opus")}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\ntools: Read, Grep\nmodel: opus\n---\nBody\n"));
    QCOMPARE(CommandRun::run({QStringLiteral("set"), path, QStringLiteral("tools"), QStringLiteral("[Read, Edit]")}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\ntools: Read, Edit\nmodel: opus\n---\nBody\n"));
    QCOMPARE(CommandRun::run({QStringLiteral("set"), path, QStringLiteral("description"), QStringLiteral("\"Use when: reviewing\"")}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\ndescription: 'Use when: reviewing'\ntools: Read, Edit\nmodel: opus\n---\nBody\n"));
}

void TestCommandLine::setSameValueLeavesBytes()
{
    const QByteArray bytes("---\nname:   \"a\"   # the name\n---\nBody");
    const QString path = copyOf(bytes);
    QCOMPARE(CommandRun::run({QStringLiteral("set"), QStringLiteral("--string"), path, QStringLiteral("name"), QStringLiteral("a")}).code, 0);
    QCOMPARE(readScratchFile(path), bytes);
}

void TestCommandLine::setStringOption()
{
    const QString path = copyOf("---\nname: a\n---\n");
    QCOMPARE(CommandRun::run({QStringLiteral("set"), QStringLiteral("--string"), path, QStringLiteral("model"), QStringLiteral("[x]")}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\nmodel: '[x]'\n---\n"));
    QCOMPARE(CommandRun::run({QStringLiteral("set"), path, QStringLiteral("maxTurns"), QStringLiteral("7")}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\nmodel: '[x]'\nmaxTurns: 7\n---\n"));
}

void TestCommandLine::setMap()
{
    const QString path = copyOf("---\nname: a\n---\n");
    QCOMPARE(CommandRun::run({QStringLiteral("set"), path, QStringLiteral("hooks"), QStringLiteral("{Stop: [{command: ./done.sh}]}")}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\nhooks: {Stop: [{command: ./done.sh}]}\n---\n"));
}

void TestCommandLine::setRefusesBrokenFrontmatter()
{
    const QByteArray bytes("---\nname: a\ndescription: Use when: x\n---\n");
    const QString path = copyOf(bytes);
    const CommandRun result = CommandRun::run({QStringLiteral("set"), path, QStringLiteral("model"), QStringLiteral("opus")});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains(QLatin1String("does not parse")));
    QCOMPARE(readScratchFile(path), bytes);
}

void TestCommandLine::unsetRemovesKey()
{
    const QString path = copyOf("---\nname: a\ntools:\n  - Read\nmodel: x\n---\n");
    QCOMPARE(CommandRun::run({QStringLiteral("unset"), path, QStringLiteral("tools")}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\nmodel: x\n---\n"));
    QCOMPARE(CommandRun::run({QStringLiteral("unset"), path, QStringLiteral("tools")}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\nmodel: x\n---\n"));
}

void TestCommandLine::binaryRunsWithoutDisplay()
{
    const QString path = copyOf("---\nname: a\n---\n");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AGENTRY_BINARY), {QStringLiteral("show"), QStringLiteral("--json"), path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("path")).toString(), path);

    process.start(QStringLiteral(AGENTRY_BINARY), {QStringLiteral("set"), path, QStringLiteral("model")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestCommandLine::argumentReader()
{
    // Values after a space or an `=`, flags, operands anywhere, `--` ending the options.
    ArgumentReader reader({QStringLiteral("a.md"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--strict"),
                           QStringLiteral("--out=x=y"), QStringLiteral("b.md"), QStringLiteral("--"), QStringLiteral("--c.md"),
                           QStringLiteral("--client")});
    QVERIFY(reader.next());
    QCOMPARE(reader.name(), QStringLiteral("--format"));
    QVERIFY(reader.isFlag());
    QCOMPARE(reader.value(), std::optional<QString>(QStringLiteral("json")));
    QVERIFY(reader.next());
    QCOMPARE(reader.name(), QStringLiteral("--strict"));
    QVERIFY(reader.isFlag());
    QVERIFY(reader.next());
    QCOMPARE(reader.name(), QStringLiteral("--out"));
    QVERIFY(!reader.isFlag());
    QCOMPARE(reader.value(), std::optional<QString>(QStringLiteral("x=y")));
    QVERIFY(!reader.next()); // `--client` comes after `--`: an operand
    QCOMPARE(reader.operands(), (QStringList{QStringLiteral("a.md"), QStringLiteral("b.md"), QStringLiteral("--c.md"), QStringLiteral("--client")}));

    // A value missing at the end, and a client version Agentry does not know.
    ArgumentReader last({QStringLiteral("--client")});
    QVERIFY(last.next());
    QString error;
    QVERIFY(!last.clientVersion(QStringLiteral("agentry check"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("agentry check: --client takes one of ")), qPrintable(error));
    ArgumentReader unknown({QStringLiteral("--client=0.0.1")});
    QVERIFY(unknown.next());
    QVERIFY(!unknown.clientVersion(QStringLiteral("agentry fix"), &error));
    QVERIFY(error.startsWith(QStringLiteral("agentry fix:")));
}

// `agentry --help` as it reads, to the byte: the table of subcommands writes it.
static const char kHelp[] = R"help(Usage: agentry [FOLDER]               open the editor on a folder of agents
       agentry show [--json] [--runtime ID|auto] FILE
                                      print what Agentry reads in an agent file, and whether
                                      its runtime loads it
       agentry set [--string] FILE KEY VALUE
                                      set a frontmatter key; VALUE is YAML (opus, "a: b",
                                      [Read, Grep]) unless --string makes it plain text
       agentry unset FILE KEY         remove a frontmatter key
       agentry check [--format text|json|sarif] [--strict] [--client VERSION]
                     [--runtime ID|auto] PATH...
                                      read agent files (and folders of them) as their runtime
                                      does and report problems; exit 1 on errors (--strict:
                                      on warnings too)
       agentry fix [--dry-run] [--rule CODE]... [--client VERSION]
                   [--runtime ID|auto] PATH...
                                      apply the safe fixes in place and print a diff of each
       agentry matrix [--format csv|json|html] [--baseline DIR|git:REV] [--client VERSION]
                      [--runtime ID|auto] [--output FILE] PATH...
                                      print every agent's tool grants and risk (JSON unless
                                      --format says otherwise); --baseline marks the grants
                                      changed since another folder or a git revision
       agentry export --name NAME [--version V] [--description D] [--author "NAME <EMAIL> (URL)"]
                      [--license SPDX] [--homepage URL] [--repository URL] [--keyword K]...
                      [--runtime ID|all]... [--accept-warnings] [--overwrite]
                      [--marketplace DIR [--marketplace-name NAME]] --out DIR|FILE.zip PATH...
                                      write the agents as a Claude Code plugin (and add it to a
                                      marketplace), or converted as another runtime's bundle
                                      (--runtime; all: a folder each); exit 1, writing nothing,
                                      when an agent has errors or warnings are not accepted
       agentry convert --to ID [--from ID] [--out DIR] [--overwrite]
                       [--format text|json] PATH...
                                      write the agents for another runtime, into DIR's folder
                                      for it (print them without --out), each read back by
                                      that runtime's reader; what cannot be carried over is
                                      listed; exit 1 when an agent cannot be converted
       agentry import [--into DIR] [--client VERSION] FILE.zip|DIR
                                      list a plugin's or marketplace's agents and warn about
                                      manifest fields the client's validator rejects; --into
                                      copies them into DIR (a .claude/agents), never overwriting
       agentry --version | --help
Edits change only the lines of that key and are written atomically.
Exit status: 0 success, 1 refused or failed, 2 usage error.
)help";

void TestCommandLine::helpText()
{
    QCOMPARE(CommandLine::usage(), QString::fromUtf8(kHelp));
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const CommandRun help = CommandRun::run({option});
        QCOMPARE(help.code, 0);
        QCOMPARE(help.out, QString::fromUtf8(kHelp));
        QVERIFY(help.err.isEmpty());
    }
}

void TestCommandLine::subcommandTable_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"show", "set", "unset", "check", "fix", "matrix", "export", "import"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCommandLine::subcommandTable()
{
    // Each subcommand runs without a window, is listed in --help, and without its operands is a
    // usage error that ends with the usage.
    QFETCH(QString, name);
    QVERIFY(CommandLine::handles({name}));
    QVERIFY(CommandLine::usage().contains(QLatin1String("\n       agentry ") + name + u' '));
    const CommandRun bare = CommandRun::run({name});
    QCOMPARE(bare.code, 2);
    QVERIFY(bare.out.isEmpty());
    QVERIFY2(bare.err.endsWith(CommandLine::usage()), qPrintable(bare.err));

    // Only the first argument names the subcommand; its case matters.
    QVERIFY(!CommandLine::handles({name.toUpper()}));
    QVERIFY(!CommandLine::handles({QStringLiteral("/folder"), name}));
    const CommandRun unknown = CommandRun::run({name.toUpper()});
    QCOMPARE(unknown.code, 2);
    QCOMPARE(unknown.err, CommandLine::usage());
}

void TestCommandLine::commandClassesRunAlone()
{
    // The classes the table dispatches to take the arguments after the subcommand's name.
    const QString path = copyOf("---\nname: a\nmodel: sonnet\n---\nBody\n");
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(ShowCommand::run({QStringLiteral("--json"), path}, outStream, errStream), int(CommandLine::Success));
    outStream.flush();
    QCOMPARE(out, CommandRun::run({QStringLiteral("show"), QStringLiteral("--json"), path}).out);

    QCOMPARE(SetCommand::run({path, QStringLiteral("model"), QStringLiteral("opus")}, outStream, errStream), int(CommandLine::Success));
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\nmodel: opus\n---\nBody\n"));
    QCOMPARE(UnsetCommand::run({path, QStringLiteral("model")}, outStream, errStream), int(CommandLine::Success));
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\n---\nBody\n"));

    QCOMPARE(UnsetCommand::run({QStringLiteral("--string"), path, QStringLiteral("name")}, outStream, errStream), int(CommandLine::UsageError));
    QCOMPARE(SetCommand::run({QStringLiteral("--string=yes"), path, QStringLiteral("name"), QStringLiteral("b")}, outStream, errStream),
             int(CommandLine::UsageError));
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\n---\nBody\n"));
    errStream.flush();
    QVERIFY(err.endsWith(CommandLine::usage()));
    QCOMPARE(ShowCommand::run({m_dir->path()}, outStream, errStream), int(CommandLine::Failure));
    errStream.flush();
    QVERIFY(err.endsWith(QStringLiteral("agentry: %1 is a folder, not an agent file\n").arg(m_dir->path())));
}

void TestCommandLine::argumentReaderFlags()
{
    ArgumentReader given({QStringLiteral("--json"), QStringLiteral("a.md"), QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("--x")});
    QCOMPARE(given.flags({QStringLiteral("--json"), QStringLiteral("--string")}), std::optional<QStringList>(QStringList{QStringLiteral("--json"), QStringLiteral("--json")}));
    QCOMPARE(given.operands(), (QStringList{QStringLiteral("a.md"), QStringLiteral("--x")}));
    ArgumentReader none({QStringLiteral("a.md")});
    QCOMPARE(none.flags({}), std::optional<QStringList>(QStringList()));
    ArgumentReader unknown({QStringLiteral("--yaml"), QStringLiteral("a.md")});
    QVERIFY(!unknown.flags({QStringLiteral("--json")}));
    ArgumentReader withValue({QStringLiteral("--json=yes"), QStringLiteral("a.md")});
    QVERIFY(!withValue.flags({QStringLiteral("--json")}));
}

void TestCommandLine::argumentReaderChoice()
{
    enum class Shape { Round, Square };
    const std::initializer_list<std::pair<QLatin1String, Shape>> shapes{{QLatin1String("round"), Shape::Round},
                                                                         {QLatin1String("square"), Shape::Square}};
    ArgumentReader reader({QStringLiteral("--shape"), QStringLiteral("square"), QStringLiteral("--shape=round"), QStringLiteral("--shape=oval"),
                           QStringLiteral("--shape")});
    QVERIFY(reader.next());
    QCOMPARE(reader.choice(shapes), std::optional<Shape>(Shape::Square));
    QVERIFY(reader.next());
    QCOMPARE(reader.choice(shapes), std::optional<Shape>(Shape::Round));
    QVERIFY(reader.next());
    QVERIFY(!reader.choice(shapes));
    QCOMPARE(reader.unknownOption(QStringLiteral("agentry draw")), QStringLiteral("agentry draw: unknown option --shape=oval"));
    QVERIFY(reader.next());
    QVERIFY(!reader.choice(shapes)); // no value at the end
    QVERIFY(!reader.next());
}

InputArguments::Syntax TestCommandLine::probeSyntax(InputArguments::Client client, bool *loud)
{
    return {.command = QStringLiteral("probe"),
            .client = client,
            .readOption =
                [loud](ArgumentReader &reader, QString *error) {
                    if (reader.name() != QLatin1String("--loud"))
                        return InputArguments::Option::Unknown;
                    if (!reader.isFlag()) {
                        *error = QStringLiteral("agentry probe: --loud takes no value");
                        return InputArguments::Option::Refused;
                    }
                    *loud = true;
                    return InputArguments::Option::Taken;
                },
            .check = [](const QStringList &paths) { return paths.size() > 2 ? QStringLiteral("agentry probe: two paths at most") : QString(); }};
}

void TestCommandLine::inputArguments()
{
    const QString agent = copyOf("---\nname: a\n---\n");
    QString err;
    QTextStream errStream(&err);
    bool loud = false;
    const std::optional<InputArguments> input =
        InputArguments::read({QStringLiteral("--loud"), agent, QStringLiteral("--client=2.1.197")}, probeSyntax(InputArguments::Client::Taken, &loud), errStream);
    QVERIFY(input);
    QVERIFY(loud);
    QCOMPARE(input->client, QStringLiteral("2.1.197"));
    QCOMPARE(&input->profile(), &RuntimeProfile::findOrLatest(QStringLiteral("2.1.197")));
    QCOMPARE(input->paths, QStringList{agent});
    QCOMPARE(input->files.size(), 1);
    QCOMPARE(input->files.first().path, agent);
    QCOMPARE(input->files.first().shown, agent);

    // A folder's agents, read as the latest client without --client.
    const std::optional<InputArguments> folder = InputArguments::read({m_dir->path()}, probeSyntax(InputArguments::Client::NotTaken, &loud), errStream);
    QVERIFY(folder);
    QCOMPARE(folder->files.size(), 1);
    QCOMPARE(&folder->profile(), &RuntimeProfile::latest());
    errStream.flush();
    QVERIFY(err.isEmpty());
}

void TestCommandLine::inputArgumentsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("client"); // InputArguments::Client
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("withUsage");
    const int taken = int(InputArguments::Client::Taken);
    const int notTaken = int(InputArguments::Client::NotTaken);
    const QString agent = QStringLiteral("AGENT");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--quiet"), agent} << taken << QStringLiteral("agentry probe: unknown option --quiet") << true;
    QTest::newRow("refused option") << QStringList{QStringLiteral("--loud=yes"), agent} << taken << QStringLiteral("agentry probe: --loud takes no value") << true;
    QTest::newRow("unknown client") << QStringList{QStringLiteral("--client"), QStringLiteral("0.0.1"), agent} << taken
                                    << QStringLiteral("agentry probe: --client takes one of ") << true;
    QTest::newRow("--client not taken") << QStringList{QStringLiteral("--client"), QStringLiteral("2.1.197"), agent} << notTaken
                                        << QStringLiteral("agentry probe: unknown option --client") << true;
    QTest::newRow("no path") << QStringList{QStringLiteral("--loud")} << taken << QStringLiteral("agentry probe: name at least one agent file or folder")
                             << true;
    // The subcommand's own check comes before the paths are looked at.
    QTest::newRow("check") << QStringList{agent, QStringLiteral("missing-1.md"), QStringLiteral("missing-2.md")} << taken
                           << QStringLiteral("agentry probe: two paths at most") << true;
    QTest::newRow("missing path") << QStringList{agent, QStringLiteral("missing.md")} << taken
                                  << QStringLiteral("agentry probe: missing.md: no such file or folder") << false;
#ifdef Q_OS_UNIX
    QTest::newRow("device") << QStringList{agent, QStringLiteral("/dev/null")} << taken
                            << QStringLiteral("agentry probe: /dev/null: neither a file nor a folder") << false;
#endif
}

void TestCommandLine::inputArgumentsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, client);
    QFETCH(QString, message);
    QFETCH(bool, withUsage);
    arguments.replaceInStrings(QStringLiteral("AGENT"), copyOf("---\nname: a\n---\n"));
    QString err;
    QTextStream errStream(&err);
    bool loud = false;
    QVERIFY(!InputArguments::read(arguments, probeSyntax(InputArguments::Client(client), &loud), errStream));
    errStream.flush();
    QVERIFY2(err.startsWith(message), qPrintable(err));
    QCOMPARE(err.endsWith(QLatin1String("\n") + CommandLine::usage()), withUsage);
    QCOMPARE(err.count(u'\n'), withUsage ? CommandLine::usage().count(u'\n') + 1 : 1);
}

void TestCommandLine::nameEqualsValue_data()
{
    // The same options written `--name value` and `--name=value`.
    QTest::addColumn<QStringList>("spaced");
    QTest::addColumn<QStringList>("joined");
    QTest::newRow("check --format") << QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}
                                    << QStringList{QStringLiteral("check"), QStringLiteral("--format=json")};
    QTest::newRow("check --client") << QStringList{QStringLiteral("check"), QStringLiteral("--client"), QStringLiteral("2.1.197")}
                                    << QStringList{QStringLiteral("check"), QStringLiteral("--client=2.1.197")};
    QTest::newRow("fix --rule") << QStringList{QStringLiteral("fix"), QStringLiteral("--dry-run"), QStringLiteral("--rule"), QStringLiteral("ag105")}
                                << QStringList{QStringLiteral("fix"), QStringLiteral("--dry-run"), QStringLiteral("--rule=ag105")};
    QTest::newRow("matrix --format") << QStringList{QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("csv")}
                                     << QStringList{QStringLiteral("matrix"), QStringLiteral("--format=csv")};
    QTest::newRow("check, bad --format") << QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml")}
                                         << QStringList{QStringLiteral("check"), QStringLiteral("--format=xml")};
}

void TestCommandLine::nameEqualsValue()
{
    QFETCH(QStringList, spaced);
    QFETCH(QStringList, joined);
    const QString path = copyOf("---\nname: broken\ndescription: Use it. Examples:\nuser: hi\n---\nBroken.\n");
    const CommandRun a = CommandRun::run(spaced << path);
    const CommandRun b = CommandRun::run(joined << path);
    QCOMPARE(b.code, a.code);
    QCOMPARE(b.out, a.out);
    QCOMPARE(b.err, a.err);
    QVERIFY(!a.out.isEmpty() || a.code == 2);
}

void TestCommandLine::nameEqualsValueOnFlags()
{
    // A flag takes no value: `--strict=yes` is an option check does not know.
    const QString path = copyOf("---\nname: a\n---\n");
    const CommandRun strict = CommandRun::run({QStringLiteral("check"), QStringLiteral("--strict=yes"), path});
    QCOMPARE(strict.code, 2);
    QVERIFY(strict.err.startsWith(QLatin1String("agentry check: unknown option --strict=yes\n")));
    const CommandRun json = CommandRun::run({QStringLiteral("show"), QStringLiteral("--json=yes"), path});
    QCOMPARE(json.code, 2);
    QCOMPARE(json.err, CommandLine::usage());
    // `--name=` gives an empty value, not the next argument.
    const CommandRun empty = CommandRun::run({QStringLiteral("matrix"), QStringLiteral("--output="), path});
    QCOMPARE(empty.code, 2);
    QVERIFY(empty.err.startsWith(QLatin1String("agentry matrix: --output needs a value\n")));
}

void TestCommandLine::binaryReadsNameEqualsValue()
{
    const QString path = copyOf("---\nname: a\ndescription: Reads.\n---\nBody\n");
    QProcess process;
    process.start(QStringLiteral(AGENTRY_BINARY), {QStringLiteral("check"), QStringLiteral("--format=json"), path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
             CommandRun::run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), path}).out);

    process.start(QStringLiteral(AGENTRY_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray(kHelp));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
