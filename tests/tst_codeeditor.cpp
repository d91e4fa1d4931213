// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "codeeditor.h"
#include "highlighterfactory.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QMenu>
#include <QPlainTextDocumentLayout>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <memory>

using namespace Agentry;

namespace {

// Collects what a widget paints.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

    QRect painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted |= static_cast<QPaintEvent *>(event)->rect();
        return false;
    }
};

} // namespace

// CodeEditor: undo left to the application, line numbers, soft wrap, zoom, selection layers
// and squiggles.
class TestCodeEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void undoKeysEmitSignals_data();
    void undoKeysEmitSignals();
    void undoKeysWinOverWindowActions();
    void documentUndoIsOff();
    void contextMenuAsksForUndo();
    void contextMenuOffersPosition_data();
    void contextMenuOffersPosition();
    void lineNumbersGrowWithLineCount();
    void softWrap();
    void zoom();
    void wheelZoom();
    void tabWidthAndTabKey();
    void typingRepaintsItsLine();
    void layersKeepEachOther();
    void diagnostics();

private:
    // The width of the line numbers, left of the text.
    int gutter() const { return m_editor->viewport()->x(); }

    // A shown, active window holding the editor, so that shortcuts and focus work.
    std::unique_ptr<QWidget> m_window;
    CodeEditor *m_editor = nullptr;
};

void TestCodeEditor::init()
{
    m_window = std::make_unique<QWidget>();
    m_editor = new CodeEditor(m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_editor);
    m_window->resize(600, 400);
    m_window->show();
    m_window->activateWindow();
    m_editor->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCodeEditor::cleanup()
{
    m_window.reset();
    m_editor = nullptr;
}

void TestCodeEditor::undoKeysEmitSignals_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("undo");
    QTest::newRow("Ctrl+Z") << int(Qt::Key_Z) << int(Qt::ControlModifier) << true;
    QTest::newRow("Ctrl+Shift+Z") << int(Qt::Key_Z) << int(Qt::ControlModifier | Qt::ShiftModifier) << false;
    QTest::newRow("Ctrl+Y") << int(Qt::Key_Y) << int(Qt::ControlModifier) << false;
}

void TestCodeEditor::undoKeysEmitSignals()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(bool, undo);
    m_editor->setPlainText(QStringLiteral("abc"));
    QTest::keyClicks(m_editor, QStringLiteral("xyz"));
    const QString typed = m_editor->toPlainText();
    QCOMPARE(typed, QStringLiteral("xyzabc"));

    QSignalSpy undoSpy(m_editor, &CodeEditor::undoRequested);
    QSignalSpy redoSpy(m_editor, &CodeEditor::redoRequested);
    QTest::keyClick(m_editor, static_cast<Qt::Key>(key), static_cast<Qt::KeyboardModifiers>(modifiers));
    QCOMPARE(undoSpy.count(), undo ? 1 : 0);
    QCOMPARE(redoSpy.count(), undo ? 0 : 1);
    QCOMPARE(m_editor->toPlainText(), typed);
}

void TestCodeEditor::undoKeysWinOverWindowActions()
{
    // A window's Edit > Undo with the same key must not take it from the editor.
    QAction windowUndo(QStringLiteral("Undo"));
    windowUndo.setShortcut(QKeySequence::Undo);
    m_window->addAction(&windowUndo);
    QSignalSpy windowSpy(&windowUndo, &QAction::triggered);
    QSignalSpy undoSpy(m_editor, &CodeEditor::undoRequested);
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undoSpy.count(), 1);
    QCOMPARE(windowSpy.count(), 0);
}

void TestCodeEditor::documentUndoIsOff()
{
    QVERIFY(!m_editor->document()->isUndoRedoEnabled());
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    QVERIFY(document.isUndoRedoEnabled());
    m_editor->setDocument(&document);
    QVERIFY(!document.isUndoRedoEnabled());
    QTest::keyClicks(m_editor, QStringLiteral("abc"));
    QVERIFY(!document.isUndoAvailable());
    m_editor->setDocument(nullptr); // before `document` goes
}

