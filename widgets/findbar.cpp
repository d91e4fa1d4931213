// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "findbar.h"

#include "codeeditor.h"
#include "editorcolors.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Agentry {

namespace {

QToolButton *createToolButton(const QString &iconName, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(iconName)); // without an icon theme the text shows
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_searchField(new QLineEdit(this))
    , m_replaceField(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_regularExpression(new QCheckBox(tr("Regular expression"), this))
    , m_status(new QLabel(this))
    , m_replaceLabel(new QLabel(tr("Replace:"), this))
    , m_replaceButton(new QPushButton(tr("Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace All"), this))
    , m_refreshTimer(new QTimer(this))
    , m_findAction(createAction(tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find)))
    , m_replaceAction(createAction(tr("Find and &Replace…"), {QKeySequence(QStringLiteral("Ctrl+H"))}))
    , m_findNextAction(createAction(tr("Find &Next"), {QKeySequence(QStringLiteral("F3"))}))
    , m_findPreviousAction(createAction(tr("Find Pre&vious"), {QKeySequence(QStringLiteral("Shift+F3"))}))
    , m_closeAction(createAction(tr("Close Find Bar"), QKeySequence::keyBindings(QKeySequence::Cancel)))
{
    // Labels carry no mnemonics: Alt+F and the like belong to the window's menus.
    auto *findLabel = new QLabel(tr("Find:"), this);
    findLabel->setBuddy(m_searchField);
    m_replaceLabel->setBuddy(m_replaceField);
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search text"));
    m_searchField->installEventFilter(this);
    m_replaceField->setAccessibleName(tr("Replacement text"));
    m_replaceField->setToolTip(tr("With regular expressions, \\1 to \\9 insert what the groups matched"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QToolButton *previousButton = createToolButton(QStringLiteral("go-up"), tr("Previous"),
                                                   tr("Find the previous match (Shift+F3)"), this);
    QToolButton *nextButton = createToolButton(QStringLiteral("go-down"), tr("Next"),
                                               tr("Find the next match (F3)"), this);
    QToolButton *closeButton = createToolButton(QStringLiteral("window-close"), tr("Close"),
                                                tr("Close the find bar (Esc)"), this);

    auto *searchButtons = new QHBoxLayout;
    searchButtons->addWidget(previousButton);
    searchButtons->addWidget(nextButton);
    searchButtons->addWidget(m_caseSensitive);
    searchButtons->addWidget(m_wholeWords);
    searchButtons->addWidget(m_regularExpression);
    auto *replaceButtons = new QHBoxLayout;
    replaceButtons->addWidget(m_replaceButton);
    replaceButtons->addWidget(m_replaceAllButton);
    replaceButtons->addStretch();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->setVerticalSpacing(3);
    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_searchField, 0, 1);
    layout->addLayout(searchButtons, 0, 2);
    layout->addWidget(m_status, 0, 3);
    layout->addWidget(closeButton, 0, 4);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replaceField, 1, 1);
    layout->addLayout(replaceButtons, 1, 2, 1, 2);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(3, 1);

    // Typing in the editor invalidates the matches; recount once typing pauses.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        ensureMatches();
        showMatches();
        showStatus();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_matchesValid = false;
        if (isVisible())
            m_refreshTimer->start();
    });

    connect(m_searchField, &QLineEdit::textChanged, this, &FindBar::searchChanged);
    connect(m_replaceField, &QLineEdit::returnPressed, this, &FindBar::replace);
    for (QCheckBox *option : {m_caseSensitive, m_wholeWords, m_regularExpression})
        connect(option, &QCheckBox::toggled, this, &FindBar::searchChanged);
    connect(previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, m_closeAction, &QAction::trigger);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replace);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_findAction, &QAction::triggered, this, &FindBar::openFind);
    connect(m_replaceAction, &QAction::triggered, this, &FindBar::openReplace);
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (isHidden())
            openFind();
        else
            findNext();
    });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (isHidden())
            openFind();
        else
            findPrevious();
    });
    connect(m_closeAction, &QAction::triggered, this, [this] {
        hide();
        m_editor->setFocus();
    });
    m_closeAction->setEnabled(false);
    hide();
}

QAction *FindBar::createAction(const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    // Active while the focus is in the editor or in the bar, not elsewhere in the window.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editor->addAction(action);
    addAction(action);
    return action;
}

void FindBar::openFind()
{
    for (QWidget *widget : {static_cast<QWidget *>(m_replaceLabel), static_cast<QWidget *>(m_replaceField),
                            static_cast<QWidget *>(m_replaceButton), static_cast<QWidget *>(m_replaceAllButton)})
        widget->hide();
    openBar();
}

void FindBar::openReplace()
{
    for (QWidget *widget : {static_cast<QWidget *>(m_replaceLabel), static_cast<QWidget *>(m_replaceField),
                            static_cast<QWidget *>(m_replaceButton), static_cast<QWidget *>(m_replaceAllButton)})
        widget->show();
    const bool editable = !m_editor->isReadOnly();
    m_replaceField->setEnabled(editable);
    m_replaceButton->setEnabled(editable);
    m_replaceAllButton->setEnabled(editable);
    openBar();
}

