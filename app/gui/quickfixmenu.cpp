// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/quickfixmenu.h"

#include <QAction>
#include <QMenu>

namespace Agentry {

void QuickFixMenu::prepend(QMenu *menu, const QVector<const Diagnostic *> &diagnostics, const ApplyFix &applyFix, const FixAll &fixAll)
{
    QList<QAction *> actions;
    QStringList codes;
    for (const Diagnostic *d : diagnostics) {
        for (const Fix &fix : d->fixes) {
            auto *action = new QAction(QString(fix.title).replace(u'&', QLatin1String("&&")), menu);
            QObject::connect(action, &QAction::triggered, menu, [applyFix, fix] { applyFix(fix); });
            actions << action;
        }
        if (d->safeFix() && !codes.contains(d->code))
            codes << d->code;
    }
    for (const QString &code : std::as_const(codes)) {
        auto *action = new QAction(tr("Fix All %1 Problems in the Library…").arg(code), menu);
        QObject::connect(action, &QAction::triggered, menu, [fixAll, code] { fixAll(code); });
        actions << action;
    }
    if (actions.isEmpty())
        return;
    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    menu->insertActions(first, actions);
    menu->insertSeparator(first);
}

} // namespace Agentry
