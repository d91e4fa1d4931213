// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/severity.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace Agentry {

// A form label that can carry a problem mark: an icon before the text, with the problem
// as its tooltip and in the accessible description of the field it labels. A problem with
// fixes shows its icon as a button instead, whose menu offers them.
class FieldLabel : public QWidget
{
    Q_OBJECT

public:
    explicit FieldLabel(const QString &text, QWidget *parent = nullptr);

    void setBuddy(QWidget *buddy);
    QLabel *label() const { return m_text; }
    // The text without its mnemonic marker and colon: "Name" for "&Name:".
    QString plainText() const;
    // A line saying what the field is for: the label's tooltip.
    void setHelp(const QString &help);
    void setProblem(Severity severity, const QString &message);
    // Also drops the fixes: they belong to the problem.
    void clearProblem();
    bool hasProblem() const { return m_hasProblem; }
    // Offers a fix per title (plain text) while a problem is marked; none gives the plain icon.
    void setFixes(const QStringList &titles);

signals:
    // The user chose the fix at `index` of the titles last given to setFixes().
    void fixTriggered(int index);

private:
    void updateIcon();
    void updateToolTip();

    // These four owned through the QObject tree.
    QLabel *m_icon;
    QToolButton *m_fixButton; // in place of m_icon while there are fixes
    QMenu *m_fixMenu;
    QLabel *m_text;
    QWidget *m_buddy = nullptr;
    QString m_help;
    QString m_problem;
    QStringList m_fixes;
    bool m_hasProblem = false;
    QString m_baseDescription; // the buddy's accessible description without the problem
};

} // namespace Agentry
