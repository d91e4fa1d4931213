// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "library/libraryhistory.h"
#include "library/libraryoperations.h"
#include "scratchfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// What the window asks of the library, without a window: Fix All as one step per agent and
// one across them, fixes refused on text they were not found in, new, duplicate, rename,
// trash, revert, copies joining the library, and a bundle's agents shown read-only.
class TestLibraryOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fixAllPlansAndApplies();
    void fixAllCancels();
    void fixThatDisplacesAnAgentIsLeftOut();
    void fixIsForItsOwnText();
    void createAndDuplicate();
    void renameMovesTheFile();
    void revertReadsTheFileAgain();
    void trashMovesTheFileAndForgetsIt();
    void copiesJoinTheLibrary();
    void bundleShowsReadOnlyAndGoes();

private:
    QString path(const QString &name) const { return m_dir->filePath(QStringLiteral(".claude/agents/") + name); }
    AgentDocument *document(const QString &name) const;

    QTemporaryDir m_trashHome;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentLibrary> m_library;
    std::unique_ptr<LibraryChecker> m_checker;
    std::unique_ptr<LibraryHistory> m_history;
    std::unique_ptr<LibraryOperations> m_operations;
};

void TestLibraryOperations::initTestCase()
{
    // Trashed files go to $XDG_DATA_HOME/Trash: a folder of this test's own.
    QVERIFY(m_trashHome.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_trashHome.path()));
    qRegisterMetaType<QVector<int>>();
}

void TestLibraryOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeScratchFile(path(QStringLiteral("reviewer.md")), "---\nname: Code Reviewer\ndescription: Reviews code.\n---\nReview it.\n");
    writeScratchFile(path(QStringLiteral("writer.md")), "---\nname: Test Writer\ndescription: Writes tests.\n---\nWrite them.\n");
    writeScratchFile(path(QStringLiteral("fine.md")), "---\nname: fine\ndescription: Fine.\n---\nFine.\n");
    m_library = std::make_unique<AgentLibrary>();
    m_checker = std::make_unique<LibraryChecker>(m_library.get());
    m_history = std::make_unique<LibraryHistory>();
    m_operations = std::make_unique<LibraryOperations>(m_library.get(), m_checker.get(), m_history.get());
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
}

void TestLibraryOperations::cleanup()
{
    m_operations.reset();
    m_checker.reset();
    m_library.reset();
}

AgentDocument *TestLibraryOperations::document(const QString &name) const
{
    const int index = m_library->indexOfPath(path(name));
    return index >= 0 ? m_library->item(index).document : nullptr;
}

void TestLibraryOperations::fixAllPlansAndApplies()
{
    AgentDocument *reviewer = document(QStringLiteral("reviewer.md"));
    AgentDocument *writer = document(QStringLiteral("writer.md"));
    const QByteArray reviewerBefore = reviewer->text().bytes;
    const QByteArray writerBefore = writer->text().bytes;
    int calls = 0;
    const std::optional<LibraryOperations::FixAllPlan> plan = m_operations->planFixAll(QStringLiteral("AG203"), [&calls](int done, int total) {
        ++calls;
        return done < total;
    });
    QVERIFY(plan);
    QCOMPARE(calls, 3);
    QCOMPARE(plan->changes.size(), 2);
    QVERIFY(plan->diff.contains(QLatin1String("+name: code-reviewer")));
    QVERIFY(plan->diff.contains(QLatin1String("+name: test-writer")));
    QVERIFY(plan->diff.contains(QLatin1String(".claude/agents/writer.md"))); // relative to the folder
    QCOMPARE(reviewer->text().bytes, reviewerBefore); // planning changes nothing

    QCOMPARE(m_operations->applyFixAll(*plan), 2);
    QCOMPARE(reviewer->text().bytes, QByteArray(reviewerBefore).replace("Code Reviewer", "code-reviewer"));
    QCOMPARE(writer->text().bytes, QByteArray(writerBefore).replace("Test Writer", "test-writer"));
    QCOMPARE(m_history->undoLabel(), QStringLiteral("Fix All AG203"));
    QCOMPARE(m_history->undo(), QString());
    QCOMPARE(reviewer->text().bytes, reviewerBefore);
    QCOMPARE(writer->text().bytes, writerBefore);

    // Read-only agents are counted, not changed.
    writer->setReadOnlyReason(QStringLiteral("test"));
    const std::optional<LibraryOperations::FixAllPlan> again = m_operations->planFixAll(QStringLiteral("AG203"));
    QVERIFY(again);
    QCOMPARE(again->changes.size(), 1);
    QCOMPARE(again->readOnly, 1);
    QVERIFY(m_operations->planFixAll(QStringLiteral("AG999"))->changes.isEmpty());
}

