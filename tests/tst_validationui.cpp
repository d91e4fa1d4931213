// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bodyeditor.h"
#include "commandrun.h"
#include "codeeditor.h"
#include "document/agentdocument.h"
#include "fieldlabel.h"
#include "frontmatterform.h"
#include "gui/agenteditor.h"
#include "gui/mainwindow.h"
#include "library/agentlibrary.h"
#include "library/agentlibrarymodel.h"
#include "library/librarychecker.h"
#include "library/libraryhistory.h"
#include "messagebanner.h"
#include "problemspanel.h"
#include "scratchfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Agentry;

// Validation in the window: squiggles, field marks, the load badge, counts in the library and
// the status bar, the problems panel's jumps, and quick fixes previewed and undoable.
class TestValidationUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void marksShowWhereProblemsAre();
    void typingChecksAgainAfterAPause();
    void quickFixIsPreviewedAndUndoable();
    void editorMenuOffersTheFixesAtTheCursor();
    void formOffersTheFixesOfItsFields();
    void fixAllIsOneStepPerAgent();
    void panelJumpsToTheProblem();
    void createFrontmatterIsWhatFixWrites();

private:
    void write(const QString &name, const QByteArray &bytes);
    AgentDocument *select(const QString &name);
    int itemOf(const QString &name) const;
    QStringList codes(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_previews; // the diffs the window asked to apply
    bool m_accept = true;
};

void TestValidationUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<QVector<int>>();
}

void TestValidationUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral("reviewer.md"), "---\nname: Code Reviewer\ndescription: Reviews code.\nmodel: sonet\n---\nReview it.\n");
    write(QStringLiteral("undescribed.md"), "---\nname: undescribed\n---\nHello\xe2\x80\x8bworld.\n");
    write(QStringLiteral("writer.md"), "---\nname: Test Writer\ndescription: Writes tests.\n---\nWrite them.\n");
    write(QStringLiteral("lenient.md"), "---\nname: loose-one\ndescription: Use when: it works\n---\nBody.\n");
    m_window = std::make_unique<MainWindow>();
    m_previews.clear();
    m_accept = true;
    m_window->setPreview([this](const QString &, const QString &, const QString &diff) {
        m_previews << diff;
        return m_accept;
    });
    m_window->show();
    QSignalSpy loaded(m_window->library(), &AgentLibrary::loadingFinished);
    m_window->openFolder(m_dir->path());
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->checker()->isBusy(), 20000);
    QCOMPARE(m_window->library()->count(), 4);
}

void TestValidationUi::cleanup()
{
    for (int i = 0; m_window && i < m_window->library()->count(); ++i) {
        if (AgentDocument *document = m_window->library()->item(i).document; document && document->isModified()) {
            QFile file(document->path());
            QVERIFY(file.open(QIODevice::ReadOnly));
            document->reload(file.readAll());
        }
    }
    m_window.reset();
}

void TestValidationUi::write(const QString &name, const QByteArray &bytes)
{
    writeScratchFile(m_dir->filePath(QStringLiteral(".claude/agents/") + name), bytes);
}

int TestValidationUi::itemOf(const QString &name) const
{
    return m_window->library()->indexOfPath(QDir(m_dir->path()).absoluteFilePath(QStringLiteral(".claude/agents/") + name));
}

AgentDocument *TestValidationUi::select(const QString &name)
{
    const int item = itemOf(name);
    if (item < 0 || !m_window->selectPath(m_window->library()->item(item).file.path))
        return nullptr;
    return m_window->currentDocument();
}

QStringList TestValidationUi::codes(const QString &name) const
{
    QStringList result;
    if (const CheckedAgent *check = m_window->checker()->check(itemOf(name))) {
        for (const Diagnostic &d : check->diagnostics)
            result << d.code;
    }
    return result;
}

