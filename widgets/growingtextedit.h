// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>

namespace Agentry {

// A plain text editor that is as tall as its text, between a minimum and a maximum number
// of lines (then it scrolls), so a form shows short values without wasted space.
class GrowingTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit GrowingTextEdit(QWidget *parent = nullptr);

    void setLineLimits(int minimum, int maximum);
    // Replaces the text by the smallest edit that yields `text`, so the cursor, the selection
    // and the scroll position stay where they were; does not emit edited().
    void replaceText(const QString &text);

signals:
    // The user changed the text (typing, pasting, undo); never for replaceText().
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeight();

    int m_minimumLines = 2;
    int m_maximumLines = 12;
    bool m_replacing = false;
};

} // namespace Agentry
