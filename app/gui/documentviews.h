// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QTextDocument;

namespace Agentry {

class AgentDocument;
class TextDocumentBinding;

// The text views of one agent: its body and its whole source as QTextDocuments, bound to
// the document's bytes (the editors add their highlighters on first show). Kept while the
// agent is among the recently shown, so switching back is instant and keeps cursors.
class DocumentViews : public QObject
{
    Q_OBJECT

public:
    // `document` is not owned and must outlive this object.
    DocumentViews(AgentDocument *document, QObject *parent = nullptr);

    AgentDocument *document() const { return m_document; }
    QTextDocument *body() const { return m_body; }
    QTextDocument *source() const { return m_source; }
    TextDocumentBinding *bodyBinding() const { return m_bodyBinding; }
    TextDocumentBinding *sourceBinding() const { return m_sourceBinding; }

private:
    AgentDocument *m_document;
    // Children, owned through the QObject tree; the bindings watch the text documents
    // through guarded pointers, so the order they go in does not matter.
    QTextDocument *m_body;
    QTextDocument *m_source;
    TextDocumentBinding *m_bodyBinding;
    TextDocumentBinding *m_sourceBinding;
};

} // namespace Agentry
