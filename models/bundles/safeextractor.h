// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/bundlereader.h"

#include <QCoreApplication>
#include <QString>

namespace Agentry {

// Unpacks a .zip into a folder without trusting it: every entry is checked before anything is
// written (absolute paths, `..`, backslashes, symbolic links and other special files, names
// not valid on every system, duplicates, encryption, the limits), and while unpacking no entry
// may grow past its declared size or fail its checksum.
class SafeExtractor
{
    Q_DECLARE_TR_FUNCTIONS(SafeExtractor)

public:
    // Unpacks `zipPath` into `folder`, which must be empty or not exist. Returns an empty
    // string, or a message naming the offending entry; then `folder` is left as it was.
    static QString extract(const QString &zipPath, const QString &folder, const ExtractionLimits &limits);
};

} // namespace Agentry
