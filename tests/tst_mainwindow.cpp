// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bodyeditor.h"
#include "codeeditor.h"
#include "document/agentdocument.h"
#include "gui/actionregistry.h"
#include "gui/agenteditor.h"
#include "gui/convertdialog.h"
#include "gui/librarypanel.h"
#include "gui/mainwindow.h"
#include "library/agentlibrary.h"
#include "library/agentlibrarymodel.h"
#include "library/librarychecker.h"
#include "scratchfiles.h"
#include "writefaults.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Agentry;

namespace {

// Counts the paint events of every widget.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

} // namespace

// The real window over a copy of ../shared/corpus/wshobson__agents: edits from the form and
// the body reach the file's bytes exactly, undo restores them, outside changes are noticed.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void formChangeTouchesOneLineAndUndoRestores();
    void typingInBodyThenSave();
    void externalChangeReloadsCleanDocument();
    void externalChangePromptsForDirtyDocument();
    void saveIntoAFullDiskKeepsTheChanges();
    void saveRefusesAnOutsideChange();
    void closingWithUnsavedChangesPrompts();
    void duplicateWritesACopyUnderANewName();
    void everyActionIsInAMenuWithItsOwnShortcut();
    void folderRuntimeFromTheLibraryMenu();
    void convertFromTheLibraryMenu();
    void statusBarTellsWhatLoaded();
    void addingFilesPaintsNothingAtOnce();
    void firstAgentShownOnceLoaded();

private:
    // Clicks the button labelled `text` of the next message box that opens; `shown` gets its
    // text and informative text.
    static void answerNextMessageBox(const QString &text, bool *answered, QString *shown = nullptr);
    void selectAgent(const QString &relativePath);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_agent; // the selected agent's path
};

// The registry's actions are all reachable from the menu bar and have text, and no two of the
// window's actions that listen window-wide share a shortcut (one would silently never fire).
void TestMainWindow::everyActionIsInAMenuWithItsOwnShortcut()
{
    QSet<QAction *> inMenus;
    const std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            inMenus.insert(action);
            if (action->menu())
                collect(action->menu());
        }
    };
    for (QAction *top : m_window->menuBar()->actions())
        collect(top->menu());
    int registered = 0;
    for (int id = 0; id < int(ActionRegistry::Id::Count); ++id) {
        QAction *action = m_window->actions()->action(ActionRegistry::Id(id));
        QVERIFY(action);
        QVERIFY2(!action->text().isEmpty(), qPrintable(QString::number(id)));
        QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
        registered += int(action->shortcuts().size());
    }
    QHash<QString, QString> owner;
    const QList<QAction *> all = m_window->findChildren<QAction *>();
    for (const QAction *action : all) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString();
            QVERIFY2(!owner.contains(text), qPrintable(text + u' ' + action->text() + u' ' + owner.value(text)));
            owner.insert(text, action->text());
        }
    }
    QVERIFY(owner.size() >= registered);
    // The Problems entry is the dock's own toggle, so the dock's context menu offers the same.
    QCOMPARE(m_window->actions()->action(ActionRegistry::Id::Problems), m_window->findChild<QDockWidget *>()->toggleViewAction());
}

// An agent's menu in the library reads its folder as another runtime; the choice is kept.
void TestMainWindow::folderRuntimeFromTheLibraryMenu()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    auto *panel = m_window->findChild<LibraryPanel *>();
    QVERIFY(panel);
    const QString folder = QFileInfo(m_agent).absolutePath();
    // The menu lives as long as the test looks at it.
    std::unique_ptr<QMenu> menu;
    const auto menuAction = [panel, &menu](const QString &text) -> QAction * {
        menu = std::make_unique<QMenu>();
        panel->fillMenu(menu.get(), panel->currentItem());
        QMenu *readAs = menu->actions().isEmpty() ? nullptr : menu->actions().first()->menu();
        if (!readAs || readAs->title().remove(u'&') != QLatin1String("Read Folder As"))
            return nullptr;
        for (QAction *action : readAs->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    };
    QVERIFY(menuAction(QStringLiteral("By Folder and Content"))->isChecked());
    QAction *openCode = menuAction(QStringLiteral("OpenCode"));
    QVERIFY(openCode);
    QVERIFY(!openCode->isChecked());
    openCode->trigger();
    QCOMPARE(m_window->checker()->folderRuntimes().chosenFor(folder), std::optional<Runtime>(Runtime::OpenCode));
    QVERIFY(menuAction(QStringLiteral("OpenCode"))->isChecked());
    QCOMPARE(m_window->currentDocument()->dialect(), Dialect::OpenCode);
    QCOMPARE(m_window->currentDocument()->path(), m_agent); // still selected after regrouping
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->checker()->isBusy(), 20000);
    QCOMPARE(m_window->checker()->check(m_window->currentDocument())->reading.runtime, Runtime::OpenCode);

    // Kept for the next window.
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->checker()->folderRuntimes().chosenFor(folder), std::optional<Runtime>(Runtime::OpenCode));
    m_window->checker()->setFolderRuntime(folder, std::nullopt);
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->checker()->folderRuntimes().folders().isEmpty());
}

