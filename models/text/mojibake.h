// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace Agentry {

// Text that was UTF-8, read as Windows-1252 or Mac OS Roman and saved as UTF-8 again:
// `ðŸŽ¯` or `üéØ` for 🎯. Finds such runs and undoes them where the round trip is exact.
namespace Mojibake {

enum class Encoding { Windows1252, MacRoman };

struct Run
{
    qsizetype start = 0; // UTF-16 index in the text
    qsizetype end = 0;   // one past
    Encoding encoding = Encoding::Windows1252;
    QString repaired;    // the original text; empty when the run cannot be undone exactly (bytes were lost)
};

QVector<Run> find(QStringView text);
QString encodingName(Encoding encoding); // "Windows-1252", "Mac OS Roman": names, not words to translate

} // namespace Mojibake

} // namespace Agentry