void TestCodeEditor::contextMenuAsksForUndo()
{
    m_editor->setUndoRedoAvailable(true, false);
    QSignalSpy undoSpy(m_editor, &CodeEditor::undoRequested);
    bool undoEnabled = false;
    bool redoEnabled = true;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->objectName() == QLatin1String("edit-redo"))
                redoEnabled = action->isEnabled();
        }
        for (QAction *action : actions) {
            if (action->objectName() == QLatin1String("edit-undo")) {
                undoEnabled = action->isEnabled();
                action->trigger();
            }
        }
        menu->close();
    });
    const QPoint position = m_editor->viewport()->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, m_editor->viewport()->mapToGlobal(position));
    QApplication::sendEvent(m_editor->viewport(), &event);
    QVERIFY(undoEnabled);
    QVERIFY(!redoEnabled);
    QCOMPARE(undoSpy.count(), 1);
}

void TestCodeEditor::contextMenuOffersPosition_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("expected");
    // The mouse points at position 12, the text cursor stands at 5.
    QTest::newRow("mouse") << int(QContextMenuEvent::Mouse) << 12;
    QTest::newRow("keyboard") << int(QContextMenuEvent::Keyboard) << 5;
}

void TestCodeEditor::contextMenuOffersPosition()
{
    QFETCH(int, reason);
    QFETCH(int, expected);
    m_editor->setPlainText(QStringLiteral("first line\nsecond line\nthird line"));
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(12);
    const QPoint mouse = m_editor->cursorRect(cursor).center();
    cursor.setPosition(5);
    m_editor->setTextCursor(cursor);

    QVector<int> positions;
    QStringList shown; // the entries of the menu on screen
    connect(m_editor, &CodeEditor::contextMenuAboutToShow, this, [&](QMenu *menu, int position) {
        positions.append(position);
        menu->insertAction(menu->actions().value(0), new QAction(QStringLiteral("Quick fix"), menu));
        // Closed from inside its own loop; the timer dies with the menu should it never run.
        QTimer::singleShot(0, menu, [&, menu] {
            if (QApplication::activePopupWidget() == menu) {
                const auto actions = menu->actions();
                for (const QAction *action : actions)
                    shown.append(action->text());
            }
            menu->close();
        });
    });
    // A mouse menu arrives on the viewport, a keyboard one on the focused editor itself.
    QWidget *target = reason == QContextMenuEvent::Mouse ? m_editor->viewport() : static_cast<QWidget *>(m_editor);
    QContextMenuEvent event(static_cast<QContextMenuEvent::Reason>(reason), mouse, m_editor->viewport()->mapToGlobal(mouse));
    QApplication::sendEvent(target, &event);
    disconnect(m_editor, &CodeEditor::contextMenuAboutToShow, this, nullptr);

    QCOMPARE(positions, QVector<int>{expected});
    QVERIFY(shown.size() > 1); // the standard entries stay
    QCOMPARE(shown.first(), QStringLiteral("Quick fix"));
}

void TestCodeEditor::lineNumbersGrowWithLineCount()
{
    m_editor->setPlainText(QStringLiteral("one\ntwo\nthree"));
    const int small = gutter();
    QVERIFY(small > 0);
    QStringList lines;
    for (int i = 0; i < 1500; ++i)
        lines.append(QString::number(i));
    m_editor->setPlainText(lines.join(QLatin1Char('\n')));
    const int large = gutter();
    QVERIFY2(large > small, qPrintable(QStringLiteral("%1 <= %2").arg(large).arg(small)));
    QCOMPARE(large - small, 2 * m_editor->fontMetrics().horizontalAdvance(QLatin1Char('9')));
}

void TestCodeEditor::softWrap()
{
    m_editor->setPlainText(QString(2000, QLatin1Char('x')) + QStringLiteral(" end"));
    QVERIFY(m_editor->softWrap()); // prose is the usual content
    QVERIFY(m_editor->document()->firstBlock().layout()->lineCount() > 1);
    m_editor->setSoftWrap(false);
    QVERIFY(!m_editor->softWrap());
    QCOMPARE(m_editor->lineWrapMode(), QPlainTextEdit::NoWrap);
    QCOMPARE(m_editor->document()->firstBlock().layout()->lineCount(), 1);
    QVERIFY(m_editor->horizontalScrollBar()->maximum() > 0);
    m_editor->setSoftWrap(true);
    QVERIFY(m_editor->document()->firstBlock().layout()->lineCount() > 1);
}

