// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "highlighterfactory.h"

#include <QWidget>

class QSyntaxHighlighter;
class QTextDocument;

namespace Agentry {

class CodeEditor;
class FindBar;
class GoToLineBar;

// The editor of an agent's body (or of its whole source): a CodeEditor highlighted as
// Markdown in colours that follow the palette, with its find and go-to-line bars below it.
class BodyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BodyEditor(HighlighterFactory::Mode mode, QWidget *parent = nullptr);

    // For the undo signals, setDiagnostics(), zoom and the actions of the bars.
    CodeEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    GoToLineBar *goToLineBar() const { return m_goToLineBar; }

    // Shows `document`, which is not owned and needs a QPlainTextDocumentLayout. Its
    // highlighter is made on first show and owned by the document, so that showing it
    // again costs no highlighting.
    void setDocument(QTextDocument *document);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSyntaxHighlighter *highlighterOf(QTextDocument *document) const;
    void applyPalette();

    const HighlighterFactory::Mode m_mode;
    // Children, owned through the QObject tree.
    CodeEditor *m_editor;
    FindBar *m_findBar;
    GoToLineBar *m_goToLineBar;
};

} // namespace Agentry