// An agent's menu in the library converts it: the dialog opens on that runtime, offering the
// agents the library shows with only that one checked.
void TestMainWindow::convertFromTheLibraryMenu()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    auto *panel = m_window->findChild<LibraryPanel *>();
    QMenu menu;
    panel->fillMenu(&menu, panel->currentItem());
    QMenu *convertTo = nullptr;
    for (QAction *action : menu.actions()) {
        if (action->menu() && action->menu()->title().remove(u'&') == QLatin1String("Convert To"))
            convertTo = action->menu();
    }
    QVERIFY(convertTo);
    QCOMPARE(convertTo->actions().size(), Runtimes::all().size());
    QAction *gemini = convertTo->actions().at(int(Runtimes::all().indexOf(Runtime::GeminiCli)));
    QCOMPARE(gemini->text(), QStringLiteral("Gemini CLI…"));

    std::optional<Runtime> runtime;
    QStringList checked;
    int offered = 0;
    std::function<void()> look = [&] {
        auto *dialog = qobject_cast<ConvertDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, look);
            return;
        }
        runtime = dialog->runtime();
        offered = int(dialog->conversions().size());
        for (const std::optional<AgentConversion> &conversion : dialog->conversions()) {
            if (conversion)
                checked << conversion->source;
        }
        dialog->reject();
    };
    QTimer::singleShot(20, look);
    gemini->trigger();
    QCOMPARE(runtime, std::optional<Runtime>(Runtime::GeminiCli));
    QCOMPARE(checked, QStringList{m_agent});
    QCOMPARE(offered, int(m_window->shownItems().size()));
}

void TestMainWindow::statusBarTellsWhatLoaded()
{
    // The last progress shown while reading must not outlast the end of loading.
    QCoreApplication::processEvents();
    QStringList texts;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("Agents: 197")), qPrintable(texts.join(u'|')));
    QVERIFY(!m_window->statusBar()->findChild<QProgressBar *>()->isVisible());
}

void TestMainWindow::addingFilesPaintsNothingAtOnce()
{
    // Rows added while reading are painted with the window's next paint, not in the turn that
    // adds them: QProgressBar::setValue paints at once, and with it the whole window.
    PaintCounter paints;
    qApp->installEventFilter(&paints);
    AgentLibrary *library = m_window->library();
    bool adding = false;
    int progressShown = 0;
    int paintedWhileAdding = 0;
    connect(library, &AgentLibrary::itemsAdded, this, [&] {
        adding = true;
        paints.count = 0;
    });
    connect(library, &AgentLibrary::loadingProgress, this, [&] {
        if (!adding)
            return;
        adding = false;
        ++progressShown;
        paintedWhileAdding += paints.count;
    });
    QSignalSpy loaded(library, &AgentLibrary::loadingFinished);
    m_window->openFolder(m_dir->path());
    QVERIFY(loaded.wait(20000));
    qApp->removeEventFilter(&paints);
    disconnect(library, nullptr, this, nullptr);
    QVERIFY(progressShown > 0);
    QCOMPARE(paintedWhileAdding, 0);
    QTRY_VERIFY(!m_window->statusBar()->findChild<QProgressBar *>()->isVisible());
}

void TestMainWindow::firstAgentShownOnceLoaded()
{
    // In a turn after the last files are added, the first agent of the list is shown.
    QTRY_VERIFY(m_window->currentDocument());
    const QAbstractItemModel *rows = m_window->libraryView()->model();
    const QModelIndex first = rows->index(0, 0, rows->index(0, 0));
    QCOMPARE(m_window->libraryView()->currentIndex(), first);
    const int item = first.data(AgentLibraryModel::ItemIndexRole).toInt();
    QCOMPARE(m_window->currentDocument(), m_window->library()->item(item).document);
}

