// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/inputfiles.h"
#include "commandrun.h"
#include "scratchfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// `agentry matrix`: the JSON shape on fixtures and the corpus, CSV and HTML, --output, the
// baselines, exit codes.
class TestMatrixCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void binaryOnFixtures();
    void binaryOnCorpus();
    void formats();
    void outputFile();
    void exitCodes_data();
    void exitCodes();
    void folderBaseline();
    void gitBaseline();
    void runtimes();

private:
    static QJsonObject runBinary(const QStringList &arguments);
    // Checks the shape docs/matrix.md promises without a baseline.
    static void verifyShape(const QJsonObject &root);
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

static QByteArray agent(const QByteArray &name, const QByteArray &fields)
{
    return "---\nname: " + name + "\ndescription: Does " + name + ".\n" + fields + "---\nBody.\n";
}

QJsonObject TestMatrixCommand::runBinary(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(AGENTRY_BINARY), QStringList{QStringLiteral("matrix")} + arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qWarning("agentry matrix failed: %s", process.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void TestMatrixCommand::verifyShape(const QJsonObject &root)
{
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("agents"), QStringLiteral("tools")}));
    QStringList tools;
    for (const QJsonValue &tool : root.value(QLatin1String("tools")).toArray()) {
        QVERIFY(tool.isString() && !tool.toString().isEmpty());
        tools.append(tool.toString());
    }
    QCOMPARE(tools.size(), int(QSet<QString>(tools.begin(), tools.end()).size()));
    static const QRegularExpression cellPattern(QStringLiteral("^(granted|inherited|denied|unknown|pattern:.+|denied:.+)$"));
    static const QStringList modes{QStringLiteral("explicit"), QStringLiteral("inherit"), QStringLiteral("unreadable")};
    static const QStringList risks{QStringLiteral("none"), QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                   QStringLiteral("critical")};
    QString previous;
    for (const QJsonValue &value : root.value(QLatin1String("agents")).toArray()) {
        const QJsonObject agent = value.toObject();
        QCOMPARE(agent.keys(), (QStringList{QStringLiteral("cells"), QStringLiteral("file"), QStringLiteral("mode"), QStringLiteral("name"),
                                            QStringLiteral("risk"), QStringLiteral("runtime")}));
        const QString file = agent.value(QLatin1String("file")).toString();
        QVERIFY2(previous < file, qPrintable(file)); // sorted by file, each once
        previous = file;
        QVERIFY(!agent.value(QLatin1String("name")).toString().isEmpty());
        const QString mode = agent.value(QLatin1String("mode")).toString();
        QVERIFY2(modes.contains(mode), qPrintable(mode));
        QVERIFY(risks.contains(agent.value(QLatin1String("risk")).toString()));
        const QJsonObject cells = agent.value(QLatin1String("cells")).toObject();
        if (mode == QLatin1String("unreadable"))
            QVERIFY(cells.isEmpty());
        for (auto cell = cells.begin(); cell != cells.end(); ++cell) {
            QVERIFY2(tools.contains(cell.key()), qPrintable(cell.key()));
            QVERIFY2(cellPattern.match(cell.value().toString()).hasMatch(), qPrintable(cell.value().toString()));
            if (cell.value().toString() == QLatin1String("inherited"))
                QCOMPARE(mode, QStringLiteral("inherit"));
        }
    }
}

void TestMatrixCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMatrixCommand::write(const QString &name, const QByteArray &bytes)
{
    return writeScratchFileOrAbort(m_dir->filePath(name), bytes);
}

void TestMatrixCommand::binaryOnFixtures()
{
    const QString fixtures = QStringLiteral(AGENTRY_FIXTURES_DIR);
    const QJsonObject root = runBinary({fixtures});
    verifyShape(root);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray agents = root.value(QLatin1String("agents")).toArray();
    QCOMPARE(agents.size(), int(InputFiles::collect({fixtures}, nullptr).size()));
    // flow-lists.md grants `Bash(git diff:*)` only.
    for (const QJsonValue &value : agents) {
        const QJsonObject agent = value.toObject();
        if (agent.value(QLatin1String("file")).toString().endsWith(QLatin1String("/flow-lists.md")))
            QCOMPARE(agent.value(QLatin1String("cells")).toObject().value(QLatin1String("Bash")).toString(), QStringLiteral("pattern:git diff:*"));
        if (agent.value(QLatin1String("file")).toString().endsWith(QLatin1String("/no-frontmatter.md")))
            QCOMPARE(agent.value(QLatin1String("mode")).toString(), QStringLiteral("unreadable"));
    }
}

