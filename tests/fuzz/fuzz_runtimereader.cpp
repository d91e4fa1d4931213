// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzproperty.h"
#include "readingoffsets.h"
#include "runtime/runtimereader.h"

using namespace Agentry;

// Any file read as each Claude Code version reads it: the offsets handed on index its bytes,
// and an agent loads under a name (in .claude/agents/ only when parsed).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    for (const QString &version : RuntimeProfile::versions()) {
        const AgentReading reading = RuntimeReader(*RuntimeProfile::find(version)).read(bytes, QStringLiteral("agent.md"));
        const QString offsets = ReadingOffsets::problem(bytes, reading);
        requireProperty(offsets.isEmpty(), "the reading's offsets index the bytes", [&] { return QString(version + u' ' + offsets); });
        requireProperty(!reading.project.loads || (reading.isParsed() && !reading.project.name.isEmpty()),
                        "only a parsed agent with a name loads", [&] { return version; });
        requireProperty(!reading.plugin.loads || !reading.plugin.name.isEmpty(), "a plugin agent loads under a name", [&] { return version; });
    }
    return 0;
}
