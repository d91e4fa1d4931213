// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "runtime/loadstatus.h"
#include "scratchfiles.h"
#include "text/byteedit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// LibraryChecker: every agent checked in the background, edits checked again after a
// pause, cross-agent findings kept in step; and the minimal edit between two texts.
class TestLibraryChecker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checksEveryAgentInTheBackground();
    void editIsCheckedAfterThePause();
    void crossAgentFindingsFollowEdits();
    void displacedAgentIsSkipped();
    void editedAgentsNameFixPicksAFreeName();
    void fixesAreWorkedOutWhenAskedFor();
    void removingAnAgentResets();
    void reopeningDropsTheOldFindings();
    void loadStatusOfPluginAgents();
    void folderRuntime();
    void agentsQueuedAfterLoadingAreCheckedInFull();
    void minimalEdit_data();
    void minimalEdit();

private:
    void write(const QString &relativePath, const QByteArray &bytes);
    void open(const QString &folder);
    int indexOf(const QString &fileName) const;
    QStringList codes(const QString &fileName) const;
    // The counts of every item's check added up: what totals() must say.
    DiagnosticCounts countsOfAllChecks() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentLibrary> m_library;
    std::unique_ptr<LibraryChecker> m_checker;
};

void TestLibraryChecker::init()
{
    qRegisterMetaType<QVector<int>>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = std::make_unique<AgentLibrary>();
    m_checker = std::make_unique<LibraryChecker>(m_library.get());
    m_checker->setDelay(50);
    write(QStringLiteral(".claude/agents/fine.md"), "---\nname: fine\ndescription: Does fine work.\n---\nBody.\n");
    write(QStringLiteral(".claude/agents/undescribed.md"), "---\nname: undescribed\n---\nBody.\n");
    write(QStringLiteral(".claude/agents/other.md"), "---\nname: other\ndescription: Does other work.\n---\nBody.\n");
}

void TestLibraryChecker::cleanup()
{
    m_checker.reset();
    m_library.reset();
}

void TestLibraryChecker::write(const QString &relativePath, const QByteArray &bytes)
{
    writeScratchFile(m_dir->filePath(relativePath), bytes);
}

void TestLibraryChecker::open(const QString &folder)
{
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(folder);
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
}

int TestLibraryChecker::indexOf(const QString &fileName) const
{
    for (int i = 0; i < m_library->count(); ++i) {
        if (QFileInfo(m_library->item(i).file.path).fileName() == fileName)
            return i;
    }
    return -1;
}

DiagnosticCounts TestLibraryChecker::countsOfAllChecks() const
{
    DiagnosticCounts sum;
    for (int i = 0; i < m_library->count(); ++i) {
        if (const CheckedAgent *check = m_checker->check(i))
            sum += check->counts;
    }
    return sum;
}

QStringList TestLibraryChecker::codes(const QString &fileName) const
{
    const CheckedAgent *check = m_checker->check(indexOf(fileName));
    QStringList result;
    if (check) {
        for (const Diagnostic &d : check->diagnostics)
            result << d.code;
    }
    return result;
}

