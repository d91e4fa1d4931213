// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "growingtextedit.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace Agentry {

GrowingTextEdit::GrowingTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTabChangesFocus(true); // Tab moves on through the form; the values hold no tabs
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_replacing)
            emit edited();
    });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, &GrowingTextEdit::updateHeight);
    updateHeight();
}

void GrowingTextEdit::setLineLimits(int minimum, int maximum)
{
    m_minimumLines = minimum;
    m_maximumLines = qMax(minimum, maximum);
    updateHeight();
}

void GrowingTextEdit::replaceText(const QString &text)
{
    const QString old = toPlainText();
    if (old == text)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;

    m_replacing = true;
    // Not the user's edit: it must not be undone by the editor's own Ctrl+Z.
    const bool undo = document()->isUndoRedoEnabled();
    document()->setUndoRedoEnabled(false);
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    document()->setUndoRedoEnabled(undo);
    m_replacing = false;
}

void GrowingTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateHeight();
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    // The text wraps anew at the new width: it may need more or fewer lines.
    QPlainTextEdit::resizeEvent(event);
    updateHeight();
}

void GrowingTextEdit::updateHeight()
{
    const int lineHeight = fontMetrics().lineSpacing();
    const int maximum = m_maximumLines * lineHeight;
    // The laid-out height of the blocks, wrapped lines included; no further than needed.
    qreal content = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid() && content < maximum; block = block.next())
        content += blockBoundingRect(block).height();
    const int textHeight = qBound(m_minimumLines * lineHeight, int(std::ceil(content)), maximum);
    const QMargins margins = contentsMargins();
    const int height = textHeight + int(std::ceil(2 * document()->documentMargin())) + margins.top() + margins.bottom();
    if (height != minimumHeight() || height != maximumHeight())
        setFixedHeight(height);
}

} // namespace Agentry
