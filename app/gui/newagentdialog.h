// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Agentry {

// Asks for a new agent's name, description and where it goes (the project's
// .claude/agents or the user's); shows the file name that follows from the name.
class NewAgentDialog : public QDialog
{
    Q_OBJECT

public:
    // `projectFolder` and `userFolder` are the .claude/agents folders offered.
    NewAgentDialog(const QString &projectFolder, const QString &userFolder, QWidget *parent = nullptr);

    QString name() const;
    QString description() const;
    QString folder() const;
    bool isUserScope() const;

private:
    void updatePreview();

    // Children, owned through the QObject tree.
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_scope;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace Agentry
