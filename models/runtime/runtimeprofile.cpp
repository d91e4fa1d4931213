// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/runtimeprofile.h"

#include "runtime/dataresource.h"
#include "runtime/toolcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace Agentry {

namespace {

constexpr int supportedSchema = 1;

// Built-in profiles by version, loaded once from :/agentry/runtimes/claude-code-*.json.
const QMap<QString, RuntimeProfile> &builtins()
{
    static const QMap<QString, RuntimeProfile> profiles = [] {
        loadDataResource();
        QMap<QString, RuntimeProfile> map;
        const QStringList names = QDir(QStringLiteral(":/agentry/runtimes")).entryList({QStringLiteral("claude-code-*.json")}, QDir::Files);
        for (const QString &name : names) {
            QFile file(QStringLiteral(":/agentry/runtimes/") + name);
            QString error;
            std::optional<RuntimeProfile> profile = file.open(QIODevice::ReadOnly) ? RuntimeProfile::fromJson(file.readAll(), &error) : std::nullopt;
            if (!profile) {
                // Only a broken build gets here: the test suite loads every built-in profile.
                qWarning("Client profile %s: %s", qUtf8Printable(name), qUtf8Printable(error));
                continue;
            }
            map.insert(profile->version(), std::move(*profile));
        }
        return map;
    }();
    return profiles;
}

} // namespace

const RuntimeProfile *RuntimeProfile::find(const QString &version)
{
    const auto &profiles = builtins();
    const auto it = profiles.constFind(version);
    return it == profiles.cend() ? nullptr : &*it;
}

const RuntimeProfile &RuntimeProfile::latest()
{
    static const RuntimeProfile empty = [] {
        RuntimeProfile profile;
        profile.m_block = JsPattern::compile(QStringLiteral("^---\\s*\\n([\\s\\S]*?)---\\s*\\n?"), nullptr);
        return profile;
    }();
    static const RuntimeProfile *const newest = versions().isEmpty() ? &empty : find(versions().last());
    return *newest;
}

QStringList RuntimeProfile::versions()
{
    // The built-in profiles never change: sorted once.
    static const QStringList sorted = [] {
        QStringList all = builtins().keys();
        std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return compareVersions(a, b) < 0; });
        return all;
    }();
    return sorted;
}

int RuntimeProfile::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const int x = left.value(i).toInt();
        const int y = right.value(i).toInt();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