void TestMainWindow::answerNextMessageBox(const QString &text, bool *answered, QString *shown)
{
    QTimer::singleShot(50, [text, answered, shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(text, answered, shown);
            return;
        }
        if (shown)
            *shown = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&') == text) {
                *answered = true;
                button->click();
                return;
            }
        }
        box->reject();
    });
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents")))
        QSKIP("The shared corpus is not beside the project.");
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QDir source(QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents"));
    QDirIterator it(source.path(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = m_dir->filePath(source.relativeFilePath(path));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        QVERIFY(QFile::copy(path, target));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy loaded(m_window->library(), &AgentLibrary::loadingFinished);
    m_window->openFolder(m_dir->path());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_window->library()->count(), 197);
}

void TestMainWindow::cleanup()
{
    // Nothing may stay unsaved, or closing would ask.
    for (int i = 0; m_window && i < m_window->library()->count(); ++i) {
        if (AgentDocument *document = m_window->library()->item(i).document; document && document->isModified())
            document->reload(readScratchFile(document->path()));
    }
    m_window.reset();
}

void TestMainWindow::selectAgent(const QString &relativePath)
{
    m_agent = m_dir->filePath(relativePath);
    QVERIFY(m_window->selectPath(m_agent));
    QVERIFY(m_window->currentDocument());
    QCOMPARE(m_window->currentDocument()->path(), m_agent);
    // Showing an agent changes nothing.
    QCOMPARE(m_window->currentDocument()->history()->count(), 0);
    QVERIFY(!m_window->currentDocument()->isModified());
}

void TestMainWindow::formChangeTouchesOneLineAndUndoRestores()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    const QByteArray original = readScratchFile(m_agent);
    QWidget *field = m_window->editor()->findChild<QWidget *>(QStringLiteral("model"));
    QVERIFY(field);
    auto *model = field->findChild<QComboBox *>();
    QVERIFY(model);
    model->setFocus();
    // What a click in the list does: select the entry, then report it as activated.
    const int haiku = model->findText(QStringLiteral("haiku"));
    QVERIFY(haiku >= 0);
    model->setCurrentIndex(haiku);
    emit model->activated(haiku);
    AgentDocument *document = m_window->currentDocument();
    const QList<QByteArray> before = original.split('\n');
    const QList<QByteArray> after = document->text().bytes.split('\n');
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (int i = 0; i < before.size(); ++i) {
        if (before.at(i) != after.at(i)) {
            ++changed;
            QCOMPARE(after.at(i), QByteArray("model: haiku"));
        }
    }
    QCOMPARE(changed, 1);
    QVERIFY(m_window->isWindowModified());
    QTest::keyClick(model, Qt::Key_Z, Qt::ControlModifier); // undo from the form itself
    QCOMPARE(document->text().bytes, original);
    QVERIFY(!document->isModified());
    QCOMPARE(readScratchFile(m_agent), original);
}

void TestMainWindow::typingInBodyThenSave()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    const QByteArray original = readScratchFile(m_agent);
    CodeEditor *body = m_window->editor()->bodyPane()->editor();
    body->setFocus();
    QTextCursor cursor = body->textCursor();
    cursor.movePosition(QTextCursor::End);
    body->setTextCursor(cursor);
    QTest::keyClicks(body, QStringLiteral("Be brief."));
    QTest::keyClick(body, Qt::Key_Return);
    QVERIFY(m_window->save(m_window->currentDocument()));
    QCOMPARE(readScratchFile(m_agent), original + "Be brief.\n");
    // The line break is a step of its own, after the typed words.
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->currentDocument()->text().bytes, original + "Be brief.");
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->currentDocument()->text().bytes, original);
}

void TestMainWindow::externalChangeReloadsCleanDocument()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    const QByteArray changed = readScratchFile(m_agent).replace("model: opus", "model: sonnet");
    writeScratchFile(m_agent, changed);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDocument()->text().bytes.size(), changed.size(), 5000);
    QCOMPARE(m_window->currentDocument()->text().bytes, changed);
    QVERIFY(!m_window->currentDocument()->isModified());
    QVERIFY(m_window->editor()->sourcePane()->editor()->toPlainText().contains(QLatin1String("model: sonnet")));
}

