// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/fieldlocator.h"
#include "runtime/runtimereader.h"

#include <QByteArray>
#include <QString>

namespace Agentry {

// Shared by tst_crashers and the reader's fuzz target: the offsets a reading hands on (the
// block's, and the fields' as FieldLocator finds them) index the file's bytes, in order.
struct ReadingOffsets
{
    // Empty when they do, else the first offset that does not.
    static QString problem(const QByteArray &bytes, const AgentReading &reading)
    {
        if (!reading.hasBlock())
            return {};
        if (!(0 <= reading.contentStart && reading.contentStart <= reading.contentEnd && reading.contentEnd <= reading.blockEnd
              && reading.blockEnd <= bytes.size()))
            return QStringLiteral("block %1..%2..%3 in %4 bytes").arg(reading.contentStart).arg(reading.contentEnd).arg(reading.blockEnd).arg(bytes.size());
        if (!bytes.mid(reading.contentEnd).startsWith("---"))
            return QStringLiteral("no --- at the content's end %1").arg(reading.contentEnd);
        const FieldLocator fields(bytes, reading);
        for (const FieldLocator::Field &field : fields.fields()) {
            if (!(reading.contentStart <= field.lineStart && field.lineStart <= field.keyEnd && field.keyEnd <= field.valueStart
                  && field.valueStart <= field.valueEnd && field.valueEnd <= field.end && field.end <= reading.contentEnd))
                return QStringLiteral("field %1 at %2..%3 outside its block or out of order").arg(field.key).arg(field.lineStart).arg(field.end);
        }
        return {};
    }
};

} // namespace Agentry