std::optional<RuntimeProfile> RuntimeProfile::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<RuntimeProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("Not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toInt(-1) != supportedSchema)
        return fail(tr("The client profile has schema %1; this build reads schema %2.")
                        .arg(root.value(QLatin1String("schema")).toInt(-1))
                        .arg(supportedSchema));

    RuntimeProfile profile;
    profile.m_version = root.value(QLatin1String("client")).toString();
    if (profile.m_version.isEmpty())
        return fail(tr("The client profile does not say which client version it describes (\"client\")."));

    const QJsonObject frontmatter = root.value(QLatin1String("frontmatter")).toObject();
    profile.m_dropBom = frontmatter.value(QLatin1String("dropBom")).toBool(true);
    QString patternError;
    profile.m_block = JsPattern::compile(frontmatter.value(QLatin1String("block")).toString(), &patternError);
    if (!profile.m_block)
        return fail(tr("\"frontmatter.block\": %1").arg(patternError));
    if (profile.m_block->match(QStringLiteral("---\nx\n---\n")).lastCapturedIndex() < 1)
        return fail(tr("\"frontmatter.block\" must capture the YAML text as group 1."));
    const QJsonValue retry = frontmatter.value(QLatin1String("retry"));
    if (retry.isObject()) {
        const QJsonObject object = retry.toObject();
        std::optional<JsPattern> line = JsPattern::compile(object.value(QLatin1String("line")).toString(), &patternError);
        if (!line)
            return fail(tr("\"frontmatter.retry.line\": %1").arg(patternError));
        std::optional<JsPattern> indicators = JsPattern::compile(object.value(QLatin1String("indicators")).toString(), &patternError);
        if (!indicators)
            return fail(tr("\"frontmatter.retry.indicators\": %1").arg(patternError));
        profile.m_retry = Retry{std::move(*line), std::move(*indicators), object.value(QLatin1String("tabIndent")).toInt(2)};
    } else if (!retry.isNull() && !retry.isUndefined()) {
        return fail(tr("\"frontmatter.retry\" must be an object or null."));
    }

    const QJsonObject load = root.value(QLatin1String("load")).toObject();
    profile.m_load.nameMaxLength = load.value(QLatin1String("nameMaxLength")).toInt();
    profile.m_load.nameForbiddenStart = load.value(QLatin1String("nameForbiddenStart")).toString();
    profile.m_load.nameForbiddenNfkc = jsonStrings(load.value(QLatin1String("nameForbiddenNfkc")));
    profile.m_load.descriptionRequired = load.value(QLatin1String("descriptionRequired")).toBool(true);
    profile.m_load.topLevelHookGuards = jsonStrings(load.value(QLatin1String("topLevelHookGuards")));
    profile.m_load.hooksSchemaGuard = load.value(QLatin1String("hooksSchemaGuard")).toBool();
    profile.m_load.maxFileBytes = qint64(load.value(QLatin1String("maxFileBytes")).toDouble());
    profile.m_load.pluginIgnores = jsonStrings(load.value(QLatin1String("pluginIgnores")));
    profile.m_load.pluginIsolation = jsonStrings(load.value(QLatin1String("pluginIsolation")));

    const QJsonObject fields = root.value(QLatin1String("fields")).toObject();
    profile.m_fields.keys = jsonStrings(fields.value(QLatin1String("keys")));
    profile.m_fields.models = jsonStrings(fields.value(QLatin1String("models")));
    profile.m_fields.colors = jsonStrings(fields.value(QLatin1String("colors")));
    profile.m_fields.efforts = jsonStrings(fields.value(QLatin1String("efforts")));
    profile.m_fields.permissionModes = jsonStrings(fields.value(QLatin1String("permissionModes")));
    profile.m_fields.memory = jsonStrings(fields.value(QLatin1String("memory")));
    profile.m_fields.isolation = jsonStrings(fields.value(QLatin1String("isolation")));
    profile.m_fields.hookEvents = jsonStrings(fields.value(QLatin1String("hookEvents")));
    profile.m_fields.autoCompactWindowMin = fields.value(QLatin1String("autoCompactWindowMin")).toInt();
    if (!profile.m_fields.keys.contains(QLatin1String("name")) || !profile.m_fields.keys.contains(QLatin1String("description")))
        return fail(tr("\"fields.keys\" must list at least name and description."));

    const QJsonObject plugin = root.value(QLatin1String("plugin")).toObject();
    profile.m_pluginKeys.manifest = jsonStrings(plugin.value(QLatin1String("manifestKeys")));
    profile.m_pluginKeys.listing = jsonStrings(plugin.value(QLatin1String("listingKeys")));
    profile.m_pluginKeys.entry = jsonStrings(plugin.value(QLatin1String("entryKeys")));

    profile.m_refuseZeroTools = root.value(QLatin1String("tools")).toObject().value(QLatin1String("refuseZeroTools")).toBool();
    return profile;
}

RuntimeProfile::ToolAvailability RuntimeProfile::availability(const ToolInfo &tool) const
{
    if (!tool.since.isEmpty() && compareVersions(m_version, tool.since) < 0)
        return ToolAvailability::NotYet;
    if (!tool.removedIn.isEmpty())
        return compareVersions(m_version, tool.removedIn) < 0 ? ToolAvailability::Available : ToolAvailability::Removed;
    // Legacy without a version: already gone in the oldest client checked.
    return tool.legacy ? ToolAvailability::Removed : ToolAvailability::Available;
}

const RuntimeProfile &RuntimeProfile::findOrLatest(const QString &version)
{
    const RuntimeProfile *found = version.isEmpty() ? nullptr : find(version);
    return found ? *found : latest();
}

} // namespace Agentry
