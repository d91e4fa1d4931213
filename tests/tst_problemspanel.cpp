// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/diagnosticsfiltermodel.h"
#include "library/diagnosticsmodel.h"
#include "library/librarychecker.h"
#include "problemspanel.h"
#include "text/byteedit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Agentry;

// ProblemsPanel: severity switches with counts, rule and text filters, "current agent",
// activation by mouse, keyboard and F8, and the context menu.
class TestProblemsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchesShowCounts();
    void errorsSwitchHidesErrors();
    void ruleAndTextFilters();
    void currentAgentOnly();
    void doubleClickAndEnterActivate();
    void selectNextAndPreviousWrap();
    void contextMenu();
    void keyboardContextMenuUsesCurrentRow();
    void copyShortcut();
    void rebuiltListKeepsItsPlace();

private:
    void write(const QString &relativePath, const QByteArray &bytes);
    QToolButton *button(const char *name) const;
    int indexOf(const QString &fileName) const;
    // The item and diagnostic index of a row of the panel's view.
    QPair<int, int> indicesOf(int row) const;
    // Shows a context menu through `send`; returns the actions it held, having closed it.
    QStringList menuActions(const std::function<void()> &send, QList<QPair<int, int>> *requests);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentLibrary> m_library;
    std::unique_ptr<LibraryChecker> m_checker;
    std::unique_ptr<DiagnosticsModel> m_model;
    std::unique_ptr<ProblemsPanel> m_panel;
};

void TestProblemsPanel::init()
{
    qRegisterMetaType<QVector<int>>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral(".claude/agents/alpha.md"), "---\nname: alpha\ndescription: Reviews code.\n---\nBody.\n");
    write(QStringLiteral(".claude/agents/bravo.md"), "---\nname: bravo\n---\nbody\n"); // AG205, an error
    // AG207, a warning; AG218, information.
    write(QStringLiteral(".claude/agents/charlie.md"), "---\nname: charlie\ndescription: Writes tests.\nmodel: gpt-4\nflavour: mint\n---\nBody.\n");
    m_library = std::make_unique<AgentLibrary>();
    m_checker = std::make_unique<LibraryChecker>(m_library.get());
    m_checker->setDelay(0);
    m_model = std::make_unique<DiagnosticsModel>(m_checker.get(), m_library.get());
    m_panel = std::make_unique<ProblemsPanel>(m_model.get());
    m_panel->resize(900, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));

    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_checker->totals().total() == 3 && !m_checker->isBusy(), 20000);
    QCOMPARE(m_panel->view()->model()->rowCount(), 3);
}

void TestProblemsPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
    m_checker.reset();
    m_library.reset();
}

void TestProblemsPanel::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QToolButton *TestProblemsPanel::button(const char *name) const
{
    return m_panel->findChild<QToolButton *>(QLatin1String(name));
}

int TestProblemsPanel::indexOf(const QString &fileName) const
{
    return m_library->indexOfPath(m_dir->filePath(QStringLiteral(".claude/agents/") + fileName));
}

QPair<int, int> TestProblemsPanel::indicesOf(int row) const
{
    const QModelIndex index = m_panel->view()->model()->index(row, 0);
    return {index.data(DiagnosticsModel::ItemIndexRole).toInt(), index.data(DiagnosticsModel::DiagnosticIndexRole).toInt()};
}

