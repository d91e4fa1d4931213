// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkreport.h"
#include "commandrun.h"
#include "scratchfiles.h"
#include "writefaults.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Agentry;

// `agentry check` and `agentry fix`: formats, exit codes, fixes written in place, stable reruns.
class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void json();
    void text();
    void sarif();
    void jsonReportInPieces();
    void jsonStringsEscaped_data();
    void jsonStringsEscaped();
    void exitCodes_data();
    void exitCodes();
    void olderClient();
    void runtimes();
    void hookEventByClient();
    void flaggedToolByClient();
    void foldersWalked();
    void fixDryRun();
    void fixWritesAndIsStable();
    void fixForAnotherRuntime();
    void fixOneRule();
    void fixRefusesAnOutsideChange();
    void fixIntoAReadOnlyFolder();
    void binaryOnCorpus();
    void sameOutputOnOneThreadOrMany();

private:
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QByteArray kClean = "---\nname: reviewer\ndescription: Reviews diffs for bugs.\ntools: Read, Grep\n---\nReview the diff.\n";
static const QByteArray kLenient = "---\nname: helper\ndescription: Use it: always\n---\nHelp.\n";
static const QByteArray kBroken = "---\nname: broken\ndescription: Use it. Examples:\nuser: hi\n---\nBroken.\n";

void TestCheckCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCheckCommand::write(const QString &name, const QByteArray &bytes)
{
    return writeScratchFileOrAbort(m_dir->filePath(name), bytes);
}

// Each file is read as the runtime of its folder reads it, or as `--runtime` says.
void TestCheckCommand::runtimes()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral(".opencode/agent")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral(".claude/agents")));
    write(QStringLiteral(".claude/agents/reviewer.md"), kClean);
    write(QStringLiteral(".opencode/agent/stops.md"), "---\ndescription: Checks\nmode: banana\n---\nCheck.\n");
    CommandRun r = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), m_dir->path()});
    QCOMPARE(r.code, 1);
    QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject claude = files.at(0).toObject();
    const QJsonObject openCode = files.at(1).toObject();
    QCOMPARE(claude.value(QLatin1String("runtime")).toString(), QStringLiteral("claude-code"));
    // Copilot reads a project's .claude/agents/ too.
    const QJsonObject copilot = claude.value(QLatin1String("also_read_by")).toArray().first().toObject();
    QCOMPARE(copilot.value(QLatin1String("runtime")).toString(), QStringLiteral("copilot"));
    QCOMPARE(copilot.value(QLatin1String("loads")).toObject().value(QLatin1String("project")).toBool(), true);
    QVERIFY(!openCode.contains(QLatin1String("also_read_by")));
    QCOMPARE(openCode.value(QLatin1String("runtime")).toString(), QStringLiteral("opencode"));
    const QJsonObject loads = openCode.value(QLatin1String("loads")).toObject();
    QCOMPARE(loads.value(QLatin1String("project")).toBool(true), false);
    QCOMPARE(loads.value(QLatin1String("breaks_runtime")).toBool(), true);
    QVERIFY(!loads.contains(QLatin1String("plugin")));
    QCOMPARE(openCode.value(QLatin1String("diagnostics")).toArray().first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("RT102"));

    // Forced: the Claude Code agent read as Gemini CLI reads it.
    r = CommandRun::run({QStringLiteral("check"), QStringLiteral("--runtime"), QStringLiteral("gemini-cli"), QStringLiteral("--format"),
                         QStringLiteral("json"), m_dir->filePath(QStringLiteral(".claude/agents/reviewer.md"))});
    files = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("files")).toArray();
    QCOMPARE(files.at(0).toObject().value(QLatin1String("runtime")).toString(), QStringLiteral("gemini-cli"));
    QCOMPARE(files.at(0).toObject().value(QLatin1String("loads")).toObject().value(QLatin1String("project")).toBool(true), false);
    QVERIFY(r.out.contains(QLatin1String("(Local Agent) tools: Expected array, received string")));

    r = CommandRun::run({QStringLiteral("check"), QStringLiteral("--runtime"), QStringLiteral("claude"), m_dir->path()});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--runtime takes one of auto, claude-code, copilot, opencode, gemini-cli, qwen-code, factory-droid")), qPrintable(r.err));
}

