// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/agentgrants.h"

#include "matrix/opencoderules.h"
#include "runtime/fieldlocator.h"
#include "runtime/toolcatalog.h"
#include "runtime/yamlvalue.h"
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

// A `tools` value as the runtimes that list names read it: a list's strings, or a string's
// comma-separated parts, trimmed.
QStringList runtimeEntries(const QJsonValue &value)
{
    QStringList entries;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString() && !item.toString().isEmpty())
                entries.append(item.toString());
        }
    } else if (value.isString()) {
        entries = ToolList::commaParts(value.toString());
    }
    return entries;
}

// What the runtime does with an agent's own MCP servers, under its key for them.
QLatin1String mcpServersKey(Runtime runtime)
{
    switch (runtime) {
    case Runtime::GeminiCli:
        return QLatin1String("mcp_servers");
    case Runtime::Copilot:
        return QLatin1String("mcp-servers");
    case Runtime::FactoryDroid:
    case Runtime::OpenCode:
        return QLatin1String(); // a list that limits the caller's servers; none
    case Runtime::ClaudeCode:
    case Runtime::QwenCode:
        break;
    }
    return QLatin1String("mcpServers");
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
    grants.m_runtime = reading.runtime;
    grants.m_tools = catalog.runtimeTools(reading.runtime);
    if (grants.m_tools && reading.project.loads && (reading.project.withoutSettings || !reading.isParsed())) {
        // OpenCode and Factory Droid load such a file with none of its settings: every tool.
        grants.m_mode = Mode::Inherit;
        grants.m_ignoresSettings = true;
        return grants;
    }
    if (!reading.isParsed() || !reading.mapping)
        return grants;
    const QJsonObject &fields = reading.fields;
    grants.m_hooks = isNonEmpty(fields.value(QLatin1String("hooks")));
    const QLatin1String servers = mcpServersKey(reading.runtime);
    grants.m_mcpServers = servers.size() > 0 && isNonEmpty(fields.value(servers));
    const QString permissionMode = fields.value(QLatin1String("permissionMode")).toString();
    if (reading.runtime == Runtime::QwenCode) {
        const QJsonValue approval = fields.value(QLatin1String("approvalMode"));
        grants.m_bypass = approval.isString() ? approval.toString() == QLatin1String("yolo") : permissionMode == QLatin1String("bypassPermissions");
    } else {
        grants.m_bypass = reading.runtime == Runtime::ClaudeCode && permissionMode == QLatin1String("bypassPermissions");
    }
    if (grants.m_tools) {
        grants.m_readLeniently = reading.outcome == AgentReading::Outcome::Lenient;
        if (grants.m_tools->usesPermissions())
            grants.readPermissions(reading);
        else
            grants.readList(reading, bytes);
        return grants;
    }

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

void AgentGrants::readList(const AgentReading &reading, const QByteArray &bytes)
{
    const QJsonObject &fields = reading.fields;
    const FieldLocator locator(bytes, reading);
    const QJsonValue tools = fields.value(kTools);
    m_entries = runtimeEntries(tools);
    m_wildcard = m_entries.contains(QStringLiteral("*"));
    const bool absent = tools.isUndefined() || tools.isNull();
    // Qwen Code reads an empty list as no list at all.
    m_mode = absent || m_wildcard || (m_runtime == Runtime::QwenCode && m_entries.isEmpty()) ? Mode::Inherit : Mode::Explicit;
    const FieldLocator::Field *field = locator.find(kTools);
    m_toolsLine = field ? field->line : -1;
    const QVector<int> lines = entryLines(bytes, field, m_entries);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i) != QLatin1String("*"))
            nameRuntimeEntry(m_entries.at(i), lines.at(i), Source::Tools);
    }
    if (m_mode == Mode::Explicit) {
        for (const QString &column : m_tools->alwaysColumns()) {
            if (m_cells.contains(column))
                continue;
            m_named.append(column);
            m_cells.insert(column, ToolGrant{GrantState::Granted, {}, {}, -1});
        }
    }
    if (m_runtime != Runtime::QwenCode)
        return;
    const FieldLocator::Field *disallowed = locator.find(kDisallowed);
    const QStringList denied = runtimeEntries(fields.value(kDisallowed));
    const QVector<int> deniedLines = entryLines(bytes, disallowed, denied);
    for (int i = 0; i < denied.size(); ++i)
        nameRuntimeEntry(denied.at(i), deniedLines.at(i), Source::Disallowed);
}

void AgentGrants::nameRuntimeEntry(const QString &entry, int line, Source source)
{
    const std::optional<RuntimeToolGrant> granted = m_tools->grantOf(entry);
    if (granted && granted->allMcp && source == Source::Tools)
        m_allMcp = true;
    const QStringList columns = granted ? granted->columns : QStringList{entry};
    for (const QString &column : columns) {
        auto cell = m_cells.find(column);
        if (cell == m_cells.end()) {
            m_named.append(column);
            cell = m_cells.insert(column, ToolGrant{});
            cell->line = line;
            cell->state = !granted ? GrantState::Unknown : m_wildcard ? GrantState::Inherited : GrantState::Granted;
        }
        if (granted && source == Source::Disallowed)
            cell->state = GrantState::Denied;
        else if (granted && cell->state == GrantState::Unknown)
            cell->state = m_wildcard ? GrantState::Inherited : GrantState::Granted; // a known name beside an unknown one: `Read, read_file`
        cell->tokens.append(entry);
    }
}

