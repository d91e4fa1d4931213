// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextDocumentLayout>

namespace Agentry {

// The layout of a CodeEditor's document: QPlainTextDocumentLayout without a full repaint per
// keystroke. A highlighter re-formats the lines an edit touched while the document reports
// the edit, and the document merges both into one change whose charsRemoved + charsAdded,
// which QPlainTextDocumentLayout takes as its length, runs past those lines; so it would
// lay out and repaint the whole view. This one lays out and repaints the lines themselves,
// as long as they are few and no line came or went.
class CodeDocumentLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT

public:
    // `document` also owns the layout; see QTextDocument::setDocumentLayout().
    explicit CodeDocumentLayout(QTextDocument *document);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    int m_blockCount = 0;  // as of the last change, as QPlainTextDocumentLayout counts them
    bool m_edited = false; // the change to come is an edit, not a re-highlight alone
};

} // namespace Agentry