void TestCheckCommand::json()
{
    const QString clean = write(QStringLiteral("reviewer.md"), kClean);
    const QString lenient = write(QStringLiteral("helper.md"), kLenient);
    const QString broken = write(QStringLiteral("broken.md"), kBroken);
    const CommandRun r = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), clean, lenient, broken});
    QCOMPARE(r.code, 1);
    const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 3);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("diagnostics"), QStringLiteral("file"), QStringLiteral("frontmatter"), QStringLiteral("loads"),
                                        QStringLiteral("runtime")}));
    QCOMPARE(first.value(QLatin1String("runtime")).toString(), QStringLiteral("claude-code"));
    QCOMPARE(first.value(QLatin1String("loads")).toObject().value(QLatin1String("breaks_runtime")).toBool(true), false);
    QCOMPARE(first.value(QLatin1String("file")).toString(), clean);
    QCOMPARE(first.value(QLatin1String("frontmatter")).toString(), QStringLiteral("ok"));
    QCOMPARE(first.value(QLatin1String("loads")).toObject().value(QLatin1String("project")).toBool(), true);
    QCOMPARE(first.value(QLatin1String("diagnostics")).toArray().size(), 0);
    QCOMPARE(files.at(1).toObject().value(QLatin1String("frontmatter")).toString(), QStringLiteral("lenient"));
    const QJsonObject third = files.at(2).toObject();
    QCOMPARE(third.value(QLatin1String("frontmatter")).toString(), QStringLiteral("broken"));
    QCOMPARE(third.value(QLatin1String("loads")).toObject().value(QLatin1String("project")).toBool(), false);
    QCOMPARE(third.value(QLatin1String("loads")).toObject().value(QLatin1String("plugin")).toBool(), true);
    const QJsonObject diagnostic = third.value(QLatin1String("diagnostics")).toArray().first().toObject();
    QCOMPARE(diagnostic.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("column"), QStringLiteral("field"), QStringLiteral("line"),
                                             QStringLiteral("message"), QStringLiteral("severity")}));
    QCOMPARE(diagnostic.value(QLatin1String("code")).toString(), QStringLiteral("AG105"));
    QCOMPARE(diagnostic.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(diagnostic.value(QLatin1String("line")).toInt(), 3);
}

void TestCheckCommand::text()
{
    const QString broken = write(QStringLiteral("broken.md"), kBroken);
    const CommandRun r = CommandRun::run({QStringLiteral("check"), broken});
    QCOMPARE(r.code, 1);
    const QString first = r.out.split(u'\n').first();
    QVERIFY2(first.startsWith(broken + QStringLiteral(":3:")), qPrintable(first));
    QVERIFY2(first.contains(QLatin1String(": error: ")) && first.endsWith(QLatin1String(" [AG105]")), qPrintable(first));
}

