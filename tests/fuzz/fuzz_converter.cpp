// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversion/agentconverter.h"
#include "conversion/targetname.h"
#include "fuzzproperty.h"

#include <algorithm>

using namespace Agentry;

namespace {

// Everything after the closing `---` line of a file the converter wrote.
QByteArray bodyOf(const QByteArray &converted)
{
    const qsizetype close = converted.indexOf("\n---", 3);
    const qsizetype end = converted.indexOf('\n', close + 4);
    return end < 0 ? QByteArray() : converted.mid(end + 1);
}

} // namespace

// The input read as Claude Code (and as each other runtime, from its folder) and converted to
// every runtime: nothing crashes, and a conversion without errors loads in its target, keeps
// the prompt's bytes, and converts back to its source's runtime without errors (but for an
// agent without tools, which Qwen Code cannot have).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    for (const Runtime from : Runtimes::all()) {
        const QString path = QStringLiteral("/p/") + TargetName::relativePath(from, QStringLiteral("agent"));
        for (const Runtime to : Runtimes::all()) {
            if (to == from)
                continue;
            const AgentConversion there = AgentConverter(to).convert(path, bytes, AgentScope::Project, from);
            if (!there.isConverted() || there.hasErrors())
                continue;
            const auto where = [&]() -> QString { return Runtimes::id(from) + QStringLiteral(" → ") + Runtimes::id(to) + u'\n' + QString::fromUtf8(there.bytes); };
            requireProperty(there.verdict.loads, "a converted file loads in its runtime", where);
            requireProperty(bytes.endsWith(bodyOf(there.bytes)), "the prompt's bytes are kept", where);
            const AgentConversion back = AgentConverter(from).convert(QStringLiteral("/q/") + there.relativePath, there.bytes, AgentScope::Project, to);
            // The one thing a runtime cannot say back: Qwen Code has no "no tools".
            const bool noToolsForQwen = from == Runtime::QwenCode && std::all_of(back.findings.cbegin(), back.findings.cend(), [](const ConversionFinding &f) {
                return f.severity != Severity::Error || f.field == QLatin1String("tools");
            });
            requireProperty(!back.hasErrors() || noToolsForQwen, "a converted file converts back", [&]() -> QString {
                QString findings;
                for (const ConversionFinding &finding : back.findings)
                    findings += finding.message + u'\n';
                return where() + findings;
            });
        }
    }
    return 0;
}