void TestProblemsPanel::switchesShowCounts()
{
    QTRY_COMPARE(button("errorsSwitch")->text(), QStringLiteral("Errors (1)"));
    QCOMPARE(button("warningsSwitch")->text(), QStringLiteral("Warnings (1)"));
    QCOMPARE(button("informationSwitch")->text(), QStringLiteral("Information (1)"));
    const auto *rules = m_panel->findChild<QComboBox *>(QStringLiteral("ruleCombo"));
    QStringList entries;
    for (int i = 0; i < rules->count(); ++i)
        entries << rules->itemText(i);
    QCOMPARE(entries, (QStringList{QStringLiteral("All rules"), QStringLiteral("AG205 (1)"), QStringLiteral("AG207 (1)"),
                                   QStringLiteral("AG218 (1)")}));
    for (const QWidget *control : {static_cast<const QWidget *>(m_panel->view()), static_cast<const QWidget *>(rules),
                                   static_cast<const QWidget *>(m_panel->findChild<QLineEdit *>(QStringLiteral("filterField"))),
                                   static_cast<const QWidget *>(button("currentAgentSwitch"))})
        QVERIFY(!control->accessibleName().isEmpty());

    // A check that changes no count leaves the rule list (and an open popup) alone.
    QSignalSpy rulesRemoved(rules->model(), &QAbstractItemModel::rowsRemoved);
    const int charlie = indexOf(QStringLiteral("charlie.md"));
    m_library->item(charlie).document->edit({ByteEdit{4, 0, "# notes\n"}}, QStringLiteral("Comment"));
    QTRY_COMPARE(m_panel->view()->model()->index(2, 0).data(DiagnosticsModel::LineRole).toInt(), 6);
    QTest::qWait(10);
    QCOMPARE(rulesRemoved.count(), 0);

    // Counts follow the findings as agents are edited.
    m_library->item(indexOf(QStringLiteral("bravo.md"))).document->change(FieldChange::set(QStringLiteral("description"), QStringLiteral("Plans.")));
    QTRY_COMPARE(button("errorsSwitch")->text(), QStringLiteral("Errors (0)"));
    QCOMPARE(rules->count(), 3);
}

void TestProblemsPanel::errorsSwitchHidesErrors()
{
    QAbstractItemModel *shown = m_panel->view()->model();
    QToolButton *errors = button("errorsSwitch");
    QVERIFY(errors->isChecked());
    errors->click();
    QVERIFY(!errors->isChecked());
    QCOMPARE(shown->rowCount(), 2);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, 0).data(DiagnosticsModel::SeverityRole).toInt() != int(Severity::Error));
    // The switch still says how many it would show.
    QTRY_COMPARE(errors->text(), QStringLiteral("Errors (1)"));
    errors->click();
    QCOMPARE(shown->rowCount(), 3);
}

void TestProblemsPanel::ruleAndTextFilters()
{
    QAbstractItemModel *shown = m_panel->view()->model();
    auto *rules = m_panel->findChild<QComboBox *>(QStringLiteral("ruleCombo"));
    QTRY_COMPARE(rules->count(), 4);
    rules->setCurrentIndex(rules->findData(QStringLiteral("AG207")));
    QCOMPARE(m_panel->filterModel()->code(), QStringLiteral("AG207"));
    QCOMPARE(shown->rowCount(), 1);
    QTRY_COMPARE(button("errorsSwitch")->text(), QStringLiteral("Errors (0)"));
    QCOMPARE(button("warningsSwitch")->text(), QStringLiteral("Warnings (1)"));
    rules->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 3);

    auto *field = m_panel->findChild<QLineEdit *>(QStringLiteral("filterField"));
    QVERIFY(field->isClearButtonEnabled());
    QTest::keyClicks(field, QStringLiteral("charlie"));
    QCOMPARE(shown->rowCount(), 2);
    QTRY_COMPARE(rules->count(), 3); // All rules, AG207, AG218
    QCOMPARE(button("errorsSwitch")->text(), QStringLiteral("Errors (0)"));
    field->clear();
    QCOMPARE(shown->rowCount(), 3);
}

void TestProblemsPanel::currentAgentOnly()
{
    QAbstractItemModel *shown = m_panel->view()->model();
    QToolButton *current = button("currentAgentSwitch");
    QVERIFY(!current->isEnabled());
    const int charlie = indexOf(QStringLiteral("charlie.md"));
    m_panel->setCurrentItem(charlie);
    QVERIFY(current->isEnabled());
    QCOMPARE(shown->rowCount(), 3); // until switched on
    current->click();
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(indicesOf(0).first, charlie);
    QCOMPARE(indicesOf(1).first, charlie);
    QTRY_COMPARE(button("errorsSwitch")->text(), QStringLiteral("Errors (0)"));
    m_panel->setCurrentItem(indexOf(QStringLiteral("bravo.md")));
    QCOMPARE(shown->rowCount(), 1);
    m_panel->setCurrentItem(-1); // no agent open: everything
    QVERIFY(!current->isEnabled());
    QCOMPARE(shown->rowCount(), 3);
}

