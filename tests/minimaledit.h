// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "differinglines.h"
#include "text/frontmatterpatcher.h"
#include "text/toollist.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Agentry {

// Shared by the corpus and fixture tests: sets (or, for an undefined value, removes) `key`
// in `bytes` and checks that only that key's lines changed, that a re-parse reads the new
// value with every other field as before, and that the body is untouched.
// Returns an empty string when all holds, else what went wrong.
struct MinimalEdit
{
    FieldPatch::Status status = FieldPatch::Status::Unchanged;
    QString problem;

    static MinimalEdit check(const QByteArray &bytes, const QString &key, const QJsonValue &value)
    {
        const AgentText text = AgentText::fromBytes(bytes);
        const FrontmatterPatcher editor(text);
        const FrontmatterField *old = text.frontmatter.field(key);
        const FieldPatch result = value.isUndefined() ? editor.remove(key) : editor.setValue(key, value);
        if (result.status != FieldPatch::Status::Changed)
            return {result.status, result.message};
        const QByteArray after = result.edit.appliedTo(bytes);

        // Only the key's own lines differ.
        const auto [removed, added] = differingLines(bytes, after);
        const QList<QByteArray> keyLines = old ? bytes.split('\n').mid(old->line, old->lastLine - old->line + 1) : QList<QByteArray>();
        for (const QByteArray &line : std::as_const(removed)) {
            if (!keyLines.contains(line))
                return {result.status, QStringLiteral("changed a line outside the key: ") + QString::fromUtf8(line)};
        }

        // A re-parse reads the new value and every other field as before.
        const AgentText reparsed = AgentText::fromBytes(after);
        if (const QString problem = readBack(text, reparsed, key, value); !problem.isEmpty())
            return {result.status, problem};
        if (reparsed.bytes.mid(reparsed.block.bodyStart) != bytes.mid(text.block.bodyStart))
            return {result.status, QStringLiteral("the body changed")};
        if (reparsed.facts.bom != text.facts.bom || (text.facts.eol != TextFacts::Eol::Mixed && reparsed.facts.eol != text.facts.eol))
            return {result.status, QStringLiteral("the BOM or the line endings changed")};
        return {result.status, {}};
    }

    // Empty when `after` parses, reads `key` as `value` (absent when undefined) and every other
    // field as `before` does, else what does not hold. Shared with the editor's fuzz target.
    static QString readBack(const AgentText &before, const AgentText &after, const QString &key, const QJsonValue &value)
    {
        if (!after.frontmatter.isParsed())
            return QStringLiteral("the edited frontmatter does not parse");
        QJsonObject want = before.frontmatter.toJson();
        if (value.isUndefined())
            want.remove(key);
        else
            want.insert(key, value);
        QJsonObject got = after.frontmatter.toJson();
        if (got.value(key).isString() && value.isArray()) // a comma string keeps its style
            got.insert(key, QJsonArray::fromStringList(ToolList::split(got.value(key).toString())));
        return got == want ? QString() : QStringLiteral("the fields read back differ");
    }
};

} // namespace Agentry