void TestCodeEditor::zoom()
{
    QCOMPARE(m_editor->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    const qreal size = m_editor->font().pointSizeF();
    const int gutterWidth = gutter();
    QSignalSpy spy(m_editor, &CodeEditor::zoomChanged);

    for (int i = 0; i < 6; ++i)
        QTest::keyClick(m_editor, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_editor->zoom(), 6);
    QCOMPARE(spy.count(), 6);
    QCOMPARE(m_editor->font().pointSizeF(), size + 6);
    QCOMPARE(m_editor->document()->defaultFont().pointSizeF(), size + 6);
    QVERIFY(gutter() > gutterWidth); // the line numbers follow

    QTest::keyClick(m_editor, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_editor->zoom(), 5);
    QTest::keyClick(m_editor, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_editor->zoom(), 0);
    QCOMPARE(m_editor->font().pointSizeF(), size);
    QCOMPARE(gutter(), gutterWidth);

    m_editor->setZoom(-1000);
    QVERIFY(m_editor->font().pointSizeF() >= 4);
    QVERIFY(m_editor->zoom() < 0);
}

void TestCodeEditor::wheelZoom()
{
    const QPoint position = m_editor->viewport()->rect().center();
    const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(QPointF(position), QPointF(m_editor->viewport()->mapToGlobal(position)), QPoint(),
                          QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_editor->viewport(), &event);
    };
    wheel(120, Qt::ControlModifier);
    QCOMPARE(m_editor->zoom(), 1);
    wheel(60, Qt::ControlModifier); // half a notch: not yet
    QCOMPARE(m_editor->zoom(), 1);
    wheel(60, Qt::ControlModifier);
    QCOMPARE(m_editor->zoom(), 2);
    wheel(-240, Qt::ControlModifier);
    QCOMPARE(m_editor->zoom(), 0);
    wheel(120, Qt::NoModifier); // scrolls, does not zoom
    QCOMPARE(m_editor->zoom(), 0);
}

void TestCodeEditor::tabWidthAndTabKey()
{
    const qreal space = QFontMetricsF(m_editor->font()).horizontalAdvance(QLatin1Char(' '));
    QCOMPARE(m_editor->tabStopDistance(), 4 * space);
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    m_editor->setDocument(&document);
    QCOMPARE(document.defaultTextOption().tabStopDistance(), 4 * space); // a new document gets it too

    QTest::keyClicks(m_editor, QStringLiteral("ab"));
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QTest::keyClicks(m_editor, QStringLiteral("c"));
    QCOMPARE(document.toPlainText(), QStringLiteral("ab  c"));
    m_editor->setDocument(nullptr);
}

void TestCodeEditor::typingRepaintsItsLine()
{
    // A highlighted line changes its formats on every keystroke; CodeDocumentLayout keeps
    // that from repainting the whole view.
    QStringList lines;
    for (int i = 0; i < 200; ++i)
        lines.append(QStringLiteral("Some *Markdown* with `code` and a [link](https://example.com) ")
                     + QString::number(i));
    m_editor->setPlainText(lines.join(QLatin1Char('\n')));
    HighlighterFactory::create(m_editor->document(), HighlighterFactory::Mode::Body, m_editor->palette(),
                               m_editor->document())
        ->rehighlight();
    QTextCursor cursor(m_editor->document()->findBlockByNumber(5));
    cursor.movePosition(QTextCursor::EndOfBlock);
    m_editor->setTextCursor(cursor);
    QCoreApplication::processEvents();
    const QTextBlock next = m_editor->document()->findBlockByNumber(6);
    const int nextTop = m_editor->cursorRect(QTextCursor(next)).top();

    auto *recorder = new PaintRecorder(m_editor->viewport());
    for (const Qt::Key key : {Qt::Key_X, Qt::Key_Backspace}) {
        recorder->painted = QRect();
        QTest::keyClick(m_editor, key);
        QTRY_VERIFY(!recorder->painted.isEmpty());
        QVERIFY2(recorder->painted.height() < m_editor->viewport()->height() / 2,
                 qPrintable(QStringLiteral("painted %1 pixels high").arg(recorder->painted.height())));
    }
    QCOMPARE(m_editor->cursorRect(QTextCursor(next)).top(), nextTop);

    // A line that grows by a row still moves the lines below it.
    QTest::keyClicks(m_editor, QString(200, QLatin1Char('y')));
    QTRY_VERIFY(m_editor->cursorRect(QTextCursor(next)).top() > nextTop);
}

