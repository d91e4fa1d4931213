// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Agentry {

// A removable token: a short text in a rounded frame with a remove button beside it.
class Chip : public QFrame
{
    Q_OBJECT

public:
    // `removeName` is what the remove button is called for assistive tools: "Remove Bash".
    Chip(const QString &text, const QString &removeName, QWidget *parent = nullptr);

    void setRemovable(bool removable);
    QToolButton *removeButton() const { return m_remove; }

signals:
    void removeClicked();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_label;       // owned through the QObject tree, like m_remove
    QToolButton *m_remove;
};

} // namespace Agentry
