// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/agenteditor.h"

#include "bodyeditor.h"
#include "codeeditor.h"
#include "document/agentdocument.h"
#include "document/textdocumentbinding.h"
#include "findbar.h"
#include "frontmatterform.h"
#include "gotolinebar.h"
#include "gui/documentviews.h"
#include "gui/quickfixmenu.h"
#include "runtime/fieldspec.h"
#include "runtime/loadstatus.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Agentry {

namespace {

// How many agents keep their views; a 70 KB agent's two highlighted views take ~1 MB.
constexpr std::size_t kRecentViews = 12;

} // namespace

AgentEditor::AgentEditor(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_form(new FrontmatterForm(this))
    , m_bodyPane(new BodyEditor(HighlighterFactory::Mode::Body, this))
    , m_sourcePane(new BodyEditor(HighlighterFactory::Mode::Source, this))
    , m_badge(new QLabel(this))
{
    m_notice->setWordWrap(true);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    m_notice->hide();

    m_splitter->addWidget(m_form);
    m_splitter->addWidget(m_bodyPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_bodyPane->editor()->setAccessibleName(tr("Prompt"));
    m_sourcePane->editor()->setAccessibleName(tr("Source"));
    connect(m_form, &FrontmatterForm::createFrontmatterRequested, this, &AgentEditor::createFrontmatter);
    // The window's menus carry these keys for whichever editor is in use; the same keys on
    // the editors' own actions would make every press ambiguous.
    for (BodyEditor *pane : {m_bodyPane, m_sourcePane}) {
        for (QAction *action : {pane->findBar()->findAction(), pane->findBar()->replaceAction(), pane->findBar()->findNextAction(),
                                pane->findBar()->findPreviousAction(), pane->goToLineBar()->goToLineAction(),
                                pane->editor()->zoomInAction(), pane->editor()->zoomOutAction(), pane->editor()->resetZoomAction()})
            action->setShortcuts({});
    }

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("&Agent"));
    m_tabs->addTab(m_sourcePane, tr("&Source"));
    m_badge->setObjectName(QStringLiteral("loadStatus"));
    m_badge->setContentsMargins(8, 0, 8, 0);
    m_badge->setTextFormat(Qt::PlainText);
    m_tabs->setCornerWidget(m_badge, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &FrontmatterForm::changeRequested, this, [this](const FieldChange &change) {
        if (!m_document)
            return;
        const FieldPatch result = m_document->change(change);
        if (result.status == FieldPatch::Status::Refused) {
            emit message(result.message);
            refresh(); // the field still shows what was asked for
        }
    });
    // The form counts lines from 0.
    connect(m_form, &FrontmatterForm::editSourceRequested, this, [this](int line) { showSourceLine(line + 1); });
    connect(m_form, &FrontmatterForm::fixRequested, this, [this](const QString &key, int index) {
        const QVector<Fix> fixes = m_fieldFixes.value(key);
        if (m_document && m_check && index >= 0 && index < fixes.size())
            emit fixRequested(m_document, m_check->text.bytes, fixes.at(index));
    });
    for (BodyEditor *pane : {m_bodyPane, m_sourcePane}) {
        connect(pane->editor(), &CodeEditor::contextMenuAboutToShow, this,
                [this, pane](QMenu *menu, int position) { addFixes(menu, pane, position); });
        connect(pane->editor(), &CodeEditor::undoRequested, this, [this] {
            if (m_document)
                m_document->undo();
        });
        connect(pane->editor(), &CodeEditor::redoRequested, this, [this] {
            if (m_document)
                m_document->redo();
        });
    }
    setDocument(nullptr);
    qApp->installEventFilter(this);
}

bool AgentEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) && watched->isWidgetType()
        && m_form->isAncestorOf(static_cast<QWidget *>(watched))) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::KeyPress && m_document) {
                if (undo)
                    m_document->undo();
                else
                    m_document->redo();
            }
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