// A runtime chosen for a folder reads every file under it, the nearest chosen folder winning.
void TestLibraryChecker::folderRuntime()
{
    write(QStringLiteral(".claude/agents/team/docs.md"), "---\ndescription: Writes docs.\ntools:\n  bash: false\n---\nYou write docs.\n");
    write(QStringLiteral(".claude/agents/team/inner/plain.md"), "---\nname: plain\ndescription: Plain.\n---\nBody.\n");
    open(m_dir->path());
    const int docs = m_library->indexOfPath(m_dir->filePath(QStringLiteral(".claude/agents/team/docs.md")));
    const int plain = m_library->indexOfPath(m_dir->filePath(QStringLiteral(".claude/agents/team/inner/plain.md")));
    QVERIFY(docs >= 0 && plain >= 0);
    QCOMPARE(m_checker->check(docs)->reading.runtime, Runtime::ClaudeCode);
    QCOMPARE(m_checker->check(plain)->reading.runtime, Runtime::ClaudeCode);

    QSignalSpy changed(m_checker.get(), &LibraryChecker::folderRuntimesChanged);
    m_checker->setFolderRuntime(m_dir->filePath(QStringLiteral(".claude/agents/team")), Runtime::GeminiCli);
    m_checker->setFolderRuntime(m_dir->filePath(QStringLiteral(".claude/agents/team/inner")), Runtime::QwenCode);
    QCOMPARE(changed.count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    QCOMPARE(m_checker->check(docs)->reading.runtime, Runtime::GeminiCli);
    QCOMPARE(m_checker->check(plain)->reading.runtime, Runtime::QwenCode);
    QCOMPARE(m_library->item(docs).document->dialect(), Dialect::GeminiCli); // the form follows
    QVERIFY(m_checker->check(docs)->counts.errors > 0); // Gemini CLI refuses a tools map

    m_checker->setFolderRuntime(m_dir->filePath(QStringLiteral(".claude/agents/team")), std::nullopt);
    m_checker->setFolderRuntime(m_dir->filePath(QStringLiteral(".claude/agents/team/inner")), std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    QCOMPARE(m_checker->check(docs)->reading.runtime, Runtime::ClaudeCode);
    QCOMPARE(m_checker->check(plain)->reading.runtime, Runtime::ClaudeCode);
    QCOMPARE(m_library->item(docs).document->dialect(), Dialect::ClaudeCode);
    QVERIFY(m_checker->folderRuntimes().folders().isEmpty());
}

void TestLibraryChecker::agentsQueuedAfterLoadingAreCheckedInFull()
{
    // Once loading is done, a helper thread takes agents of a batch too: each gets its own check.
    for (int i = 0; i < 300; ++i)
        write(QStringLiteral(".claude/agents/many/a%1.md").arg(i), QStringLiteral("---\nname: a%1\ndescription: Agent %1.\n---\nBody.\n").arg(i).toUtf8());
    open(m_dir->path());
    QCOMPARE(m_library->count(), 303);
    m_checker->setFolderRuntime(m_dir->filePath(QStringLiteral(".claude/agents/many")), Runtime::GeminiCli);
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    for (int i = 0; i < m_library->count(); ++i) {
        const QString path = m_library->item(i).file.path;
        if (!path.contains(QLatin1String("/many/")))
            continue;
        const CheckedAgent *check = m_checker->check(i);
        QVERIFY(check);
        QCOMPARE(check->path, path);
        QVERIFY(!check->fixes); // from the batch: an agent whose result went astray is checked again, with fixes
        QCOMPARE(check->reading.runtime, Runtime::GeminiCli);
        QCOMPARE(check->reading.fields.value(QLatin1String("name")).toString(), QFileInfo(path).completeBaseName());
    }
}

void TestLibraryChecker::checksEveryAgentInTheBackground()
{
    QSignalSpy totals(m_checker.get(), &LibraryChecker::totalsChanged);
    open(m_dir->path());
    QCOMPARE(m_library->count(), 3);
    for (int i = 0; i < m_library->count(); ++i) {
        const CheckedAgent *check = m_checker->check(i);
        QVERIFY(check);
        QCOMPARE(check->text.bytes, m_library->item(i).document->text().bytes);
        QCOMPARE(check->scope, AgentScope::Project);
    }
    QVERIFY(codes(QStringLiteral("undescribed.md")).contains(QStringLiteral("AG205")));
    QVERIFY(!codes(QStringLiteral("fine.md")).contains(QStringLiteral("AG205")));
    const CheckedAgent *undescribed = m_checker->check(indexOf(QStringLiteral("undescribed.md")));
    QCOMPARE(LoadStatus::of(undescribed->reading, undescribed->scope).state, LoadStatus::State::Skipped);
    QVERIFY(!LoadStatus::of(undescribed->reading, undescribed->scope).reason.isEmpty());
    const CheckedAgent *fine = m_checker->check(indexOf(QStringLiteral("fine.md")));
    QCOMPARE(LoadStatus::of(fine->reading, fine->scope).state, LoadStatus::State::Loads);

    QVERIFY(m_checker->totals() == countsOfAllChecks());
    QVERIFY(m_checker->totals().errors >= 1);
    QVERIFY(!totals.isEmpty());
}

void TestLibraryChecker::editIsCheckedAfterThePause()
{
    open(m_dir->path());
    const int index = indexOf(QStringLiteral("undescribed.md"));
    AgentDocument *document = m_library->item(index).document;
    QSignalSpy checked(m_checker.get(), &LibraryChecker::checked);
    const int errorsBefore = m_checker->totals().errors;

    QCOMPARE(document->change(FieldChange::set(QStringLiteral("description"), QStringLiteral("Now described."))).status,
             FieldPatch::Status::Changed);
    // Not at once: typing goes on undisturbed until it pauses.
    QVERIFY(m_checker->isBusy());
    QVERIFY(m_checker->check(index)->text.bytes != document->text().bytes);
    QVERIFY(checked.wait(5000));
    QVERIFY(checked.last().at(0).value<QVector<int>>().contains(index));
    QCOMPARE(m_checker->check(index)->text.bytes, document->text().bytes);
    QVERIFY(!codes(QStringLiteral("undescribed.md")).contains(QStringLiteral("AG205")));
    QCOMPARE(m_checker->totals().errors, errorsBefore - 1);

    // flush() checks at once: before fixes are offered.
    document->undo();
    m_checker->setDelay(60000);
    QVERIFY(!codes(QStringLiteral("undescribed.md")).contains(QStringLiteral("AG205")));
    m_checker->flush();
    QVERIFY(codes(QStringLiteral("undescribed.md")).contains(QStringLiteral("AG205")));
    QCOMPARE(m_checker->check(index)->text.bytes, document->text().bytes);
}

void TestLibraryChecker::crossAgentFindingsFollowEdits()
{
    open(m_dir->path());
    QVERIFY(!codes(QStringLiteral("fine.md")).contains(QStringLiteral("AG501")));
    const int other = indexOf(QStringLiteral("other.md"));
    AgentDocument *fine = m_library->item(indexOf(QStringLiteral("fine.md"))).document;

    QSignalSpy checked(m_checker.get(), &LibraryChecker::checked);
    fine->change(FieldChange::set(QStringLiteral("name"), QStringLiteral("other")));
    m_checker->flush();
    // The agent not edited learns of the clash too.
    QVERIFY(!checked.isEmpty());
    QVERIFY(checked.last().at(0).value<QVector<int>>().contains(other));
    QVERIFY(codes(QStringLiteral("fine.md")).contains(QStringLiteral("AG501")));
    QVERIFY(codes(QStringLiteral("other.md")).contains(QStringLiteral("AG501")));

    // Without flush(): the cross-agent rules rerun on the worker once typing pauses.
    fine->undo();
    QTRY_VERIFY(!codes(QStringLiteral("other.md")).contains(QStringLiteral("AG501")));
    QVERIFY(!codes(QStringLiteral("fine.md")).contains(QStringLiteral("AG501")));
    QTRY_VERIFY(!m_checker->isBusy());
    fine->redo();
    QTRY_VERIFY(codes(QStringLiteral("other.md")).contains(QStringLiteral("AG501")));
    QTRY_VERIFY(!m_checker->isBusy());
    QVERIFY(m_checker->totals() == countsOfAllChecks()); // the cross-agent findings counted in, once
}

void TestLibraryChecker::displacedAgentIsSkipped()
{
    open(m_dir->path());
    const int fineIndex = indexOf(QStringLiteral("fine.md"));
    AgentDocument *fine = m_library->item(fineIndex).document;
    QCOMPARE(LoadStatus::of(m_checker->check(fineIndex)->reading, AgentScope::Project).state, LoadStatus::State::Loads);
    // fine.md comes before other.md: named "other" too, the client drops it.
    fine->change(FieldChange::set(QStringLiteral("name"), QStringLiteral("other")));
    m_checker->flush();
    const LoadStatus dropped = LoadStatus::of(m_checker->check(fineIndex)->reading, AgentScope::Project);
    QCOMPARE(dropped.state, LoadStatus::State::Skipped);
    QVERIFY2(dropped.reason.contains(QLatin1String("other.md")), qPrintable(dropped.reason));
    QCOMPARE(LoadStatus::of(m_checker->check(indexOf(QStringLiteral("other.md")))->reading, AgentScope::Project).state, LoadStatus::State::Loads);
    // Renamed back, it loads again.
    fine->undo();
    m_checker->flush();
    QCOMPARE(LoadStatus::of(m_checker->check(fineIndex)->reading, AgentScope::Project).state, LoadStatus::State::Loads);
}

void TestLibraryChecker::editedAgentsNameFixPicksAFreeName()
{
    open(m_dir->path());
    const int fineIndex = indexOf(QStringLiteral("fine.md"));
    AgentDocument *fine = m_library->item(fineIndex).document;
    // Typed, then checked at once with fixes: "Other" is other.md's name in lowercase.
    fine->change(FieldChange::set(QStringLiteral("name"), QStringLiteral("Other")));
    m_checker->flush();
    const CheckedAgent *check = m_checker->checkWithFixes(fine);
    const auto found = std::find_if(check->diagnostics.cbegin(), check->diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.code == QLatin1String("AG203"); });
    QVERIFY(found != check->diagnostics.cend() && found->safeFix());
    QCOMPARE(found->safeFix()->title, QStringLiteral("Rename to \"other-2\""));
}

void TestLibraryChecker::fixesAreWorkedOutWhenAskedFor()
{
    write(QStringLiteral(".claude/agents/spaced.md"), "---\nname: Spaced Name\ndescription: Has a space.\n---\nBody.\n");
    open(m_dir->path());
    const int index = indexOf(QStringLiteral("spaced.md"));
    const CheckedAgent *background = m_checker->check(index);
    QVERIFY(background);
    QVERIFY(!background->fixes);
    const QVector<Diagnostic> found = background->diagnostics;
    QVERIFY(std::all_of(found.cbegin(), found.cend(), [](const Diagnostic &d) { return d.fixes.isEmpty(); }));

    QSignalSpy checked(m_checker.get(), &LibraryChecker::checked);
    const CheckedAgent *withFixes = m_checker->checkWithFixes(m_library->item(index).document);
    QVERIFY(withFixes && withFixes->fixes);
    QCOMPARE(checked.size(), 0); // the same findings: views have nothing to redo
    // The same findings in the same order: a panel row keeps pointing at its finding.
    QCOMPARE(withFixes->diagnostics.size(), found.size());
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE(withFixes->diagnostics.at(i).code, found.at(i).code);
        QCOMPARE(withFixes->diagnostics.at(i).start, found.at(i).start);
    }
    const auto slug = std::find_if(withFixes->diagnostics.cbegin(), withFixes->diagnostics.cend(),
                                   [](const Diagnostic &d) { return d.code == QLatin1String("AG203"); });
    QVERIFY(slug != withFixes->diagnostics.cend() && slug->safeFix());
    // Asked again: nothing to do.
    QCOMPARE(m_checker->checkWithFixes(m_library->item(index).document), withFixes);
}

