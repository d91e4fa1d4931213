// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Agentry {

// The window's colours: the system's, or Agentry's own light or dark palette.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Choice { System, Light, Dark };

    static void apply(Choice choice);
    static QString id(Choice choice); // for QSettings: system, light, dark
    static Choice fromId(const QString &id);
};

} // namespace Agentry