void TestValidationUi::marksShowWhereProblemsAre()
{
    AgentDocument *reviewer = select(QStringLiteral("reviewer.md"));
    QVERIFY(reviewer);
    AgentEditor *editor = m_window->editor();
    const int model = int(reviewer->text().bytes.indexOf("sonet"));
    QVERIFY(editor->sourcePane()->editor()->diagnosticAt(model + 2).contains(QStringLiteral("AG207")));
    QVERIFY(editor->sourcePane()->editor()->diagnosticAt(0).isEmpty());
    // GitHub Copilot reads a project's .claude/agents too, and has its say.
    QCOMPARE(editor->loadStatusText(), QStringLiteral("✔ Loads in Claude Code · ✔ Loads in GitHub Copilot"));
    int marked = 0;
    for (const FieldLabel *label : editor->form()->findChildren<FieldLabel *>())
        marked += label->hasProblem() ? 1 : 0;
    QCOMPARE(marked, 2); // name and model

    // The body editor marks what lies in the body: the zero-width space.
    AgentDocument *undescribed = select(QStringLiteral("undescribed.md"));
    QVERIFY(undescribed);
    QCOMPARE(editor->loadStatusText(), QStringLiteral("✖ Skipped by Claude Code · ✖ Rejected by GitHub Copilot"));
    const QString body = editor->bodyPane()->editor()->toPlainText();
    QVERIFY(editor->bodyPane()->editor()->diagnosticAt(int(body.indexOf(QChar(0x200b)))).contains(QStringLiteral("AG404")));

    // The library counts each agent's problems; the status bar the library's.
    auto *view = m_window->libraryView();
    const QModelIndex current = view->currentIndex().siblingAtColumn(AgentLibraryModel::ProblemsColumn);
    QVERIFY(current.data().toString().contains(QStringLiteral("1 ✖")));
    const DiagnosticCounts totals = m_window->checker()->totals();
    QVERIFY(totals.errors >= 1);
    auto *counts = m_window->statusBar()->findChild<QToolButton *>();
    QVERIFY(counts);
    QVERIFY(counts->text().contains(QStringLiteral("✖ %1").arg(totals.errors)));

    // Only the client's lenient retry reads this frontmatter: the library shows the name it reads.
    QVERIFY(select(QStringLiteral("lenient.md")));
    QCOMPARE(view->currentIndex().siblingAtColumn(AgentLibraryModel::NameColumn).data().toString(), QStringLiteral("loose-one"));
    QVERIFY2(editor->loadStatusText().startsWith(QStringLiteral("✔ Loads in Claude Code · ")), qPrintable(editor->loadStatusText()));
}

void TestValidationUi::typingChecksAgainAfterAPause()
{
    AgentDocument *reviewer = select(QStringLiteral("reviewer.md"));
    QVERIFY(reviewer);
    CodeEditor *source = m_window->editor()->sourcePane()->editor();
    const int model = int(reviewer->text().bytes.indexOf("sonet"));
    // The group's row sums its agents' problems.
    const QPersistentModelIndex group = m_window->libraryView()->currentIndex().parent().siblingAtColumn(AgentLibraryModel::ProblemsColumn);
    const QString groupProblems = group.data().toString();
    QVERIFY(!groupProblems.isEmpty());
    QTextCursor cursor(source->document());
    cursor.setPosition(model + 2);
    source->setTextCursor(cursor);
    source->setFocus();
    QTest::keyClick(source, Qt::Key_N); // "sonnet"
    QVERIFY(reviewer->text().bytes.contains("model: sonnet\n"));
    QTRY_VERIFY(!codes(QStringLiteral("reviewer.md")).contains(QStringLiteral("AG207")));
    QTRY_VERIFY(source->diagnosticAt(model + 2).isEmpty());
    QVERIFY(group.isValid());
    QVERIFY2(group.data().toString() != groupProblems, qPrintable(groupProblems));
}

void TestValidationUi::quickFixIsPreviewedAndUndoable()
{
    AgentDocument *reviewer = select(QStringLiteral("reviewer.md"));
    QVERIFY(reviewer);
    const QByteArray before = reviewer->text().bytes;
    const CheckedAgent *check = m_window->checker()->check(itemOf(QStringLiteral("reviewer.md")));
    const auto found = std::find_if(check->diagnostics.cbegin(), check->diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.code == QLatin1String("AG203"); });
    QVERIFY(found != check->diagnostics.cend());
    const Fix fix = *found->safeFix();

    m_accept = false;
    QVERIFY(!m_window->applyFix(reviewer, before, fix));
    QCOMPARE(m_previews.size(), 1);
    QVERIFY(m_previews.last().contains(QStringLiteral("+name: code-reviewer")));
    QCOMPARE(reviewer->text().bytes, before);

    m_accept = true;
    QVERIFY(m_window->applyFix(reviewer, before, fix));
    QCOMPARE(reviewer->text().bytes, QByteArray(before).replace("name: Code Reviewer", "name: code-reviewer"));
    QVERIFY(!codes(QStringLiteral("reviewer.md")).contains(QStringLiteral("AG203")));
    // A fix found in older text is never applied to the new one.
    QVERIFY(!m_window->applyFix(reviewer, before, fix));
    reviewer->undo();
    QCOMPARE(reviewer->text().bytes, before);
}

