// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rule.h"

namespace Agentry {

Diagnostic RuleContext::diagnostic(const QString &code, Severity severity, const QString &message, qsizetype start,
                                   qsizetype end, const QString &field) const
{
    Diagnostic d;
    d.code = code;
    d.severity = severity;
    d.message = message;
    d.start = start;
    d.end = std::max(start, end);
    const LineIndex::Position from = lines.position(d.start);
    const LineIndex::Position to = lines.position(d.end);
    d.line = from.line;
    d.column = from.column;
    d.endLine = to.line;
    d.endColumn = to.column;
    d.field = field;
    return d;
}

DiagnosticPlace RuleContext::place(qsizetype start, qsizetype end, const QString &note) const
{
    const LineIndex::Position from = lines.position(start);
    const LineIndex::Position to = lines.position(std::max(start, end));
    return DiagnosticPlace{from.line, from.column, to.line, to.column, start, std::max(start, end), note};
}

Diagnostic RuleContext::onField(const QString &code, Severity severity, const QString &message, const QString &key) const
{
    if (const FieldLocator::Field *field = fields.find(key)) {
        const bool hasValue = field->valueEnd > field->valueStart;
        return diagnostic(code, severity, message, hasValue ? field->valueStart : field->lineStart,
                          hasValue ? field->valueEnd : field->keyEnd, key);
    }
    const qsizetype start = reading.hasBlock() ? text.block.openStart : 0;
    return diagnostic(code, severity, message, start, lines.lineEnd(lines.lineOf(start)), key);
}

const ScopeVerdict &RuleContext::verdict() const
{
    return reading.verdictIn(scope);
}

} // namespace Agentry
