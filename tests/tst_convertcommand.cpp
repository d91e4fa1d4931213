// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandrun.h"
#include "scratchfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `agentry convert`: the preview, the JSON report, writing into a project's runtime folder,
// never overwriting unasked, and the exit codes.
class TestConvertCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void previewPrintsTheNewFile();
    void jsonReport();
    void writesIntoTheRuntimesFolder();
    void refusesToOverwrite();
    void failsForAnAgentItCannotConvert();
    void fromNamesTheSourceRuntime();
    void usageErrors_data();
    void usageErrors();

private:
    QString agentFile(const QString &name, const QByteArray &frontmatter);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray kBody = "\nYou review the diff carefully and report each bug you find.\n";

} // namespace

void TestConvertCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestConvertCommand::agentFile(const QString &name, const QByteArray &frontmatter)
{
    const QString path = m_dir->filePath(QStringLiteral("src/.claude/agents/") + name + QStringLiteral(".md"));
    writeScratchFile(path, "---\n" + frontmatter + "\n---\n" + kBody);
    return path;
}

void TestConvertCommand::previewPrintsTheNewFile()
{
    const QString path = agentFile(QStringLiteral("reviewer"), "name: Reviewer\ndescription: Reviews diffs\ntools: Read, Grep");
    const CommandRun r = CommandRun::run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("gemini-cli"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral(" → .gemini/agents/reviewer.md (Gemini CLI: loads once acknowledged)\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("  warning: name: Renamed to \"reviewer\"")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("---\nname: reviewer\ndisplay_name: Reviewer\ndescription: Reviews diffs\ntools: [read_file, grep_search]\n---\n")
                            + QString::fromUtf8(kBody)),
             qPrintable(r.out));
    // A preview writes nothing.
    QCOMPARE(scratchTree(m_dir->path()).filter(QStringLiteral(".gemini")), QStringList());
}

void TestConvertCommand::jsonReport()
{
    const QString path = agentFile(QStringLiteral("reviewer"), "name: reviewer\ndescription: Reviews diffs\ntools: Read, Edit\ncolor: red");
    const CommandRun r = CommandRun::run({QStringLiteral("convert"), QStringLiteral("--to=copilot"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(r.code, 0);
    const QJsonArray agents = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("agents")).toArray();
    QCOMPARE(agents.size(), 1);
    const QJsonObject agent = agents.first().toObject();
    QCOMPARE(agent.value(QLatin1String("from")).toString(), QStringLiteral("claude-code"));
    QCOMPARE(agent.value(QLatin1String("to")).toString(), QStringLiteral("copilot"));
    QCOMPARE(agent.value(QLatin1String("name")).toString(), QStringLiteral("reviewer"));
    QCOMPARE(agent.value(QLatin1String("path")).toString(), QStringLiteral(".github/agents/reviewer.agent.md"));
    QCOMPARE(agent.value(QLatin1String("converted")).toBool(), true);
    QCOMPARE(agent.value(QLatin1String("loads")).toBool(), true);
    QCOMPARE(agent.value(QLatin1String("widened")).toArray(), QJsonArray{QStringLiteral("Write")});
    QCOMPARE(agent.value(QLatin1String("written")), QJsonValue(QJsonValue::Null));
    QVERIFY(agent.value(QLatin1String("text")).toString().startsWith(QLatin1String("---\nname: reviewer\n")));
    QStringList fields;
    for (const QJsonValue &finding : agent.value(QLatin1String("findings")).toArray())
        fields << finding.toObject().value(QLatin1String("field")).toString();
    QCOMPARE(fields, (QStringList{QStringLiteral("color"), QStringLiteral("tools")}));
}

void TestConvertCommand::writesIntoTheRuntimesFolder()
{
    agentFile(QStringLiteral("a"), "name: reviewer\ndescription: Reviews diffs");
    agentFile(QStringLiteral("b"), "name: Reviewer\ndescription: Reviews other diffs");
    const QString out = m_dir->filePath(QStringLiteral("project"));
    const CommandRun r = CommandRun::run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("qwen-code"), QStringLiteral("--out"), out,
                                          m_dir->filePath(QStringLiteral("src"))});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("Wrote 2 file")) && r.out.endsWith(QLatin1String(" into ") + QDir::toNativeSeparators(out) + u'\n'), qPrintable(r.out));
    // Qwen Code compares names without case: the second one is renamed, not lost.
    QCOMPARE(scratchTree(out), (QStringList{QStringLiteral(".qwen"), QStringLiteral(".qwen/agents"), QStringLiteral(".qwen/agents/Reviewer-2.md"),
                                            QStringLiteral(".qwen/agents/reviewer.md")}));
    QVERIFY(readScratchFile(out + QStringLiteral("/.qwen/agents/Reviewer-2.md")).startsWith("---\nname: Reviewer-2\ndescription: Reviews other diffs\n"));
}