void TestMainWindow::externalChangePromptsForDirtyDocument()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    AgentDocument *document = m_window->currentDocument();
    document->change(FieldChange::set(QStringLiteral("color"), QStringLiteral("red")));
    const QByteArray theirs = readScratchFile(m_agent) + "Theirs.\n";
    bool answered = false;
    answerNextMessageBox(QStringLiteral("Load Theirs"), &answered);
    writeScratchFile(m_agent, theirs);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    QCOMPARE(document->text().bytes, theirs);
    QVERIFY(!document->isModified());
}

void TestMainWindow::saveIntoAFullDiskKeepsTheChanges()
{
#ifdef Q_OS_UNIX
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    const QByteArray original = readScratchFile(m_agent);
    AgentDocument *document = m_window->currentDocument();
    document->change(FieldChange::set(QStringLiteral("color"), QStringLiteral("red")));
    bool answered = false;
    QString shown;
    answerNextMessageBox(QStringLiteral("OK"), &answered, &shown);
    {
        const FileSizeLimit full(1024);
        QVERIFY(!m_window->save(document));
    }
    QVERIFY(answered);
    QVERIFY2(shown.contains(QStringLiteral("Cannot write %1: %2").arg(m_agent, QString::fromLocal8Bit(std::strerror(EFBIG)))), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("your changes are still here, unsaved")), qPrintable(shown));
    QCOMPARE(readScratchFile(m_agent), original);
    QVERIFY(document->isModified());
    QVERIFY(m_window->isWindowModified());
#else
    QSKIP("A full disk is made with a file size limit, which only Unix has.");
#endif
}

// Saved before the window noticed the change: the save refuses, then the window asks whose
// version to keep, and saving writes the one kept.
void TestMainWindow::saveRefusesAnOutsideChange()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    AgentDocument *document = m_window->currentDocument();
    document->change(FieldChange::set(QStringLiteral("color"), QStringLiteral("red")));
    const QByteArray theirs = readScratchFile(m_agent) + "Theirs.\n";
    writeScratchFile(m_agent, theirs);
    bool answered = false;
    QString shown;
    answerNextMessageBox(QStringLiteral("OK"), &answered, &shown);
    QVERIFY(!m_window->save(document));
    QVERIFY(answered);
    QVERIFY2(shown.contains(QStringLiteral("%1 was changed by another program").arg(m_agent)), qPrintable(shown));
    QCOMPARE(readScratchFile(m_agent), theirs);
    QVERIFY(document->isModified());
    answered = false;
    answerNextMessageBox(QStringLiteral("Keep Mine"), &answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    QVERIFY(m_window->save(document));
    QVERIFY(readScratchFile(m_agent).contains("color: red"));
}

void TestMainWindow::closingWithUnsavedChangesPrompts()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    m_window->currentDocument()->change(FieldChange::set(QStringLiteral("color"), QStringLiteral("red")));
    bool answered = false;
    answerNextMessageBox(QStringLiteral("Cancel"), &answered);
    QVERIFY(!m_window->close());
    QVERIFY(answered);
    QVERIFY(m_window->isVisible());
    answered = false;
    answerNextMessageBox(QStringLiteral("Save All"), &answered);
    QVERIFY(m_window->close());
    QVERIFY(answered);
    QVERIFY(readScratchFile(m_agent).contains("color: red"));
}

void TestMainWindow::duplicateWritesACopyUnderANewName()
{
    selectAgent(QStringLiteral("plugins/database-design/agents/database-architect.md"));
    const QByteArray original = readScratchFile(m_agent);
    const int before = m_window->library()->count();
    QAction *duplicate = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == QLatin1String("Duplicate"))
            duplicate = action;
    }
    QVERIFY(duplicate);
    duplicate->trigger();
    QCOMPARE(m_window->library()->count(), before + 1);
    const QString copy = m_dir->filePath(QStringLiteral("plugins/database-design/agents/database-design-database-architect-copy.md"));
    QCOMPARE(m_window->currentDocument()->path(), copy);
    QCOMPARE(readScratchFile(copy), QByteArray(original).replace("name: database-design-database-architect\n",
                                                       "name: database-design-database-architect-copy\n"));
    QCOMPARE(readScratchFile(m_agent), original);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
