// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bodyeditor.h"

#include "codeeditor.h"
#include "findbar.h"
#include "gotolinebar.h"

#include <QAction>
#include <QEvent>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace Agentry {

namespace {

// Marks the highlighter this editor made, among other QSyntaxHighlighters a document may have.
const char *const HighlighterName = "agentry-body-highlighter";

} // namespace

BodyEditor::BodyEditor(HighlighterFactory::Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_editor(new CodeEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_goToLineBar(new GoToLineBar(m_editor, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_goToLineBar);
    // One bar at a time, so that Escape has one bar to close.
    connect(m_findBar->findAction(), &QAction::triggered, m_goToLineBar, &QWidget::hide);
    connect(m_findBar->replaceAction(), &QAction::triggered, m_goToLineBar, &QWidget::hide);
    connect(m_goToLineBar->goToLineAction(), &QAction::triggered, m_findBar, &QWidget::hide);
    setFocusProxy(m_editor);
    setDocument(m_editor->document());
}

void BodyEditor::setDocument(QTextDocument *document)
{
    if (document != m_editor->document())
        m_editor->setDocument(document);
    QTextDocument *shown = m_editor->document(); // a new, empty one for nullptr
    if (!highlighterOf(shown)) {
        QSyntaxHighlighter *highlighter = HighlighterFactory::create(shown, m_mode, palette(), shown);
        highlighter->setObjectName(QLatin1String(HighlighterName));
    }
    applyPalette();
}

QSyntaxHighlighter *BodyEditor::highlighterOf(QTextDocument *document) const
{
    return document->findChild<QSyntaxHighlighter *>(QLatin1String(HighlighterName), Qt::FindDirectChildrenOnly);
}

void BodyEditor::applyPalette()
{
    // The palette of this widget, not of the editor, whose colours come from the theme.
    HighlighterFactory::setPalette(highlighterOf(m_editor->document()), palette());
    m_editor->setColors(HighlighterFactory::editorColors(palette()));
}

void BodyEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace Agentry
