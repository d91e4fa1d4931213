// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/documentquestions.h"

#include "gui/diffdialog.h"
#include "text/unifieddiff.h"

#include <QMessageBox>
#include <QPushButton>

namespace Agentry {

DocumentQuestions::Unsaved DocumentQuestions::unsavedChanges(QWidget *parent, const QStringList &names)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), tr("%n agent(s) have unsaved changes:", nullptr, int(names.size())),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(names.mid(0, 12).join(u'\n') + (names.size() > 12 ? tr("\n…and %1 more").arg(names.size() - 12) : QString()));
    QPushButton *saveButton = box.addButton(tr("Save All"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveButton);
    box.exec();
    if (box.clickedButton() == cancel)
        return Unsaved::Cancel;
    return box.clickedButton() == saveButton ? Unsaved::SaveAll : Unsaved::Discard;
}

DocumentQuestions::Conflict DocumentQuestions::outsideChange(QWidget *parent, const QString &name, const QByteArray &mine,
                                                             const QByteArray &theirs)
{
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                        tr("%1 was changed by another program, and you have unsaved changes to it.").arg(name), QMessageBox::NoButton,
                        parent);
        box.setInformativeText(tr("Keep your version (saving overwrites theirs), or load theirs (Undo brings yours back)?"));
        QPushButton *keep = box.addButton(tr("Keep Mine"), QMessageBox::RejectRole);
        QPushButton *load = box.addButton(tr("Load Theirs"), QMessageBox::AcceptRole);
        QPushButton *diff = box.addButton(tr("Show Differences"), QMessageBox::ActionRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != diff)
            return box.clickedButton() == load ? Conflict::LoadTheirs : Conflict::KeepMine;
        DiffDialog(tr("Your version and the one on disk"), UnifiedDiff::make(mine, theirs, tr("yours"), tr("on disk")), parent).exec();
    }
}

} // namespace Agentry
