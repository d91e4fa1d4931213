// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Agentry {

// An inline bar that moves the cursor of a QPlainTextEdit to a line, or to line:column
// (Ctrl+G), as Kate's does.
class GoToLineBar : public QWidget
{
    Q_OBJECT

public:
    // Moves the cursor of `editor`, which is not owned and must outlive the bar; `parent`
    // owns the bar.
    explicit GoToLineBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Ctrl+G while the editor or the bar has focus; for an Edit menu. Escape closes the bar.
    QAction *goToLineAction() const { return m_goToLineAction; }

    // Shows the bar with its field focused.
    void open();
    // Moves to "line" or "line:column" (1-based, clamped to the text) and returns true, or
    // returns false if `text` is neither.
    bool goTo(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void accept();
    QAction *createAction(const QString &text, const QKeySequence &shortcut);

    QPlainTextEdit *const m_editor;
    QLineEdit *m_field;  // children, owned through the QObject tree
    QLabel *m_range;
    QAction *m_goToLineAction;
    QAction *m_closeAction;
};

} // namespace Agentry
