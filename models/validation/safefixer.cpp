// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/safefixer.h"

#include "text/agenttext.h"
#include "validation/agentvalidator.h"

#include <algorithm>

namespace Agentry {

namespace {

bool allowed(const Diagnostic &d, const SafeFixer::Options &options)
{
    if (!options.rules.isEmpty() && !options.rules.contains(d.code))
        return false;
    return !options.keepLoading
        || (d.severity != Severity::Error && d.field != QLatin1String("name") && d.field != QLatin1String("description"));
}

} // namespace

QByteArray SafeFixer::apply(const QByteArray &bytes, const QString &path, AgentScope scope, const Options &options,
                            const AgentValidator &validator)
{
    QByteArray current = bytes;
    // Ten rounds are far more than any file needs.
    for (int round = 0; round < 10; ++round) {
        const AgentText text = AgentText::fromBytes(current);
        if (!text.facts.validUtf8)
            break;
        const AgentFindings result = validator.validate(path, text, scope, RuleContext::Fixes::Compute, options.takenNames);
        QVector<ByteEdit> edits;
        for (const Diagnostic &d : result.diagnostics) {
            const Fix *fix = d.safeFix();
            if (fix && allowed(d, options))
                edits.append(fix->edit);
        }
        std::sort(edits.begin(), edits.end(), [](const ByteEdit &a, const ByteEdit &b) { return a.start < b.start; });
        // Edits that overlap an earlier one wait for the next round, against the new bytes.
        QVector<ByteEdit> apply;
        qsizetype end = -1;
        for (const ByteEdit &edit : std::as_const(edits)) {
            const bool sameInsertion = !apply.isEmpty() && edit.length == 0 && apply.last().length == 0 && apply.last().start == edit.start;
            if (edit.start >= end && !sameInsertion) {
                apply.append(edit);
                end = edit.start + edit.length;
            }
        }
        if (apply.isEmpty())
            break;
        for (auto it = apply.crbegin(); it != apply.crend(); ++it)
            current = it->appliedTo(current);
    }
    return current;
}

} // namespace Agentry
