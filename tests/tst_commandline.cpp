// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "commandrun.h"
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
    void setChangesOneLine();
    void setSameValueLeavesBytes();
    void setStringOption();
    void setMap();
    void setRefusesBrokenFrontmatter();
    void unsetRemovesKey();
    void binaryRunsWithoutDisplay();
    void argumentReader();

private:
    QString copyOf(const QByteArray &bytes);

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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