void TestConvertCommand::refusesToOverwrite()
{
    const QString path = agentFile(QStringLiteral("reviewer"), "name: reviewer\ndescription: Reviews diffs");
    const QString out = m_dir->filePath(QStringLiteral("project"));
    const QString existing = out + QStringLiteral("/.opencode/agent/reviewer.md");
    writeScratchFile(existing, "mine\n");
    const QStringList arguments{QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("opencode"), QStringLiteral("--out"), out, path};
    const CommandRun refused = CommandRun::run(arguments);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("exists already; nothing was written")), qPrintable(refused.err));
    QCOMPARE(readScratchFile(existing), QByteArray("mine\n"));
    const CommandRun replaced = CommandRun::run(arguments + QStringList{QStringLiteral("--overwrite")});
    QCOMPARE(replaced.code, 0);
    QVERIFY(readScratchFile(existing).startsWith("---\ndescription: Reviews diffs\nmode: subagent\n---\n"));
}

void TestConvertCommand::failsForAnAgentItCannotConvert()
{
    const QString good = agentFile(QStringLiteral("good"), "name: good\ndescription: Reviews diffs");
    const QString bad = agentFile(QStringLiteral("bad"), "description: no name, so Claude Code does not load it");
    const QString out = m_dir->filePath(QStringLiteral("project"));
    const CommandRun r = CommandRun::run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("gemini-cli"), QStringLiteral("--out"), out, good, bad});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QLatin1String("(Gemini CLI: not converted)\n  error: Claude Code does not load this file")), qPrintable(r.out));
    // The other agent is written.
    QCOMPARE(scratchTree(out).filter(QStringLiteral(".md")), QStringList{QStringLiteral(".gemini/agents/good.md")});
}

void TestConvertCommand::fromNamesTheSourceRuntime()
{
    // A loose file is read as Claude Code by its frontmatter; --from reads it as Gemini CLI.
    const QString path = m_dir->filePath(QStringLiteral("loose.md"));
    writeScratchFile(path, "---\nname: reviewer\ndescription: Reviews diffs\ntools: [read_file, run_shell_command]\n---\n" + kBody);
    const CommandRun r = CommandRun::run({QStringLiteral("convert"), QStringLiteral("--from"), QStringLiteral("gemini-cli"), QStringLiteral("--to"),
                                          QStringLiteral("claude-code"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("tools: Read, Bash\n")), qPrintable(r.out));
}

void TestConvertCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --to") << QStringList{QStringLiteral("x.md")} << "agentry convert: --to names the runtime to convert to";
    QTest::newRow("auto is no target") << QStringList{QStringLiteral("--to"), QStringLiteral("auto"), QStringLiteral("x.md")}
                                       << "agentry convert: --to takes one of claude-code, copilot, opencode";
    QTest::newRow("unknown runtime") << QStringList{QStringLiteral("--to"), QStringLiteral("cursor"), QStringLiteral("x.md")} << "--to takes one of";
    QTest::newRow("no files") << QStringList{QStringLiteral("--to"), QStringLiteral("opencode")} << "name the agent files or folders to convert";
    QTest::newRow("bad format") << QStringList{QStringLiteral("--to"), QStringLiteral("opencode"), QStringLiteral("--format"), QStringLiteral("xml"),
                                               QStringLiteral("x.md")}
                                << "--format takes text or json";
}

void TestConvertCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandRun r = CommandRun::run(QStringList{QStringLiteral("convert")} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestConvertCommand)
#include "tst_convertcommand.moc"
