// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/grantpatcher.h"

#include "matrix/agentgrants.h"
#include "matrix/permissionpatcher.h"
#include "runtime/specreader.h"
#include "runtime/toolcatalog.h"
#include "text/frontmatterpatcher.h"
#include "text/toollist.h"
#include "text/yamlscalar.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Agentry {

namespace {

const QString kTools = QStringLiteral("tools");
const QString kDisallowed = QStringLiteral("disallowedTools");

// The client's escapes in a permission rule's pattern, so that `Bash(echo \(x\))` reads back as `echo (x)`.
QString escapedPattern(QString pattern)
{
    pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    pattern.replace(QLatin1String("("), QLatin1String("\\("));
    pattern.replace(QLatin1String(")"), QLatin1String("\\)"));
    return pattern;
}

QString serverKey(const QString &server)
{
    return QStringLiteral("mcp__") + server;
}

// The edited text when it reads back as `entries` with every other field as before.
std::optional<ByteEdit> verifiedEdit(const AgentText &text, const QByteArray &after, const QStringList &entries)
{
    const AgentText reread = AgentText::fromBytes(after);
    QJsonObject want = text.frontmatter.toJson();
    want.insert(kTools, QJsonArray::fromStringList(entries));
    if (!reread.frontmatter.isParsed() || reread.frontmatter.toJson() != want)
        return std::nullopt;
    return ByteEdit::between(text.bytes, after);
}

// A block list's items rewritten line by line: an item that stays keeps its line as written
// (quotes, comments), a new one copies the indent of the others. Nothing when the list is
// not one item per line without other lines between them.
std::optional<ByteEdit> blockListEdit(const AgentText &text, const FrontmatterField &field, const QStringList &entries)
{
    const QStringList before = ToolList::fromValue(field.value).value_or(QStringList());
    if (entries.isEmpty() || before.isEmpty())
        return std::nullopt;
    const QByteArray &bytes = text.bytes;
    QVector<QByteArray> lines; // each with its line ending
    qsizetype first = -1;
    qsizetype end = -1;
    qsizetype pos = bytes.indexOf('\n', field.start);
    for (int line = field.line + 1; line <= field.lastLine && pos >= 0; ++line) {
        const qsizetype start = pos + 1;
        qsizetype next = bytes.indexOf('\n', start);
        next = next < 0 ? bytes.size() : next + 1;
        const QByteArray content = bytes.mid(start, next - start);
        if (content.trimmed().startsWith("- ") || content.trimmed() == "-") {
            if (end >= 0 && end != start)
                return std::nullopt; // a comment or blank line between items
            if (first < 0)
                first = start;
            end = next;
            lines.append(content);
        } else if (first >= 0 && !content.trimmed().isEmpty()) {
            return std::nullopt;
        }
        pos = next < bytes.size() ? next - 1 : -1;
    }
    if (lines.size() != before.size())
        return std::nullopt;

    const QByteArray &model = lines.last();
    const qsizetype dash = model.indexOf('-');
    const QByteArray eol = model.endsWith("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QVector<bool> used(before.size(), false);
    QByteArray replacement;
    for (const QString &entry : entries) {
        int kept = -1;
        for (int i = 0; i < before.size() && kept < 0; ++i) {
            if (!used.at(i) && before.at(i) == entry)
                kept = i;
        }
        if (kept >= 0) {
            used[kept] = true;
            QByteArray line = lines.at(kept);
            if (!line.endsWith('\n'))
                line += eol; // it was the file's last line
            replacement += line;
        } else {
            replacement += model.left(dash) + "- " + YamlScalar::quotedIfNeeded(entry, YamlScalar::Context::Block).toUtf8() + eol;
        }
    }
    if (!bytes.mid(first, end - first).endsWith('\n') && replacement.endsWith(eol))
        replacement.chop(eol.size());
    return verifiedEdit(text, bytes.left(first) + replacement + bytes.mid(end), entries);
}

// The items of a one-line flow list as written, quotes included; nothing when it is not one.
std::optional<QVector<QByteArray>> flowItems(const QByteArray &text)
{
    if (!text.startsWith('[') || !text.endsWith(']'))
        return std::nullopt;
    QVector<QByteArray> items;
    qsizetype i = 1;
    const qsizetype end = text.size() - 1;
    while (i < end) {
        while (i < end && text.at(i) == ' ')
            ++i;
        const qsizetype start = i;
        const char quote = text.at(i);
        if (quote == '"' || quote == '\'') {
            for (++i; i < end; ++i) {
                if (quote == '"' && text.at(i) == '\\') {
                    ++i; // an escaped character
                } else if (text.at(i) == quote) {
                    if (quote == '"' || i + 1 >= end || text.at(i + 1) != '\'')
                        break;
                    ++i; // '' in single quotes
                }
            }
            ++i;
        } else {
            while (i < end && text.at(i) != ',')
                ++i;
        }
        items.append(text.mid(start, i - start).trimmed());
        while (i < end && text.at(i) == ' ')
            ++i;
        if (i < end && text.at(i) != ',')
            return std::nullopt;
        ++i;
    }
    return items;
}

// A one-line flow list rewritten item by item: an item that stays keeps its quotes.
std::optional<ByteEdit> flowListEdit(const AgentText &text, const FrontmatterField &field, const QStringList &entries)
{
    const QStringList before = ToolList::fromValue(field.value).value_or(QStringList());
    const QByteArray written = text.bytes.mid(field.valueStart, field.valueEnd - field.valueStart).trimmed();
    const std::optional<QVector<QByteArray>> items = field.line == field.lastLine ? flowItems(written) : std::nullopt;
    if (entries.isEmpty() || !items || items->size() != before.size())
        return std::nullopt;
    const QByteArray separator = written.contains(", ") || !written.contains(',') ? QByteArrayLiteral(", ") : QByteArrayLiteral(",");
    QVector<bool> used(before.size(), false);
    QByteArrayList parts;
    for (const QString &entry : entries) {
        int kept = -1;
        for (int i = 0; i < before.size() && kept < 0; ++i) {
            if (!used.at(i) && before.at(i) == entry)
                kept = i;
        }
        if (kept >= 0)
            used[kept] = true;
        parts.append(kept >= 0 ? items->at(kept) : YamlScalar::quotedIfNeeded(entry, YamlScalar::Context::Flow).toUtf8());
    }
    const qsizetype start = text.bytes.indexOf('[', field.valueStart);
    const QByteArray after = text.bytes.left(start) + '[' + parts.join(separator) + ']' + text.bytes.mid(start + written.size());
    return verifiedEdit(text, after, entries);
}

} // namespace

GrantPatcher::GrantPatcher(const AgentText &text, const AgentGrants &grants, const ToolCatalog &catalog)
    : m_text(text)
    , m_grants(grants)
    , m_catalog(catalog)
{
}

QStringList GrantPatcher::explicitEntries() const
{
    const FrontmatterField *field = m_text.frontmatter.field(kTools);
    const QStringList written = field ? ToolList::fromValue(field->value).value_or(QStringList()) : QStringList();
    if (m_grants.mode() != AgentGrants::Mode::Inherit)
        return written;

    QStringList current; // the current tools, in the matrix's order (another runtime's in its table's)
    if (const RuntimeTools *tools = m_catalog.runtimeTools(m_grants.runtime())) {
        QStringList covered;
        for (const RuntimeTools::Tool &tool : tools->tools()) {
            const QStringList columns = tool.category.isEmpty() ? tool.columns : QStringList{tool.name};
            const bool adds = std::any_of(columns.cbegin(), columns.cend(), [this, &covered](const QString &column) {
                return !covered.contains(column) && m_grants.grant(column).state != GrantState::Denied;
            });
            if (adds) {
                current.append(tool.name);
                covered += columns;
            }
        }
    } else {
        for (const ToolCategory &category : m_catalog.categories()) {
            for (const ToolInfo *tool : m_catalog.toolsIn(category.id)) {
                if (!tool->legacy && m_grants.grant(tool->name).state != GrantState::Denied)
                    current.append(tool->name);
            }
        }
    }
    if (!m_grants.hasWildcard())
        return current;
    // `*` gives way to the tools the other entries do not name, where it stood.
    QStringList named;
    for (const QString &entry : written)
        named += m_grants.columnsOf(entry);
    QStringList entries;
    for (const QString &entry : written) {
        if (entry != QLatin1String("*")) {
            entries.append(entry);
            continue;
        }
        for (const QString &tool : std::as_const(current)) {
            const QStringList columns = m_grants.columnsOf(tool);
            if (std::all_of(columns.cbegin(), columns.cend(), [&named](const QString &column) { return named.contains(column); }))
                continue;
            entries.append(tool);
            named += columns;
        }
    }
    return entries;
}

std::optional<QStringList> GrantPatcher::startingEntries(QString *refusal) const
{
    if (m_grants.mode() == AgentGrants::Mode::Unreadable) {
        *refusal = tr("%1 reads no frontmatter in this file, so the agent has no grants to change; fix the "
                      "frontmatter first.")
                       .arg(Runtimes::name(m_grants.runtime()));
        return std::nullopt;
    }
    if (m_grants.readLeniently()) {
        *refusal = tr("%1 reads this frontmatter only through its lenient fallback; mend the YAML first (its check says how).")
                       .arg(Runtimes::name(m_grants.runtime()));
        return std::nullopt;
    }
    if (m_grants.ignoresSettings()) {
        *refusal = tr("%1 reads none of this file's settings, so it gives the agent every tool whatever tools says; mend the "
                      "frontmatter first.")
                       .arg(Runtimes::name(m_grants.runtime()));
        return std::nullopt;
    }
    const FrontmatterField *field = m_text.frontmatter.field(kTools);
    if (field && !ToolList::fromValue(field->value)) {
        *refusal = tr("tools is not a list of tool names; edit it in the source.");
        return std::nullopt;
    }
    const RuntimeTools *tools = m_catalog.runtimeTools(m_grants.runtime());
    if (field && field->value.isString() && tools && !tools->find(field->value.toString())
        && tools->grantOf(field->value.toString())) {
        *refusal = tr("tools names the category %1; edit it in the form.").arg(field->value.toString());
        return std::nullopt;
    }
    return explicitEntries();
}

GrantPatch GrantPatcher::grant(const QStringList &columns) const
{
    return change(columns, Change::Grant);
}

GrantPatch GrantPatcher::revoke(const QStringList &columns) const
{
    return change(columns, Change::Revoke);
}

GrantPatch GrantPatcher::ask(const QStringList &columns) const
{
    if (m_grants.runtime() != Runtime::OpenCode)
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, tr("Only OpenCode asks the user before a tool is used.")};
    return change(columns, Change::Ask);
}