void FindBar::openBar()
{
    // Search for the selection, as Kate does, unless it spans lines.
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    show();
    if (cursor.hasSelection() && !selected.contains(QChar::ParagraphSeparator)) {
        const bool regularExpression = options().testFlag(Option::RegularExpression);
        setSearchText(regularExpression ? QRegularExpression::escape(selected) : selected);
    }
    ensureMatches();
    showMatches();
    showStatus();
    m_searchField->setFocus();
    m_searchField->selectAll();
}

QString FindBar::searchText() const
{
    return m_searchField->text();
}

void FindBar::setSearchText(const QString &text)
{
    m_searchField->setText(text);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replaceField->setText(text);
}

FindBar::Options FindBar::options() const
{
    Options options;
    options.setFlag(Option::CaseSensitive, m_caseSensitive->isChecked());
    options.setFlag(Option::WholeWords, m_wholeWords->isChecked());
    options.setFlag(Option::RegularExpression, m_regularExpression->isChecked());
    return options;
}

void FindBar::setOptions(Options options)
{
    // One search for the new options, not one per check box.
    const QSignalBlocker caseBlocker(m_caseSensitive);
    const QSignalBlocker wordsBlocker(m_wholeWords);
    const QSignalBlocker expressionBlocker(m_regularExpression);
    m_caseSensitive->setChecked(options.testFlag(Option::CaseSensitive));
    m_wholeWords->setChecked(options.testFlag(Option::WholeWords));
    m_regularExpression->setChecked(options.testFlag(Option::RegularExpression));
    searchChanged();
}

QRegularExpression FindBar::expression() const
{
    const Options options = this->options();
    QString pattern = options.testFlag(Option::RegularExpression) ? searchText()
                                                                  : QRegularExpression::escape(searchText());
    if (options.testFlag(Option::WholeWords)) {
        // Lookarounds rather than \b, so that "-v" or "@scope" still match as whole words.
        pattern = QStringLiteral("(?<!\\w)(?:") + pattern + QStringLiteral(")(?!\\w)");
    }
    QRegularExpression::PatternOptions patternOptions =
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption;
    if (!options.testFlag(Option::CaseSensitive))
        patternOptions |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, patternOptions);
}

void FindBar::ensureMatches() const
{
    const QTextDocument *document = m_editor->document();
    if (m_matchesValid && m_matchedDocument == document)
        return;
    m_matches.clear();
    m_patternError.clear();
    m_matchesValid = true;
    m_highlightsShown = false;
    m_matchedDocument = document;
    if (searchText().isEmpty())
        return;
    const QRegularExpression expression = this->expression();
    if (!expression.isValid()) {
        m_patternError = expression.errorString();
        return;
    }
    // toPlainText() keeps positions: each paragraph separator becomes one '\n'.
    QRegularExpressionMatchIterator it = expression.globalMatch(document->toPlainText());
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        m_matches.append({static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength())});
    }
}

void FindBar::searchChanged()
{
    m_matchesValid = false;
    // Search as you type: keep the current match while it still matches, else go on.
    if (!find(Direction::Forward, From::SelectionStart)) {
        showMatches();
        showStatus();
    }
}

bool FindBar::findNext()
{
    return find(Direction::Forward, From::Cursor);
}

bool FindBar::findPrevious()
{
    return find(Direction::Backward, From::Cursor);
}

bool FindBar::find(Direction direction, From from)
{
    ensureMatches();
    showMatches();
    if (m_matches.isEmpty()) {
        showStatus();
        return false;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const int selected = matchAt(cursor.selectionStart(), cursor.selectionEnd());
    const int count = static_cast<int>(m_matches.size());
    const auto firstAtOrAfter = [this](int position) {
        return static_cast<int>(std::lower_bound(m_matches.cbegin(), m_matches.cend(), position,
                                                 [](const Match &match, int value) { return match.start < value; })
                                - m_matches.cbegin());
    };
    int index = 0;
    bool wrapped = false;
    if (direction == Direction::Forward) {
        if (selected >= 0)
            index = from == From::Cursor ? selected + 1 : selected;
        else
            index = firstAtOrAfter(from == From::Cursor ? cursor.selectionEnd() : cursor.selectionStart());
        if (index >= count) {
            index = 0;
            wrapped = true;
        }
    } else {
        index = selected >= 0 ? selected - 1 : firstAtOrAfter(cursor.selectionStart()) - 1;
        if (index < 0) {
            index = count - 1;
            wrapped = true;
        }
    }
    select(m_matches.at(index));
    if (!wrapped)
        showStatus();
    else if (direction == Direction::Forward)
        showStatus(tr("continued from the top"));
    else
        showStatus(tr("continued from the bottom"));
    return true;
}

int FindBar::matchAt(int start, int end) const
{
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), start,
                                     [](const Match &match, int value) { return match.start < value; });
    if (it == m_matches.cend() || it->start != start || it->length != end - start)
        return -1;
    return static_cast<int>(it - m_matches.cbegin());
}

void FindBar::select(const Match &match)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(match.start);
    cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}