void TestProblemsPanel::doubleClickAndEnterActivate()
{
    QSignalSpy activated(m_panel.get(), &ProblemsPanel::activated);
    QTreeView *view = m_panel->view();
    const QModelIndex second = view->model()->index(1, DiagnosticsModel::MessageColumn);
    const QPoint centre = view->visualRect(second).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), indicesOf(1).first);
    QCOMPARE(activated.at(0).at(1).toInt(), indicesOf(1).second);

    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toInt(), indicesOf(2).first);
    QCOMPARE(activated.at(1).at(1).toInt(), indicesOf(2).second);
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(activated.count(), 3);
}

void TestProblemsPanel::selectNextAndPreviousWrap()
{
    QSignalSpy activated(m_panel.get(), &ProblemsPanel::activated);
    QTreeView *view = m_panel->view();
    for (const int row : {0, 1, 2, 0}) {
        m_panel->selectNext();
        QCOMPARE(view->currentIndex().row(), row);
        QVERIFY(view->selectionModel()->isRowSelected(row, QModelIndex()));
        QCOMPARE(activated.constLast().at(0).toInt(), indicesOf(row).first);
        QCOMPARE(activated.constLast().at(1).toInt(), indicesOf(row).second);
    }
    m_panel->selectPrevious();
    QCOMPARE(view->currentIndex().row(), 2);
    m_panel->selectPrevious();
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(activated.count(), 6);

    // With nothing to show there is nothing to go to.
    m_panel->filterModel()->setFilterText(QStringLiteral("nothing-like-this"));
    m_panel->selectNext();
    QCOMPARE(activated.count(), 6);
}

QStringList TestProblemsPanel::menuActions(const std::function<void()> &send, QList<QPair<int, int>> *requests)
{
    QStringList actions;
    const QMetaObject::Connection connection = connect(m_panel.get(), &ProblemsPanel::contextMenuRequested, this,
                                                       [&](QMenu *menu, int itemIndex, int diagnosticIndex) {
        requests->append({itemIndex, diagnosticIndex});
        menu->addAction(QStringLiteral("Fix it"));
        // The panel adds its own actions after this; read them once the menu shows.
        QTimer::singleShot(0, menu, [menu, &actions] {
            for (const QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    actions << action->text();
            }
            const QList<QAction *> all = menu->actions();
            if (!all.isEmpty())
                all.constLast()->trigger(); // Copy
            menu->close();
        });
    });
    // Should the menu not close, this ends the test rather than hanging it.
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, this, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    });
    guard.start(5000);
    send();
    disconnect(connection);
    return actions;
}

void TestProblemsPanel::contextMenu()
{
    QTreeView *view = m_panel->view();
    const QModelIndex row = view->model()->index(2, DiagnosticsModel::MessageColumn);
    const QPoint centre = view->visualRect(row).center();
    QList<QPair<int, int>> requests;
    QGuiApplication::clipboard()->clear();
    const QStringList actions = menuActions(
        [&] {
            QContextMenuEvent event(QContextMenuEvent::Mouse, centre, view->viewport()->mapToGlobal(centre));
            QApplication::sendEvent(view->viewport(), &event);
        },
        &requests);
    QCOMPARE(requests, (QList<QPair<int, int>>{indicesOf(2)}));
    QCOMPARE(actions, (QStringList{QStringLiteral("Fix it"), QStringLiteral("&Copy")}));
    QCOMPARE(view->currentIndex().row(), 2);

    // Copy puts the finding as `agentry check` prints it on the clipboard.
    const QModelIndex copied = view->model()->index(2, 0);
    const QString path = QDir::toNativeSeparators(copied.data(DiagnosticsModel::FilePathRole).toString());
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("%1:%2:%3: %4: %5 [%6]")
                 .arg(path)
                 .arg(copied.data(DiagnosticsModel::LineRole).toInt())
                 .arg(copied.data(DiagnosticsModel::ColumnRole).toInt())
                 .arg(QStringLiteral("info"), copied.siblingAtColumn(DiagnosticsModel::MessageColumn).data().toString(),
                      QStringLiteral("AG218")));

    // Below the last row there is no finding and no menu.
    const QPoint below(centre.x(), view->viewport()->height() - 2);
    QVERIFY(!view->indexAt(below).isValid());
    QVERIFY(menuActions(
                [&] {
                    QContextMenuEvent event(QContextMenuEvent::Mouse, below, view->viewport()->mapToGlobal(below));
                    QApplication::sendEvent(view->viewport(), &event);
                },
                &requests)
                .isEmpty());
    QCOMPARE(requests.size(), 1);
}