void TestCodeEditor::layersKeepEachOther()
{
    m_editor->setPlainText(QStringLiteral("alpha beta\ngamma"));
    const int currentLine = m_editor->extraSelections().size();
    QCOMPARE(currentLine, 1);

    QTextEdit::ExtraSelection match;
    match.cursor = QTextCursor(m_editor->document());
    match.cursor.setPosition(6);
    match.cursor.setPosition(10, QTextCursor::KeepAnchor);
    match.format.setBackground(Qt::yellow);
    m_editor->setExtraSelectionLayer(CodeEditor::Layer::Search, {match, match});
    m_editor->setDiagnostics({{0, 5, Severity::Warning, QStringLiteral("w")}});
    QCOMPARE(m_editor->extraSelections().size(), 4);

    // Moving the cursor replaces the current-line layer only.
    m_editor->moveCursor(QTextCursor::End);
    QCOMPARE(m_editor->extraSelections().size(), 4);
    m_editor->setExtraSelectionLayer(CodeEditor::Layer::Search, {});
    QCOMPARE(m_editor->extraSelections().size(), 2);
    // Drawn in layer order: current line, search, diagnostics on top.
    QVERIFY(m_editor->extraSelections().first().format.boolProperty(QTextFormat::FullWidthSelection));
    QCOMPARE(m_editor->extraSelections().last().format.underlineStyle(), QTextCharFormat::WaveUnderline);
}

void TestCodeEditor::diagnostics()
{
    m_editor->setPlainText(QStringLiteral("name: x\nmodel: gpt\n"));
    const int model = 8;
    m_editor->setDiagnostics({
        {model, 5, Severity::Error, QStringLiteral("Unknown key")},
        {model + 7, 3, Severity::Warning, QStringLiteral("Unknown model")},
        {model + 7, 0, Severity::Info, QStringLiteral("Zero length marks one character")},
    });
    const QList<QTextEdit::ExtraSelection> selections = m_editor->extraSelections();
    QCOMPARE(selections.size(), 4); // the current line and three squiggles
    const QTextEdit::ExtraSelection error = selections.at(1);
    QCOMPARE(error.cursor.selectionStart(), model);
    QCOMPARE(error.cursor.selectionEnd(), model + 5);
    QCOMPARE(error.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(error.format.underlineColor(), m_editor->colors().error);
    QCOMPARE(selections.at(2).format.underlineColor(), m_editor->colors().warning);
    QCOMPARE(selections.at(3).cursor.selectedText(), QStringLiteral("g"));

    QCOMPARE(m_editor->diagnosticAt(model + 1), QStringLiteral("Unknown key"));
    QCOMPARE(m_editor->diagnosticAt(model + 7),
             QStringLiteral("Unknown model\nZero length marks one character"));
    QVERIFY(m_editor->diagnosticAt(0).isEmpty());

    // The squiggles move with the text typed before them.
    QTextCursor cursor(m_editor->document());
    cursor.insertText(QStringLiteral("# "));
    QCOMPARE(m_editor->diagnosticAt(model + 2 + 1), QStringLiteral("Unknown key"));
    QVERIFY(m_editor->diagnosticAt(model).isEmpty());

    // Hovering shows the message.
    QTextCursor hover(m_editor->document());
    hover.setPosition(model + 2 + 2);
    const QPoint position = m_editor->cursorRect(hover).center() + QPoint(2, 0);
    QHelpEvent help(QEvent::ToolTip, position, m_editor->viewport()->mapToGlobal(position));
    QApplication::sendEvent(m_editor->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Unknown key"));

    m_editor->setDiagnostics({});
    QCOMPARE(m_editor->extraSelections().size(), 1);
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
