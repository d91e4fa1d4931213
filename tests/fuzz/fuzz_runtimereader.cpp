// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzproperty.h"
#include "readingoffsets.h"
#include "runtime/runtimereader.h"
#include "runtime/specreader.h"
#include "text/agenttext.h"
#include "validation/agentvalidator.h"

using namespace Agentry;

namespace {

// Any file read as each other runtime reads it, and checked with its fixes: the block lies in
// the bytes in order, the verdict is one a runtime can give, every finding and fix lies in the
// bytes.
void readAsEveryOtherRuntime(const QByteArray &bytes)
{
    static const AgentValidator validator;
    for (const Runtime runtime : Runtimes::all()) {
        const SpecReader *reader = SpecReader::of(runtime);
        if (!reader)
            continue;
        const AgentReading reading = reader->read(bytes, {QStringLiteral("agent"), AgentScope::Project});
        const QString id = Runtimes::id(runtime);
        requireProperty(!reading.hasBlock()
                            || (0 <= reading.contentStart && reading.contentStart <= reading.contentEnd && reading.contentEnd <= reading.blockEnd
                                && reading.blockEnd <= bytes.size()),
                        "the block lies in the bytes, in order", [&] { return id; });
        requireProperty(!(reading.project.breaksRuntime && reading.project.loads), "an agent that stops its runtime does not load", [&] { return id; });
        requireProperty(!(reading.project.withoutSettings || reading.project.needsAcknowledging) || reading.project.loads,
                        "only a loading agent loads without settings or needs acknowledging", [&] { return id; });
        const AgentFindings found = validator.validate(QStringLiteral("/p/agent.md"), AgentText::fromBytes(bytes), AgentScope::Project,
                                                       RuleContext::Fixes::Compute, {}, runtime);
        for (const Diagnostic &d : found.diagnostics) {
            requireProperty(0 <= d.start && d.start <= d.end && d.end <= bytes.size(), "a finding lies in the bytes", [&] { return id + u' ' + d.code; });
            for (const Fix &fix : d.fixes)
                requireProperty(fix.edit.start >= 0 && fix.edit.start + fix.edit.length <= bytes.size(), "a fix edits the bytes",
                                [&] { return id + u' ' + d.code; });
        }
    }
}

} // namespace

// Any file read as each Claude Code version reads it: the offsets handed on index its bytes,
// and an agent loads under a name (in .claude/agents/ only when parsed). Then as every other
// runtime reads it.
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
    readAsEveryOtherRuntime(bytes);
    return 0;
}