void TestCheckCommand::sarif()
{
    const QString lenient = write(QStringLiteral("helper.md"), kLenient);
    const CommandRun r = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format=sarif"), lenient});
    QCOMPARE(r.code, 0); // a warning only
    const QJsonObject log = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonObject runObject = log.value(QLatin1String("runs")).toArray().first().toObject();
    const QJsonObject driver = runObject.value(QLatin1String("tool")).toObject().value(QLatin1String("driver")).toObject();
    QCOMPARE(driver.value(QLatin1String("name")).toString(), QStringLiteral("agentry"));
    const QJsonArray rules = driver.value(QLatin1String("rules")).toArray();
    QVERIFY(rules.size() >= 48);
    const QJsonObject result = runObject.value(QLatin1String("results")).toArray().first().toObject();
    QCOMPARE(result.value(QLatin1String("ruleId")).toString(), QStringLiteral("AG106"));
    QCOMPARE(result.value(QLatin1String("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(rules.at(result.value(QLatin1String("ruleIndex")).toInt()).toObject().value(QLatin1String("id")).toString(), QStringLiteral("AG106"));
    const QJsonObject region = result.value(QLatin1String("locations")).toArray().first().toObject()
                                   .value(QLatin1String("physicalLocation")).toObject().value(QLatin1String("region")).toObject();
    QCOMPARE(region.value(QLatin1String("startLine")).toInt(), 3);
    const QJsonObject replacement = result.value(QLatin1String("fixes")).toArray().first().toObject()
                                        .value(QLatin1String("artifactChanges")).toArray().first().toObject()
                                        .value(QLatin1String("replacements")).toArray().first().toObject();
    // The fix as bytes: applying it to the file gives strict YAML.
    QByteArray bytes = kLenient;
    bytes.replace(replacement.value(QLatin1String("deletedRegion")).toObject().value(QLatin1String("byteOffset")).toInt(),
                  replacement.value(QLatin1String("deletedRegion")).toObject().value(QLatin1String("byteLength")).toInt(),
                  replacement.value(QLatin1String("insertedContent")).toObject().value(QLatin1String("text")).toString().toUtf8());
    QCOMPARE(bytes, QByteArray("---\nname: helper\ndescription: 'Use it: always'\n---\nHelp.\n"));
}

void TestCheckCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::newRow("clean") << QStringList() << kClean << 0;
    QTest::newRow("warning") << QStringList() << kLenient << 0;
    QTest::newRow("strict warning") << QStringList{QStringLiteral("--strict")} << kLenient << 1;
    QTest::newRow("error") << QStringList() << kBroken << 1;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast")} << kClean << 2;
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << kClean << 2;
    QTest::newRow("unknown client") << QStringList{QStringLiteral("--client"), QStringLiteral("1.0.0")} << kClean << 2;
}

void TestCheckCommand::exitCodes()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    const QString path = write(QStringLiteral("agent.md"), bytes);
    const CommandRun r = CommandRun::run(QStringList{QStringLiteral("check")} + options + QStringList{path});
    QCOMPARE(r.code, code);
    if (code == 2)
        QVERIFY(!r.err.isEmpty());
    QCOMPARE(CommandRun::run({QStringLiteral("check")}).code, 2);
    QCOMPARE(CommandRun::run({QStringLiteral("check"), m_dir->filePath(QStringLiteral("nothing.md"))}).code, 2);
}

void TestCheckCommand::olderClient()
{
    const QString path = write(QStringLiteral("bom.md"), "\xEF\xBB\xBF" + kClean);
    const auto outcome = [&path](const QStringList &client) {
        const CommandRun r = CommandRun::run(QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")} + client + QStringList{path});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("files")).toArray().first().toObject()
            .value(QLatin1String("frontmatter")).toString();
    };
    QCOMPARE(outcome({}), QStringLiteral("ok"));
    QCOMPARE(outcome({QStringLiteral("--client"), QStringLiteral("2.1.197")}), QStringLiteral("missing"));
}

// The diagnostics `check --client` reports for `path`, as "CODE message" lines.
static QStringList findings(const QString &path, const QString &client)
{
    const CommandRun r = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format=json"), QStringLiteral("--client=") + client, path});
    const QJsonArray diagnostics = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("files")).toArray().first().toObject()
                                       .value(QLatin1String("diagnostics")).toArray();
    QStringList lines;
    for (const QJsonValue &d : diagnostics)
        lines.append(d.toObject().value(QLatin1String("code")).toString() + u' ' + d.toObject().value(QLatin1String("message")).toString());
    return lines;
}

// PreSkillShellCommand is an event from 2.1.332 on: 2.1.330 treats it as any unknown event, and
// 2.1.332 reports nothing more about it.
void TestCheckCommand::hookEventByClient()
{
    const QByteArray hook = ":\n    - matcher: \"*\"\n      hooks:\n        - type: command\n          command: ./check.sh\n---\nCheck.\n";
    const QString skill = write(QStringLiteral(".claude/agents/skill.md"), "---\nname: skill\ndescription: Checks.\nhooks:\n  PreSkillShellCommand" + hook);
    const QString made = write(QStringLiteral(".claude/agents/made.md"), "---\nname: made\ndescription: Checks.\nhooks:\n  NoSuchEvent" + hook);
    const QStringList older = findings(skill, QStringLiteral("2.1.330"));
    QVERIFY(!older.isEmpty());
    QCOMPARE(older.join(u'\n').replace(QLatin1String("PreSkillShellCommand"), QLatin1String("NoSuchEvent")),
             findings(made, QStringLiteral("2.1.330")).join(u'\n'));
    QCOMPARE(findings(skill, QStringLiteral("2.1.332")), older);
}

// McpTaskCheck exists in 2.1.332 only behind a feature flag that is off by default.
void TestCheckCommand::flaggedToolByClient()
{
    const QString path = write(QStringLiteral(".claude/agents/tasks.md"), "---\nname: tasks\ndescription: Checks tasks.\ntools: Read, McpTaskCheck\n---\nCheck.\n");
    QCOMPARE(findings(path, QStringLiteral("2.1.330")),
             QStringList{QStringLiteral("AG301 Claude Code knows no tool \"McpTaskCheck\"; it drops the name and the agent lacks it.")});
    QCOMPARE(findings(path, QStringLiteral("2.1.332")),
             QStringList{QStringLiteral("AG301 \"McpTaskCheck\" is a tool of Claude Code 2.1.332 only behind a feature flag that is off by "
                                        "default; without the flag the client drops the name and the agent lacks the tool.")});
}

void TestCheckCommand::foldersWalked()
{
    write(QStringLiteral("repo/.claude/agents/a.md"), kClean);
    write(QStringLiteral("repo/.claude/agents/sub/b.md"), kClean);
    write(QStringLiteral("repo/README.md"), "# Readme\n");
    const CommandRun r = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), m_dir->filePath(QStringLiteral("repo"))});
    const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 2);
    // Both are named "reviewer" in one agents folder: the client drops the first.
    QCOMPARE(r.code, 1);
    QStringList codes;
    for (const QJsonValue &d : files.at(0).toObject().value(QLatin1String("diagnostics")).toArray())
        codes.append(d.toObject().value(QLatin1String("code")).toString());
    QVERIFY2(codes.contains(QStringLiteral("AG501")), qPrintable(codes.join(u' ')));
}

