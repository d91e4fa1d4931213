// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/toolcatalog.h"

#include "runtime/dataresource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace Agentry {

namespace {

constexpr int supportedSchema = 1;

QString translated(const QString &english)
{
    return QCoreApplication::translate("ToolCatalog", english.toUtf8().constData());
}

std::optional<ToolRisk> riskFromId(const QString &id)
{
    if (id == QLatin1String("low"))
        return ToolRisk::Low;
    if (id == QLatin1String("medium"))
        return ToolRisk::Medium;
    if (id == QLatin1String("high"))
        return ToolRisk::High;
    return std::nullopt;
}


// A character preceded by an odd run of backslashes is escaped, as in the client's rule parser.
bool isEscaped(const QString &text, qsizetype index)
{
    qsizetype backslashes = 0;
    while (index - backslashes - 1 >= 0 && text.at(index - backslashes - 1) == QLatin1Char('\\'))
        ++backslashes;
    return backslashes % 2 == 1;
}

qsizetype firstUnescaped(const QString &text, QChar c)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == c && !isEscaped(text, i))
            return i;
    }
    return -1;
}

qsizetype lastUnescaped(const QString &text, QChar c)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.at(i) == c && !isEscaped(text, i))
            return i;
    }
    return -1;
}

} // namespace

QString ToolCategory::displayLabel() const
{
    return translated(label);
}

QString ToolInfo::displayDescription() const
{
    return translated(description);
}

QString ToolInfo::displayRiskReason() const
{
    return translated(riskReason);
}

const ToolCatalog &ToolCatalog::builtin()
{
    static const ToolCatalog catalog = [] {
        loadDataResource();
        QString error;
        std::optional<ToolCatalog> loaded = fromFile(QStringLiteral(":/agentry/tools.json"), &error);
        if (!loaded) {
            // Only a broken build gets here (the test suite loads this file): work on with no tools.
            qWarning("Built-in tool catalog: %s", qUtf8Printable(error));
            return ToolCatalog();
        }
        return std::move(*loaded);
    }();
    return catalog;
}

std::optional<ToolCatalog> ToolCatalog::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<ToolCatalog> catalog = fromJson(file.readAll(), error);
    if (!catalog && error)
        *error = tr("%1: %2").arg(path, *error);
    return catalog;
}

