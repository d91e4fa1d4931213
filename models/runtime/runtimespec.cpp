// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/runtimespec.h"

#include "runtime/dataresource.h"
#include "runtime/runtimeprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Agentry {

namespace {

// The newest built-in spec of each runtime, loaded once from :/agentry/runtimes/.
const QMap<Runtime, RuntimeSpec> &builtins()
{
    static const QMap<Runtime, RuntimeSpec> specs = [] {
        loadDataResource();
        QMap<Runtime, RuntimeSpec> map;
        const QStringList names = QDir(QStringLiteral(":/agentry/runtimes")).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &name : names) {
            if (name.startsWith(QLatin1String("claude-code-")))
                continue;
            QFile file(QStringLiteral(":/agentry/runtimes/") + name);
            QString error;
            std::optional<RuntimeSpec> spec = file.open(QIODevice::ReadOnly) ? RuntimeSpec::fromJson(file.readAll(), &error) : std::nullopt;
            if (!spec) {
                // Only a broken build gets here: the test suite loads every built-in spec.
                qWarning("Runtime spec %s: %s", qUtf8Printable(name), qUtf8Printable(error));
                continue;
            }
            const auto existing = map.constFind(spec->runtime());
            if (existing == map.cend() || RuntimeProfile::compareVersions(existing->version(), spec->version()) < 0)
                map.insert(spec->runtime(), std::move(*spec));
        }
        return map;
    }();
    return specs;
}

} // namespace

const RuntimeSpec *RuntimeSpec::of(Runtime runtime)
{
    const auto &specs = builtins();
    const auto it = specs.constFind(runtime);
    return it == specs.cend() ? nullptr : &*it;
}

