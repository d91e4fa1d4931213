// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QWidget>

#include <list>
#include <optional>

#include "document/agentdocument.h"
#include "library/librarychecker.h"

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace Agentry {

class CodeEditor;
class DocumentViews;
class BodyEditor;
class FrontmatterForm;

// The editing area for one agent: the frontmatter form beside the highlighted body, and
// the whole file as "Source". Every view edits through the document's history; the form
// is refreshed from the text after every change, whoever made it. The agent's problems
// show as squiggles, marks on fields and a badge saying whether Claude Code loads it; their
// fixes are offered in the editors' context menus and beside the fields.
class AgentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AgentEditor(QWidget *parent = nullptr);

    // Shows `document` (not owned; null shows nothing). Recently shown documents keep
    // their views, so switching back is instant.
    void setDocument(AgentDocument *document);
    AgentDocument *document() const { return m_document; }
    // Drops the views of a document that is about to go away, or of all of them.
    void forget(AgentDocument *document);
    void forgetAll();

    enum class Page { Agent, Source };
    void showPage(Page page);
    // The editor the user works in: the focused one, else the visible one.
    BodyEditor *currentPane() const;
    BodyEditor *bodyPane() const { return m_bodyPane; }
    BodyEditor *sourcePane() const { return m_sourcePane; }
    FrontmatterForm *form() const { return m_form; }
    QSplitter *splitter() const { return m_splitter; }
    void setSoftWrap(bool wrap);
    // Moves the source editor's cursor to `line` (1-based) and shows it.
    void showSourceLine(int line);
    // Shows where `diagnostic` points: the field it is about, else its place in the body or
    // the source.
    void showDiagnostic(const Diagnostic &diagnostic);

    // Where the findings come from (not owned; null shows none).
    void setChecker(LibraryChecker *checker);
    // The text of the badge: whether Claude Code loads the agent; empty before it is checked.
    QString loadStatusText() const;

signals:
    void message(const QString &text); // for the status bar
    // The user chose `fix` of a problem found in `bytes` of `document`.
    void fixRequested(AgentDocument *document, const QByteArray &bytes, const Fix &fix);
    // The user asked to apply the safe fix of every problem with `code` in the library.
    void fixAllRequested(const QString &code);

protected:
    // Undo and redo keys in the form act on the document's history, not on the widget's own.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DocumentViews *viewsFor(AgentDocument *document);
    void refresh();
    void updateEditability();
    void showNotice();
    void showCheck();
    void clearCheck();
    void addFixes(QMenu *menu, BodyEditor *pane, int position);
    // The frontmatter `agentry fix` would create (from the body's own metadata); a name from
    // the file name to start from when the body has none.
    void createFrontmatter();

    QPointer<AgentDocument> m_document;
    DocumentViews *m_views = nullptr; // the current document's, in m_recent
    std::list<DocumentViews *> m_recent; // most recent first; owned through the QObject tree
    // Children, owned through the QObject tree.
    QLabel *m_notice;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    FrontmatterForm *m_form;
    BodyEditor *m_bodyPane;
    BodyEditor *m_sourcePane;
    QList<QMetaObject::Connection> m_connections;
    QPointer<LibraryChecker> m_checker;
    std::optional<CheckedAgent> m_check;                     // the shown document's, as last shown
    QHash<QString, QVector<Fix>> m_fieldFixes;             // by key, as offered beside the fields
    QLabel *m_badge;
};

} // namespace Agentry
