// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "codedocumentlayout.h"

#include <QTextBlock>
#include <QTextDocument>

#include <utility>

namespace Agentry {

namespace {

// More lines than this, e.g. when a fence opens and all lines below change colour: the
// plain way, which lays them out lazily.
constexpr int MaximumLines = 8;

} // namespace

CodeDocumentLayout::CodeDocumentLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document)
{
    // A text edit is announced before the layout hears of it; a highlighter's re-formatting
    // of lines out of an edit (a whole re-highlight) is not.
    connect(document, &QTextDocument::contentsChange, this, [this] { m_edited = true; });
}

void CodeDocumentLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    const QTextDocument *document = this->document();
    const int blockCount = document->blockCount();
    const bool sameBlockCount = std::exchange(m_blockCount, blockCount) == blockCount;
    if (std::exchange(m_edited, false) && sameBlockCount) {
        // The lines changed, in the text as it is now: `charsAdded` characters from `from`.
        const QTextBlock first = document->findBlock(from);
        const QTextBlock last = document->findBlock(from + qMax(charsAdded, 1) - 1);
        if (first.isValid() && last.isValid() && last.blockNumber() - first.blockNumber() < MaximumLines) {
            for (QTextBlock block = first; block.isValid(); block = block.next()) {
                QPlainTextDocumentLayout::documentChanged(block.position(), 0, 1); // this line alone
                if (block == last)
                    break;
            }
            return;
        }
    }
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
}

} // namespace Agentry
