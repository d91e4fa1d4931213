// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/agentgrants.h"

#include "runtime/fieldlocator.h"
#include "runtime/toolcatalog.h"
#include "text/toollist.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Agentry {

namespace {

const QString kTools = QStringLiteral("tools");
const QString kDisallowed = QStringLiteral("disallowedTools");

// The 0-based file line of each entry of `key`, found in the key's bytes in order; an entry
// the search misses (escaped in quotes) stands on the key's line.
QVector<int> entryLines(const QByteArray &bytes, const FieldLocator::Field *field, const QStringList &entries)
{
    QVector<int> lines(entries.size(), field ? field->line : -1);
    if (!field)
        return lines;
    qsizetype from = field->keyEnd;
    qsizetype counted = field->lineStart; // newlines before it are in `line`
    int line = field->line;
    for (int i = 0; i < entries.size(); ++i) {
        const QByteArray needle = entries.at(i).toUtf8();
        const qsizetype at = bytes.indexOf(needle, from);
        if (at < 0 || at + needle.size() > field->end)
            continue;
        line += int(std::count(bytes.constBegin() + counted, bytes.constBegin() + at, '\n'));
        counted = at;
        lines[i] = line;
        from = at + needle.size();
    }
    return lines;
}

bool isNonEmpty(const QJsonValue &value)
{
    if (value.isObject())
        return !value.toObject().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    return !value.isNull() && !value.isUndefined();
}

// A tool the client offers under its own name; one it no longer offers as the file writes
// it, since the client resolves none of its names.
QString keyOf(const ToolRule &rule, const ToolInfo *tool)
{
    return tool && !tool->legacy ? tool->name : rule.tool;
}

} // namespace

AgentGrants AgentGrants::read(const AgentReading &reading, const QByteArray &bytes, const ToolCatalog &catalog)
{
    AgentGrants grants;
    grants.m_catalog = &catalog;
    if (!reading.isParsed() || !reading.mapping)
        return grants;
    const QJsonObject &fields = reading.fields;
    grants.m_hooks = isNonEmpty(fields.value(QLatin1String("hooks")));
    grants.m_mcpServers = isNonEmpty(fields.value(QLatin1String("mcpServers")));
    grants.m_permissionMode = fields.value(QLatin1String("permissionMode")).toString();

    const FieldLocator locator(bytes, reading);
    if (fields.contains(kTools)) {
        const FieldLocator::Field *field = locator.find(kTools);
        grants.m_toolsLine = field ? field->line : -1;
        // A value of another kind (a map, a number) names no tool the client could use.
        grants.m_entries = ToolList::fromValue(fields.value(kTools)).value_or(QStringList());
        grants.m_wildcard = grants.m_entries.contains(QStringLiteral("*"));
        grants.m_mode = grants.m_wildcard ? Mode::Inherit : Mode::Explicit;
        const QVector<int> lines = entryLines(bytes, field, grants.m_entries);
        for (int i = 0; i < grants.m_entries.size(); ++i) {
            const QString &entry = grants.m_entries.at(i);
            if (entry != QLatin1String("*"))
                grants.name(entry, lines.at(i), Source::Tools, catalog);
        }
        return grants; // `tools` set: the client ignores disallowedTools
    }

    grants.m_mode = Mode::Inherit;
    const FieldLocator::Field *field = locator.find(kDisallowed);
    const QStringList denied = ToolList::fromValue(fields.value(kDisallowed)).value_or(QStringList());
    const QVector<int> lines = entryLines(bytes, field, denied);
    for (int i = 0; i < denied.size(); ++i)
        grants.name(denied.at(i), lines.at(i), Source::Disallowed, catalog);
    return grants;
}

QString AgentGrants::columnKey(const QString &entry, const ToolCatalog &catalog)
{
    const ToolRule rule = ToolCatalog::splitRule(entry);
    return keyOf(rule, rule.malformed ? nullptr : catalog.find(rule.tool));
}

void AgentGrants::name(const QString &entry, int line, Source source, const ToolCatalog &catalog)
{
    const ToolRule rule = ToolCatalog::splitRule(entry);
    const ToolInfo *tool = rule.malformed ? nullptr : catalog.find(rule.tool);
    const QString key = keyOf(rule, tool);
    const bool mcp = !rule.malformed && ToolCatalog::isMcpTool(rule.tool);
    const bool known = (tool && !tool->legacy) || mcp;

    auto cell = m_cells.find(key);
    if (cell == m_cells.end()) {
        m_named.append(key);
        cell = m_cells.insert(key, ToolGrant{});
        cell->line = line;
        if (!known)
            cell->state = GrantState::Unknown;
        else if (source == Source::Disallowed)
            cell->state = GrantState::Denied;
        else if (m_wildcard)
            cell->state = GrantState::Inherited; // `*` grants every use anyway
        else
            cell->state = rule.pattern.isEmpty() ? GrantState::Granted : GrantState::Pattern;
    } else if (known && source == Source::Tools && !m_wildcard) {
        // `Bash` beside `Bash(git *)` grants every use.
        if (rule.pattern.isEmpty())
            cell->state = GrantState::Granted;
    }
    cell->tokens.append(entry);
    if (!rule.pattern.isEmpty())
        cell->patterns.append(rule.pattern);
}

ToolGrant AgentGrants::grant(const QString &column) const
{
    const auto cell = m_cells.constFind(column);
    if (cell != m_cells.cend())
        return *cell;
    if (m_mode == Mode::Unreadable)
        return {};
    const std::optional<McpToolName> mcp = ToolCatalog::parseMcpName(column);
    if (mcp && !mcp->tool.isEmpty()) {
        // A tool of a server the file names as a whole shares the server's cell.
        const auto server = m_cells.constFind(QStringLiteral("mcp__") + mcp->server);
        if (server != m_cells.cend() && server->state != GrantState::Unknown)
            return ToolGrant{server->state, server->patterns, server->tokens, server->line};
    }
    if (m_mode == Mode::Explicit)
        return {};
    const ToolInfo *tool = m_catalog ? m_catalog->find(column) : nullptr;
    if (mcp || (tool && !tool->legacy))
        return ToolGrant{GrantState::Inherited, {}, m_wildcard ? QStringList{QStringLiteral("*")} : QStringList(), m_toolsLine};
    return {};
}

} // namespace Agentry
