// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "document/textdocumentbinding.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Agentry;

using Region = TextDocumentBinding::Region;

class TestTextDocumentBinding : public QObject
{
    Q_OBJECT

private slots:
    void showsRegion_data();
    void showsRegion();
    void typingKeepsLineEndingsAndBom();
    void typingMultibyte();
    void formChangeReachesSourceButNotBody();
    void undoUpdatesViewsInPlace();
    void bodyViewFollowsSourceEdits();
    void pasteReplaceIsOneEdit();
    void unfaithfulTextIsNotEditable();
    void mapping();
    void invalidUtf8MapsAsShown();
};

static std::unique_ptr<AgentDocument> document(const QByteArray &bytes)
{
    return std::make_unique<AgentDocument>(QStringLiteral("/nonexistent/a.md"), AgentText::fromBytes(bytes));
}

static void type(QTextDocument &view, int position, const QString &text)
{
    QTextCursor cursor(&view);
    cursor.setPosition(position);
    cursor.insertText(text);
}

void TestTextDocumentBinding::showsRegion_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("region");
    QTest::addColumn<QString>("shown");
    QTest::newRow("whole file") << QByteArray("---\r\nname: a\r\n---\r\nBody\r\n") << int(Region::WholeFile)
                                << QStringLiteral("---\nname: a\n---\nBody\n");
    QTest::newRow("body") << QByteArray("---\nname: a\n---\nBody\n") << int(Region::Body) << QStringLiteral("Body\n");
    QTest::newRow("bom hidden") << QByteArray("\xEF\xBB\xBF# T\n") << int(Region::WholeFile) << QStringLiteral("# T\n");
    QTest::newRow("no frontmatter: body is all") << QByteArray("# T\n") << int(Region::Body) << QStringLiteral("# T\n");
    QTest::newRow("no-break space kept") << QByteArray("a\xC2\xA0" "b") << int(Region::WholeFile) << QStringLiteral("a\u00A0b");
}

void TestTextDocumentBinding::showsRegion()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, region);
    auto doc = document(bytes);
    QTextDocument view;
    TextDocumentBinding binding(doc.get(), &view, Region(region));
    QString shown = view.toRawText();
    shown.replace(QChar::ParagraphSeparator, u'\n');
    QTEST(shown, "shown");
    QVERIFY(!view.isUndoRedoEnabled());
    QVERIFY(binding.isEditable());
}

void TestTextDocumentBinding::typingKeepsLineEndingsAndBom()
{
    auto doc = document("\xEF\xBB\xBF---\r\nname: a\r\n---\r\nBody\r\n");
    QTextDocument view;
    TextDocumentBinding binding(doc.get(), &view, Region::Body);
    type(view, 4, QStringLiteral(" text\nmore"));
    QCOMPARE(doc->text().bytes, QByteArray("\xEF\xBB\xBF---\r\nname: a\r\n---\r\nBody text\r\nmore\r\n"));
    QVERIFY(doc->isModified());
    doc->undo();
    QCOMPARE(doc->text().bytes, QByteArray("\xEF\xBB\xBF---\r\nname: a\r\n---\r\nBody\r\n"));
}