void TestValidationUi::editorMenuOffersTheFixesAtTheCursor()
{
    AgentDocument *reviewer = select(QStringLiteral("reviewer.md"));
    QVERIFY(reviewer);
    CodeEditor *source = m_window->editor()->sourcePane()->editor();
    const int name = int(reviewer->text().bytes.indexOf("Code Reviewer"));
    QMenu menu;
    menu.addAction(QStringLiteral("Copy"));
    emit source->contextMenuAboutToShow(&menu, name + 1);
    QAction *slug = nullptr;
    QAction *all = nullptr;
    for (QAction *action : menu.actions()) {
        if (action->text().contains(QStringLiteral("code-reviewer")))
            slug = action;
        if (action->text().contains(QStringLiteral("AG203")))
            all = action;
    }
    QVERIFY(slug);
    QVERIFY(all);
    QCOMPARE(menu.actions().constLast()->text(), QStringLiteral("Copy")); // fixes come first
    slug->trigger();
    QVERIFY(reviewer->text().bytes.contains("name: code-reviewer\n"));

    // Nothing to offer where there is no problem.
    QMenu plain;
    emit source->contextMenuAboutToShow(&plain, int(reviewer->text().bytes.indexOf("Review it.")));
    QVERIFY(plain.actions().isEmpty());
}

void TestValidationUi::formOffersTheFixesOfItsFields()
{
    AgentDocument *reviewer = select(QStringLiteral("reviewer.md"));
    QVERIFY(reviewer);
    const QByteArray before = reviewer->text().bytes;
    QSignalSpy requested(m_window->editor()->form(), &FrontmatterForm::fixRequested);
    FieldLabel *fixable = nullptr;
    for (FieldLabel *label : m_window->editor()->form()->findChildren<FieldLabel *>()) {
        if (label->hasProblem() && label->plainText() == QLatin1String("Name"))
            fixable = label;
    }
    QVERIFY(fixable);
    emit fixable->fixTriggered(0); // the first fix of the name: its slug
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("name"));
    QCOMPARE(m_previews.size(), 1);
    QCOMPARE(reviewer->text().bytes, QByteArray(before).replace("Code Reviewer", "code-reviewer"));
    reviewer->undo();
    QCOMPARE(reviewer->text().bytes, before);

    // A file that must not change offers no fixes.
    QTRY_VERIFY(fixable->findChild<QToolButton *>()->isVisibleTo(fixable));
    reviewer->setReadOnlyReason(QStringLiteral("The file is read-only."));
    QVERIFY(!fixable->findChild<QToolButton *>()->isVisibleTo(fixable));
    QVERIFY(fixable->hasProblem());
    reviewer->setReadOnlyReason(QString());
}

void TestValidationUi::fixAllIsOneStepPerAgent()
{
    AgentDocument *reviewer = m_window->library()->item(itemOf(QStringLiteral("reviewer.md"))).document;
    AgentDocument *writer = m_window->library()->item(itemOf(QStringLiteral("writer.md"))).document;
    const QByteArray reviewerBefore = reviewer->text().bytes;
    const QByteArray writerBefore = writer->text().bytes;
    QVERIFY(m_window->fixAll(QStringLiteral("AG203")));
    QCOMPARE(m_previews.size(), 1);
    QVERIFY(m_previews.last().contains(QStringLiteral("+name: test-writer")));
    QCOMPARE(reviewer->text().bytes, QByteArray(reviewerBefore).replace("Code Reviewer", "code-reviewer"));
    QCOMPARE(writer->text().bytes, QByteArray(writerBefore).replace("Test Writer", "test-writer"));
    QVERIFY(!codes(QStringLiteral("writer.md")).contains(QStringLiteral("AG203")));
    reviewer->undo();
    QCOMPARE(reviewer->text().bytes, reviewerBefore);
    QCOMPARE(writer->text().bytes, QByteArray(writerBefore).replace("Test Writer", "test-writer"));
    writer->undo();
    QCOMPARE(writer->text().bytes, writerBefore);

    // Again, undone across the library in one step; redone the same way.
    QVERIFY(m_window->fixAll(QStringLiteral("AG203")));
    LibraryHistory *history = m_window->libraryHistory();
    QCOMPARE(history->undoLabel(), QStringLiteral("Fix All AG203"));
    QCOMPARE(history->undo(), QString());
    QCOMPARE(reviewer->text().bytes, reviewerBefore);
    QCOMPARE(writer->text().bytes, writerBefore);
    QCOMPARE(history->redo(), QString());
    QCOMPARE(writer->text().bytes, QByteArray(writerBefore).replace("Test Writer", "test-writer"));
    QCOMPARE(history->undo(), QString());
    QCOMPARE(reviewer->text().bytes, reviewerBefore);

    QVERIFY(!m_window->fixAll(QStringLiteral("AG999"))); // nothing to fix: no preview
    QCOMPARE(m_previews.size(), 2);
}