DocumentViews *AgentEditor::viewsFor(AgentDocument *document)
{
    const auto found = std::find_if(m_recent.begin(), m_recent.end(), [document](DocumentViews *v) { return v->document() == document; });
    if (found != m_recent.end()) {
        DocumentViews *views = *found;
        m_recent.erase(found);
        m_recent.push_front(views);
        return views;
    }
    auto *views = new DocumentViews(document, this);
    m_recent.push_front(views);
    while (m_recent.size() > kRecentViews) {
        delete m_recent.back();
        m_recent.pop_back();
    }
    return views;
}

void AgentEditor::forget(AgentDocument *document)
{
    const auto found = std::find_if(m_recent.begin(), m_recent.end(), [document](DocumentViews *v) { return v->document() == document; });
    if (found == m_recent.end())
        return;
    if (m_document == document)
        setDocument(nullptr);
    delete *found;
    m_recent.erase(found);
}

void AgentEditor::forgetAll()
{
    setDocument(nullptr);
    qDeleteAll(m_recent);
    m_recent.clear();
}

void AgentEditor::setDocument(AgentDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_views = nullptr;
    m_tabs->setEnabled(document);
    if (!document) {
        m_bodyPane->setDocument(nullptr);
        m_sourcePane->setDocument(nullptr);
        m_notice->hide();
        clearCheck();
        return;
    }
    DocumentViews *views = viewsFor(document);
    m_views = views;
    m_bodyPane->setDocument(views->body());
    m_sourcePane->setDocument(views->source());
    m_connections << connect(document, &AgentDocument::changed, this, &AgentEditor::refresh)
                  << connect(document, &AgentDocument::dialectChanged, this, &AgentEditor::refresh)
                  << connect(document, &AgentDocument::readOnlyChanged, this, &AgentEditor::updateEditability)
                  << connect(document, &AgentDocument::readOnlyChanged, this,
                             [this] {
                                 clearCheck(); // the same findings, offered with or without fixes
                                 showCheck();
                             })
                  << connect(views->bodyBinding(), &TextDocumentBinding::editableChanged, this, &AgentEditor::updateEditability)
                  << connect(views->sourceBinding(), &TextDocumentBinding::editableChanged, this, &AgentEditor::updateEditability)
                  << connect(document->history(), &EditHistory::changed, this, [this] {
                         const bool canUndo = m_document && m_document->history()->canUndo();
                         const bool canRedo = m_document && m_document->history()->canRedo();
                         m_bodyPane->editor()->setUndoRedoAvailable(canUndo, canRedo);
                         m_sourcePane->editor()->setUndoRedoAvailable(canUndo, canRedo);
                     });
    m_bodyPane->editor()->setUndoRedoAvailable(document->history()->canUndo(), document->history()->canRedo());
    m_sourcePane->editor()->setUndoRedoAvailable(document->history()->canUndo(), document->history()->canRedo());
    refresh();
    updateEditability();
    clearCheck();
    showCheck();
}

void AgentEditor::refresh()
{
    if (!m_document)
        return;
    m_form->setAgentText(m_document->text(), m_document->dialect(), m_document->path());
    showNotice();
}

void AgentEditor::updateEditability()
{
    if (!m_views)
        return;
    m_bodyPane->editor()->setReadOnly(!m_views->bodyBinding()->isEditable());
    m_sourcePane->editor()->setReadOnly(!m_views->sourceBinding()->isEditable());
    m_form->setReadOnly(m_document->isReadOnly());
    showNotice();
}

void AgentEditor::showNotice()
{
    QString text;
    if (m_document && m_document->isReadOnly())
        text = tr("Read-only: %1").arg(m_document->readOnlyReason());
    else if (m_views && !m_views->sourceBinding()->isEditable())
        text = tr("Read-only: this file has line breaks that Agentry cannot show faithfully (a lone carriage return "
                  "or a Unicode line separator), so it is shown but never changed.");
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_notice->setPalette(palette);
}

void AgentEditor::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Agent ? 0 : 1);
}

BodyEditor *AgentEditor::currentPane() const
{
    if (m_sourcePane->editor()->hasFocus())
        return m_sourcePane;
    if (m_bodyPane->editor()->hasFocus())
        return m_bodyPane;
    return m_tabs->currentIndex() == 1 ? m_sourcePane : m_bodyPane;
}

