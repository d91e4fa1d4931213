// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTextDocument;

namespace Agentry {

class AgentDocument;
struct ByteEdit;

// Keeps a QTextDocument showing part of an AgentDocument (the whole file or the body) in
// step with it, both ways: typing becomes a minimal text edit of the file's bytes on the
// document's history (line endings as the line has them), and edits from anywhere else
// (the form, undo, another view) are applied to the QTextDocument in place, so cursors stay.
class TextDocumentBinding : public QObject
{
    Q_OBJECT

public:
    enum class Region { WholeFile, Body };

    // Neither `document` nor `view` is owned; `view`'s own undo is switched off, since the
    // document's history covers every edit.
    TextDocumentBinding(AgentDocument *document, QTextDocument *view, Region region, QObject *parent = nullptr);

    // False when the text cannot be shown faithfully for editing (not UTF-8, a lone CR,
    // Unicode line separators) or the document is read-only.
    bool isEditable() const;
    // The byte offset in the file of character `position` of the view, and back.
    qsizetype byteOffset(int position) const;
    int position(qsizetype byteOffset) const;

signals:
    void editableChanged(bool editable);

private:
    qsizetype regionStart() const;
    void reset();
    void viewChanged();
    void documentEdited(const ByteEdit &edit, const QByteArray &removed);

    QPointer<AgentDocument> m_document;
    QPointer<QTextDocument> m_view;
    Region m_region;
    QString m_shadow;          // the view's text as last synchronised
    qsizetype m_start = 0;     // the region's first byte when last synchronised
    bool m_faithful = true;    // the region's text maps one-to-one onto the view
    bool m_updating = false;   // a change is being passed between the two
};

} // namespace Agentry