void TestValidationUi::panelJumpsToTheProblem()
{
    select(QStringLiteral("reviewer.md"));
    const int item = itemOf(QStringLiteral("undescribed.md"));
    const CheckedAgent *check = m_window->checker()->check(item);
    const auto found = std::find_if(check->diagnostics.cbegin(), check->diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.code == QLatin1String("AG404"); });
    QVERIFY(found != check->diagnostics.cend());
    emit m_window->problemsPanel()->activated(item, int(found - check->diagnostics.cbegin()), -1);
    QCOMPARE(m_window->currentDocument(), m_window->library()->item(item).document);
    CodeEditor *body = m_window->editor()->bodyPane()->editor();
    QVERIFY(body->textCursor().hasSelection());
    QCOMPARE(body->textCursor().selectedText(), QString(QChar(0x200b)));

    // A second invisible character is a second place of the same finding; its row goes there.
    AgentDocument *document = m_window->currentDocument();
    document->edit({ByteEdit{document->text().bytes.size(), 0, "Once\xE2\x80\x8B more.\n"}}, QStringLiteral("Type"));
    m_window->checker()->flush();
    const CheckedAgent *again = m_window->checker()->check(item);
    const auto twice = std::find_if(again->diagnostics.cbegin(), again->diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.code == QLatin1String("AG404"); });
    QCOMPARE(twice->places.size(), 2);
    emit m_window->problemsPanel()->activated(item, int(twice - again->diagnostics.cbegin()), 1);
    QCOMPARE(body->textCursor().selectedText(), QString(QChar(0x200b)));
    QCOMPARE(body->textCursor().block().text(), QStringLiteral("Once\u200b more."));
}

void TestValidationUi::createFrontmatterIsWhatFixWrites()
{
    // One repair, two doors: the window's Create Frontmatter and `agentry fix` write the same.
    const QByteArray seed = readScratchFile(QStringLiteral(AGENTRY_CORPUS_DIR "/seeds/002_32e287f3d574e997.md"));
    if (seed.isEmpty())
        QSKIP("The shared corpus is not beside the project.");
    QTemporaryDir elsewhere;
    const QString copy = writeScratchFileOrAbort(elsewhere.filePath(QStringLiteral("backend.md")), seed);
    QCOMPARE(CommandRun::run({QStringLiteral("fix"), QStringLiteral("--rule"), QStringLiteral("AG101"), copy}).code, 0);
    const QByteArray fixed = readScratchFile(copy);
    QVERIFY(fixed.startsWith("---\nname: backend-python\n"));

    write(QStringLiteral("backend.md"), seed);
    QSignalSpy loaded(m_window->library(), &AgentLibrary::loadingFinished);
    m_window->openFolder(m_dir->path());
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->checker()->isBusy(), 20000);
    AgentDocument *backend = select(QStringLiteral("backend.md"));
    QVERIFY(backend);
    MessageBanner *banner = nullptr;
    for (MessageBanner *candidate : m_window->findChildren<MessageBanner *>()) {
        if (candidate->isVisible() && candidate->actionButton()->text() == QLatin1String("&Create Frontmatter"))
            banner = candidate;
    }
    QVERIFY(banner);
    banner->actionButton()->click();
    QCOMPARE(m_previews.size(), 1);
    QCOMPARE(backend->text().bytes, fixed);
    backend->undo();
    QCOMPARE(backend->text().bytes, seed);
}

QTEST_MAIN(TestValidationUi)
#include "tst_validationui.moc"
