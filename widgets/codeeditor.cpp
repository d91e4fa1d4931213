// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "codeeditor.h"

#include "codedocumentlayout.h"
#include "linenumberarea.h"

#include <QAction>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>
#include <QtMath>

#include <memory>
#include <utility>

namespace Agentry {

namespace {

constexpr int TabWidth = 4;
constexpr qreal MinimumPointSize = 4;
constexpr qreal MaximumPointSize = 96;

enum class HistoryKey { None, Undo, Redo };

HistoryKey historyKey(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo))
        return HistoryKey::Undo;
    // Ctrl+Shift+Z and Ctrl+Y both, whichever of them the platform calls Redo.
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->matches(QKeySequence::Redo)
        || (event->key() == Qt::Key_Y && modifiers == Qt::ControlModifier)
        || (event->key() == Qt::Key_Z && modifiers == (Qt::ControlModifier | Qt::ShiftModifier)))
        return HistoryKey::Redo;
    return HistoryKey::None;
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_zoomInAction(createAction(tr("Zoom &In"),
                                  QKeySequence::keyBindings(QKeySequence::ZoomIn)
                                      << QKeySequence(QStringLiteral("Ctrl+="))))
    , m_zoomOutAction(createAction(tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut)))
    , m_resetZoomAction(createAction(tr("&Reset Zoom"), {QKeySequence(QStringLiteral("Ctrl+0"))}))
    , m_colors(EditorColors::fromPalette(palette()))
    , m_defaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setZoom(m_zoom - 1); });
    connect(m_resetZoomAction, &QAction::triggered, this, [this] { setZoom(0); });
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);

    setFont(m_defaultFont);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    auto *document = new QTextDocument(this);
    document->setDocumentLayout(new CodeDocumentLayout(document));
    setDocument(document); // which gives it the font and the tab width
}

QAction *CodeEditor::createAction(const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void CodeEditor::setDocument(QTextDocument *document)
{
    // A document from models/ has no plain-text layout: QtGui makes a rich-text one on demand.
    if (document && !qobject_cast<QPlainTextDocumentLayout *>(document->documentLayout()))
        document->setDocumentLayout(new CodeDocumentLayout(document));
    QPlainTextEdit::setDocument(document);
    this->document()->setUndoRedoEnabled(false);
    // Selections and squiggles point into the previous document.
    m_layers = {};
    m_squiggles.clear();
    m_currentBlock = -1;
    applyFont();
    highlightCurrentLine();
}

void CodeEditor::setExtraSelectionLayer(Layer layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    m_layers[static_cast<std::size_t>(layer)] = selections;
    applyExtraSelections();
}

void CodeEditor::applyExtraSelections()
{
    QList<QTextEdit::ExtraSelection> all;
    for (const QList<QTextEdit::ExtraSelection> &layer : m_layers)
        all += layer;
    setExtraSelections(all);
}

void CodeEditor::setDiagnostics(const QList<EditorMark> &marks)
{
    m_squiggles.clear();
    const int last = document()->characterCount() - 1; // the final paragraph separator is no text
    for (const EditorMark &mark : marks) {
        const int start = qBound(0, mark.start, last);
        QTextCursor cursor(document());
        cursor.setPosition(start);
        cursor.setPosition(qMin(start + qMax(mark.length, 1), last), QTextCursor::KeepAnchor);
        m_squiggles.append({cursor, mark.severity, mark.message});
    }
    showSquiggles();
}

void CodeEditor::showSquiggles()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Squiggle &squiggle : std::as_const(m_squiggles)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = squiggle.cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        switch (squiggle.severity) {
        case Severity::Error:
            selection.format.setUnderlineColor(m_colors.error);
            break;
        case Severity::Warning:
            selection.format.setUnderlineColor(m_colors.warning);
            break;
        case Severity::Info:
            selection.format.setUnderlineColor(m_colors.info);
            break;
        }
        selections.append(selection);
    }
    setExtraSelectionLayer(Layer::Diagnostics, selections);
}

QString CodeEditor::diagnosticAt(int position) const
{
    QStringList messages;
    for (const Squiggle &squiggle : m_squiggles) {
        if (squiggle.cursor.selectionStart() <= position && position < squiggle.cursor.selectionEnd())
            messages.append(squiggle.message);
    }
    return messages.join(QLatin1Char('\n'));
}

void CodeEditor::setColors(const EditorColors &colors)
{
    m_colors = colors;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Base, colors.background);
    palette.setColor(QPalette::Text, colors.text);
    palette.setColor(QPalette::Highlight, colors.selection);
    palette.setColor(QPalette::HighlightedText, colors.selectedText);
    setPalette(palette);
    m_currentBlock = -1;
    highlightCurrentLine();
    showSquiggles();
    m_lineNumberArea->update();
}

bool CodeEditor::softWrap() const
{
    return lineWrapMode() != NoWrap;
}

