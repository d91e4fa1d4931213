// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/documentviews.h"

#include "document/agentdocument.h"
#include "document/textdocumentbinding.h"

#include <QPlainTextDocumentLayout>
#include <QTextDocument>

namespace Agentry {

DocumentViews::DocumentViews(AgentDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_body(new QTextDocument(this))
    , m_source(new QTextDocument(this))
{
    for (QTextDocument *view : {m_body, m_source})
        view->setDocumentLayout(new QPlainTextDocumentLayout(view));
    m_bodyBinding = new TextDocumentBinding(document, m_body, TextDocumentBinding::Region::Body, this);
    m_sourceBinding = new TextDocumentBinding(document, m_source, TextDocumentBinding::Region::WholeFile, this);
}

} // namespace Agentry