void TestCheckCommand::fixDryRun()
{
    const QString path = write(QStringLiteral("helper.md"), kLenient);
    const CommandRun r = CommandRun::run({QStringLiteral("fix"), QStringLiteral("--dry-run"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("-description: Use it: always\n+description: 'Use it: always'")), qPrintable(r.out));
    QCOMPARE(readScratchFile(path), kLenient);
}

void TestCheckCommand::fixWritesAndIsStable()
{
    const QString lenient = write(QStringLiteral("helper.md"), kLenient);
    const QString broken = write(QStringLiteral("broken.md"), kBroken);
    const CommandRun first = CommandRun::run({QStringLiteral("fix"), lenient, broken});
    QCOMPARE(first.code, 0);
    QVERIFY(first.out.startsWith(QStringLiteral("--- a/")));
    QCOMPARE(readScratchFile(lenient), QByteArray("---\nname: helper\ndescription: 'Use it: always'\n---\nHelp.\n"));
    QCOMPARE(readScratchFile(broken), QByteArray("---\nname: broken\ndescription: |-\n  Use it. Examples:\n  user: hi\n---\nBroken.\n"));
    const CommandRun second = CommandRun::run({QStringLiteral("fix"), lenient, broken});
    QCOMPARE(second.code, 0);
    QCOMPARE(second.out, QString());
    const CommandRun check = CommandRun::run({QStringLiteral("check"), lenient, broken});
    QCOMPARE(check.code, 0);
}

// A file is fixed for its own runtime: Claude Code's tool names become Gemini CLI's.
void TestCheckCommand::fixForAnotherRuntime()
{
    const QByteArray gemini = "---\nname: reviewer\ndescription: Reviews diffs\ntools: [Read, Grep]\n---\nReview the diff.\n";
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral(".gemini/agents")));
    const QString located = write(QStringLiteral(".gemini/agents/reviewer.md"), gemini);
    const QString loose = write(QStringLiteral("reviewer.md"), gemini);
    QCOMPARE(CommandRun::run({QStringLiteral("fix"), located}).code, 0);
    QCOMPARE(readScratchFile(located), QByteArray("---\nname: reviewer\ndescription: Reviews diffs\ntools: [read_file, grep_search]\n---\nReview the diff.\n"));
    // A loose file is Claude Code's unless --runtime says otherwise.
    QCOMPARE(CommandRun::run({QStringLiteral("fix"), loose}).code, 0);
    QCOMPARE(readScratchFile(loose), gemini);
    QCOMPARE(CommandRun::run({QStringLiteral("fix"), QStringLiteral("--runtime"), QStringLiteral("gemini-cli"), loose}).code, 0);
    QCOMPARE(readScratchFile(loose), readScratchFile(located));
    QCOMPARE(CommandRun::run({QStringLiteral("check"), QStringLiteral("--runtime"), QStringLiteral("gemini-cli"), loose}).code, 0);
}