std::optional<ToolCatalog> ToolCatalog::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ToolCatalog> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("Not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fail(tr("The tool catalog is not a JSON object."));
    const QJsonObject root = document.object();
    const int schema = root.value(QLatin1String("schema")).toInt(-1);
    if (schema != supportedSchema)
        return fail(tr("The tool catalog has schema %1; this build reads schema %2.").arg(schema).arg(supportedSchema));

    ToolCatalog catalog;
    catalog.m_client = root.value(QLatin1String("client")).toString();
    if (catalog.m_client.isEmpty())
        return fail(tr("The tool catalog does not say which client version it describes (\"client\")."));

    for (const QJsonValue &value : root.value(QLatin1String("categories")).toArray()) {
        const QJsonObject object = value.toObject();
        ToolCategory category{object.value(QLatin1String("id")).toString(),
                              object.value(QLatin1String("label")).toString(),
                              object.value(QLatin1String("order")).toInt()};
        if (category.id.isEmpty() || category.label.isEmpty())
            return fail(tr("Category %1 needs an \"id\" and a \"label\".").arg(catalog.m_categories.size() + 1));
        if (std::any_of(catalog.m_categories.cbegin(), catalog.m_categories.cend(),
                        [&category](const ToolCategory &other) { return other.id == category.id; }))
            return fail(tr("The category %1 appears twice.").arg(category.id));
        catalog.m_categories.append(category);
    }
    if (catalog.m_categories.isEmpty())
        return fail(tr("The tool catalog has no \"categories\" list."));
    std::stable_sort(catalog.m_categories.begin(), catalog.m_categories.end(),
                     [](const ToolCategory &a, const ToolCategory &b) { return a.order < b.order; });

    const QJsonValue tools = root.value(QLatin1String("tools"));
    if (!tools.isArray() || tools.toArray().isEmpty())
        return fail(tr("The tool catalog has no \"tools\" list."));
    for (const QJsonValue &value : tools.toArray()) {
        const QJsonObject object = value.toObject();
        ToolInfo tool;
        tool.name = object.value(QLatin1String("name")).toString();
        if (tool.name.isEmpty())
            return fail(tr("Tool %1 has no \"name\".").arg(catalog.m_tools.size() + 1));
        tool.category = object.value(QLatin1String("category")).toString();
        if (!std::any_of(catalog.m_categories.cbegin(), catalog.m_categories.cend(),
                         [&tool](const ToolCategory &category) { return category.id == tool.category; }))
            return fail(tr("Tool %1: unknown category \"%2\".").arg(tool.name, tool.category));
        const std::optional<QStringList> aliases = jsonNames(object.value(QLatin1String("aliases")));
        if (!aliases)
            return fail(tr("Tool %1: \"aliases\" must be a list of names.").arg(tool.name));
        tool.aliases = *aliases;
        tool.legacy = object.value(QLatin1String("legacy")).toBool();
        tool.since = object.value(QLatin1String("since")).toString();
        tool.removedIn = object.value(QLatin1String("removed_in")).toString();
        tool.description = object.value(QLatin1String("description")).toString();
        const QString riskId = object.value(QLatin1String("risk")).toString();
        const std::optional<ToolRisk> risk = riskFromId(riskId);
        if (!risk)
            return fail(tr("Tool %1: \"risk\" must be low, medium or high, not \"%2\".").arg(tool.name, riskId));
        tool.risk = *risk;
        tool.riskReason = object.value(QLatin1String("risk_reason")).toString();
        if (tool.description.isEmpty() || tool.riskReason.isEmpty())
            return fail(tr("Tool %1 needs a \"description\" and a \"risk_reason\".").arg(tool.name));

        const int index = int(catalog.m_tools.size());
        for (const QString &name : QStringList(tool.name) + tool.aliases) {
            if (catalog.m_byName.contains(name))
                return fail(tr("The tool name %1 appears twice.").arg(name));
            catalog.m_byName.insert(name, index);
        }
        catalog.m_tools.append(tool);
    }
    // Own names first, so that a folded alias never shadows a tool's own name.
    for (int i = 0; i < catalog.m_tools.size(); ++i)
        catalog.m_byFoldedName.insert(catalog.m_tools.at(i).name.toLower(), i);
    for (auto it = catalog.m_byName.cbegin(); it != catalog.m_byName.cend(); ++it) {
        if (!catalog.m_byFoldedName.contains(it.key().toLower()))
            catalog.m_byFoldedName.insert(it.key().toLower(), it.value());
    }

    for (const QJsonValue &value : root.value(QLatin1String("flagged")).toArray()) {
        const QJsonObject object = value.toObject();
        FlaggedTool flagged{object.value(QLatin1String("name")).toString(), object.value(QLatin1String("since")).toString()};
        if (flagged.name.isEmpty() || flagged.since.isEmpty())
            return fail(tr("Flagged tool %1 needs a \"name\" and a \"since\".").arg(catalog.m_flagged.size() + 1));
        if (catalog.m_byName.contains(flagged.name))
            return fail(tr("The flagged tool %1 is also a tool.").arg(flagged.name));
        catalog.m_flagged.append(flagged);
    }

    for (const QJsonValue &value : root.value(QLatin1String("foreign")).toArray()) {
        const QJsonObject object = value.toObject();
        const std::optional<QStringList> closest = jsonNames(object.value(QLatin1String("closest")));
        ForeignTool foreign{object.value(QLatin1String("name")).toString(),
                            object.value(QLatin1String("dialect")).toString(), closest.value_or(QStringList())};
        if (foreign.name.isEmpty() || foreign.dialect.isEmpty() || !closest)
            return fail(tr("Foreign tool %1 needs a \"name\", a \"dialect\" and a \"closest\" list.")
                            .arg(catalog.m_foreign.size() + 1));
        for (const QString &target : foreign.closest) {
            if (!catalog.m_byName.contains(target))
                return fail(tr("Foreign tool %1 points to the unknown tool %2.").arg(foreign.name, target));
        }
        if (catalog.m_foreignByName.contains(foreign.name))
            return fail(tr("The foreign tool name %1 appears twice.").arg(foreign.name));
        catalog.m_foreignByName.insert(foreign.name, int(catalog.m_foreign.size()));
        catalog.m_foreign.append(foreign);
    }

    const QJsonObject runtimes = root.value(QLatin1String("runtimes")).toObject();
    const auto isColumn = [&catalog](const QString &name) {
        const ToolInfo *tool = catalog.find(name);
        return tool && !tool->legacy && tool->name == name;
    };
    for (auto it = runtimes.constBegin(); it != runtimes.constEnd(); ++it) {
        const std::optional<Runtime> runtime = Runtimes::fromId(it.key());
        if (!runtime || *runtime == Runtime::ClaudeCode)
            return fail(tr("\"runtimes\" names %1, which is no runtime other than Claude Code.").arg(it.key()));
        QString message;
        std::optional<RuntimeTools> tools = RuntimeTools::fromJson(*runtime, it.value().toObject(), isColumn, &message);
        if (!tools)
            return fail(message);
        for (const RuntimeTools::Tool &tool : tools->tools()) {
            if (!tool.category.isEmpty() && std::none_of(catalog.m_categories.cbegin(), catalog.m_categories.cend(),
                                                         [&tool](const ToolCategory &category) { return category.id == tool.category; }))
                return fail(tr("Runtime %1: tool %2 has the unknown category \"%3\".").arg(it.key(), tool.name, tool.category));
        }
        catalog.m_runtimes.append(std::move(*tools));
    }
    return catalog;
}