void TestMatrixCommand::binaryOnCorpus()
{
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents");
    if (!QFileInfo(corpus).isDir())
        QSKIP("The shared corpus is not beside the project.");
    const QJsonObject root = runBinary({corpus});
    verifyShape(root);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray agents = root.value(QLatin1String("agents")).toArray();
    QCOMPARE(agents.size(), int(InputFiles::collect({corpus}, nullptr).size()));
    QVERIFY(agents.size() > 100);
    int explicitAgents = 0;
    for (const QJsonValue &agent : agents)
        explicitAgents += agent.toObject().value(QLatin1String("mode")).toString() == QLatin1String("explicit") ? 1 : 0;
    QVERIFY(explicitAgents > 0);
    QVERIFY(explicitAgents < agents.size());
}

void TestMatrixCommand::formats()
{
    const QString folder = QFileInfo(write(QStringLiteral("agents/reviewer.md"), agent("reviewer", "tools: Read, Grep\n"))).absolutePath();
    write(QStringLiteral("agents/all.md"), agent("all", ""));

    const CommandRun csv = CommandRun::run({QStringLiteral("matrix"), QStringLiteral("--format=csv"), folder});
    QCOMPARE(csv.code, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two agents, the last line end
    QVERIFY(lines.at(0).startsWith(QLatin1String("file,name,mode,risk,runtime,Read,")));
    QVERIFY(lines.at(1).startsWith(folder + QLatin1String("/all.md,all,inherit,")));
    QVERIFY(lines.at(2).startsWith(folder + QLatin1String("/reviewer.md,reviewer,explicit,low,claude-code,granted,")));

    const CommandRun html = CommandRun::run({QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("html"), folder});
    QCOMPARE(html.code, 0);
    QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.out.contains(folder));
    QVERIFY(html.out.contains(QLatin1String("reviewer")));

    const CommandRun json = CommandRun::run({QStringLiteral("matrix"), folder});
    QCOMPARE(json.code, 0);
    verifyShape(QJsonDocument::fromJson(json.out.toUtf8()).object());
}

void TestMatrixCommand::outputFile()
{
    const QString file = write(QStringLiteral("reviewer.md"), agent("reviewer", "tools: Read\n"));
    const QString output = m_dir->filePath(QStringLiteral("out/matrix.json"));
    QDir().mkpath(QFileInfo(output).absolutePath());
    const CommandRun r = CommandRun::run({QStringLiteral("matrix"), QStringLiteral("--output"), output, file});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(readScratchFile(output)).object();
    verifyShape(root);
    QCOMPARE(root.value(QLatin1String("agents")).toArray().first().toObject().value(QLatin1String("cells")).toObject(),
             (QJsonObject{{QStringLiteral("Read"), QStringLiteral("granted")}}));

    const QString nowhere = m_dir->filePath(QStringLiteral("no/such/folder/m.json"));
    const CommandRun unwritable = CommandRun::run({QStringLiteral("matrix"), QStringLiteral("--output"), nowhere, file});
    QCOMPARE(unwritable.code, 1);
    QVERIFY(!unwritable.err.isEmpty());
}

void TestMatrixCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("no path") << QStringList{} << 2 << "name at least one";
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("@")} << 2 << "--format";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("@")} << 2 << "unknown option --colour";
    QTest::newRow("bad client") << QStringList{QStringLiteral("--client"), QStringLiteral("0.0.1"), QStringLiteral("@")} << 2 << "--client";
    QTest::newRow("missing path") << QStringList{QStringLiteral("@/nothing")} << 2 << "no such file or folder";
    QTest::newRow("baseline of a file") << QStringList{QStringLiteral("--baseline"), QStringLiteral("@"), QStringLiteral("@/a.md")} << 2
                                        << "one folder";
    QTest::newRow("baseline of two folders") << QStringList{QStringLiteral("--baseline=@"), QStringLiteral("@"), QStringLiteral("@")} << 2
                                             << "one folder";
    QTest::newRow("baseline without value") << QStringList{QStringLiteral("@"), QStringLiteral("--baseline")} << 2 << "needs a value";
    QTest::newRow("baseline folder missing") << QStringList{QStringLiteral("--baseline"), QStringLiteral("@/gone"), QStringLiteral("@")} << 1
                                             << "not a folder";
    QTest::newRow("fine") << QStringList{QStringLiteral("@")} << 0 << "";
}

void TestMatrixCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    write(QStringLiteral("a.md"), agent("a", "tools: Read\n"));
    for (QString &argument : arguments)
        argument.replace(u'@', m_dir->path());
    const CommandRun r = CommandRun::run(QStringList{QStringLiteral("matrix")} + arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    if (code == 0)
        QVERIFY(r.err.isEmpty());
}

