// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bodyeditor.h"
#include "codeeditor.h"
#include "highlighterfactory.h"

#include <QApplication>
#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Agentry;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}

const QString agent = QStringLiteral(
    "---\n"
    "name: reviewer\n"
    "---\n"
    "# Reviewer\n"
    "\n"
    "Plain words.\n"
    "```python\n"
    "def review(): pass\n"
    "```\n");

QTextCharFormat formatAt(const QTextDocument &document, int line, int column)
{
    QTextCharFormat format;
    const auto ranges = document.findBlockByNumber(line).layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (range.start <= column && column < range.start + range.length)
            format = range.format;
    }
    return format;
}

QColor colourAt(const QTextDocument &document, int line, int column)
{
    return formatAt(document, line, column).foreground().color();
}

} // namespace

// HighlighterFactory: a working highlighter with either backend, colours that follow the
// palette; BodyEditor, which puts them together.
class TestHighlighterFactory : public QObject
{
    Q_OBJECT

private slots:
    void backend();
    void highlightsMarkdownAndFrontmatter();
    void followsPalette();
    void editorColors();
    void bodyEditorKeepsHighlighterWithDocument();
};

void TestHighlighterFactory::backend()
{
    // The Qt 5 build always has KSyntaxHighlighting; the Qt 6 build may not.
#if QT_VERSION_MAJOR == 5
    QCOMPARE(HighlighterFactory::backend(), HighlighterFactory::Backend::KSyntaxHighlighting);
#endif
    QTextDocument document;
    QPointer<QSyntaxHighlighter> highlighter =
        HighlighterFactory::create(&document, HighlighterFactory::Mode::Body, lightPalette(), &document);
    QVERIFY(highlighter);
    QCOMPARE(highlighter->document(), &document);
    QCOMPARE(highlighter->parent(), &document);
    const char *className = HighlighterFactory::backend() == HighlighterFactory::Backend::KSyntaxHighlighting
        ? "KSyntaxHighlighting::SyntaxHighlighter"
        : "Agentry::MarkdownHighlighter";
    QVERIFY(highlighter->inherits(className));
}

void TestHighlighterFactory::highlightsMarkdownAndFrontmatter()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    HighlighterFactory::create(&document, HighlighterFactory::Mode::Source, lightPalette(), &document);
    document.setPlainText(agent);
    // The heading and the fenced code look different from plain words.
    const QTextCharFormat text = formatAt(document, 5, 0);
    QVERIFY(formatAt(document, 3, 2) != text);
    QVERIFY(formatAt(document, 7, 0) != text);
    // The frontmatter key differs from its value.
    QVERIFY(colourAt(document, 1, 0) != colourAt(document, 1, 7));
}

void TestHighlighterFactory::followsPalette()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    QSyntaxHighlighter *highlighter =
        HighlighterFactory::create(&document, HighlighterFactory::Mode::Source, lightPalette(), &document);
    document.setPlainText(agent);
    const QColor light = colourAt(document, 7, 0);
    HighlighterFactory::setPalette(highlighter, darkPalette());
    const QColor dark = colourAt(document, 7, 0);
    QVERIFY(dark != light);
    QVERIFY(dark.lightness() > light.lightness());
    HighlighterFactory::setPalette(highlighter, darkPalette()); // no change, no work
    QCOMPARE(colourAt(document, 7, 0), dark);
}

void TestHighlighterFactory::editorColors()
{
    const EditorColors light = HighlighterFactory::editorColors(lightPalette());
    const EditorColors dark = HighlighterFactory::editorColors(darkPalette());
    QVERIFY(light.background.lightness() > 128);
    QVERIFY(dark.background.lightness() < 128);
    QVERIFY(light.text.lightness() < 128);
    QVERIFY(dark.text.lightness() > 128);
    for (const EditorColors &colors : {light, dark}) {
        QVERIFY(colors.currentLine.isValid());
        QVERIFY(colors.currentLine != colors.background);
        QVERIFY(colors.lineNumbers != colors.lineNumberBackground);
        QVERIFY(colors.searchMatch != colors.background);
        QVERIFY(colors.error.isValid());
    }
}

void TestHighlighterFactory::bodyEditorKeepsHighlighterWithDocument()
{
    // The documents outlive the editor that shows them.
    const auto first = std::make_unique<QTextDocument>();
    first->setDocumentLayout(new QPlainTextDocumentLayout(first.get()));
    first->setPlainText(agent);
    QTextDocument second;
    second.setDocumentLayout(new QPlainTextDocumentLayout(&second));
    second.setPlainText(agent);
    const QPalette original = QApplication::palette();
    QApplication::setPalette(lightPalette());
    BodyEditor editor(HighlighterFactory::Mode::Source);
    editor.show();

    editor.setDocument(first.get());
    QCOMPARE(first->findChildren<QSyntaxHighlighter *>().size(), 1);
    QVERIFY(!first->isUndoRedoEnabled());
    editor.setDocument(&second);
    editor.setDocument(first.get());
    QCOMPARE(first->findChildren<QSyntaxHighlighter *>().size(), 1); // made once, kept
    QCoreApplication::processEvents();
    const QColor light = colourAt(*first, 7, 0);
    QCOMPARE(editor.editor()->colors().background, HighlighterFactory::editorColors(lightPalette()).background);

    // A dark application palette (the desktop switching themes) re-picks the theme of the
    // shown document and the editor's colours.
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(colourAt(*first, 7, 0) != light); // Qt 6 delivers the change from the event loop
    QCOMPARE(editor.editor()->colors().background, HighlighterFactory::editorColors(darkPalette()).background);
    QCOMPARE(editor.editor()->palette().color(QPalette::Base), editor.editor()->colors().background);
    QApplication::setPalette(original);
}

QTEST_MAIN(TestHighlighterFactory)
#include "tst_highlighterfactory.moc"
