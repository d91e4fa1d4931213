// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/bundlewriter.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Agentry {

class AgentLibrary;
class LibraryChecker;

// One agent offered for export, with what the library's checks found in it: its errors block
// the export, its warnings need accepting (the gate BundleWriter applies again when it writes).
struct ExportCandidate
{
    QString path;                    // the agent's file, named in messages
    QString name;                    // its display name
    QByteArray bytes;                // as they are to be exported
    QVector<BundleFinding> findings; // its errors and warnings, in the order they were found

    bool has(Severity severity) const;

    // The library's items `items` (by index) that hold a document, in that order, with the
    // checker's findings; call LibraryChecker::flush() first so that edits are checked.
    static QVector<ExportCandidate> fromLibrary(const AgentLibrary &library, const LibraryChecker &checker,
                                                const QVector<int> &items);
};

} // namespace Agentry
