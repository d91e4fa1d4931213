// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/manifestcheck.h"

#include "runtime/runtimeprofile.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Agentry {

namespace {

const QString kOptionalDependencies = QStringLiteral("optionalDependencies");

// The client's forms of a dependency: "name", "name@marketplace" (with an optional "@^range"),
// or {"name", "marketplace"}.
bool isDependency(const QJsonValue &value)
{
    static const QRegularExpression reference(QStringLiteral("^[A-Za-z0-9][-A-Za-z0-9._]*(@[A-Za-z0-9][-A-Za-z0-9._]*)?(@\\^[^@]*)?$"));
    static const QRegularExpression part(QStringLiteral("^[A-Za-z0-9][-A-Za-z0-9._]*$"));
    if (value.isString())
        return reference.match(value.toString()).hasMatch();
    const QJsonValue name = value.toObject().value(QLatin1String("name"));
    const QJsonValue marketplace = value.toObject().value(QLatin1String("marketplace"));
    return name.isString() && part.match(name.toString()).hasMatch()
        && (marketplace.isUndefined() || (marketplace.isString() && part.match(marketplace.toString()).hasMatch()));
}

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

} // namespace

ManifestCheck::ManifestCheck(const RuntimeProfile &profile)
    : m_profile(profile)
{
}

QStringList ManifestCheck::plugin(const QJsonObject &manifest) const
{
    const RuntimeProfile::PluginKeys &keys = m_profile.pluginKeys();
    return check(manifest, keys.manifest + keys.listing, {});
}

QStringList ManifestCheck::entry(const QJsonObject &entry, const QString &path) const
{
    const RuntimeProfile::PluginKeys &keys = m_profile.pluginKeys();
    return check(entry, keys.manifest + keys.entry, path);
}

QStringList ManifestCheck::check(const QJsonObject &object, const QStringList &known, const QString &path) const
{
    QStringList warnings;
    if (known.isEmpty()) // the profile records no keys: nothing to compare with
        return warnings;
    const QString version = m_profile.version();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            warnings.append(tr("%1: Claude Code %2 knows no field \"%3\" and ignores it; `claude plugin validate --strict` fails on it.")
                                .arg(joined(path, it.key()), version, it.key()));
    }
    const QJsonValue dependencies = object.value(kOptionalDependencies);
    if (dependencies.isUndefined() || !known.contains(kOptionalDependencies))
        return warnings;
    const QString where = joined(path, kOptionalDependencies);
    if (!dependencies.isArray())
        return warnings << tr("%1: must be a list of plugin names; Claude Code %2 ignores it.").arg(where, version);
    const QJsonArray items = dependencies.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!isDependency(items.at(i)))
            warnings.append(tr("%1[%2]: must be \"name\", \"name@marketplace\" or an object with a name; Claude Code %3 ignores it.")
                                .arg(where).arg(i).arg(version));
    }
    return warnings;
}

} // namespace Agentry