std::optional<RuntimeSpec> RuntimeSpec::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value(QLatin1String("schema")).toInt() != 1) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not a schema 1 runtime spec");
        return std::nullopt;
    }
    RuntimeSpec spec;
    const std::optional<Runtime> runtime = Runtimes::fromId(root.value(QLatin1String("runtime")).toString());
    if (!runtime || *runtime == Runtime::ClaudeCode) {
        *error = QStringLiteral("unknown runtime \"%1\"").arg(root.value(QLatin1String("runtime")).toString());
        return std::nullopt;
    }
    spec.m_runtime = *runtime;
    spec.m_version = root.value(QLatin1String("version")).toString();
    const QJsonArray locations = root.value(QLatin1String("locations")).toArray();
    for (const QJsonValue &value : locations) {
        const QJsonObject object = value.toObject();
        Location location{object.value(QLatin1String("scope")).toString() == QLatin1String("user") ? AgentScope::User : AgentScope::Project,
                          object.value(QLatin1String("folder")).toString(), jsonStrings(object.value(QLatin1String("agents"))),
                          object.value(QLatin1String("recursive")).toBool(), object.value(QLatin1String("skipPrefix")).toString(), {}};
        for (const QString &agents : std::as_const(location.agents))
            location.markers.append(u'/' + location.folder + u'/' + agents + u'/');
        spec.m_locations.append(std::move(location));
    }
    if (root.contains(QLatin1String("block"))) {
        spec.m_block = JsPattern::compile(root.value(QLatin1String("block")).toString(), error);
        if (!spec.m_block)
            return std::nullopt;
    }
    static const QMap<QString, YamlValue::Schema> schemas = {{QStringLiteral("core"), YamlValue::Schema::Core},
                                                             {QStringLiteral("js-yaml"), YamlValue::Schema::JsYaml},
                                                             {QStringLiteral("js-yaml-3"), YamlValue::Schema::JsYaml3},
                                                             {QStringLiteral("libyaml"), YamlValue::Schema::Libyaml}};
    const QString yaml = root.value(QLatin1String("yaml")).toString();
    if (!schemas.contains(yaml)) {
        *error = QStringLiteral("yaml must be core, js-yaml, js-yaml-3 or libyaml");
        return std::nullopt;
    }
    spec.m_yaml = schemas.value(yaml);
    static const QMap<QString, UnknownKeys> policies = {{QStringLiteral("keep"), UnknownKeys::Keep},
                                                        {QStringLiteral("reject"), UnknownKeys::Reject},
                                                        {QStringLiteral("warn"), UnknownKeys::Warn},
                                                        {QStringLiteral("ignore"), UnknownKeys::Ignore}};
    const QString unknownKeys = root.value(QLatin1String("unknownKeys")).toString();
    if (!policies.contains(unknownKeys)) {
        *error = QStringLiteral("unknownKeys must be keep, reject, warn or ignore");
        return std::nullopt;
    }
    spec.m_unknownKeys = policies.value(unknownKeys);
    const QJsonObject fields = root.value(QLatin1String("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonObject object = it.value().toObject();
        Field field{it.key(),
                    object.value(QLatin1String("type")).toString(),
                    jsonStrings(object.value(QLatin1String("values"))),
                    object.value(QLatin1String("pattern")).toString(),
                    object.value(QLatin1String("patternMessage")).toString(),
                    object.value(QLatin1String("required")).toBool(),
                    object.value(QLatin1String("nullable")).toBool(),
                    object.value(QLatin1String("invalid")).toString() == QLatin1String("dropped")};
        if (field.type.isEmpty()) {
            *error = QStringLiteral("field %1 has no type").arg(field.key);
            return std::nullopt;
        }
        spec.m_fields.append(field);
    }
    spec.m_reservedNames = jsonStrings(root.value(QLatin1String("reservedNames")));
    spec.m_modelAuthTypes = jsonStrings(root.value(QLatin1String("modelAuthTypes")));
    spec.m_maxFileBytes = root.value(QLatin1String("maxFileBytes")).toVariant().toLongLong();
    const QJsonObject permission = root.value(QLatin1String("permission")).toObject();
    spec.m_permissionActions = jsonStrings(permission.value(QLatin1String("actions")));
    spec.m_rulePermissions = jsonStrings(permission.value(QLatin1String("rules")));
    spec.m_actionOnlyPermissions = jsonStrings(permission.value(QLatin1String("actionOnly")));
    const QJsonObject tools = root.value(QLatin1String("tools")).toObject();
    spec.m_tools = jsonStrings(tools.value(QLatin1String("names")));
    spec.m_toolPrefixes = jsonStrings(tools.value(QLatin1String("prefixes")));
    spec.m_toolsCaseInsensitive = tools.value(QLatin1String("caseInsensitive")).toBool();
    if (tools.contains(QLatin1String("mcp"))) {
        spec.m_mcpTool = QRegularExpression(tools.value(QLatin1String("mcp")).toString());
        if (!spec.m_mcpTool.isValid()) {
            *error = QStringLiteral("tools.mcp: %1").arg(spec.m_mcpTool.errorString());
            return std::nullopt;
        }
    }
    const QJsonObject fromClaude = tools.value(QLatin1String("fromClaude")).toObject();
    for (auto it = fromClaude.constBegin(); it != fromClaude.constEnd(); ++it)
        spec.m_fromClaude.insert(it.key(), it.value().toString());
    return spec;
}

const RuntimeSpec::Field *RuntimeSpec::field(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

bool RuntimeSpec::knowsTool(const QString &name) const
{
    const Qt::CaseSensitivity cs = m_toolsCaseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    if (m_tools.contains(name, cs))
        return true;
    for (const QString &prefix : m_toolPrefixes) {
        if (name.startsWith(prefix, cs) && name.size() > prefix.size())
            return true;
    }
    return !m_mcpTool.pattern().isEmpty() && m_mcpTool.match(name).hasMatch();
}

QString RuntimeSpec::toolFromClaude(const QString &claudeName) const
{
    return m_fromClaude.value(claudeName);
}

} // namespace Agentry