void TestLibraryOperations::fixAllCancels()
{
    QVERIFY(!m_operations->planFixAll(QStringLiteral("AG203"), [](int, int) { return false; }));
}

void TestLibraryOperations::fixThatDisplacesAnAgentIsLeftOut()
{
    // Quoting z's description would make it load as "fine", and the client would keep z (the
    // last in path order) and drop fine.md.
    const QByteArray comment = "---\nname: fine\ndescription: ## Also fine\n---\nAlso.\n";
    writeScratchFile(path(QStringLiteral("z.md")), comment);
    const int z = m_library->add(FoundAgentFile{path(QStringLiteral("z.md")), AgentScope::Project, {}}, AgentText::fromBytes(comment));
    m_checker->flush();
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy(), 20000);
    const std::optional<LibraryOperations::FixAllPlan> plan = m_operations->planFixAll(QStringLiteral("AG205"));
    QVERIFY(plan);
    QVERIFY(plan->changes.isEmpty());
    QCOMPARE(plan->leftOut.size(), 1);
    QVERIFY2(plan->leftOut.first().contains(QLatin1String("fine.md")), qPrintable(plan->leftOut.first()));
    const QByteArray quoted = "---\nname: fine\ndescription: '## Also fine'\n---\nAlso.\n";
    QVERIFY(!m_operations->worsening(m_library->item(z).document, quoted).isEmpty());
    const QByteArray renamed = "---\nname: also-fine\ndescription: '## Also fine'\n---\nAlso.\n";
    QCOMPARE(m_operations->worsening(m_library->item(z).document, renamed), QString());
}

void TestLibraryOperations::fixIsForItsOwnText()
{
    AgentDocument *reviewer = document(QStringLiteral("reviewer.md"));
    const QByteArray before = reviewer->text().bytes;
    const CheckedAgent *check = m_checker->checkWithFixes(reviewer);
    QVERIFY(check);
    const auto found = std::find_if(check->diagnostics.cbegin(), check->diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.code == QLatin1String("AG203"); });
    QVERIFY(found != check->diagnostics.cend());
    QVERIFY(found->safeFix());
    const Fix fix = *found->safeFix();
    const std::optional<QByteArray> after = m_operations->fixed(reviewer, before, fix);
    QVERIFY(after);
    QVERIFY(after->contains("name: code-reviewer"));
    m_operations->applyFix(reviewer, fix);
    QCOMPARE(reviewer->text().bytes, *after);
    QVERIFY(!m_operations->fixed(reviewer, before, fix)); // found in older text
    reviewer->undo();
    reviewer->setReadOnlyReason(QStringLiteral("test"));
    QVERIFY(!m_operations->fixed(reviewer, before, fix));
}

void TestLibraryOperations::createAndDuplicate()
{
    const LibraryOperations::Created created =
        m_operations->createAgent(m_dir->filePath(QStringLiteral(".claude/agents")), QStringLiteral("Data Analyst"),
                                  QStringLiteral("Analyses data."), AgentScope::Project);
    QCOMPARE(created.error, QString());
    const QString file = path(QStringLiteral("data-analyst.md"));
    QCOMPARE(m_library->item(created.index).file.path, file);
    QVERIFY(readScratchFile(file).contains("name: Data Analyst"));

    const LibraryOperations::Created copy = m_operations->duplicate(document(QStringLiteral("fine.md")));
    QCOMPARE(copy.error, QString());
    QCOMPARE(m_library->item(copy.index).file.path, path(QStringLiteral("fine-copy.md")));
    QCOMPARE(readScratchFile(path(QStringLiteral("fine-copy.md"))), QByteArray("---\nname: fine-copy\ndescription: Fine.\n---\nFine.\n"));
    QCOMPARE(m_library->item(copy.index).file.scope, AgentScope::Project);
    // A second copy does not overwrite the first.
    const LibraryOperations::Created second = m_operations->duplicate(document(QStringLiteral("fine.md")));
    QCOMPARE(m_library->item(second.index).file.path, path(QStringLiteral("fine-copy-2.md")));
}