void CodeEditor::setSoftWrap(bool wrap)
{
    setLineWrapMode(wrap ? WidgetWidth : NoWrap);
}

void CodeEditor::setZoom(int points)
{
    // The system font may be given in pixels; QFontInfo has its size in points then.
    const qreal defaultSize =
        m_defaultFont.pointSizeF() > 0 ? m_defaultFont.pointSizeF() : QFontInfo(m_defaultFont).pointSizeF();
    const int zoom = qBound(qCeil(MinimumPointSize - defaultSize), points, qFloor(MaximumPointSize - defaultSize));
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    QFont font = m_defaultFont;
    if (zoom != 0)
        font.setPointSizeF(defaultSize + zoom);
    setFont(font);
    emit zoomChanged(m_zoom);
}

void CodeEditor::setUndoRedoAvailable(bool canUndo, bool canRedo)
{
    m_canUndo = canUndo;
    m_canRedo = canRedo;
}

bool CodeEditor::event(QEvent *event)
{
    // The text control claims the undo keys (ShortcutOverride) and then feeds them to the
    // disabled document history. Claim them here instead so that keyPressEvent() sees them
    // rather than a window-wide Undo action.
    if (event->type() == QEvent::ShortcutOverride
        && historyKey(static_cast<QKeyEvent *>(event)) != HistoryKey::None) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    switch (historyKey(event)) {
    case HistoryKey::Undo:
        emit undoRequested();
        event->accept();
        return;
    case HistoryKey::Redo:
        emit redoRequested();
        event->accept();
        return;
    case HistoryKey::None:
        break;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier && !isReadOnly()
        && !textCursor().hasSelection()) {
        // Spaces to the next tab stop: YAML forbids tabs in indentation, and Markdown
        // renderers disagree about their width.
        QTextCursor cursor = textCursor();
        cursor.insertText(QString(TabWidth - cursor.positionInBlock() % TabWidth, QLatin1Char(' ')));
        setTextCursor(cursor);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // Fine-grained wheels send fractions of a notch (120); zoom once per whole notch.
        m_wheelDelta += event->angleDelta().y();
        const int steps = m_wheelDelta / 120;
        m_wheelDelta -= steps * 120;
        if (steps != 0)
            setZoom(m_zoom + steps);
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString message = diagnosticAt(cursorForPosition(help->pos()).position());
        if (message.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), message, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    // The standard entries would drive the document's own history, which is off.
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        const bool undo = action->objectName() == QLatin1String("edit-undo");
        if (!undo && action->objectName() != QLatin1String("edit-redo"))
            continue;
        disconnect(action, &QAction::triggered, nullptr, nullptr);
        connect(action, &QAction::triggered, this, undo ? &CodeEditor::undoRequested : &CodeEditor::redoRequested);
        action->setEnabled(undo ? m_canUndo : m_canRedo);
    }
    // A menu key press carries no mouse position worth reading: the menu is about the cursor.
    const int position = event->reason() == QContextMenuEvent::Keyboard ? textCursor().position()
                                                                         : cursorForPosition(event->pos()).position();
    emit contextMenuAboutToShow(menu.get(), position);
    menu->exec(event->globalPos());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateLineNumberAreaWidth();
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont();
}

void CodeEditor::applyFont()
{
    // The tab width and the default font belong to the document, so a new document needs them too.
    if (document()->defaultFont() != font())
        document()->setDefaultFont(font());
    setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * TabWidth);
    updateLineNumberAreaWidth();
    m_lineNumberArea->update();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 2; // room for two digits keeps short documents from shifting at line 10
    for (int lines = blockCount(); lines >= 100; lines /= 10)
        ++digits;
    // Half a digit of room on the left, one between the numbers and the text.
    const int digitWidth = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    return digitWidth * digits + digitWidth * 3 / 2;
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_lineNumberArea->setGeometry(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height());
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
}

void CodeEditor::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), m_colors.lineNumberBackground);
    painter.setFont(font());
    const int current = textCursor().blockNumber();
    const int right = m_lineNumberArea->width() - fontMetrics().horizontalAdvance(QLatin1Char('9'));
    const int lineHeight = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber();
            painter.setPen(number == current ? m_colors.currentLineNumber : m_colors.lineNumbers);
            painter.drawText(0, qRound(top), right, lineHeight, Qt::AlignRight, QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
    }
}

void CodeEditor::highlightCurrentLine()
{
    const QTextCursor cursor = textCursor();
    QTextEdit::ExtraSelection line;
    line.format.setBackground(m_colors.currentLine);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = cursor;
    line.cursor.clearSelection();
    setExtraSelectionLayer(Layer::CurrentLine, {line});
    // The number of the current line is drawn brighter; repaint when the line changes.
    const int block = cursor.blockNumber();
    if (block != m_currentBlock) {
        m_currentBlock = block;
        m_lineNumberArea->update();
    }
}

} // namespace Agentry
