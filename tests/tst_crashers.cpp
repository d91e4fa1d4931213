// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandrun.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "readingoffsets.h"
#include "runtime/runtimereader.h"
#include "scratchfiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// Inputs that once broke Agentry (../shared/fuzz/crashers, the agent files of
// tests/fixtures/fuzz-crashers) and variants of them, through every door that reads a file:
// the reader, check, show, fix, matrix, set and the library's background checks. Under the
// sanitizers a read outside the bytes aborts the test; in every build the offsets handed on
// must index the file's bytes.
class TestCrashers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offsetsIndexTheBytes_data();
    void offsetsIndexTheBytes();
    void commands_data();
    void commands();
    void libraryChecks_data();
    void libraryChecks();
    void lenientReadingKeepsItsValue();

private:
    static void addInputs();
    QString writeAgent(const QTemporaryDir &dir, const QByteArray &bytes) const;
};

// Each crasher agent file, then generated variants: ill-formed sequences at the start, middle and
// end of a value only the quoting retry reads, of a key and of a list item; with CRLF and a BOM.
void TestCrashers::addInputs()
{
    QTest::addColumn<QByteArray>("bytes");

    for (const QString &folder : {QStringLiteral(AGENTRY_CRASHERS_DIR), QStringLiteral(AGENTRY_FIXTURES_DIR "/fuzz-crashers")}) {
        const QDir crashers(folder);
        const QStringList files = crashers.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << readScratchFile(crashers.filePath(name));
    }

    const QList<QByteArray> invalid = {"\xFF\xFF\xFF", "\xC3", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "\x80"};
    const auto lenient = [](const QByteArray &bad, int at) {
        QByteArray value = "Use this: when it helps";
        value.insert(at < 0 ? value.size() : at, bad);
        return value;
    };
    int n = 0;
    for (const QByteArray &bad : invalid) {
        const QByteArray tag = QByteArray::number(++n);
        const QList<std::pair<const char *, QByteArray>> shapes = {
            {"value start", "---\nname: x\ndescription: " + lenient(bad, 0) + "\n---\nbody\n"},
            {"value middle", "---\nname: x\ndescription: " + lenient(bad, 9) + "\n---\nbody\n"},
            {"value end", "---\nname: x\ndescription: " + lenient(bad, -1) + "\n---\n"},
            {"key", "---\nname: x\nde" + bad + "sc: Use this: when\ndescription: y\n---\nbody\n"},
            {"list item", "---\nname: x\ndescription: a: b\ntools:\n  - Re" + bad + "ad\n  - Grep\n---\n"},
            {"flow list item", "---\nname: x\ndescription: a: b\ntools: [Read, Gr" + bad + "ep]\n---\n"},
            {"crlf", "---\r\nname: x\r\ndescription: " + lenient(bad, 9) + "\r\n---\r\nbody\r\n"},
            {"bom", "\xEF\xBB\xBF---\nname: x\ndescription: " + lenient(bad, 9) + "\n---\nbody\n"},
            {"bom crlf end", "\xEF\xBB\xBF---\r\nname: x\r\ndescription: " + lenient(bad, -1) + "\r\n---"},
            {"before the block", bad + "---\nname: x\ndescription: " + lenient(bad, 9) + "\n---\n"},
            {"after the closing line", "---\nname: x\ndescription: " + lenient(bad, 9) + "\n---" + bad},
            {"name", "---\nname: " + bad + "x: y\ndescription: a: b\n---\n"},
        };
        for (const auto &[shape, bytes] : shapes)
            QTest::newRow(QByteArray(tag + ' ' + shape).constData()) << bytes;
    }
}

void TestCrashers::initTestCase()
{
    QVERIFY2(!QDir(QStringLiteral(AGENTRY_CRASHERS_DIR)).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty(), AGENTRY_CRASHERS_DIR);
}

QString TestCrashers::writeAgent(const QTemporaryDir &dir, const QByteArray &bytes) const
{
    return writeScratchFileOrAbort(dir.filePath(QStringLiteral(".claude/agents/agent.md")), bytes);
}

void TestCrashers::offsetsIndexTheBytes_data()
{
    addInputs();
}

void TestCrashers::offsetsIndexTheBytes()
{
    QFETCH(QByteArray, bytes);
    for (const QString &version : RuntimeProfile::versions()) {
        const AgentReading reading = RuntimeReader(*RuntimeProfile::find(version)).read(bytes, QStringLiteral("agent.md"));
        QCOMPARE(ReadingOffsets::problem(bytes, reading), QString());
    }
}

void TestCrashers::commands_data()
{
    addInputs();
}