void TestTextDocumentBinding::typingMultibyte()
{
    auto doc = document("---\nname: a\n---\n\xF0\x9F\x8E\xAF caf\xC3\xA9\n");
    QTextDocument view;
    TextDocumentBinding binding(doc.get(), &view, Region::Body);
    // "🎯 café" is 2 + 1 + 4 UTF-16 units; type after it.
    type(view, 7, QStringLiteral("!"));
    QCOMPARE(doc->text().bytes, QByteArray("---\nname: a\n---\n\xF0\x9F\x8E\xAF caf\xC3\xA9!\n"));
    QTextCursor cursor(&view);
    cursor.setPosition(3);
    cursor.setPosition(7, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QCOMPARE(doc->text().bytes, QByteArray("---\nname: a\n---\n\xF0\x9F\x8E\xAF !\n"));
}

void TestTextDocumentBinding::formChangeReachesSourceButNotBody()
{
    auto doc = document("---\nname: a\nmodel: sonnet\n---\nBody\n");
    QTextDocument source;
    QTextDocument body;
    TextDocumentBinding sourceBinding(doc.get(), &source, Region::WholeFile);
    TextDocumentBinding bodyBinding(doc.get(), &body, Region::Body);
    QTextCursor bodyCursor(&body);
    bodyCursor.setPosition(2);
    QTextCursor sourceCursor(&source);
    sourceCursor.setPosition(source.characterCount() - 2); // in the body
    const int before = sourceCursor.position();

    doc->change(FieldChange::set(QStringLiteral("model"), QStringLiteral("opus")));
    QCOMPARE(source.toPlainText(), QStringLiteral("---\nname: a\nmodel: opus\n---\nBody\n"));
    QCOMPARE(body.toPlainText(), QStringLiteral("Body\n"));
    QCOMPARE(bodyCursor.position(), 2);                 // untouched
    QCOMPARE(sourceCursor.position(), before - 2);      // moved with the text before it

    // Typing in the body after the form edit still lands in the right bytes.
    type(body, 4, QStringLiteral("!"));
    QCOMPARE(doc->text().bytes, QByteArray("---\nname: a\nmodel: opus\n---\nBody!\n"));
    QCOMPARE(source.toPlainText(), QStringLiteral("---\nname: a\nmodel: opus\n---\nBody!\n"));
}

void TestTextDocumentBinding::undoUpdatesViewsInPlace()
{
    auto doc = document("---\nname: a\n---\nBody\n");
    QTextDocument body;
    TextDocumentBinding binding(doc.get(), &body, Region::Body);
    type(body, 4, QStringLiteral("abc"));
    doc->undo();
    QCOMPARE(body.toPlainText(), QStringLiteral("Body\n"));
    doc->redo();
    QCOMPARE(body.toPlainText(), QStringLiteral("Bodyabc\n"));
}

void TestTextDocumentBinding::bodyViewFollowsSourceEdits()
{
    auto doc = document("---\nname: a\n---\nBody\n");
    QTextDocument source;
    QTextDocument body;
    TextDocumentBinding sourceBinding(doc.get(), &source, Region::WholeFile);
    TextDocumentBinding bodyBinding(doc.get(), &body, Region::Body);
    // A new key typed in the source moves the body; the body view's text stays.
    type(source, 12, QStringLiteral("model: x\n"));
    QCOMPARE(doc->text().frontmatter.field(QStringLiteral("model"))->value.toString(), QStringLiteral("x"));
    QCOMPARE(body.toPlainText(), QStringLiteral("Body\n"));
    // Removing the closing line makes everything frontmatter: the body view empties.
    QTextCursor cursor(&source);
    cursor.setPosition(21);
    cursor.setPosition(25, QTextCursor::KeepAnchor);
    QCOMPARE(cursor.selectedText(), QStringLiteral("---\u2029"));
    cursor.removeSelectedText();
    QCOMPARE(body.toPlainText(), QString());
    doc->undo();
    QCOMPARE(body.toPlainText(), QStringLiteral("Body\n"));
}

void TestTextDocumentBinding::pasteReplaceIsOneEdit()
{
    auto doc = document("one two three\n");
    QTextDocument view;
    TextDocumentBinding binding(doc.get(), &view, Region::WholeFile);
    QTextCursor cursor(&view);
    cursor.setPosition(4);
    cursor.setPosition(7, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("2\n2"));
    QCOMPARE(doc->text().bytes, QByteArray("one 2\n2 three\n"));
    QCOMPARE(doc->history()->count(), 1);
}

void TestTextDocumentBinding::unfaithfulTextIsNotEditable()
{
    auto invalid = document("caf\xE9\n");
    QTextDocument view;
    TextDocumentBinding binding(invalid.get(), &view, Region::WholeFile);
    QVERIFY(!binding.isEditable());
    type(view, 0, QStringLiteral("x"));
    QCOMPARE(invalid->text().bytes, QByteArray("caf\xE9\n"));

    auto loneCr = document("a\rb\n");
    QTextDocument crView;
    TextDocumentBinding crBinding(loneCr.get(), &crView, Region::WholeFile);
    QVERIFY(!crBinding.isEditable());
}

void TestTextDocumentBinding::mapping()
{
    auto doc = document("\xEF\xBB\xBF---\r\nname: \xC3\xA9\r\n---\r\n");
    QTextDocument view;
    TextDocumentBinding binding(doc.get(), &view, Region::WholeFile);
    QCOMPARE(binding.byteOffset(0), 3);
    QCOMPARE(binding.byteOffset(4), 8);   // after "---\n" (CRLF)
    QCOMPARE(binding.byteOffset(11), 16); // after "é"
    QCOMPARE(binding.position(16), 11);
    QCOMPARE(binding.position(8), 4);
}

// Ill-formed bytes show as U+FFFD, one per maximal ill-formed sequence, and positions map
// across them both ways: a squiggle after them lands on the character it is about.
void TestTextDocumentBinding::invalidUtf8MapsAsShown()
{
    auto doc = document("ab\xFF\xE2\x82" "c\r\nd\xF0\x9F\x98\x80" "e\xC3");
    QTextDocument view;
    TextDocumentBinding binding(doc.get(), &view, Region::WholeFile);
    const QString shown = view.toRawText().replace(QChar::ParagraphSeparator, u'\n');
    QCOMPARE(shown, QStringLiteral("ab\uFFFD\uFFFD" "c\nd\U0001F600" "e\uFFFD"));
    QCOMPARE(binding.position(5), 4); // c
    QCOMPARE(binding.byteOffset(4), 5);
    QCOMPARE(binding.position(8), 6); // d
    QCOMPARE(binding.position(13), 9); // e
    QCOMPARE(binding.byteOffset(9), 13);
    QCOMPARE(binding.position(15), 11); // the end, after the truncated sequence
    QCOMPARE(binding.byteOffset(11), 15);
    QCOMPARE(binding.byteOffset(50), 15);
}

QTEST_GUILESS_MAIN(TestTextDocumentBinding)
#include "tst_textdocumentbinding.moc"
