// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markdownhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Agentry;

namespace {

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

const QString body = QStringLiteral(
    "# Heading with `code`\n"                                         // 0
    "\n"                                                             // 1
    "Some *emphasis*, **strong**, `a_b` and snake_case_name.\n"      // 2
    "- item with [a link](https://example.com)\n"                    // 3
    "12. numbered <https://auto.link>\n"                             // 4
    "> quoted text\n"                                                // 5
    "```python\n"                                                    // 6
    "# not a heading, **not strong**\n"                              // 7
    "```\n"                                                          // 8
    "after the fence\n"                                              // 9
    "<example>Context: the user asks</example>\n"                    // 10
    "Setext heading\n"                                               // 11
    "==============\n"                                               // 12
    "~~~~\n"                                                         // 13
    "```not closing a tilde fence\n"                                 // 14
    "~~~~~\n"                                                        // 15
    "text <!-- open comment\n"                                       // 16
    "still comment --> text *em*\n"                                  // 17
    "\\*not em\\*\n");                                               // 18

const QString source = QStringLiteral(
    "---\n"                                   // 0
    "name: code-reviewer # the name\n"        // 1
    "description: \"Reviews: code\"\n"        // 2
    "tools:\n"                                // 3
    "  - Read\n"                              // 4
    "maxTurns: 12\n"                          // 5
    "hooks: |\n"                              // 6
    "  Context: not a key\n"                  // 7
    "plain: first line\n"                     // 8
    "  continued: not a key\n"                // 9
    "model: sonnet\n"                         // 10
    "---\n"                                   // 11
    "# Body\n");                              // 12

} // namespace

// MarkdownHighlighter: the formats of Markdown constructs and of the YAML frontmatter, and
// incremental re-highlighting through block states.
class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void markdown();
    void frontmatter();
    void bodyModeHasNoFrontmatter();
    void fenceStateFollowsEdits();
    void setextHeadingFollowsUnderline();
    void paletteSwitchesColours();

private:
    // A document of `text` highlighted in `mode`, the highlighter owned by the document.
    void highlight(const QString &text, HighlighterFactory::Mode mode);
    // The format of the character at `column` of `line`.
    QTextCharFormat formatAt(int line, int column) const;
    QColor colourAt(int line, int column) const { return formatAt(line, column).foreground().color(); }
    bool hasForeground(int line, int column) const
    {
        return formatAt(line, column).hasProperty(QTextFormat::ForegroundBrush);
    }

    std::unique_ptr<QTextDocument> m_document;
    MarkdownHighlighter *m_highlighter = nullptr;
};

void TestMarkdownHighlighter::highlight(const QString &text, HighlighterFactory::Mode mode)
{
    m_document = std::make_unique<QTextDocument>();
    // As in an editor: without a layout, a QTextDocument reports no changes to highlight.
    m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document.get()));
    m_highlighter = new MarkdownHighlighter(m_document.get(), mode,
                                            paletteWithBase(Qt::white, Qt::black), m_document.get());
    m_document->setPlainText(text);
    QCoreApplication::processEvents(); // setext headings look back once the change is done
}

QTextCharFormat TestMarkdownHighlighter::formatAt(int line, int column) const
{
    const QTextBlock block = m_document->findBlockByNumber(line);
    QTextCharFormat format;
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (range.start <= column && column < range.start + range.length)
            format = range.format;
    }
    return format;
}

void TestMarkdownHighlighter::markdown()
{
    highlight(body, HighlighterFactory::Mode::Body);
    const QColor heading = colourAt(0, 3);
    const QColor code = colourAt(0, 17);
    const QColor markup = colourAt(0, 0);

    QCOMPARE(formatAt(0, 3).fontWeight(), int(QFont::Bold));
    QVERIFY(hasForeground(0, 3));
    QVERIFY(markup != heading);
    QCOMPARE(formatAt(0, 17).fontWeight(), int(QFont::Bold)); // code in a heading stays bold
    QVERIFY(code != heading);

    // Line 2: Some *emphasis*, **strong**, `a_b` and snake_case_name.
    QVERIFY(!hasForeground(2, 0));
    QVERIFY(formatAt(2, 7).fontItalic());
    QCOMPARE(colourAt(2, 5), markup);
    QCOMPARE(formatAt(2, 20).fontWeight(), int(QFont::Bold));
    QCOMPARE(colourAt(2, 31), code);
    QVERIFY(!formatAt(2, 31).fontItalic());
    QVERIFY(!formatAt(2, 50).fontItalic()); // snake_case_name

    // Lists, links, autolinks, quotes.
    QVERIFY(hasForeground(3, 0));
    QVERIFY(!hasForeground(3, 2));
    QVERIFY(formatAt(3, 13).fontUnderline());                    // "a link"
    QVERIFY(!formatAt(3, 25).fontUnderline());                   // the URL
    QVERIFY(colourAt(3, 25) != colourAt(3, 13));
    QCOMPARE(colourAt(4, 0), colourAt(3, 0));                    // "12."
    QVERIFY(formatAt(4, 15).fontUnderline());                    // <https://auto.link>
    QVERIFY(formatAt(5, 3).fontItalic());
    QCOMPARE(colourAt(5, 0), markup);

    // The fence: its lines and its content, and no Markdown inside.
    QCOMPARE(colourAt(6, 0), markup);
    QVERIFY(hasForeground(6, 4)); // the language
    QVERIFY(colourAt(6, 4) != markup);
    QCOMPARE(colourAt(7, 0), code);
    QCOMPARE(formatAt(7, 0).fontWeight(), formatAt(2, 0).fontWeight());
    QVERIFY(formatAt(7, 20).fontWeight() != int(QFont::Bold));
    QCOMPARE(colourAt(8, 0), markup);
    QVERIFY(!hasForeground(9, 0));

    // HTML tags.
    QVERIFY(hasForeground(10, 1));
    QCOMPARE(colourAt(10, 1), colourAt(10, 32));
    QVERIFY(!hasForeground(10, 12));

    // A setext heading and its underline.
    QCOMPARE(colourAt(11, 0), heading);
    QCOMPARE(formatAt(11, 0).fontWeight(), int(QFont::Bold));
    QCOMPARE(colourAt(12, 0), markup);

    // A tilde fence closes only with tildes, at least as many.
    QCOMPARE(colourAt(14, 0), code);
    QCOMPARE(colourAt(15, 0), markup);

    // An HTML comment over two lines, then Markdown again.
    QVERIFY(!hasForeground(16, 0));
    QVERIFY(formatAt(16, 6).fontItalic());
    QVERIFY(formatAt(17, 0).fontItalic());
    QVERIFY(!formatAt(17, 18).fontItalic());
    QVERIFY(formatAt(17, 24).fontItalic());

    // Escaped asterisks are no emphasis.
    QCOMPARE(colourAt(18, 0), markup);
    QVERIFY(!formatAt(18, 3).fontItalic());
}