QVector<const ToolInfo *> ToolCatalog::toolsIn(const QString &categoryId) const
{
    QVector<const ToolInfo *> result;
    for (const ToolInfo &tool : m_tools) {
        if (tool.category == categoryId)
            result.append(&tool);
    }
    return result;
}

const ToolInfo *ToolCatalog::find(const QString &nameOrAlias) const
{
    const auto it = m_byName.constFind(nameOrAlias);
    return it == m_byName.cend() ? nullptr : &m_tools.at(*it);
}

const ToolInfo *ToolCatalog::findCaseInsensitive(const QString &nameOrAlias) const
{
    const auto it = m_byFoldedName.constFind(nameOrAlias.toLower());
    return it == m_byFoldedName.cend() ? nullptr : &m_tools.at(*it);
}

const FlaggedTool *ToolCatalog::findFlagged(const QString &name) const
{
    const auto it = std::find_if(m_flagged.cbegin(), m_flagged.cend(), [&name](const FlaggedTool &tool) { return tool.name == name; });
    return it == m_flagged.cend() ? nullptr : &*it;
}

QString ToolCatalog::canonicalName(const QString &nameOrAlias) const
{
    const ToolInfo *tool = find(nameOrAlias);
    return tool ? tool->name : nameOrAlias;
}

const RuntimeTools *ToolCatalog::runtimeTools(Runtime runtime) const
{
    for (const RuntimeTools &tools : m_runtimes) {
        if (tools.runtime() == runtime)
            return &tools;
    }
    return nullptr;
}

QString ToolCatalog::ownCategory(const QString &column) const
{
    for (const RuntimeTools &tools : m_runtimes) {
        if (const QString category = tools.ownCategory(column); !category.isEmpty())
            return category;
    }
    return {};
}

const ForeignTool *ToolCatalog::findForeign(const QString &name) const
{
    const auto it = m_foreignByName.constFind(name);
    return it == m_foreignByName.cend() ? nullptr : &m_foreign.at(*it);
}

std::optional<McpToolName> ToolCatalog::parseMcpName(const QString &name)
{
    // The client's reading: `mcp__` + server, then optionally `__` + tool; an empty server is no MCP name.
    static const QString prefix = QStringLiteral("mcp__");
    if (!name.startsWith(prefix))
        return std::nullopt;
    const qsizetype separator = name.indexOf(QLatin1String("__"), prefix.size());
    if (separator == -1) {
        const QString server = name.mid(prefix.size());
        return server.isEmpty() ? std::nullopt : std::optional<McpToolName>(McpToolName{server, QString()});
    }
    if (separator == prefix.size())
        return std::nullopt;
    return McpToolName{name.mid(prefix.size(), separator - prefix.size()), name.mid(separator + 2)};
}

ToolRule ToolCatalog::splitRule(const QString &entry)
{
    // Mirrors the client: the first unescaped `(` and the last unescaped `)`, which must end the
    // entry; `\(`, `\)` and `\\` in the pattern stand for `(`, `)` and `\`.
    const qsizetype open = firstUnescaped(entry, QLatin1Char('('));
    const qsizetype close = lastUnescaped(entry, QLatin1Char(')'));
    if (open == -1 && close == -1)
        return {entry, QString(), false};
    const QString tool = entry.left(std::max<qsizetype>(open, 0));
    if (open <= 0 || close <= open || close != entry.size() - 1 || tool.contains(QLatin1Char('('))
        || tool.contains(QLatin1Char(')')))
        return {entry, QString(), true};
    QString pattern = entry.mid(open + 1, close - open - 1);
    if (pattern == QLatin1String("*"))
        pattern.clear();
    pattern.replace(QLatin1String("\\("), QLatin1String("("));
    pattern.replace(QLatin1String("\\)"), QLatin1String(")"));
    pattern.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    return {tool, pattern, false};
}

} // namespace Agentry