void AgentEditor::setSoftWrap(bool wrap)
{
    m_bodyPane->editor()->setSoftWrap(wrap);
    m_sourcePane->editor()->setSoftWrap(wrap);
}

void AgentEditor::showSourceLine(int line)
{
    showPage(Page::Source);
    CodeEditor *editor = m_sourcePane->editor();
    const QTextBlock block = editor->document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor cursor(block);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    editor->setFocus();
}

void AgentEditor::setChecker(LibraryChecker *checker)
{
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    if (checker) {
        connect(checker, &LibraryChecker::checked, this, &AgentEditor::showCheck);
        connect(checker, &LibraryChecker::reset, this, &AgentEditor::showCheck);
    }
    showCheck();
}

void AgentEditor::showCheck()
{
    // The shown agent offers its fixes beside the fields and in the editors' menus.
    const CheckedAgent *check = m_checker && m_document ? m_checker->checkWithFixes(m_document) : nullptr;
    // Findings in older text wait for the new ones; meanwhile the squiggles shown follow the edits.
    const bool stale = check && check->text.bytes != m_document->text().bytes;
    if (stale && m_check)
        return;
    if (!check || stale) {
        clearCheck();
        return;
    }
    if (m_check && m_check->revision == check->revision)
        return; // other agents' findings changed
    m_check = *check;

    const TextDocumentBinding *body = m_views->bodyBinding();
    const TextDocumentBinding *source = m_views->sourceBinding();
    const qsizetype bodyStart = body->byteOffset(0);
    QList<EditorMark> bodyMarks;
    QList<EditorMark> sourceMarks;
    QHash<QString, QStringList> fieldFixTitles;
    m_fieldFixes.clear();
    for (const Diagnostic &d : std::as_const(m_check->diagnostics)) {
        const QString message = tr("%1 [%2]").arg(d.message, d.code);
        const int start = source->position(d.start);
        sourceMarks << EditorMark{start, source->position(d.end) - start, d.severity, message};
        if (d.end > bodyStart || (d.start == d.end && d.start == bodyStart)) {
            const int bodyFrom = body->position(qMax(d.start, bodyStart));
            bodyMarks << EditorMark{bodyFrom, body->position(d.end) - bodyFrom, d.severity, message};
        }
        if (d.field.isEmpty() || m_document->isReadOnly())
            continue; // a file that must not change offers no fixes
        for (const Fix &fix : d.fixes) {
            m_fieldFixes[d.field].append(fix);
            fieldFixTitles[d.field].append(fix.title);
        }
    }
    m_bodyPane->editor()->setDiagnostics(bodyMarks);
    m_sourcePane->editor()->setDiagnostics(sourceMarks);
    m_form->setFieldProblems(m_check->diagnostics);
    m_form->setFieldFixes(fieldFixTitles);

    const LoadStatus status = LoadStatus::of(m_check->reading, m_check->scope);
    // A mark before the words, so colour is never the only cue.
    const auto isCaution = [](const LoadStatus &s) {
        return s.state == LoadStatus::State::FieldsDropped || s.state == LoadStatus::State::NeedsAcknowledging;
    };
    const auto marked = [&isCaution](const LoadStatus &s) {
        const QString mark = s.state == LoadStatus::State::Loads ? QStringLiteral("✔") : isCaution(s) ? QStringLiteral("⚠") : QStringLiteral("✖");
        return tr("%1 %2").arg(mark, s.title());
    };
    const bool caution = isCaution(status);
    // Each other runtime that reads the folder too has its say (Copilot reads .claude/agents).
    QStringList texts{marked(status)};
    QStringList titles{status.title()};
    QStringList reasons{status.reason};
    for (const AgentReading &other : std::as_const(m_check->alsoReadBy)) {
        const LoadStatus also = LoadStatus::of(other, m_check->scope);
        texts.append(marked(also));
        titles.append(also.title());
        reasons.append(also.reason.isEmpty() ? also.title() : tr("%1: %2").arg(also.title(), also.reason));
    }
    reasons.removeAll(QString());
    m_badge->setText(texts.join(QStringLiteral(" · ")));
    m_badge->setToolTip(reasons.join(u'\n'));
    m_badge->setAccessibleName(titles.join(QStringLiteral(", ")));
    m_badge->setAccessibleDescription(reasons.join(u'\n'));
    QPalette palette = m_badge->palette();
    palette.setColor(QPalette::WindowText, status.state == LoadStatus::State::Loads ? QColor(0x3a, 0x9a, 0x4f)
                                           : caution                                  ? QColor(0xc2, 0x7c, 0x0e)
                                                                                      : QColor(0xd0, 0x3a, 0x2f));
    m_badge->setPalette(palette);
}