void TestMarkdownHighlighter::frontmatter()
{
    highlight(source, HighlighterFactory::Mode::Source);
    const QColor delimiter = colourAt(0, 0);
    const QColor key = colourAt(1, 0);
    QVERIFY(hasForeground(1, 0));
    QVERIFY(key != delimiter);
    QVERIFY(!hasForeground(1, 7));              // a plain value
    QVERIFY(formatAt(1, 22).fontItalic());      // the comment
    QCOMPARE(colourAt(2, 0), key);
    const QColor string = colourAt(2, 14);
    QVERIFY(string != key);
    QCOMPARE(colourAt(2, 20), string);          // "Reviews: code" is one string
    QCOMPARE(colourAt(3, 0), key);
    QVERIFY(hasForeground(4, 2));               // the list's dash
    QVERIFY(!hasForeground(4, 4));
    QVERIFY(hasForeground(5, 10));              // 12
    QVERIFY(colourAt(5, 10) != string);
    QCOMPARE(colourAt(7, 2), string);           // a block scalar's text, no key in it
    QCOMPARE(colourAt(8, 0), key);
    QVERIFY(!hasForeground(9, 2));              // a plain scalar goes on: no key either
    QCOMPARE(colourAt(10, 0), key);
    QCOMPARE(colourAt(11, 0), delimiter);
    QCOMPARE(formatAt(12, 2).fontWeight(), int(QFont::Bold)); // Markdown after it
}

void TestMarkdownHighlighter::bodyModeHasNoFrontmatter()
{
    highlight(source, HighlighterFactory::Mode::Body);
    QVERIFY(!hasForeground(1, 0)); // "name:" is paragraph text here
}

void TestMarkdownHighlighter::fenceStateFollowsEdits()
{
    highlight(QStringLiteral("intro\n``\ncode or not\n# heading\n"), HighlighterFactory::Mode::Body);
    QVERIFY(!hasForeground(2, 0));
    QCOMPARE(formatAt(3, 2).fontWeight(), int(QFont::Bold));

    // One more backtick opens a fence that runs to the end.
    QTextCursor cursor(m_document->findBlockByNumber(1));
    cursor.insertText(QStringLiteral("`"));
    QVERIFY(hasForeground(2, 0));
    QCOMPARE(colourAt(3, 2), colourAt(2, 0));
    QVERIFY(formatAt(3, 2).fontWeight() != int(QFont::Bold));

    cursor.deletePreviousChar();
    QVERIFY(!hasForeground(2, 0));
    QCOMPARE(formatAt(3, 2).fontWeight(), int(QFont::Bold));
}

void TestMarkdownHighlighter::setextHeadingFollowsUnderline()
{
    highlight(QStringLiteral("Title\n\nnext\n"), HighlighterFactory::Mode::Body);
    QVERIFY(!hasForeground(0, 0));
    QTextCursor cursor(m_document->findBlockByNumber(1));
    cursor.insertText(QStringLiteral("==="));
    QTRY_VERIFY(hasForeground(0, 0));
    QCOMPARE(formatAt(0, 0).fontWeight(), int(QFont::Bold));
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QTRY_VERIFY(!hasForeground(0, 0));

    // A line of === under another is no heading, and the two settle.
    cursor.insertText(QStringLiteral("===\n---"));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(hasForeground(0, 0));
    QVERIFY(formatAt(1, 0).fontWeight() != int(QFont::Bold));
}

void TestMarkdownHighlighter::paletteSwitchesColours()
{
    highlight(body, HighlighterFactory::Mode::Body);
    QVERIFY(!m_highlighter->isDark());
    const QColor light = colourAt(0, 3);
    m_highlighter->setPalette(paletteWithBase(QColor(0x20, 0x22, 0x24), Qt::white));
    QVERIFY(m_highlighter->isDark());
    const QColor dark = colourAt(0, 3);
    QVERIFY(dark != light);
    QVERIFY(dark.lightness() > light.lightness());
    m_highlighter->setPalette(paletteWithBase(Qt::white, Qt::black));
    QCOMPARE(colourAt(0, 3), light);
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
