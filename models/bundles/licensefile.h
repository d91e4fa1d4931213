// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Agentry {

// The LICENSE file an exported plugin gets: the standard text of its SPDX license, built in for
// a few common ones (resources/licenses/), with the year and copyright holder filled in where
// the text names them. plugin.json's `license` alone satisfies the plugin directory; the file
// gives users the terms themselves.
class LicenseFile
{
public:
    // The SPDX identifiers with a built-in text.
    static const QStringList &withText();
    // The LICENSE file's bytes; empty when no text is built in for `spdx`.
    static QByteArray text(const QString &spdx, int year, const QString &holder);
    // The year an export writes: SOURCE_DATE_EPOCH's when it is set (so that a build system can
    // pin it, as for reproducible builds), else this year.
    static int currentYear();
};

} // namespace Agentry