void TestCrashers::commands()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeAgent(dir, bytes);
    const auto json = [](const CommandRun &run) {
        QJsonParseError error;
        QJsonDocument::fromJson(run.out.toUtf8(), &error);
        return error.error == QJsonParseError::NoError;
    };

    const CommandRun check = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QVERIFY2(check.code == 0 || check.code == 1, qPrintable(check.err));
    QVERIFY(json(check));
    const CommandRun sarif = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("sarif"), path});
    QCOMPARE(sarif.code, check.code);
    QVERIFY(json(sarif));
    const CommandRun show = CommandRun::run({QStringLiteral("show"), QStringLiteral("--json"), path});
    QCOMPARE(show.code, 0);
    QVERIFY(json(show));
    const CommandRun matrix = CommandRun::run({QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QVERIFY2(matrix.code == 0 || matrix.code == 1, qPrintable(matrix.err));
    QVERIFY(json(matrix));
    // convert writes nothing without --out, and exits 1 only for an agent it cannot convert.
    for (const Runtime runtime : Runtimes::all()) {
        const CommandRun convert = CommandRun::run({QStringLiteral("convert"), QStringLiteral("--to"), Runtimes::id(runtime), QStringLiteral("--format"),
                                                    QStringLiteral("json"), path});
        QVERIFY2(convert.code == 0 || convert.code == 1, qPrintable(convert.err));
        QVERIFY(json(convert));
    }
    const CommandRun dryRun = CommandRun::run({QStringLiteral("fix"), QStringLiteral("--dry-run"), path});
    QVERIFY2(dryRun.code == 0 || dryRun.code == 1, qPrintable(dryRun.err));
    QCOMPARE(readScratchFile(path), bytes);

    // set either changes the file so that it reads the new value, or refuses and leaves it as it was.
    const CommandRun set = CommandRun::run({QStringLiteral("set"), path, QStringLiteral("model"), QStringLiteral("opus")});
    if (set.code == 0) {
        const CommandRun after = CommandRun::run({QStringLiteral("show"), QStringLiteral("--json"), path});
        const QJsonObject fields = QJsonDocument::fromJson(after.out.toUtf8()).object().value(QLatin1String("frontmatter")).toObject().value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("model")).toString(), QStringLiteral("opus"));
    } else {
        QCOMPARE(set.code, 1);
        QCOMPARE(readScratchFile(path), bytes);
    }
    writeAgent(dir, bytes);
    const CommandRun fix = CommandRun::run({QStringLiteral("fix"), path});
    QVERIFY2(fix.code == 0 || fix.code == 1, qPrintable(fix.err));
    const CommandRun recheck = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QVERIFY(json(recheck));
}

void TestCrashers::libraryChecks_data()
{
    addInputs();
}

void TestCrashers::libraryChecks()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeAgent(dir, bytes);
    AgentLibrary library;
    LibraryChecker checker(&library);
    QSignalSpy finished(&library, &AgentLibrary::loadingFinished);
    library.open(dir.path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!checker.isBusy(), 20000);
    QCOMPARE(library.count(), 1);
    const CheckedAgent *check = checker.checkWithFixes(library.item(0).document);
    QVERIFY(check);
    for (const Diagnostic &d : check->diagnostics) {
        QVERIFY2(0 <= d.start && d.start <= d.end && d.end <= bytes.size(), qPrintable(d.code));
        for (const Fix &fix : d.fixes)
            QVERIFY2(fix.edit.start >= 0 && fix.edit.start + fix.edit.length <= bytes.size(), qPrintable(d.code));
    }
}

// The crasher's description is what the client reads: the retry quotes the line, and each
// 0xFF byte becomes one U+FFFD, as in the client's own decoding.
void TestCrashers::lenientReadingKeepsItsValue()
{
    const QByteArray bytes = readScratchFile(QStringLiteral(AGENTRY_CRASHERS_DIR "/lenient-invalid-utf8.md"));
    QVERIFY(!bytes.isEmpty());
    const AgentReading reading = RuntimeReader(RuntimeProfile::latest()).read(bytes, QStringLiteral("agent.md"));
    QCOMPARE(reading.outcome, AgentReading::Outcome::Lenient);
    const qsizetype invalid = bytes.count('\xFF');
    QCOMPARE(reading.fields.value(QLatin1String("description")).toString(),
             QStringLiteral("Use this: when ") + QString(invalid, QChar(0xFFFD)));
    QCOMPARE(reading.contentEnd, bytes.indexOf("\n---\n") + 1);
    QVERIFY(reading.project.loads);
}

QTEST_GUILESS_MAIN(TestCrashers)
#include "tst_crashers.moc"
