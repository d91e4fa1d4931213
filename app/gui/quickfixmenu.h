// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/diagnostic.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

class QMenu;

namespace Agentry {

// Puts quick fixes at the top of a context menu: every fix of the diagnostics, then "Fix All
// … Problems in the Library" for each rule among them with a safe fix.
class QuickFixMenu
{
    Q_DECLARE_TR_FUNCTIONS(QuickFixMenu)

public:
    using ApplyFix = std::function<void(const Fix &fix)>;
    using FixAll = std::function<void(const QString &code)>;

    static void prepend(QMenu *menu, const QVector<const Diagnostic *> &diagnostics, const ApplyFix &applyFix, const FixAll &fixAll);
};

} // namespace Agentry