void TestProblemsPanel::keyboardContextMenuUsesCurrentRow()
{
    QTreeView *view = m_panel->view();
    view->setCurrentIndex(view->model()->index(0, 0));
    QList<QPair<int, int>> requests;
    const QStringList actions = menuActions(
        [&] {
            // The keyboard's menu comes at the view with the pointer anywhere, here over row 2.
            const QPoint elsewhere = view->visualRect(view->model()->index(2, 0)).center();
            QContextMenuEvent event(QContextMenuEvent::Keyboard, elsewhere, view->viewport()->mapToGlobal(elsewhere));
            QApplication::sendEvent(view, &event);
        },
        &requests);
    QCOMPARE(requests, (QList<QPair<int, int>>{indicesOf(0)}));
    QVERIFY(actions.contains(QStringLiteral("&Copy")));
}

void TestProblemsPanel::copyShortcut()
{
    QTreeView *view = m_panel->view();
    m_panel->activateWindow();
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    const QModelIndex row = view->model()->index(0, 0);
    view->setCurrentIndex(row);
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence::Copy);
    // The whole finding, not just the text of the current cell.
    const QString expected = QStringLiteral("%1:1:%2: error: %3 [AG205]")
                                 .arg(QDir::toNativeSeparators(m_dir->filePath(QStringLiteral(".claude/agents/bravo.md"))))
                                 .arg(row.data(DiagnosticsModel::ColumnRole).toInt())
                                 .arg(row.siblingAtColumn(DiagnosticsModel::MessageColumn).data().toString());
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

// Many agents changing at once rebuild every row (a library being checked, an agent removed):
// the current finding stays current and in the same place, and so does the top row without one.
void TestProblemsPanel::rebuiltListKeepsItsPlace()
{
    for (int i = 0; i < 60; ++i) {
        const QString name = QStringLiteral("filler%1").arg(i, 2, 10, QLatin1Char('0'));
        write(QStringLiteral(".claude/agents/%1.md").arg(name), "---\nname: " + name.toUtf8() + "\n---\nBody.\n"); // AG205 each
    }
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_checker->isBusy() && m_panel->view()->model()->rowCount() == 63, 20000);
    QTreeView *view = m_panel->view();
    const QAbstractItemModel *rows = view->model();
    const auto identity = [](const QModelIndex &index) -> QString {
        return index.data(DiagnosticsModel::FilePathRole).toString() + u'|' + index.data(DiagnosticsModel::CodeRole).toString();
    };
    // Removes the agent of the first row that is not `kept`'s: every row is rebuilt.
    const auto removeAnotherAgent = [&](const QModelIndex &kept) {
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString path = rows->index(row, 0).data(DiagnosticsModel::FilePathRole).toString();
            if (path != kept.data(DiagnosticsModel::FilePathRole).toString()) {
                QSignalSpy reset(rows, &QAbstractItemModel::modelReset);
                m_library->remove(m_library->indexOfPath(path));
                QCOMPARE(reset.size(), 1);
                return;
            }
        }
        QFAIL("no other agent");
    };

    const QModelIndex chosen = rows->index(40, 0);
    view->setCurrentIndex(chosen);
    view->scrollTo(chosen, QAbstractItemView::PositionAtCenter);
    const QString current = identity(chosen);
    const int top = view->visualRect(chosen).top();
    QVERIFY(top > 0);
    removeAnotherAgent(chosen);
    QVERIFY(view->currentIndex().isValid());
    QCOMPARE(identity(view->currentIndex()), current);
    QCOMPARE(view->visualRect(view->currentIndex()).top(), top);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);

    view->setCurrentIndex(QModelIndex());
    view->scrollTo(rows->index(30, 0), QAbstractItemView::PositionAtTop);
    const QModelIndex first = view->indexAt(QPoint(0, 0));
    const QString topRow = identity(first);
    removeAnotherAgent(first);
    QVERIFY(!view->currentIndex().isValid());
    QCOMPARE(identity(view->indexAt(QPoint(0, 0))), topRow);
}

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
