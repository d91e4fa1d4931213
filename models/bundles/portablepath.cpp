// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/portablepath.h"

#include <QRegularExpression>

namespace Agentry {

namespace PortablePath {

bool isValidSegment(const QString &segment)
{
    if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..") || segment.endsWith(u'.')
        || segment.endsWith(u' '))
        return false;
    for (const QChar c : segment) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral("<>:\"/\\|?*").contains(c))
            return false;
    }
    // Windows opens the device, not a file, for these names with any extension.
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return !device.match(segment).hasMatch();
}

} // namespace PortablePath

} // namespace Agentry
