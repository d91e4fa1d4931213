// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "codeeditor.h"
#include "findbar.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Agentry;

// FindBar: finding with wrap-around, the options, replacing, and replace-all as one edit.
class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findNextAndPreviousWrap();
    void options_data();
    void options();
    void invalidRegularExpression();
    void replace();
    void replaceWithGroups();
    void replaceAllIsOneEdit();
    void highlightsAllMatches();
    void countFollowsEdits();
    void shortcuts();

private:
    void setText(const QString &text);
    int selectionStart() const { return m_editor->textCursor().selectionStart(); }

    std::unique_ptr<QWidget> m_window;
    CodeEditor *m_editor = nullptr;
    FindBar *m_bar = nullptr;
};

void TestFindBar::init()
{
    m_window = std::make_unique<QWidget>();
    m_editor = new CodeEditor(m_window.get());
    m_bar = new FindBar(m_editor, m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_editor);
    layout->addWidget(m_bar);
    m_window->resize(700, 400);
    m_window->show();
    m_window->activateWindow();
    m_editor->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFindBar::cleanup()
{
    m_window.reset();
}

void TestFindBar::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::Start);
}

void TestFindBar::findNextAndPreviousWrap()
{
    setText(QStringLiteral("cat dog\ncat\ndog cat"));
    m_bar->openFind();
    m_bar->setSearchText(QStringLiteral("cat"));
    // Searching as you type selects the first match from the cursor.
    QCOMPARE(selectionStart(), 0);
    QCOMPARE(m_bar->matchCount(), 3);
    QCOMPARE(m_bar->currentMatch(), 1);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));

    QVERIFY(m_bar->findNext());
    QCOMPARE(selectionStart(), 8);
    QVERIFY(m_bar->findNext());
    QCOMPARE(selectionStart(), 16);
    QCOMPARE(m_bar->statusText(), QStringLiteral("3 of 3"));
    QVERIFY(m_bar->findNext());
    QCOMPARE(selectionStart(), 0);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 3, continued from the top"));

    QVERIFY(m_bar->findPrevious());
    QCOMPARE(selectionStart(), 16);
    QCOMPARE(m_bar->statusText(), QStringLiteral("3 of 3, continued from the bottom"));
    QVERIFY(m_bar->findPrevious());
    QCOMPARE(selectionStart(), 8);

    // From a cursor between matches.
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(5);
    m_editor->setTextCursor(cursor);
    QVERIFY(m_bar->findNext());
    QCOMPARE(selectionStart(), 8);
    m_editor->setTextCursor(cursor);
    QVERIFY(m_bar->findPrevious());
    QCOMPARE(selectionStart(), 0);

    m_bar->setSearchText(QStringLiteral("bird"));
    QVERIFY(!m_bar->findNext());
    QCOMPARE(m_bar->statusText(), QStringLiteral("No matches"));
}

void TestFindBar::options_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("options");
    QTest::addColumn<int>("count");

    const QString text = QStringLiteral("Cat cat concat cats CAT\n# Title\nmy-cat-2");
    QTest::newRow("ignoring case") << text << QStringLiteral("cat") << 0 << 6;
    QTest::newRow("case sensitive") << text << QStringLiteral("cat") << int(FindBar::Option::CaseSensitive) << 4;
    QTest::newRow("whole words") << text << QStringLiteral("cat") << int(FindBar::Option::WholeWords) << 4;
    QTest::newRow("whole words, case")
        << text << QStringLiteral("cat") << int(FindBar::Option::WholeWords | FindBar::Option::CaseSensitive) << 2;
    QTest::newRow("plain text is not a pattern") << text << QStringLiteral("c.t") << 0 << 0;
    QTest::newRow("regular expression")
        << text << QStringLiteral("c.t") << int(FindBar::Option::RegularExpression) << 6;
    QTest::newRow("line anchors") << text << QStringLiteral("^#") << int(FindBar::Option::RegularExpression) << 1;
    QTest::newRow("whole words, expression")
        << text << QStringLiteral("cats?")
        << int(FindBar::Option::RegularExpression | FindBar::Option::WholeWords) << 5;
    QTest::newRow("whole words around punctuation")
        << QStringLiteral("a -v b x-vy -v") << QStringLiteral("-v") << int(FindBar::Option::WholeWords) << 2;
}

void TestFindBar::options()
{
    QFETCH(QString, text);
    QFETCH(QString, search);
    QFETCH(int, options);
    QFETCH(int, count);
    setText(text);
    m_bar->openFind();
    m_bar->setOptions(FindBar::Options(options));
    m_bar->setSearchText(search);
    QCOMPARE(m_bar->options(), FindBar::Options(options));
    QCOMPARE(m_bar->matchCount(), count);
}