void TestLibraryOperations::renameMovesTheFile()
{
    AgentDocument *fine = document(QStringLiteral("fine.md"));
    QCOMPARE(LibraryOperations::renamedPath(fine, QStringLiteral("fine")), QString()); // already so named
    const QString target = LibraryOperations::renamedPath(fine, QStringLiteral("Very Fine"));
    QCOMPARE(target, path(QStringLiteral("very-fine.md")));
    QCOMPARE(LibraryOperations::moveFile(fine, target), QString());
    QCOMPARE(fine->path(), target);
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("fine.md"))));
    writeScratchFile(path(QStringLiteral("taken.md")), "x");
    QCOMPARE(LibraryOperations::renamedPath(fine, QStringLiteral("taken")), QString());
}

void TestLibraryOperations::revertReadsTheFileAgain()
{
    AgentDocument *fine = document(QStringLiteral("fine.md"));
    const QByteArray before = fine->text().bytes;
    fine->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("typing"));
    QCOMPARE(LibraryOperations::revert(fine), QString());
    QCOMPARE(fine->text().bytes, before);
    fine->undo(); // the revert is an undo step
    QVERIFY(fine->text().bytes.startsWith("x---"));
    QFile::remove(fine->path());
    QVERIFY(!LibraryOperations::revert(fine).isEmpty());
}

void TestLibraryOperations::trashMovesTheFileAndForgetsIt()
{
    AgentDocument *fine = document(QStringLiteral("fine.md"));
    const int before = m_library->count();
    QCOMPARE(m_operations->trash(fine), QString());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("fine.md"))));
    QCOMPARE(m_library->count(), before - 1);
    QCOMPARE(m_library->indexOfPath(path(QStringLiteral("fine.md"))), -1);
    QVERIFY(QFileInfo::exists(m_trashHome.filePath(QStringLiteral("Trash/files/fine.md"))));
}

void TestLibraryOperations::copiesJoinTheLibrary()
{
    const int before = m_library->count();
    writeScratchFile(path(QStringLiteral("copied.md")), "---\nname: copied\ndescription: Copied.\n---\n");
    QTemporaryDir elsewhere;
    writeScratchFile(elsewhere.filePath(QStringLiteral("outside.md")), "---\nname: outside\n---\n");
    QCOMPARE(m_operations->addCopies({path(QStringLiteral("copied.md")), elsewhere.filePath(QStringLiteral("outside.md")),
                                      path(QStringLiteral("fine.md"))}),
             1);
    QCOMPARE(m_library->count(), before + 1);
    QVERIFY(document(QStringLiteral("copied.md")));
}

void TestLibraryOperations::bundleShowsReadOnlyAndGoes()
{
    QTemporaryDir bundle;
    const QString agent = bundle.filePath(QStringLiteral("agents/helper.md"));
    writeScratchFile(agent, "---\nname: helper\ndescription: Helps.\n---\n");
    const int before = m_library->count();
    const LibraryOperations::Shown shown = m_operations->showBundle({{QStringLiteral("team"), {agent}}});
    QCOMPARE(shown.error, QString());
    QCOMPARE(shown.agents, 1);
    QCOMPARE(m_library->count(), before + 1);
    const LibraryItem &item = m_library->item(before);
    QCOMPARE(item.file.scope, AgentScope::Plugin);
    QCOMPARE(item.file.pluginName, QStringLiteral("team"));
    QVERIFY(item.file.path != agent); // a copy: the bundle's own files are never edited
    QVERIFY(item.document->isReadOnly());
    // Showing another bundle, or none, replaces it.
    QCOMPARE(m_operations->showBundle({}).agents, 0);
    QCOMPARE(m_library->count(), before);
    QVERIFY(QFileInfo::exists(agent));
}

QTEST_GUILESS_MAIN(TestLibraryOperations)
#include "tst_libraryoperations.moc"
