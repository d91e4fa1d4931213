// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace Agentry {

// The questions the window asks about unsaved agents, as modal message boxes.
class DocumentQuestions
{
    Q_DECLARE_TR_FUNCTIONS(DocumentQuestions)

public:
    enum class Unsaved { SaveAll, Discard, Cancel };
    // Before the agents named `names` would be closed with unsaved changes.
    static Unsaved unsavedChanges(QWidget *parent, const QStringList &names);

    enum class Conflict { KeepMine, LoadTheirs };
    // Another program changed the file of agent `name`, which has unsaved changes; the user
    // may look at the differences between `mine` and `theirs` before choosing.
    static Conflict outsideChange(QWidget *parent, const QString &name, const QByteArray &mine, const QByteArray &theirs);
};

} // namespace Agentry
