// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "editorcolors.h"
#include "editormark.h"

#include <QList>
#include <QPlainTextEdit>

#include <array>

class QMenu;

namespace Agentry {

class LineNumberArea;

// A plain-text editor for markup and code in the manner of Kate and Qt's Code Editor
// example: line numbers, current-line highlight, soft wrap, zoom, squiggles. Undo belongs
// to the application's per-document history, not to the QTextDocument: the undo keys and
// context-menu entries only ask for it, through undoRequested() and redoRequested().
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Owners of extra selections; each owns one layer. Later layers are drawn on top.
    enum class Layer { CurrentLine, Search, Diagnostics };

    explicit CodeEditor(QWidget *parent = nullptr);

    // Shows `document` (not owned) and turns its own undo off. A document without a
    // QPlainTextDocumentLayout gets a CodeDocumentLayout. This hides the non-virtual
    // QPlainTextEdit::setDocument(): call it through a CodeEditor.
    void setDocument(QTextDocument *document);

    // Replaces the extra selections of `layer`, leaving the other layers alone.
    void setExtraSelectionLayer(Layer layer, const QList<QTextEdit::ExtraSelection> &selections);

    // Squiggles under `marks`, replacing the previous ones; they move with later edits.
    void setDiagnostics(const QList<EditorMark> &marks);
    // The messages of the marks that cover `position`, one per line; empty if none.
    QString diagnosticAt(int position) const;

    const EditorColors &colors() const { return m_colors; }
    void setColors(const EditorColors &colors);

    bool softWrap() const;
    void setSoftWrap(bool wrap);

    // Font size relative to the default fixed-width font, in points.
    int zoom() const { return m_zoom; }
    void setZoom(int points);

    // Enables the Undo and Redo entries of the context menu.
    void setUndoRedoAvailable(bool canUndo, bool canRedo);

    // Ctrl++ (or Ctrl+=), Ctrl+- and Ctrl+0 while the editor has focus; for a View menu.
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *resetZoomAction() const { return m_resetZoomAction; }

signals:
    void undoRequested();
    void redoRequested();
    void zoomChanged(int points);
    // Just before the context menu shows; `position` is the document position under the
    // mouse, or the text cursor's when the menu was opened from the keyboard. Receivers,
    // connected directly, may add actions (quick fixes at the top); `menu` lives until it closes.
    void contextMenuAboutToShow(QMenu *menu, int position);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class LineNumberArea;

    struct Squiggle
    {
        QTextCursor cursor; // follows edits, unlike the mark's positions
        Severity severity;
        QString message;
    };

    int lineNumberAreaWidth() const;
    void paintLineNumberArea(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    void showSquiggles();
    void applyExtraSelections();
    void applyFont();
    QAction *createAction(const QString &text, const QList<QKeySequence> &shortcuts);

    LineNumberArea *m_lineNumberArea; // child, owned through the QObject tree
    QAction *m_zoomInAction;          // the three owned by this editor
    QAction *m_zoomOutAction;
    QAction *m_resetZoomAction;
    std::array<QList<QTextEdit::ExtraSelection>, 3> m_layers;
    QList<Squiggle> m_squiggles;
    EditorColors m_colors;
    const QFont m_defaultFont;
    int m_zoom = 0;
    int m_wheelDelta = 0; // the part of a high-resolution wheel turn not yet a zoom step
    int m_currentBlock = -1;
    bool m_canUndo = false;
    bool m_canRedo = false;
};

} // namespace Agentry