void TestFindBar::invalidRegularExpression()
{
    setText(QStringLiteral("a (b) c"));
    m_bar->openFind();
    m_bar->setOptions(FindBar::Option::RegularExpression);
    m_bar->setSearchText(QStringLiteral("(b"));
    QCOMPARE(m_bar->matchCount(), 0);
    QVERIFY2(m_bar->statusText().startsWith(QStringLiteral("Invalid pattern: ")), qPrintable(m_bar->statusText()));
    QVERIFY(!m_bar->findNext());
    QCOMPARE(m_bar->replaceAll(), 0);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("a (b) c"));
    auto *field = m_bar->findChild<QLineEdit *>();
    QVERIFY(field->palette().color(QPalette::Text) != m_bar->palette().color(QPalette::Text));

    m_bar->setSearchText(QStringLiteral("\\(b\\)"));
    QCOMPARE(m_bar->matchCount(), 1);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 1"));
    QCOMPARE(field->palette().color(QPalette::Text), m_bar->palette().color(QPalette::Text));
}

void TestFindBar::replace()
{
    setText(QStringLiteral("one two one two one"));
    m_bar->openReplace();
    m_bar->setSearchText(QStringLiteral("one"));
    m_bar->setReplaceText(QStringLiteral("1"));
    QCOMPARE(selectionStart(), 0);
    m_bar->replace();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("1 two one two one"));
    // The next match is selected, ready for the next Replace.
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("one"));
    QCOMPARE(selectionStart(), 6);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
    m_bar->replace();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("1 two 1 two one"));

    // Without a match selected, Replace only finds.
    m_editor->moveCursor(QTextCursor::Start);
    m_bar->replace();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("1 two 1 two one"));
    QCOMPARE(selectionStart(), 12);
}

void TestFindBar::replaceWithGroups()
{
    setText(QStringLiteral("model: sonnet\ncolor: blue"));
    m_bar->openReplace();
    m_bar->setOptions(FindBar::Option::RegularExpression);
    m_bar->setSearchText(QStringLiteral("^(\\w+): (\\w+)$"));
    m_bar->setReplaceText(QStringLiteral("\\2 is the \\1\\t\\\\"));
    QCOMPARE(m_bar->replaceAll(), 2);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("sonnet is the model\t\\\nblue is the color\t\\"));
}

void TestFindBar::replaceAllIsOneEdit()
{
    setText(QStringLiteral("a b a c a\nd a\na"));
    QSignalSpy changes(m_editor->document(), &QTextDocument::contentsChange);
    m_bar->openReplace();
    m_bar->setSearchText(QStringLiteral("a"));
    m_bar->setReplaceText(QStringLiteral("xyz"));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(m_bar->replaceAll(), 5);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("xyz b xyz c xyz\nd xyz\nxyz"));
    // One change covering all: the application's history records it as one step.
    QCOMPARE(changes.count(), 1);
    const QList<QVariant> change = changes.first();
    QCOMPARE(change.at(0).toInt(), 0);
    QCOMPARE(change.at(1).toInt(), 15);
    QCOMPARE(change.at(2).toInt(), 25);
    QVERIFY(!m_editor->document()->isUndoAvailable());
    QCOMPARE(m_bar->statusText(), QStringLiteral("No matches, replaced: 5"));
}

void TestFindBar::highlightsAllMatches()
{
    setText(QStringLiteral("x1 x2 x3 y"));
    const int base = m_editor->extraSelections().size();
    m_bar->openFind();
    m_bar->setSearchText(QStringLiteral("x"));
    QCOMPARE(m_editor->extraSelections().size(), base + 3);
    QCOMPARE(m_editor->extraSelections().at(base + 1).cursor.selectionStart(), 3);
    QCOMPARE(m_editor->extraSelections().at(base).format.background().color(), m_editor->colors().searchMatch);
    // Squiggles and matches live in separate layers.
    m_editor->setDiagnostics({{9, 1, Severity::Error, QStringLiteral("y")}});
    QCOMPARE(m_editor->extraSelections().size(), base + 4);
    m_bar->hide();
    QCOMPARE(m_editor->extraSelections().size(), base + 1);
}

void TestFindBar::countFollowsEdits()
{
    setText(QStringLiteral("ab ab"));
    const int base = m_editor->extraSelections().size();
    m_bar->openFind();
    m_bar->setSearchText(QStringLiteral("ab"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
    QCOMPARE(m_editor->extraSelections().size(), base + 2);
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor, QStringLiteral(" ab"));
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("Matches: 3"));
    QCOMPARE(m_bar->matchCount(), 3);
    QCOMPARE(m_editor->extraSelections().size(), base + 3);
}

void TestFindBar::shortcuts()
{
    setText(QStringLiteral("find me, find me"));
    QVERIFY(m_bar->isHidden());
    // Ctrl+F opens the bar with the selection as the search text.
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(5, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->searchText(), QStringLiteral("find "));
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(field);
    QCOMPARE(field->text(), QStringLiteral("find "));

    // Enter and Shift+Enter in the field, F3 and Shift+F3 anywhere in editor or bar.
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(selectionStart(), 9);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(selectionStart(), 0);
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(selectionStart(), 9);
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(selectionStart(), 0);

    // Escape closes the bar from the editor or from the field, and gives the editor focus.
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QVERIFY(m_bar->isHidden());
    QTest::keyClick(m_editor, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(m_bar->isVisible());
    QVERIFY(QApplication::focusWidget() == field);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(m_bar->isHidden());
    QCOMPARE(QApplication::focusWidget(), m_editor);
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
