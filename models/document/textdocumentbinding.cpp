// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/textdocumentbinding.h"

#include "document/agentdocument.h"
#include "text/utf8.h"

#include <QTextCursor>
#include <QTextDocument>

namespace Agentry {

namespace {

// How many UTF-16 code units the view shows for bytes [from, to): CRLF is one newline.
int viewLength(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    int chars = 0;
    for (qsizetype b = from; b < to;) {
        const char c = bytes.at(b);
        if (c == '\r' && b + 1 < bytes.size() && bytes.at(b + 1) == '\n') {
            b += 2;
            ++chars;
            continue;
        }
        const Utf8::Step step = Utf8::stepAt(bytes.constData(), bytes.size(), b);
        chars += step.units;
        b += step.bytes;
    }
    return chars;
}

// The region as the view shows it: decoded as the runtimes decode it, so that positions map
// back onto bytes through the same steps, CRLF as one newline.
QString decode(const QByteArray &bytes)
{
    QString text = Utf8::decode(bytes.constData(), bytes.size());
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

// The view's text with its paragraph separators as newlines; unlike toPlainText() it
// keeps no-break spaces.
QString rawText(const QTextDocument &view)
{
    QString text = view.toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

} // namespace

TextDocumentBinding::TextDocumentBinding(AgentDocument *document, QTextDocument *view, Region region, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_view(view)
    , m_region(region)
{
    view->setUndoRedoEnabled(false);
    reset();
    connect(view, &QTextDocument::contentsChanged, this, &TextDocumentBinding::viewChanged);
    connect(document, &AgentDocument::edited, this, &TextDocumentBinding::documentEdited);
    connect(document, &AgentDocument::readOnlyChanged, this, [this] { emit editableChanged(isEditable()); });
}

bool TextDocumentBinding::isEditable() const
{
    return m_faithful && m_document && !m_document->isReadOnly();
}

qsizetype TextDocumentBinding::regionStart() const
{
    const AgentText &text = m_document->text();
    return m_region == Region::Body ? text.block.bodyStart : (text.facts.bom ? 3 : 0);
}

qsizetype TextDocumentBinding::byteOffset(int position) const
{
    const QByteArray &bytes = m_document->text().bytes;
    qsizetype b = regionStart();
    for (int chars = 0; chars < position && b < bytes.size();) {
        if (bytes.at(b) == '\r' && b + 1 < bytes.size() && bytes.at(b + 1) == '\n') {
            b += 2;
            ++chars;
            continue;
        }
        const Utf8::Step step = Utf8::stepAt(bytes.constData(), bytes.size(), b);
        chars += step.units;
        b += step.bytes;
    }
    return qMin<qsizetype>(b, bytes.size());
}

int TextDocumentBinding::position(qsizetype byteOffset) const
{
    return viewLength(m_document->text().bytes, regionStart(), qMin<qsizetype>(byteOffset, m_document->text().bytes.size()));
}

void TextDocumentBinding::reset()
{
    const AgentText &text = m_document->text();
    m_start = regionStart();
    const QByteArray region = text.bytes.mid(m_start);
    m_shadow = decode(region);
    const bool wasEditable = isEditable();
    // A lone CR or a Unicode line separator would become a line break in the view.
    m_faithful = text.facts.validUtf8 && !m_shadow.contains(u'\r') && !m_shadow.contains(QChar(0x2028))
        && !m_shadow.contains(QChar(0x2029));
    m_updating = true;
    m_view->setPlainText(m_shadow);
    m_updating = false;
    if (wasEditable != isEditable())
        emit editableChanged(isEditable());
}

void TextDocumentBinding::viewChanged()
{
    if (m_updating || !m_document)
        return;
    const QString current = rawText(*m_view);
    if (!isEditable()) {
        // Never let a view that cannot be mapped faithfully change the file.
        reset();
        return;
    }
    // The changed range: everything between the common prefix and the common suffix.
    const int shorter = int(qMin(current.size(), m_shadow.size()));
    int prefix = 0;
    while (prefix < shorter && current.at(prefix) == m_shadow.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix && current.at(current.size() - 1 - suffix) == m_shadow.at(m_shadow.size() - 1 - suffix))
        ++suffix;
    // Never split a surrogate pair.
    if (prefix > 0 && prefix < m_shadow.size() && m_shadow.at(prefix).isLowSurrogate())
        --prefix;
    const QString inserted = current.mid(prefix, current.size() - prefix - suffix);
    const qsizetype from = byteOffset(prefix);
    const qsizetype to = byteOffset(int(m_shadow.size()) - suffix);

    // New lines end as the line they are typed into does.
    const QByteArray &bytes = m_document->text().bytes;
    const qsizetype newline = bytes.indexOf('\n', from);
    QByteArray eol = m_document->text().facts.preferredEol();
    if (newline >= 0)
        eol = newline > 0 && bytes.at(newline - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray text = inserted.toUtf8();
    if (eol.size() == 2)
        text.replace('\n', eol);

    m_shadow = current;
    m_updating = true;
    m_document->edit({ByteEdit{from, to - from, text}}, tr("Typing"), EditStep::Merge::Typing, QStringLiteral("typing"));
    m_updating = false;
    m_start = regionStart();
}

void TextDocumentBinding::documentEdited(const ByteEdit &edit, const QByteArray &removed)
{
    if (m_updating)
        return;
    const qsizetype delta = edit.text.size() - edit.length;
    const qsizetype start = regionStart();
    if (edit.start + edit.length <= m_start) {
        // Before the region: the view's text is unchanged unless the region moved otherwise.
        const bool moved = start != m_start + delta;
        m_start = start;
        if (moved)
            reset();
        return;
    }
    if (edit.start < m_start || start != m_start || !m_faithful) {
        reset();
        return;
    }
    const int position = viewLength(m_document->text().bytes, m_start, edit.start);
    const int removedChars = viewLength(removed, 0, removed.size());
    const QString inserted = decode(edit.text);
    if (inserted.contains(u'\r') || inserted.contains(QChar(0x2028)) || inserted.contains(QChar(0x2029))) {
        reset();
        return;
    }
    m_updating = true;
    QTextCursor cursor(m_view);
    cursor.setPosition(position);
    cursor.setPosition(position + removedChars, QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
    m_updating = false;
    m_shadow.replace(position, removedChars, inserted);
}

} // namespace Agentry