QStringList GrantPatcher::sharedColumns(const QString &column, const QStringList &columns) const
{
    QStringList shared;
    for (const QString &name : m_grants.runtimeNames(column).mid(0, 1)) {
        for (const QString &other : m_grants.columnsOf(name)) {
            if (!columns.contains(other))
                shared.append(other);
        }
    }
    return shared;
}

QString GrantPatcher::label(Change change, const QStringList &done)
{
    const QString names = done.size() <= 3 ? done.join(QStringLiteral(", ")) : QString();
    switch (change) {
    case Change::Grant:
        return names.isEmpty() ? tr("Grant %n tool(s)", nullptr, int(done.size())) : tr("Grant %1").arg(names);
    case Change::Revoke:
        return names.isEmpty() ? tr("Revoke %n tool(s)", nullptr, int(done.size())) : tr("Revoke %1").arg(names);
    case Change::Ask:
        break;
    }
    return names.isEmpty() ? tr("Ask before %n tool(s)", nullptr, int(done.size())) : tr("Ask before %1").arg(names);
}

GrantPatch GrantPatcher::permissionChange(const QStringList &columns, Change change) const
{
    const OpenCodeRules::Action action = change == Change::Grant ? OpenCodeRules::Action::Allow
        : change == Change::Ask                                  ? OpenCodeRules::Action::Ask
                                                                 : OpenCodeRules::Action::Deny;
    GrantPatch result{GrantPatch::Status::Unchanged, {}, label(change, columns), {}};
    AgentText current = m_text;
    QStringList permissions;
    for (const QString &column : columns) {
        const QStringList names = m_grants.runtimeNames(column);
        const QString permission = names.isEmpty() ? column : names.first(); // a key of its own: as written
        if (change == Change::Revoke && !sharedColumns(column, columns).isEmpty()) {
            return GrantPatch{GrantPatch::Status::Refused, {}, result.label,
                              tr("In OpenCode, the permission %1 covers %2 too; revoke them together.")
                                  .arg(permission, sharedColumns(column, columns).join(QStringLiteral(", ")))};
        }
        if (permissions.contains(permission))
            continue;
        permissions.append(permission);
        const GrantPatch set = PermissionPatcher(current).set(permission, action, result.label);
        if (set.status == GrantPatch::Status::Refused)
            return set;
        for (const ByteEdit &edit : set.edits) {
            result.edits.append(edit);
            current = AgentText::fromBytes(edit.appliedTo(current.bytes));
        }
    }
    if (!result.edits.isEmpty())
        result.status = GrantPatch::Status::Changed;
    return result;
}