void TestCheckCommand::fixOneRule()
{
    const QString path = write(QStringLiteral("x.md"), "---\nname: Code Reviewer\ndescription: b\ntools: Read, Task\n---\nx\n");
    QCOMPARE(CommandRun::run({QStringLiteral("fix"), QStringLiteral("--rule"), QStringLiteral("AG303"), path}).code, 0);
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: Code Reviewer\ndescription: b\ntools: Read, Agent\n---\nx\n"));
    QCOMPARE(CommandRun::run({QStringLiteral("fix"), QStringLiteral("--rule"), QStringLiteral("AG999"), path}).code, 2);
    QCOMPARE(CommandRun::run({QStringLiteral("fix")}).code, 2);
}

// Another program writes the file after fix read it, at the last moment before fix writes.
void TestCheckCommand::fixRefusesAnOutsideChange()
{
    const QString path = write(QStringLiteral("helper.md"), kLenient);
    const QByteArray theirs = QByteArray(kLenient).replace("Help.", "Theirs.");
    const WriterHook outsideChange([&theirs](const QString &written) {
        writeScratchFileOrAbort(written, theirs);
        return QString();
    });
    const CommandRun r = CommandRun::run({QStringLiteral("fix"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("agentry: %1 was changed by another program").arg(path)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("agentry fix: 0 file(s) changed")), qPrintable(r.err));
    QCOMPARE(readScratchFile(path), theirs);
}

void TestCheckCommand::fixIntoAReadOnlyFolder()
{
    const QString path = write(QStringLiteral("locked/helper.md"), kLenient);
    CommandRun r{};
    {
        const ReadOnlyFolder readOnly(m_dir->filePath(QStringLiteral("locked")));
        r = CommandRun::run({QStringLiteral("fix"), path});
    }
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("agentry: Cannot write %1: %2").arg(path, permissionDenied())), qPrintable(r.err));
    QCOMPARE(readScratchFile(path), kLenient);
}

