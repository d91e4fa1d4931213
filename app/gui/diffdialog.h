// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;

namespace Agentry {

// Shows a unified diff, coloured, read-only: what a reload, a revert or a fix would change.
class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    // A viewer with a Close button.
    DiffDialog(const QString &title, const QString &diff, QWidget *parent = nullptr);
    // A preview before a change: `applyText` names the default button, which accepts, beside
    // Cancel; exec() returns Accepted only when the change is to be applied. An empty
    // `applyText` gives the viewer.
    DiffDialog(const QString &title, const QString &diff, const QString &applyText, QWidget *parent = nullptr);

    // A line above the diff, such as "3 agents change"; hidden when empty.
    void setSummary(const QString &summary);

private:
    QLabel *m_summary; // owned through the QObject tree
};

} // namespace Agentry