GrantPatch GrantPatcher::change(const QStringList &columns, Change change) const
{
    // Only the cells that would change: granting an inherited tool makes nothing explicit.
    QStringList wanted;
    for (const QString &column : columns) {
        const GrantState state = m_grants.grant(column).state;
        const bool skip = change == Change::Grant ? state == GrantState::Granted || state == GrantState::Inherited
            : change == Change::Ask               ? state == GrantState::Ask
                                                  : state == GrantState::NotGranted || state == GrantState::Denied;
        if (!skip && !wanted.contains(column))
            wanted.append(column);
    }
    if (wanted.isEmpty() && m_grants.mode() != AgentGrants::Mode::Unreadable)
        return {};
    if (m_grants.runtime() == Runtime::OpenCode) {
        if (m_grants.mode() == AgentGrants::Mode::Unreadable || m_grants.ignoresSettings() || m_grants.readLeniently())
            return GrantPatch{GrantPatch::Status::Refused, {}, {}, tr("OpenCode reads no settings from this file; fix the frontmatter first.")};
        const GrantPatch patch = permissionChange(wanted, change);
        if (!patch.isChanged() || readsBackAsAsked(patch, wanted, change))
            return patch;
        return GrantPatch{GrantPatch::Status::Refused, {}, patch.label,
                          tr("%1 would not read the edited permission as asked; edit it in the source.").arg(Runtimes::name(m_grants.runtime()))};
    }
    const bool claude = m_grants.runtime() == Runtime::ClaudeCode;

    QString refusal;
    const std::optional<QStringList> start = startingEntries(&refusal);
    if (!start)
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, refusal};
    QStringList entries = *start;
    QStringList done;
    for (const QString &column : std::as_const(wanted)) {
        const ToolInfo *tool = m_catalog.find(column);
        const std::optional<McpToolName> mcp = ToolCatalog::parseMcpName(column);
        const bool viaServer = mcp && !mcp->tool.isEmpty() && entries.contains(serverKey(mcp->server));
        if (!claude) {
            const QStringList names = m_grants.runtimeNames(column);
            if (change == Change::Grant) {
                if (names.isEmpty()) {
                    refusal = tr("%1 has no tool for %2.").arg(Runtimes::name(m_grants.runtime()), column);
                    continue;
                }
                done.append(column);
                // Only a name the runtime knows grants the column (Gemini CLI's `Read` does not).
                const RuntimeTools *tools = m_catalog.runtimeTools(m_grants.runtime());
                if (std::none_of(entries.cbegin(), entries.cend(), [tools, &column](const QString &entry) {
                        const std::optional<RuntimeToolGrant> granted = tools->grantOf(entry);
                        return granted && granted->columns.contains(column);
                    }))
                    entries.append(names.first());
            } else {
                for (const QString &entry : std::as_const(entries)) {
                    const QStringList shared = m_grants.columnsOf(entry);
                    if (shared.contains(column) && shared.size() > 1
                        && !std::all_of(shared.cbegin(), shared.cend(), [&wanted](const QString &other) { return wanted.contains(other); })) {
                        return GrantPatch{GrantPatch::Status::Refused, {}, label(change, {column}),
                                          tr("In %1, %2 grants %3 together; revoke them together.")
                                              .arg(Runtimes::name(m_grants.runtime()), entry, shared.join(QStringLiteral(", ")))};
                    }
                }
                done.append(column);
                entries.erase(std::remove_if(entries.begin(), entries.end(),
                                             [this, &column](const QString &entry) { return m_grants.columnsOf(entry).contains(column); }),
                              entries.end());
            }
            continue;
        }
        if (change == Change::Grant) {
            if (!mcp && (!tool || tool->legacy)) {
                refusal = tool ? tr("Claude Code %1 no longer offers %2; it can only be revoked.").arg(m_catalog.clientVersion(), column)
                               : tr("%1 is not a tool Claude Code knows; it can only be revoked.").arg(column);
                continue;
            }
            done.append(column);
            if (viaServer)
                continue;
            // `Bash(git *)` becomes `Bash`; other rules of the tool go.
            int first = -1;
            bool whole = false;
            for (int i = entries.size() - 1; i >= 0; --i) {
                if (AgentGrants::columnKey(entries.at(i), m_catalog) != column)
                    continue;
                if (ToolCatalog::splitRule(entries.at(i)).pattern.isEmpty())
                    whole = true;
                first = i;
            }
            if (whole)
                continue;
            if (first < 0) {
                entries.append(column);
                continue;
            }
            entries[first] = column;
            for (int i = entries.size() - 1; i > first; --i) {
                if (AgentGrants::columnKey(entries.at(i), m_catalog) == column)
                    entries.removeAt(i);
            }
        } else {
            if (viaServer) {
                refusal = tr("%1 comes with %2, which grants every tool of that server; revoke the server instead.")
                              .arg(column, serverKey(mcp->server));
                continue;
            }
            done.append(column);
            const bool server = mcp && mcp->tool.isEmpty();
            for (int i = entries.size() - 1; i >= 0; --i) {
                const QString key = AgentGrants::columnKey(entries.at(i), m_catalog);
                const std::optional<McpToolName> named = server ? ToolCatalog::parseMcpName(key) : std::nullopt;
                if (key == column || (named && named->server == mcp->server))
                    entries.removeAt(i);
            }
        }
    }
    if (done.isEmpty())
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, refusal};
    if (entries == *start && m_grants.mode() == AgentGrants::Mode::Explicit)
        return {}; // nothing to write: rewriting the list the same would only reformat it
    if (entries.isEmpty() && m_grants.runtime() == Runtime::QwenCode)
        return GrantPatch{GrantPatch::Status::Refused, {}, label(change, done),
                          tr("Qwen Code reads an empty tools list as every tool; an agent with no tools cannot be written for it.")};
    const GrantPatch patch = written(entries, label(change, done));
    if (claude || !patch.isChanged() || readsBackAsAsked(patch, done, change))
        return patch;
    return GrantPatch{GrantPatch::Status::Refused, {}, patch.label,
                      tr("%1 would not read the edited tools as asked; edit them in the source.").arg(Runtimes::name(m_grants.runtime()))};
}