int FindBar::matchCount() const
{
    ensureMatches();
    return static_cast<int>(m_matches.size());
}

int FindBar::currentMatch() const
{
    ensureMatches();
    const QTextCursor cursor = m_editor->textCursor();
    return matchAt(cursor.selectionStart(), cursor.selectionEnd()) + 1;
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::showMatches()
{
    if (m_highlightsShown)
        return;
    m_highlightsShown = true;
    const auto *codeEditor = qobject_cast<const CodeEditor *>(m_editor);
    const EditorColors colors = codeEditor ? codeEditor->colors() : EditorColors::fromPalette(m_editor->palette());
    // The text colour too: a syntax colour may not read on the match colour, e.g. a purple
    // heading on Breeze Dark's green.
    QTextCharFormat format;
    format.setBackground(colors.searchMatch);
    format.setForeground(colors.text);
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_matches.size());
    for (const Match &match : std::as_const(m_matches)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(match.start);
        selection.cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    }
    setHighlights(selections);
}

void FindBar::setHighlights(const QList<QTextEdit::ExtraSelection> &selections)
{
    if (auto *codeEditor = qobject_cast<CodeEditor *>(m_editor))
        codeEditor->setExtraSelectionLayer(CodeEditor::Layer::Search, selections);
    else
        m_editor->setExtraSelections(selections);
}

void FindBar::showStatus(const QString &note)
{
    QString text;
    if (!m_patternError.isEmpty()) {
        text = tr("Invalid pattern: %1").arg(m_patternError);
    } else if (!searchText().isEmpty()) {
        const int current = currentMatch();
        const int count = static_cast<int>(m_matches.size());
        if (count == 0)
            text = tr("No matches");
        else if (current > 0)
            text = tr("%1 of %2").arg(current).arg(count);
        else
            text = tr("Matches: %1").arg(count); // worded to need no plural forms
    }
    if (!note.isEmpty())
        text = tr("%1, %2", "match count, wrap-around note").arg(text, note);
    m_status->setText(text);
    setSearchFieldError(!m_patternError.isEmpty());
}

void FindBar::setSearchFieldError(bool error)
{
    if (!error) {
        m_searchField->setPalette(QPalette());
        m_searchField->setToolTip(QString());
        return;
    }
    QPalette palette = m_searchField->palette();
    palette.setColor(QPalette::Text, EditorColors::fromPalette(palette).error);
    m_searchField->setPalette(palette);
    m_searchField->setToolTip(m_status->text());
}

QString FindBar::replacement(const QRegularExpressionMatch &match) const
{
    const QString pattern = m_replaceField->text();
    if (!options().testFlag(Option::RegularExpression))
        return pattern;
    // \0 to \9 insert a group, \n and \t a newline and a tab; \\ and any other escaped
    // character stand for themselves.
    QString result;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != u'\\' || i + 1 == pattern.size()) {
            result += c;
            continue;
        }
        const QChar escaped = pattern.at(++i);
        if (escaped.isDigit())
            result += match.captured(escaped.digitValue());
        else if (escaped == u'n')
            result += u'\n';
        else if (escaped == u't')
            result += u'\t';
        else
            result += escaped;
    }
    return result;
}

void FindBar::replace()
{
    if (m_editor->isReadOnly())
        return;
    ensureMatches();
    QTextCursor cursor = m_editor->textCursor();
    const int index = matchAt(cursor.selectionStart(), cursor.selectionEnd());
    if (index < 0) {
        findNext();
        return;
    }
    // Matching again from the match's start yields the same match, now with its groups.
    const QRegularExpressionMatch match =
        expression().match(m_editor->document()->toPlainText(), m_matches.at(index).start);
    cursor.insertText(replacement(match));
    m_editor->setTextCursor(cursor);
    m_matchesValid = false;
    findNext();
}

int FindBar::replaceAll()
{
    const QRegularExpression expression = this->expression();
    if (m_editor->isReadOnly() || searchText().isEmpty() || !expression.isValid())
        return 0;
    struct Replacement
    {
        int start;
        int length;
        QString text;
    };
    QList<Replacement> replacements;
    QRegularExpressionMatchIterator it = expression.globalMatch(m_editor->document()->toPlainText());
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        replacements.append({static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()),
                             replacement(match)});
    }
    if (replacements.isEmpty()) {
        showStatus();
        return 0;
    }
    // One edit block: the document reports one change, which the history keeps as one step.
    // Back to front, so that the positions still to replace stay valid.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto r = replacements.crbegin(); r != replacements.crend(); ++r) {
        cursor.setPosition(r->start);
        cursor.setPosition(r->start + r->length, QTextCursor::KeepAnchor);
        cursor.insertText(r->text);
    }
    cursor.endEditBlock();
    const int count = static_cast<int>(replacements.size());
    m_matchesValid = false;
    ensureMatches();
    showMatches();
    showStatus(tr("replaced: %1").arg(count));
    return count;
}

void FindBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_closeAction->setEnabled(true);
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_closeAction->setEnabled(false);
    m_refreshTimer->stop();
    m_highlightsShown = false;
    setHighlights({});
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Enter finds the next match, Shift+Enter the previous one.
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Agentry