void AgentGrants::readPermissions(const AgentReading &reading)
{
    const YamlValue *frontmatter = reading.document.get();
    const YamlValue *permission = frontmatter ? frontmatter->value(QStringLiteral("permission")) : nullptr;
    const OpenCodeRules rules = OpenCodeRules::read(frontmatter ? frontmatter->value(kTools) : nullptr, permission);
    const auto fileLine = [&reading](int yamlLine) { return yamlLine < 0 ? -1 : reading.contentLine + yamlLine; };
    m_toolsLine = permission ? fileLine(permission->line()) : -1;

    // `*: deny` makes the agent's tools a list of exceptions; without it OpenCode's defaults give every tool.
    const OpenCodeRules::Verdict every = rules.verdict(QStringLiteral("*"));
    m_mode = every.hasBase && every.base == OpenCodeRules::Action::Deny ? Mode::Explicit : Mode::Inherit;
    m_wildcard = every.hasBase && every.base == OpenCodeRules::Action::Allow;
    const QStringList keys = rules.keys();
    const auto cellOf = [&rules, &fileLine](const QString &permissionName) {
        const OpenCodeRules::Verdict verdict = rules.verdict(permissionName);
        ToolGrant cell;
        if (!verdict.hasBase && verdict.exceptions.isEmpty())
            return ToolGrant{GrantState::Inherited, {}, {}, -1};
        bool someUses = false;
        for (const OpenCodeRules::Rule &rule : verdict.exceptions) {
            someUses = someUses || rule.action != OpenCodeRules::Action::Deny;
            const bool plain = verdict.hasBase && verdict.base == OpenCodeRules::Action::Deny && rule.action == OpenCodeRules::Action::Allow;
            cell.patterns.append(plain ? rule.pattern : QStringLiteral("%1 (%2)").arg(rule.pattern, QLatin1String(OpenCodeRules::actionId(rule.action))));
            if (!cell.tokens.contains(rule.permission))
                cell.tokens.append(rule.permission);
        }
        if (verdict.hasBase) {
            cell.tokens.prepend(verdict.baseKey);
            cell.line = fileLine(verdict.baseLine);
        } else {
            cell.line = fileLine(verdict.exceptions.first().line);
        }
        cell.tokens.removeDuplicates();
        switch (verdict.hasBase ? verdict.base : OpenCodeRules::Action::Allow) {
        case OpenCodeRules::Action::Allow:
            cell.state = verdict.hasBase ? GrantState::Granted : GrantState::Inherited;
            break;
        case OpenCodeRules::Action::Ask:
            cell.state = GrantState::Ask;
            break;
        case OpenCodeRules::Action::Deny:
            cell.state = someUses ? GrantState::Pattern : GrantState::Denied;
            break;
        }
        return cell;
    };
    for (const RuntimeTools::Tool &tool : m_tools->tools()) {
        const ToolGrant cell = cellOf(tool.name);
        for (const QString &column : tool.category.isEmpty() ? tool.columns : QStringList{tool.name}) {
            if (m_cells.contains(column))
                continue;
            m_cells.insert(column, cell);
            if (keys.contains(tool.name))
                m_named.append(column);
        }
    }
    // Keys of other tools (custom or MCP ones, wildcards) get a column as written.
    for (const QString &key : keys) {
        if (key != QLatin1String("*") && !m_tools->find(key) && !m_cells.contains(key)) {
            m_named.append(key);
            m_cells.insert(key, cellOf(key));
        }
    }
    m_entries = keys;
}

QStringList AgentGrants::columnsOf(const QString &entry) const
{
    if (!m_tools)
        return {columnKey(entry, *m_catalog)};
    if (const std::optional<RuntimeToolGrant> granted = m_tools->grantOf(entry))
        return granted->columns;
    return {entry};
}

QStringList AgentGrants::runtimeNames(const QString &column) const
{
    return m_tools ? m_tools->namesFor(column) : QStringList{column};
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
    if (mcp && m_allMcp)
        return ToolGrant{GrantState::Granted, {}, {}, m_toolsLine};
    if (m_mode == Mode::Explicit)
        return {};
    if (m_tools) {
        if (mcp || m_tools->columns().contains(column))
            return ToolGrant{GrantState::Inherited, {}, m_wildcard ? QStringList{QStringLiteral("*")} : QStringList(), m_toolsLine};
        return {};
    }
    const ToolInfo *tool = m_catalog ? m_catalog->find(column) : nullptr;
    if (mcp || (tool && !tool->legacy))
        return ToolGrant{GrantState::Inherited, {}, m_wildcard ? QStringList{QStringLiteral("*")} : QStringList(), m_toolsLine};
    return {};
}

} // namespace Agentry