bool GrantPatcher::readsBackAsAsked(const GrantPatch &patch, const QStringList &columns, Change change) const
{
    QByteArray after = m_text.bytes;
    for (const ByteEdit &edit : patch.edits)
        after = edit.appliedTo(after);
    const AgentReading reading = SpecReader::of(m_grants.runtime())->read(after, {QStringLiteral("agent"), AgentScope::Project});
    const AgentGrants now = AgentGrants::read(reading, after, m_catalog);
    return std::all_of(columns.cbegin(), columns.cend(), [&now, change](const QString &column) {
        const GrantState state = now.grant(column).state;
        switch (change) {
        case Change::Grant:
            return state == GrantState::Granted || state == GrantState::Inherited;
        case Change::Ask:
            return state == GrantState::Ask;
        case Change::Revoke:
            break;
        }
        return state == GrantState::NotGranted || state == GrantState::Denied;
    });
}

GrantPatch GrantPatcher::makeExplicit() const
{
    if (m_grants.runtime() == Runtime::OpenCode)
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, tr("OpenCode agents grant by permission; deny or allow each tool instead.")};
    QString refusal;
    const std::optional<QStringList> start = startingEntries(&refusal);
    if (!start)
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, refusal};
    if (m_grants.mode() != AgentGrants::Mode::Inherit)
        return {};
    return written(*start, tr("Make tools explicit"));
}