void TestMatrixCommand::folderBaseline()
{
    write(QStringLiteral("before/.claude/agents/reviewer.md"), agent("reviewer", "tools: Read, Grep\n"));
    write(QStringLiteral("before/.claude/agents/old.md"), agent("old", "tools: Read\n"));
    write(QStringLiteral("after/.claude/agents/reviewer.md"), agent("reviewer", "tools: Read, Bash\n"));
    write(QStringLiteral("after/.claude/agents/fresh.md"), agent("fresh", "tools: Read\n"));

    const QString after = m_dir->filePath(QStringLiteral("after"));
    const CommandRun r = CommandRun::run({QStringLiteral("matrix"), QStringLiteral("--baseline"), m_dir->filePath(QStringLiteral("before")), after});
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QLatin1String("baseline")).toObject().value(QLatin1String("deleted")).toArray(),
             (QJsonArray{QString(after + QLatin1String("/.claude/agents/old.md"))}));
    const QJsonArray agents = root.value(QLatin1String("agents")).toArray();
    QCOMPARE(agents.size(), 2);
    const QJsonObject fresh = agents.at(0).toObject();
    QCOMPARE(fresh.value(QLatin1String("baseline")).toString(), QStringLiteral("new"));
    const QJsonObject reviewer = agents.at(1).toObject();
    QCOMPARE(reviewer.value(QLatin1String("file")).toString(), after + QLatin1String("/.claude/agents/reviewer.md"));
    QCOMPARE(reviewer.value(QLatin1String("changes")).toObject(),
             (QJsonObject{{QStringLiteral("Bash"), QStringLiteral("added")}, {QStringLiteral("Grep"), QStringLiteral("removed")}}));
}

void TestMatrixCommand::gitBaseline()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed: the git baseline cannot be tested.");
    const QString repo = m_dir->path();
    const auto git = [&repo](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral("git"),
                      QStringList{QStringLiteral("-C"), repo, QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                                  QStringLiteral("user.email=test@example.com"), QStringLiteral("-c"), QStringLiteral("commit.gpgsign=false")}
                          + arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
    write(QStringLiteral("agents/reviewer.md"), agent("reviewer", "tools: Read, WebFetch\n"));
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("-A")}));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("first")}));
    write(QStringLiteral("agents/reviewer.md"), agent("reviewer", "tools: Read, WebFetch(domain:example.com)\n"));

    // The real binary, as CI runs it.
    const QString folder = m_dir->filePath(QStringLiteral("agents"));
    QProcess process;
    process.start(QStringLiteral(AGENTRY_BINARY), {QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                   QStringLiteral("--baseline"), QStringLiteral("git:HEAD"), folder});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines.at(0).split(u',');
    QCOMPARE(header.at(5), QStringLiteral("baseline"));
    const QStringList row = lines.at(1).split(u',');
    QCOMPARE(row.at(5), QStringLiteral("changed"));
    QCOMPARE(row.at(header.indexOf(QLatin1String("WebFetch"))), QStringLiteral("pattern:domain:example.com [changed]"));
    QCOMPARE(row.at(header.indexOf(QLatin1String("Read"))), QStringLiteral("granted"));

    const CommandRun unknown = CommandRun::run({QStringLiteral("matrix"), QStringLiteral("--baseline"), QStringLiteral("git:v9.9"), folder});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("v9.9")), qPrintable(unknown.err));
}

void TestMatrixCommand::runtimes()
{
    write(QStringLiteral(".claude/agents/reviewer.md"), agent("reviewer", "tools: Read, Grep\n"));
    write(QStringLiteral(".gemini/agents/researcher.md"),
          "---\nname: researcher\ndescription: Researches.\ntools:\n  - read_file\n  - run_shell_command\n---\nYou research.\n");
    const auto byFile = [](const QJsonObject &root) {
        QHash<QString, QJsonObject> agents;
        for (const QJsonValue &value : root.value(QLatin1String("agents")).toArray())
            agents.insert(QFileInfo(value.toObject().value(QLatin1String("file")).toString()).fileName(), value.toObject());
        return agents;
    };
    QHash<QString, QJsonObject> agents = byFile(runBinary({m_dir->path()}));
    QCOMPARE(agents.value(QStringLiteral("reviewer.md")).value(QLatin1String("runtime")).toString(), QStringLiteral("claude-code"));
    const QJsonObject gemini = agents.value(QStringLiteral("researcher.md"));
    QCOMPARE(gemini.value(QLatin1String("runtime")).toString(), QStringLiteral("gemini-cli"));
    QCOMPARE(gemini.value(QLatin1String("cells")).toObject().value(QLatin1String("Bash")).toString(), QStringLiteral("granted"));

    // --runtime reads every file as one runtime: Claude Code knows no run_shell_command.
    agents = byFile(runBinary({QStringLiteral("--runtime"), QStringLiteral("claude-code"), m_dir->path()}));
    const QJsonObject asClaude = agents.value(QStringLiteral("researcher.md"));
    QCOMPARE(asClaude.value(QLatin1String("runtime")).toString(), QStringLiteral("claude-code"));
    QCOMPARE(asClaude.value(QLatin1String("cells")).toObject().value(QLatin1String("run_shell_command")).toString(), QStringLiteral("unknown"));
    QVERIFY(!asClaude.value(QLatin1String("cells")).toObject().contains(QLatin1String("Bash")));
}

QTEST_GUILESS_MAIN(TestMatrixCommand)
#include "tst_matrixcommand.moc"
