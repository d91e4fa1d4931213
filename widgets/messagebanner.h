// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Agentry {

// A message across the top of a page, the way KMessageWidget shows one: a tinted box with
// an icon, the text and at most one action button.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows `text` (plain text); the action button only when `actionText` is not empty.
    void showMessage(Type type, const QString &text, const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor tint() const;
    void updateIcon();

    Type m_type = Type::Information;
    QLabel *m_icon; // owned through the QObject tree, like the others
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace Agentry