GrantPatch GrantPatcher::setPatterns(const QString &column, const QStringList &patterns) const
{
    if (m_grants.runtime() != Runtime::ClaudeCode)
        return GrantPatch{GrantPatch::Status::Refused, {}, {},
                          m_grants.runtime() == Runtime::OpenCode ? tr("Edit OpenCode's patterns in the form's permission editor.")
                                                                  : tr("%1 takes no patterns in tools.").arg(Runtimes::name(m_grants.runtime()))};
    const ToolInfo *tool = m_catalog.find(column);
    if (!ToolCatalog::isMcpTool(column) && (!tool || tool->legacy))
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, tr("%1 is not a tool Claude Code offers.").arg(column)};
    QString refusal;
    const std::optional<QStringList> start = startingEntries(&refusal);
    if (!start)
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, refusal};

    QStringList replacement;
    for (const QString &pattern : patterns) {
        if (!pattern.trimmed().isEmpty())
            replacement.append(column + u'(' + escapedPattern(pattern.trimmed()) + u')');
    }
    if (replacement.isEmpty())
        replacement.append(column);
    QStringList entries;
    bool placed = false;
    for (const QString &entry : *start) {
        if (AgentGrants::columnKey(entry, m_catalog) != column) {
            entries.append(entry);
        } else if (!placed) {
            entries += replacement;
            placed = true;
        }
    }
    if (!placed)
        entries += replacement;
    if (m_grants.mode() == AgentGrants::Mode::Explicit && entries == *start)
        return {};
    const bool scoped = replacement.first() != column;
    return written(entries, scoped ? tr("Limit %1 to patterns").arg(column) : tr("Grant %1").arg(column));
}