void TestCheckCommand::jsonReportInPieces()
{
    // A report of several megabytes reaches the output in a few large writes, its bytes those
    // of the objects joined.
    QVector<QByteArray> objects;
    for (int i = 0; i < 3000; ++i)
        objects.append(QByteArray(1000, char('a' + i % 26)));
    QVector<QByteArray> pieces;
    CheckReport::writeJson(objects, [&pieces](const QByteArray &piece) { pieces.append(piece); });
    QByteArray joined;
    for (const QByteArray &piece : std::as_const(pieces))
        joined += piece;
    QCOMPARE(joined, "{\n    \"files\": [\n" + objects.toList().join(",\n") + "\n    ]\n}\n");
    QCOMPARE(pieces.size(), 3);
    QVERIFY(pieces.first().size() >= 1 << 20);

    pieces.clear();
    CheckReport::writeJson({}, [&pieces](const QByteArray &piece) { pieces.append(piece); });
    QCOMPARE(pieces, QVector<QByteArray>{"{\n    \"files\": []\n}\n"});
}

void TestCheckCommand::jsonStringsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("agents/reviewer.md");
    QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" to C:\\agents\\");
    QTest::newRow("line break and tab") << QStringLiteral("first\n\tsecond\r\n");
    QTest::newRow("control characters") << (QStringLiteral("a") + QChar(0x01) + QChar(0x1f) + QStringLiteral("b"));
    QTest::newRow("accents and emoji") << QStringLiteral("caf\u00e9 \u2705 \U0001F600 \"\u00fc\"");
    QTest::newRow("empty") << QString();
}

void TestCheckCommand::jsonStringsEscaped()
{
    // A file's object is written by hand, not by QJsonDocument; every string in it reads back
    // as it was.
    QFETCH(QString, text);
    CheckedFile file;
    file.shown = text;
    Diagnostic d;
    d.code = QStringLiteral("AG000");
    d.message = text;
    d.field = text;
    file.diagnostics.append(d);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(CheckReport::jsonObject(file), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("file")).toString(), text);
    const QJsonObject diagnostic = object.value(QLatin1String("diagnostics")).toArray().first().toObject();
    QCOMPARE(diagnostic.value(QLatin1String("message")).toString(), text);
    QCOMPARE(diagnostic.value(QLatin1String("field")).toString(), text);
}

void TestCheckCommand::binaryOnCorpus()
{
    const QString seeds = QStringLiteral(AGENTRY_CORPUS_DIR "/seeds");
    if (!QFileInfo(seeds).isDir())
        QSKIP("The shared corpus is not beside the project.");
    QProcess process;
    process.start(QStringLiteral(AGENTRY_BINARY), {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), seeds});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QJsonArray files = QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 5);
    QStringList outcomes;
    for (const QJsonValue &file : files)
        outcomes.append(file.toObject().value(QLatin1String("frontmatter")).toString());
    QCOMPARE(outcomes, (QStringList{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("missing"), QStringLiteral("ok"), QStringLiteral("ok")}));
}

void TestCheckCommand::sameOutputOnOneThreadOrMany()
{
    // Files are read and checked in parallel; what is printed must not show it.
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR);
    if (!QFileInfo(corpus).isDir())
        QSKIP("The shared corpus is not beside the project.");
    const QList<QStringList> commands = {
        {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), corpus},
        {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("sarif"), corpus},
        {QStringLiteral("check"), corpus},
        {QStringLiteral("fix"), QStringLiteral("--dry-run"), corpus},
        {QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("json"), corpus},
    };
    QThreadPool *const pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    for (const QStringList &command : commands) {
        pool->setMaxThreadCount(1);
        const CommandRun one = CommandRun::run(command);
        pool->setMaxThreadCount(4);
        const CommandRun many = CommandRun::run(command);
        pool->setMaxThreadCount(threads);
        QVERIFY2(one.out.size() > 1000, qPrintable(command.join(u' ')));
        QVERIFY2(one.code == many.code && one.out == many.out && one.err == many.err, qPrintable(command.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
