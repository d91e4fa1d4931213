// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandrun.h"
#include "scratchfiles.h"

#include "validation/agentvalidator.h"
#include "validation/libraryfixguard.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// A fix never makes a library worse: no agent that loaded stops loading, no agent gains an
// error, and an agent another file displaces is not said to load.
class TestLibraryFix : public QObject
{
    Q_OBJECT

private slots:
    void displacedAgentDoesNotLoad();
    void guardWithdrawsARenameIntoATakenName();
    void guardKeepsHarmlessFixes();
    void twoFixesPickingOneNameKeepTheLastOne();
    void nameFixPicksAFreeName();
    void fixNeverMakesALibraryWorse_data();
    void fixNeverMakesALibraryWorse();
};

namespace {

// Per file (as check names it): whether it loads in its folder, and its error codes counted.
struct Standing
{
    bool loads = false;
    QMap<QString, int> errors;
};

QMap<QString, Standing> check(const QString &folder)
{
    const CommandRun run = CommandRun::run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), folder});
    QMap<QString, Standing> result;
    const QJsonArray files = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        Standing &standing = result[file.value(QLatin1String("file")).toString()];
        standing.loads = file.value(QLatin1String("loads")).toObject().value(QLatin1String("project")).toBool();
        for (const QJsonValue &d : file.value(QLatin1String("diagnostics")).toArray()) {
            if (d.toObject().value(QLatin1String("severity")).toString() == QLatin1String("error"))
                ++standing.errors[d.toObject().value(QLatin1String("code")).toString()];
        }
    }
    return result;
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(QFile::copy(path, target));
    }
}

const QByteArray kNamed = "---\nname: reviewer\ndescription: Reviews diffs.\n---\nReview.\n";
const QByteArray kSpaced = "---\nname: Reviewer\ndescription: Reviews code.\n---\nReview.\n";

LibraryFixGuard::File fileOf(const QString &path, const QByteArray &bytes)
{
    static const AgentValidator validator;
    return LibraryFixGuard::File::of(validator.validate(path, AgentText::fromBytes(bytes), AgentScope::Project), AgentScope::Project);
}

} // namespace

void TestLibraryFix::displacedAgentDoesNotLoad()
{
    QTemporaryDir dir;
    const QString agents = dir.filePath(QStringLiteral(".claude/agents"));
    writeScratchFileOrAbort(agents + QStringLiteral("/a.md"), kNamed);
    writeScratchFileOrAbort(agents + QStringLiteral("/b.md"), kNamed);
    const QMap<QString, Standing> standings = check(dir.path());
    QCOMPARE(standings.size(), 2);
    // The client keeps the last in path order.
    QCOMPARE(standings.first().loads, false);
    QCOMPARE(standings.first().errors.value(QStringLiteral("AG501")), 1);
    QCOMPARE(standings.last().loads, true);
}

void TestLibraryFix::guardWithdrawsARenameIntoATakenName()
{
    const QString a = QStringLiteral("/p/.claude/agents/a.md");
    const QString b = QStringLiteral("/p/.claude/agents/b.md");
    LibraryFixGuard guard({fileOf(a, kNamed), fileOf(b, kSpaced)});
    // Renaming b to the name a loads under would make the client drop a.
    guard.propose(1, fileOf(b, "---\nname: reviewer\ndescription: Reviews code.\n---\nReview.\n"));
    const QHash<int, QString> withdrawn = guard.settle();
    QCOMPARE(withdrawn.keys(), QList<int>{1});
    QVERIFY2(withdrawn.value(1).contains(QLatin1String("a.md")), qPrintable(withdrawn.value(1)));
    QVERIFY(!guard.isTaken(1));
}

void TestLibraryFix::guardKeepsHarmlessFixes()
{
    const QString a = QStringLiteral("/p/.claude/agents/a.md");
    const QString b = QStringLiteral("/p/.claude/agents/b.md");
    LibraryFixGuard guard({fileOf(a, kNamed), fileOf(b, kSpaced)});
    guard.propose(1, fileOf(b, "---\nname: reviewer-2\ndescription: Reviews code.\n---\nReview.\n"));
    QVERIFY(guard.settle().isEmpty());
    QVERIFY(guard.isTaken(1));
    QVERIFY(guard.takenNames(1).contains(QStringLiteral("reviewer")));
    QVERIFY(!guard.takenNames(0).contains(QStringLiteral("reviewer")));
}

void TestLibraryFix::twoFixesPickingOneNameKeepTheLastOne()
{
    const QString a = QStringLiteral("/p/.claude/agents/a.md");
    const QString b = QStringLiteral("/p/.claude/agents/b.md");
    LibraryFixGuard guard({fileOf(a, kSpaced), fileOf(b, "---\nname: REVIEWER\ndescription: Reviews more.\n---\nMore.\n")});
    // Both would become "reviewer": the client would keep b and drop a, so a's fix goes.
    guard.propose(0, fileOf(a, "---\nname: reviewer\ndescription: Reviews code.\n---\nReview.\n"));
    guard.propose(1, fileOf(b, "---\nname: reviewer\ndescription: Reviews more.\n---\nMore.\n"));
    QCOMPARE(guard.settle().keys(), QList<int>{0});
    QVERIFY(guard.isTaken(1));
}

void TestLibraryFix::nameFixPicksAFreeName()
{
    QTemporaryDir dir;
    const QString agents = dir.filePath(QStringLiteral(".claude/agents"));
    writeScratchFileOrAbort(agents + QStringLiteral("/a.md"), kNamed);
    const QString spaced = writeScratchFileOrAbort(agents + QStringLiteral("/b.md"), kSpaced);
    const CommandRun run = CommandRun::run({QStringLiteral("fix"), dir.path()});
    QCOMPARE(run.code, 0);
    QCOMPARE(readScratchFile(spaced), QByteArray("---\nname: reviewer-2\ndescription: Reviews code.\n---\nReview.\n"));
}

void TestLibraryFix::fixNeverMakesALibraryWorse_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("into"); // where in the scratch folder the files go
    QTest::newRow("seeds in one agents folder") << QStringLiteral(AGENTRY_CORPUS_DIR "/seeds") << QStringLiteral("/.claude/agents");
    QTest::newRow("corpus") << QStringLiteral(AGENTRY_CORPUS_DIR) << QString();
}

void TestLibraryFix::fixNeverMakesALibraryWorse()
{
    QFETCH(QString, source);
    QFETCH(QString, into);
    if (!QFileInfo(source).isDir())
        QSKIP("The shared corpus is not beside the project.");
    QTemporaryDir dir;
    copyTree(source, dir.path() + into);
    const QMap<QString, Standing> before = check(dir.path());
    QVERIFY(!before.isEmpty());
    const CommandRun fix = CommandRun::run({QStringLiteral("fix"), dir.path()});
    QVERIFY2(fix.code == 0, qPrintable(fix.err));
    QVERIFY2(fix.out.contains(QLatin1String("+++ b/")), "the fixes ran");
    const QMap<QString, Standing> after = check(dir.path());
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Standing &now = after.value(it.key());
        QVERIFY2(!it->loads || now.loads, qPrintable(it.key() + QStringLiteral(" stopped loading")));
        for (auto code = now.errors.cbegin(); code != now.errors.cend(); ++code)
            QVERIFY2(code.value() <= it->errors.value(code.key()), qPrintable(it.key() + QStringLiteral(" gained ") + code.key()));
    }
}

QTEST_GUILESS_MAIN(TestLibraryFix)
#include "tst_libraryfix.moc"
