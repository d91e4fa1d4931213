// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Agentry {

// The plugin directory's listing icon: a square PNG or JPEG, 512 to 2048 px a side, under
// 2 MB; SVG and WebP are refused. Checks a chosen image and draws a default one.
class PluginIcon
{
    Q_DECLARE_TR_FUNCTIONS(PluginIcon)

public:
    static constexpr int minSide = 512;
    static constexpr int maxSide = 2048;
    static constexpr qint64 maxBytes = 2 * 1024 * 1024;

    // A PNG of minSide px drawn from `name` alone, so one plugin always gets the same bytes: a
    // symmetric pattern of squares in a colour taken from the name's hash.
    static QByteArray generated(const QString &name);
    // Why `bytes` cannot be the icon (translated), or empty.
    static QString problem(const QByteArray &bytes);
    // The file suffix for icon bytes: "png" or "jpg".
    static QString suffix(const QByteArray &bytes);
};

} // namespace Agentry