void AgentEditor::clearCheck()
{
    m_check.reset();
    m_bodyPane->editor()->setDiagnostics({});
    m_sourcePane->editor()->setDiagnostics({});
    m_form->setFieldProblems({});
    m_form->setFieldFixes({});
    m_fieldFixes.clear();
    m_badge->clear();
    m_badge->setToolTip(QString());
}

QString AgentEditor::loadStatusText() const
{
    return m_badge->text();
}

void AgentEditor::addFixes(QMenu *menu, BodyEditor *pane, int position)
{
    if (!m_document || !m_checker)
        return;
    m_checker->flush(); // the menu offers fixes for the text as it is now
    if (!m_check || m_check->text.bytes != m_document->text().bytes || m_document->isReadOnly())
        return;
    const TextDocumentBinding *binding = pane == m_bodyPane ? m_views->bodyBinding() : m_views->sourceBinding();
    const qsizetype at = binding->byteOffset(position);
    QVector<const Diagnostic *> here;
    for (const Diagnostic &d : std::as_const(m_check->diagnostics)) {
        if (at >= d.start && at <= d.end)
            here << &d;
    }
    const QPointer<AgentDocument> document = m_document.data();
    const QByteArray bytes = m_check->text.bytes;
    QuickFixMenu::prepend(
        menu, here,
        [this, document, bytes](const Fix &fix) {
            if (document)
                emit fixRequested(document, bytes, fix);
        },
        [this](const QString &code) { emit fixAllRequested(code); });
}

void AgentEditor::createFrontmatter()
{
    if (!m_document || m_document->isReadOnly() || !m_checker)
        return;
    m_checker->flush();
    if (const CheckedAgent *check = m_checker->checkWithFixes(m_document); check && check->text.bytes == m_document->text().bytes) {
        for (const Diagnostic &d : check->diagnostics) {
            if (d.code == QLatin1String("AG101") && d.safeFix()) {
                // Copies: applying the fix checks the agent again, which replaces `check`.
                const Fix fix = *d.safeFix();
                const QByteArray bytes = check->text.bytes;
                emit fixRequested(m_document, bytes, fix);
                return;
            }
        }
    }
    const FieldPatch result = m_document->change(FieldChange::set(QStringLiteral("name"), FieldSpecs::nameFromFileName(m_document->path())));
    if (result.status == FieldPatch::Status::Refused)
        emit message(result.message);
}

void AgentEditor::showDiagnostic(const Diagnostic &diagnostic)
{
    if (!m_document || !m_views)
        return;
    if (!diagnostic.field.isEmpty()) {
        QWidget *field = m_form->findChild<QWidget *>(diagnostic.field);
        if (field && field->isVisibleTo(m_form) && field->isEnabled()) {
            showPage(Page::Agent);
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    const TextDocumentBinding *body = m_views->bodyBinding();
    const bool inBody = diagnostic.start >= body->byteOffset(0);
    const TextDocumentBinding *binding = inBody ? body : m_views->sourceBinding();
    BodyEditor *pane = inBody ? m_bodyPane : m_sourcePane;
    showPage(inBody ? Page::Agent : Page::Source);
    CodeEditor *editor = pane->editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(binding->position(diagnostic.start));
    cursor.setPosition(binding->position(diagnostic.end), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    editor->setFocus(Qt::OtherFocusReason);
}

} // namespace Agentry
