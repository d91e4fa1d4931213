#include "safefixer.h"

#include "agenttext.h"
#include "validator.h"

#include <algorithm>

QByteArray SafeFixer::apply(const QByteArray &bytes, const QString &path, AgentScope scope, const QStringList &rules,
                            const Validator &validator)
{
    QByteArray current = bytes;
    // Ten rounds are far more than any file needs.
    for (int round = 0; round < 10; ++round) {
        const AgentText text = AgentText::fromBytes(current);
        if (!text.facts.validUtf8)
            break;
        const ValidationResult result = validator.validate(path, text, scope);
        QVector<TextEdit> edits;
        for (const Diagnostic &d : result.diagnostics) {
            const Fix *fix = d.safeFix();
            if (fix && (rules.isEmpty() || rules.contains(d.code)))
                edits.append(fix->edit);
        }
        std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
        // Edits that overlap an earlier one wait for the next round, against the new bytes.
        QVector<TextEdit> apply;
        qsizetype end = -1;
        for (const TextEdit &edit : std::as_const(edits)) {
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
