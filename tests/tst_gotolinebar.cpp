// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "codeeditor.h"
#include "gotolinebar.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Agentry;

// GoToLineBar: line and line:column, clamped to the text; Ctrl+G, Enter and Escape.
class TestGoToLineBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void goTo_data();
    void goTo();
    void keys();

private:
    std::unique_ptr<QWidget> m_window;
    CodeEditor *m_editor = nullptr;
    GoToLineBar *m_bar = nullptr;
};

void TestGoToLineBar::init()
{
    m_window = std::make_unique<QWidget>();
    m_editor = new CodeEditor(m_window.get());
    m_bar = new GoToLineBar(m_editor, m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_editor);
    layout->addWidget(m_bar);
    m_editor->setPlainText(QStringLiteral("first\nsecond line\nthird"));
    m_window->show();
    m_window->activateWindow();
    m_editor->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGoToLineBar::cleanup()
{
    m_window.reset();
}

void TestGoToLineBar::goTo_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("position");

    QTest::newRow("line") << QStringLiteral("2") << true << 6;
    QTest::newRow("line:column") << QStringLiteral("2:8") << true << 13;
    QTest::newRow("spaces") << QStringLiteral(" 3 : 2 ") << true << 19;
    QTest::newRow("column past the end") << QStringLiteral("1:99") << true << 5;
    QTest::newRow("line past the end") << QStringLiteral("99") << true << 18;
    QTest::newRow("line 0") << QStringLiteral("0") << true << 0;
    QTest::newRow("empty") << QString() << false << -1;
    QTest::newRow("text") << QStringLiteral("two") << false << -1;
    QTest::newRow("colon only") << QStringLiteral("2:") << false << -1;
}

void TestGoToLineBar::goTo()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(int, position);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(3);
    m_editor->setTextCursor(cursor);
    QCOMPARE(m_bar->goTo(input), valid);
    QCOMPARE(m_editor->textCursor().position(), valid ? position : 3);
}

void TestGoToLineBar::keys()
{
    QTest::keyClick(m_editor, Qt::Key_G, Qt::ControlModifier);
    QVERIFY(m_bar->isVisible());
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("3:3"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(m_bar->isHidden());
    QCOMPARE(m_editor->textCursor().position(), 20);
    QCOMPARE(QApplication::focusWidget(), m_editor);

    // An entry that is no line keeps the bar open; Escape closes it.
    QTest::keyClick(m_editor, Qt::Key_G, Qt::ControlModifier);
    field->setText(QStringLiteral(":"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(m_bar->isVisible());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(m_bar->isHidden());
    QCOMPARE(m_editor->textCursor().position(), 20);
}

QTEST_MAIN(TestGoToLineBar)
#include "tst_gotolinebar.moc"
