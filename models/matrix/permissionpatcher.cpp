// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/permissionpatcher.h"

#include "runtime/yamlvalue.h"
#include "text/frontmatterpatcher.h"
#include "text/yamlscalar.h"

#include <QJsonObject>

namespace Agentry {

namespace {

const QString kPermission = QStringLiteral("permission");

int indentOf(const QByteArray &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == ' ')
        ++indent;
    return indent;
}

// The key a map entry's line starts with, unquoted; empty for other lines.
QString lineKey(const QByteArray &line)
{
    const QByteArray text = line.trimmed();
    if (text.isEmpty() || text.startsWith('#') || text.startsWith('-'))
        return {};
    if (text.startsWith('"') || text.startsWith('\'')) {
        const qsizetype close = text.indexOf(text.at(0), 1);
        return close > 0 && text.mid(close + 1).trimmed().startsWith(':') ? QString::fromUtf8(text.mid(1, close - 1)) : QString();
    }
    const qsizetype colon = text.indexOf(':');
    return colon > 0 ? QString::fromUtf8(text.left(colon)).trimmed() : QString();
}

// The rules OpenCode reads from `bytes`, when their frontmatter parses.
std::optional<OpenCodeRules> rulesOf(const AgentText &text)
{
    const FrontmatterBlock &block = text.block;
    if (!block.isClosed())
        return OpenCodeRules::read(nullptr, nullptr);
    const auto parsed = YamlValue::parse(text.bytes.mid(block.contentStart, block.contentEnd - block.contentStart), YamlValue::Schema::JsYaml3);
    const YamlValue *frontmatter = std::get_if<YamlValue>(&parsed);
    if (!frontmatter)
        return std::nullopt;
    return OpenCodeRules::read(frontmatter->value(QStringLiteral("tools")), frontmatter->value(kPermission));
}

} // namespace

PermissionPatcher::PermissionPatcher(const AgentText &text)
    : m_text(text)
{
}

GrantPatch PermissionPatcher::set(const QString &permission, OpenCodeRules::Action action, const QString &label) const
{
    const auto refused = [&label](const QString &message) { return GrantPatch{GrantPatch::Status::Refused, {}, label, message}; };
    if (!m_text.frontmatter.isEditable())
        return refused(tr("The frontmatter cannot be edited line by line; fix it in the source first."));
    const QString value = QLatin1String(OpenCodeRules::actionId(action));
    const QString key = YamlScalar::quotedIfNeeded(permission, YamlScalar::Context::Block);
    const FrontmatterField *field = m_text.frontmatter.field(kPermission);
    const QByteArray &bytes = m_text.bytes;
    QByteArray after;
    if (!field) {
        const FieldPatch added = FrontmatterPatcher(m_text).setYaml(kPermission, key + QStringLiteral(": ") + value);
        if (added.status != FieldPatch::Status::Changed)
            return refused(added.message);
        after = added.edit.appliedTo(bytes);
    } else if (field->value.isString()) {
        // `permission: ask` is `"*": ask`, which stays first so that the new rule wins over it.
        const QString every = YamlScalar::quotedIfNeeded(field->value.toString(), YamlScalar::Context::Block);
        const FieldPatch set = FrontmatterPatcher(m_text).setYaml(kPermission, QStringLiteral("\"*\": %1\n%2: %3").arg(every, key, value));
        if (set.status != FieldPatch::Status::Changed)
            return refused(set.message);
        after = set.edit.appliedTo(bytes);
    } else if (field->style == ValueStyle::BlockMap) {
        // The entries' lines: each from its key line to the next line as little indented.
        qsizetype pos = bytes.indexOf('\n', field->start) + 1;
        int indent = -1;
        qsizetype entryStart = -1;
        qsizetype entryEnd = -1;
        QByteArray eol = QByteArrayLiteral("\n");
        while (pos > 0 && pos < field->end) {
            qsizetype next = bytes.indexOf('\n', pos);
            next = next < 0 ? bytes.size() : next + 1;
            const QByteArray line = bytes.mid(pos, next - pos);
            if (line.endsWith("\r\n"))
                eol = QByteArrayLiteral("\r\n");
            const bool blank = line.trimmed().isEmpty() || line.trimmed().startsWith('#');
            if (!blank && indent < 0)
                indent = indentOf(line);
            if (!blank && indentOf(line) == indent) {
                if (entryStart >= 0 && entryEnd < 0)
                    entryEnd = pos;
                if (entryStart < 0 && lineKey(line) == permission)
                    entryStart = pos;
            }
            pos = next;
        }
        if (indent < 0)
            return refused(tr("permission is not a map OpenCode reads; edit it in the source."));
        const QByteArray entry = QByteArray(indent, ' ') + key.toUtf8() + ": " + value.toUtf8() + eol;
        if (entryStart >= 0) {
            if (entryEnd < 0)
                entryEnd = field->end;
            after = bytes.left(entryStart) + entry + bytes.mid(entryEnd);
        } else {
            const bool endsLine = bytes.left(field->end).endsWith('\n');
            after = bytes.left(field->end) + (endsLine ? QByteArray() : eol) + entry + bytes.mid(field->end);
        }
    } else {
        return refused(tr("permission is written on one line; edit it in the form or the source."));
    }

    const AgentText reread = AgentText::fromBytes(after);
    const std::optional<OpenCodeRules> rules = rulesOf(reread);
    if (!reread.frontmatter.isParsed() || !rules)
        return refused(tr("The edit would break the frontmatter; edit permission in the source."));
    const OpenCodeRules::Verdict verdict = rules->verdict(permission);
    if (!verdict.hasBase || verdict.base != action || !verdict.exceptions.isEmpty())
        return refused(tr("A later rule in permission (%1) still decides %2; edit permission in the form.").arg(verdict.baseKey, permission));
    QJsonObject want = m_text.frontmatter.toJson();
    QJsonObject have = reread.frontmatter.toJson();
    want.remove(kPermission);
    have.remove(kPermission);
    if (want != have)
        return refused(tr("The edit would change other fields; edit permission in the source."));
    if (after == bytes)
        return GrantPatch{GrantPatch::Status::Unchanged, {}, label, {}};
    return GrantPatch{GrantPatch::Status::Changed, {ByteEdit::between(bytes, after)}, label, {}};
}

} // namespace Agentry