GrantPatch GrantPatcher::written(const QStringList &entries, const QString &label) const
{
    GrantPatch result{GrantPatch::Status::Unchanged, {}, label, {}};
    AgentText current = m_text;
    const FrontmatterField *field = m_text.frontmatter.isEditable() ? m_text.frontmatter.field(kTools) : nullptr;
    std::optional<ByteEdit> lines;
    if (field && field->style == ValueStyle::BlockSequence)
        lines = blockListEdit(m_text, *field, entries);
    else if (field && field->style == ValueStyle::FlowSequence)
        lines = flowListEdit(m_text, *field, entries);
    const FieldPatch set = lines ? FieldPatch::changed(*lines)
                                      : FrontmatterPatcher(current).setValue(kTools, QJsonArray::fromStringList(entries));
    if (set.status == FieldPatch::Status::Refused)
        return GrantPatch{GrantPatch::Status::Refused, {}, label, set.message};
    if (set.status == FieldPatch::Status::Changed) {
        // The editor rewrites the key's value; keep only the bytes that differ.
        const QByteArray after = set.edit.appliedTo(current.bytes);
        result.edits.append(ByteEdit::between(current.bytes, after));
        current = AgentText::fromBytes(after);
    }
    // With `tools` set the client ignores disallowedTools; what it took away is left out above.
    if (m_grants.runtime() == Runtime::ClaudeCode && m_grants.mode() == AgentGrants::Mode::Inherit
        && current.frontmatter.field(kDisallowed)) {
        const FieldPatch removed = FrontmatterPatcher(current).remove(kDisallowed);
        if (removed.status == FieldPatch::Status::Refused)
            return GrantPatch{GrantPatch::Status::Refused, {}, label, removed.message};
        if (removed.status == FieldPatch::Status::Changed)
            result.edits.append(removed.edit);
    }
    if (!result.edits.isEmpty())
        result.status = GrantPatch::Status::Changed;
    return result;
}

} // namespace Agentry
