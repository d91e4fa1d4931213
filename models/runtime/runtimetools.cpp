// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/runtimetools.h"

#include "runtime/dataresource.h"

#include <QJsonArray>

namespace Agentry {

namespace {

QString mcpKey(const QString &server, const QString &tool = QString())
{
    const QString key = QStringLiteral("mcp__") + server;
    return tool.isEmpty() ? key : key + QStringLiteral("__") + tool;
}

} // namespace

std::optional<RuntimeTools> RuntimeTools::fromJson(Runtime runtime, const QJsonObject &object,
                                                   const std::function<bool(const QString &)> &isColumn, QString *error)
{
    const QString id = Runtimes::id(runtime);
    const auto fail = [error, &id](const QString &message) -> std::optional<RuntimeTools> {
        if (error)
            *error = tr("Runtime %1: %2").arg(id, message);
        return std::nullopt;
    };
    RuntimeTools result;
    result.m_runtime = runtime;
    result.m_permissions = object.value(QLatin1String("permissions")).toBool();
    result.m_caseInsensitive = object.value(QLatin1String("caseInsensitive")).toBool();
    const QString mcp = object.value(QLatin1String("mcp")).toString();
    static const QHash<QString, McpNaming> namings{{QStringLiteral("none"), McpNaming::None},
                                                   {QStringLiteral("claude"), McpNaming::Claude},
                                                   {QStringLiteral("gemini"), McpNaming::Gemini},
                                                   {QStringLiteral("copilot"), McpNaming::Copilot}};
    if (!namings.contains(mcp))
        return fail(tr("\"mcp\" must be none, claude, gemini or copilot, not \"%1\".").arg(mcp));
    result.m_mcp = namings.value(mcp);
    const auto fold = [&result](const QString &name) { return result.m_caseInsensitive ? name.toLower() : name; };

    for (const QJsonValue &value : object.value(QLatin1String("tools")).toArray()) {
        const QJsonObject entry = value.toObject();
        const std::optional<QStringList> aliases = jsonNames(entry.value(QLatin1String("aliases")));
        const std::optional<QStringList> columns = jsonNames(entry.value(QLatin1String("columns")));
        Tool tool{entry.value(QLatin1String("name")).toString(), aliases.value_or(QStringList()), columns.value_or(QStringList()),
                  entry.value(QLatin1String("category")).toString()};
        if (tool.name.isEmpty() || !aliases || !columns)
            return fail(tr("tool %1 needs a \"name\", and lists of names in \"aliases\" and \"columns\".").arg(result.m_tools.size() + 1));
        if (tool.columns.isEmpty() == tool.category.isEmpty() && !entry.contains(QLatin1String("columns")))
            return fail(tr("tool %1 needs either \"columns\" or a \"category\".").arg(tool.name));
        for (const QString &column : std::as_const(tool.columns)) {
            if (!isColumn(column))
                return fail(tr("tool %1 maps to %2, which is no current tool of the catalog.").arg(tool.name, column));
        }
        if (!tool.category.isEmpty()) {
            if (isColumn(tool.name))
                return fail(tr("tool %1 has a column of its own, but the catalog has a tool of that name.").arg(tool.name));
            result.m_ownCategory.insert(tool.name, tool.category);
        }
        const QStringList granted = tool.category.isEmpty() ? tool.columns : QStringList{tool.name};
        for (const QString &column : granted) {
            if (!result.m_columns.contains(column))
                result.m_columns.append(column);
        }
        for (const QString &name : QStringList(tool.name) + tool.aliases) {
            if (result.m_byName.contains(fold(name)))
                return fail(tr("the tool name %1 appears twice.").arg(name));
            result.m_byName.insert(fold(name), int(result.m_tools.size()));
        }
        result.m_tools.append(tool);
    }
    if (result.m_tools.isEmpty())
        return fail(tr("no \"tools\" list."));

    const auto known = [&result, &fold](const QString &name) { return result.m_byName.contains(fold(name)); };
    const std::optional<QStringList> always = jsonNames(object.value(QLatin1String("always")));
    if (!always || !std::all_of(always->cbegin(), always->cend(), known))
        return fail(tr("\"always\" must list tools of the runtime."));
    result.m_always = *always;
    const QJsonObject prefixes = object.value(QLatin1String("prefixes")).toObject();
    for (auto it = prefixes.constBegin(); it != prefixes.constEnd(); ++it) {
        if (!known(it.value().toString()))
            return fail(tr("the prefix %1 stands for %2, which is no tool of the runtime.").arg(it.key(), it.value().toString()));
        result.m_prefixes.insert(fold(it.key()), it.value().toString());
    }
    const QJsonObject groups = object.value(QLatin1String("groups")).toObject();
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const std::optional<QStringList> names = jsonNames(it.value());
        if (!names || !std::all_of(names->cbegin(), names->cend(), known))
            return fail(tr("the group %1 must list tools of the runtime.").arg(it.key()));
        result.m_groups.insert(it.key(), *names);
    }
    return result;
}