void TestLibraryChecker::removingAnAgentResets()
{
    open(m_dir->path());
    const int errors = m_checker->totals().errors;
    QSignalSpy reset(m_checker.get(), &LibraryChecker::reset);
    m_library->remove(indexOf(QStringLiteral("undescribed.md")));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_library->count(), 2);
    QVERIFY(m_checker->totals().errors < errors);
    QTRY_VERIFY(!m_checker->isBusy());
    QVERIFY(m_checker->totals() == countsOfAllChecks());
    for (int i = 0; i < m_library->count(); ++i)
        QCOMPARE(m_checker->check(i)->text.bytes, m_library->item(i).document->text().bytes);
}

void TestLibraryChecker::reopeningDropsTheOldFindings()
{
    QTemporaryDir clean;
    QVERIFY(clean.isValid());
    QVERIFY(QDir().mkpath(clean.filePath(QStringLiteral(".claude/agents"))));
    QFile file(clean.filePath(QStringLiteral(".claude/agents/solo.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\nname: solo\ndescription: Works alone.\n---\nBody.\n");
    file.close();

    // Opened while the first folder may still be checked: none of its findings survive.
    m_library->open(m_dir->path());
    open(clean.path());
    QCOMPARE(m_library->count(), 1);
    QCOMPARE(m_checker->totals().errors, 0);
    QVERIFY(m_checker->check(0));
    QCOMPARE(m_checker->check(0)->path, m_library->item(0).file.path);
}

void TestLibraryChecker::loadStatusOfPluginAgents()
{
    write(QStringLiteral("plug/.claude-plugin/plugin.json"), "{\"name\": \"plug\"}\n");
    write(QStringLiteral("plug/agents/broken.md"), "---\nname: broken\ndescription: Use when: it breaks\n  - badly: [\n---\nBody.\n");
    open(m_dir->filePath(QStringLiteral("plug")));
    QCOMPARE(m_library->count(), 1);
    const CheckedAgent *check = m_checker->check(0);
    QVERIFY(check);
    QCOMPARE(check->scope, AgentScope::Plugin);
    QCOMPARE(check->reading.outcome, AgentReading::Outcome::Broken);
    const LoadStatus status = LoadStatus::of(check->reading, check->scope);
    QCOMPARE(status.state, LoadStatus::State::FieldsDropped);
    QVERIFY(status.reason.contains(QStringLiteral("file name")));
}

void TestLibraryChecker::minimalEdit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << qsizetype(3) << qsizetype(0) << QByteArray();
    QTest::newRow("insert") << QByteArray("ac") << QByteArray("abc") << qsizetype(1) << qsizetype(0) << QByteArray("b");
    QTest::newRow("remove") << QByteArray("abc") << QByteArray("ac") << qsizetype(1) << qsizetype(1) << QByteArray();
    QTest::newRow("replace") << QByteArray("name: a\n") << QByteArray("name: \"a\"\n") << qsizetype(6) << qsizetype(1)
                             << QByteArray("\"a\"");
    // é and è share their first byte: the edit takes the whole character.
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9!") << QByteArray("caf\xc3\xa8!") << qsizetype(3) << qsizetype(2)
                           << QByteArray("\xc3\xa8");
    // An edit never starts or ends between the CR and LF of a line end.
    QTest::newRow("crlf") << QByteArray("a\r\nb") << QByteArray("a\r\r\nb") << qsizetype(1) << qsizetype(2) << QByteArray("\r\r\n");
    QTest::newRow("lf after cr") << QByteArray("a\rb") << QByteArray("a\r\nb") << qsizetype(1) << qsizetype(1)
                                 << QByteArray("\r\n");
}

void TestLibraryChecker::minimalEdit()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const ByteEdit edit = ByteEdit::between(before, after);
    QCOMPARE(edit.appliedTo(before), after);
    QTEST(edit.start, "start");
    QTEST(edit.length, "length");
    QTEST(edit.text, "text");
}

QTEST_GUILESS_MAIN(TestLibraryChecker)
#include "tst_librarychecker.moc"
