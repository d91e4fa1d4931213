// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gotolinebar.h"

#include "editorcolors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTextBlock>
#include <QToolButton>

namespace Agentry {

namespace {

const QRegularExpression &lineColumnPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*(?::\\s*(\\d+)\\s*)?$"));
    return pattern;
}

} // namespace

GoToLineBar::GoToLineBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_field(new QLineEdit(this))
    , m_range(new QLabel(this))
    , m_goToLineAction(createAction(tr("&Go to Line…"), QKeySequence(QStringLiteral("Ctrl+G"))))
    , m_closeAction(createAction(tr("Close Go to Line Bar"), QKeySequence(QKeySequence::Cancel)))
{
    auto *label = new QLabel(tr("Go to line:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("line or line:column"));
    m_field->setAccessibleName(tr("Line and column"));
    // Digits and one colon; a partial entry such as "12:" is allowed while typing.
    const QRegularExpression partial(QStringLiteral("\\s*\\d*\\s*(:\\s*\\d*\\s*)?"));
    m_field->setValidator(new QRegularExpressionValidator(partial, m_field));
    m_field->setMaximumWidth(m_field->fontMetrics().horizontalAdvance(QLatin1Char('9')) * 24);
    auto *goButton = new QPushButton(tr("Go"), this);
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close the bar (Esc)"));
    closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(goButton);
    layout->addWidget(m_range, 1);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::returnPressed, this, &GoToLineBar::accept);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_field->setPalette(QPalette()); });
    connect(goButton, &QPushButton::clicked, this, &GoToLineBar::accept);
    connect(closeButton, &QToolButton::clicked, m_closeAction, &QAction::trigger);
    connect(m_goToLineAction, &QAction::triggered, this, &GoToLineBar::open);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        hide();
        m_editor->setFocus();
    });
    m_closeAction->setEnabled(false);
    hide();
}

QAction *GoToLineBar::createAction(const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Active while the focus is in the editor or in the bar, not elsewhere in the window.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editor->addAction(action);
    addAction(action);
    return action;
}

void GoToLineBar::open()
{
    const QTextCursor cursor = m_editor->textCursor();
    m_range->setText(tr("Line %1 of %2").arg(cursor.blockNumber() + 1).arg(m_editor->document()->blockCount()));
    show();
    m_field->setFocus();
    m_field->selectAll();
}

bool GoToLineBar::goTo(const QString &text)
{
    const QRegularExpressionMatch match = lineColumnPattern().match(text);
    if (!match.hasMatch())
        return false;
    const QTextDocument *document = m_editor->document();
    const int line = qBound(1, match.captured(1).toInt(), document->blockCount());
    const QTextBlock block = document->findBlockByNumber(line - 1);
    // A missing or too large column: the line's start or end; the separator is not text.
    const int column = qBound(1, match.captured(2).isEmpty() ? 1 : match.captured(2).toInt(), block.length());
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + column - 1);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    return true;
}

void GoToLineBar::accept()
{
    if (!goTo(m_field->text())) {
        QPalette palette = m_field->palette();
        palette.setColor(QPalette::Text, EditorColors::fromPalette(palette).error);
        m_field->setPalette(palette);
        return;
    }
    hide();
    m_editor->setFocus();
}

void GoToLineBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_closeAction->setEnabled(true);
}

void GoToLineBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_closeAction->setEnabled(false);
}

} // namespace Agentry