const RuntimeTools::Tool *RuntimeTools::find(const QString &nameOrAlias) const
{
    const auto it = m_byName.constFind(m_caseInsensitive ? nameOrAlias.toLower() : nameOrAlias);
    return it == m_byName.cend() ? nullptr : &m_tools.at(*it);
}

std::optional<RuntimeToolGrant> RuntimeTools::grantOf(const QString &entry) const
{
    const auto columnsOf = [](const Tool &tool) { return tool.category.isEmpty() ? tool.columns : QStringList{tool.name}; };
    if (const Tool *tool = find(entry))
        return RuntimeToolGrant{columnsOf(*tool), false};
    if (const auto group = m_groups.constFind(entry); group != m_groups.cend()) {
        RuntimeToolGrant grant;
        for (const QString &name : *group) {
            for (const QString &column : columnsOf(*find(name))) {
                if (!grant.columns.contains(column))
                    grant.columns.append(column);
            }
        }
        return grant;
    }
    if (m_runtime == Runtime::FactoryDroid && entry == QLatin1String("mcp"))
        return RuntimeToolGrant{{}, true};
    const QString folded = m_caseInsensitive ? entry.toLower() : entry;
    for (auto it = m_prefixes.cbegin(); it != m_prefixes.cend(); ++it) {
        if (folded.startsWith(it.key()) && folded.size() > it.key().size())
            return RuntimeToolGrant{columnsOf(*find(it.value())), false};
    }
    bool all = false;
    if (const std::optional<QString> column = mcpColumn(entry, &all))
        return all ? RuntimeToolGrant{{}, true} : RuntimeToolGrant{{*column}, false};
    return std::nullopt;
}

std::optional<QString> RuntimeTools::mcpColumn(const QString &entry, bool *all) const
{
    switch (m_mcp) {
    case McpNaming::None:
        return std::nullopt;
    case McpNaming::Claude: {
        if (!entry.startsWith(QLatin1String("mcp__")) || entry.size() == 5)
            return std::nullopt;
        const qsizetype split = entry.indexOf(QLatin1String("__"), 5);
        return split < 0 ? mcpKey(entry.mid(5)) : mcpKey(entry.mid(5, split - 5), entry.mid(split + 2));
    }
    case McpNaming::Gemini: {
        if (entry == QLatin1String("mcp_*")) {
            *all = true;
            return QString();
        }
        if (!entry.startsWith(QLatin1String("mcp_")) || entry.startsWith(QLatin1String("mcp__")))
            return std::nullopt;
        const qsizetype split = entry.indexOf(u'_', 4);
        if (split < 0 || split + 1 >= entry.size())
            return std::nullopt;
        const QString tool = entry.mid(split + 1);
        return mcpKey(entry.mid(4, split - 4), tool == QLatin1String("*") ? QString() : tool);
    }
    case McpNaming::Copilot: {
        qsizetype split = entry.indexOf(u'/');
        if (split < 0)
            split = entry.indexOf(u'-');
        if (split <= 0 || split + 1 >= entry.size() || entry.contains(u' '))
            return std::nullopt;
        const QString tool = entry.mid(split + 1);
        return mcpKey(entry.left(split).toLower(), tool == QLatin1String("*") ? QString() : tool);
    }
    }
    return std::nullopt;
}

QStringList RuntimeTools::alwaysColumns() const
{
    QStringList columns;
    for (const QString &name : m_always) {
        if (const std::optional<RuntimeToolGrant> grant = grantOf(name))
            columns += grant->columns;
    }
    return columns;
}

QStringList RuntimeTools::namesFor(const QString &column) const
{
    if (column.startsWith(QLatin1String("mcp__"))) {
        const qsizetype split = column.indexOf(QLatin1String("__"), 5);
        const QString server = column.mid(5, split < 0 ? -1 : split - 5);
        const QString tool = split < 0 ? QStringLiteral("*") : column.mid(split + 2);
        switch (m_mcp) {
        case McpNaming::None:
            return {};
        case McpNaming::Claude:
            return {column};
        case McpNaming::Gemini:
            return {QStringLiteral("mcp_%1_%2").arg(server, tool)};
        case McpNaming::Copilot:
            return {QStringLiteral("%1/%2").arg(server, tool)};
        }
    }
    QStringList names;
    for (const Tool &tool : m_tools) {
        if (tool.columns.contains(column) || (tool.columns.isEmpty() && tool.name == column))
            names.append(tool.name);
    }
    return names;
}

} // namespace Agentry
