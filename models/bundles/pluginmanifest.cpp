// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/pluginmanifest.h"

#include "text/jsontext.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Agentry {

namespace {

QJsonObject personJson(const PluginPerson &person)
{
    QJsonObject object;
    if (!person.name.isEmpty())
        object.insert(QStringLiteral("name"), person.name);
    if (!person.email.isEmpty())
        object.insert(QStringLiteral("email"), person.email);
    if (!person.url.isEmpty())
        object.insert(QStringLiteral("url"), person.url);
    return object;
}

// plugin.json may name the author as an object or, like package.json, as one string.
PluginPerson personFromJson(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString(), {}, {}};
    const QJsonObject object = value.toObject();
    return {object.value(QLatin1String("name")).toString(), object.value(QLatin1String("email")).toString(),
            object.value(QLatin1String("url")).toString()};
}

// The client's own pattern for plugin and marketplace names.
const QRegularExpression &kebabCase()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern;
}

// semver.org's pattern: MAJOR.MINOR.PATCH, an optional pre-release and build metadata.
const QRegularExpression &semver()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"));
    return pattern;
}

} // namespace

QJsonObject PluginManifest::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name}};
    const auto insert = [&object](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    insert(QStringLiteral("version"), version);
    insert(QStringLiteral("description"), description);
    if (!author.isEmpty())
        object.insert(QStringLiteral("author"), personJson(author));
    insert(QStringLiteral("homepage"), homepage);
    insert(QStringLiteral("repository"), repository);
    insert(QStringLiteral("license"), license);
    if (!keywords.isEmpty())
        object.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(keywords));
    insert(QStringLiteral("icon"), icon);
    return object;
}

QByteArray PluginManifest::toJsonText() const
{
    const QByteArray indent = "  ";
    QVector<std::pair<QString, QByteArray>> members{{QStringLiteral("name"), JsonText::quoted(name)}};
    const auto add = [&members](const QString &key, const QString &value) {
        if (!value.isEmpty())
            members.append({key, JsonText::quoted(value)});
    };
    add(QStringLiteral("version"), version);
    add(QStringLiteral("description"), description);
    if (!author.isEmpty()) {
        QVector<std::pair<QString, QByteArray>> person;
        if (!author.name.isEmpty())
            person.append({QStringLiteral("name"), JsonText::quoted(author.name)});
        if (!author.email.isEmpty())
            person.append({QStringLiteral("email"), JsonText::quoted(author.email)});
        if (!author.url.isEmpty())
            person.append({QStringLiteral("url"), JsonText::quoted(author.url)});
        members.append({QStringLiteral("author"), JsonText::object(person, indent, 1)});
    }
    add(QStringLiteral("homepage"), homepage);
    add(QStringLiteral("repository"), repository);
    add(QStringLiteral("license"), license);
    if (!keywords.isEmpty())
        members.append({QStringLiteral("keywords"), JsonText::stringList(keywords)});
    add(QStringLiteral("icon"), icon);
    return JsonText::object(members, indent, 0) + '\n';
}

PluginManifest PluginManifest::fromJson(const QJsonObject &object)
{
    PluginManifest manifest;
    manifest.name = object.value(QLatin1String("name")).toString();
    manifest.version = object.value(QLatin1String("version")).toString();
    manifest.description = object.value(QLatin1String("description")).toString();
    manifest.author = personFromJson(object.value(QLatin1String("author")));
    manifest.homepage = object.value(QLatin1String("homepage")).toString();
    // `repository` is a URL string in the client's schema; package.json's {url} form is read too.
    const QJsonValue repository = object.value(QLatin1String("repository"));
    manifest.repository = repository.isObject() ? repository.toObject().value(QLatin1String("url")).toString() : repository.toString();
    manifest.license = object.value(QLatin1String("license")).toString();
    manifest.icon = object.value(QLatin1String("icon")).toString();
    const QJsonArray keywords = object.value(QLatin1String("keywords")).toArray();
    for (const QJsonValue &keyword : keywords) {
        if (keyword.isString())
            manifest.keywords.append(keyword.toString());
    }
    return manifest;
}

QString PluginManifest::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("A plugin needs a name.");
    if (name.contains(u' '))
        return tr("A plugin name cannot contain spaces. Use kebab-case (e.g. \"my-plugin\").");
    if (!kebabCase().match(name).hasMatch())
        return tr("Use lowercase letters, digits and single hyphens between them (kebab-case, e.g. \"my-plugin\"); "
                  "the Claude.ai marketplace sync requires it.");
    return {};
}

QString PluginManifest::versionProblem(const QString &version)
{
    if (version.isEmpty() || semver().match(version).hasMatch())
        return {};
    return tr("\"%1\" is not a semantic version: use MAJOR.MINOR.PATCH, e.g. 1.0.0.").arg(version);
}

QString PluginManifest::nextVersion(const QString &version)
{
    const QRegularExpressionMatch match = semver().match(version);
    if (!match.hasMatch())
        return QStringLiteral("0.1.0");
    // A pre-release comes before its release: 1.2.3-beta → 1.2.3.
    if (!match.captured(4).isEmpty())
        return QStringLiteral("%1.%2.%3").arg(match.captured(1), match.captured(2), match.captured(3));
    return QStringLiteral("%1.%2.%3").arg(match.captured(1), match.captured(2)).arg(match.captured(3).toLongLong() + 1);
}

const QStringList &PluginManifest::spdxLicenses()
{
    static const QStringList licenses{
        QStringLiteral("MIT"),          QStringLiteral("Apache-2.0"),       QStringLiteral("BSD-3-Clause"),
        QStringLiteral("BSD-2-Clause"), QStringLiteral("ISC"),              QStringLiteral("MPL-2.0"),
        QStringLiteral("GPL-3.0-only"), QStringLiteral("GPL-3.0-or-later"), QStringLiteral("GPL-2.0-only"),
        QStringLiteral("GPL-2.0-or-later"), QStringLiteral("LGPL-3.0-only"), QStringLiteral("LGPL-3.0-or-later"),
        QStringLiteral("LGPL-2.1-only"), QStringLiteral("LGPL-2.1-or-later"), QStringLiteral("AGPL-3.0-only"),
        QStringLiteral("AGPL-3.0-or-later"), QStringLiteral("EPL-2.0"),     QStringLiteral("BSL-1.0"),
        QStringLiteral("0BSD"),         QStringLiteral("Unlicense"),        QStringLiteral("CC0-1.0"),
        QStringLiteral("CC-BY-4.0"),    QStringLiteral("CC-BY-SA-4.0"),     QStringLiteral("Zlib"),
    };
    return licenses;
}

} // namespace Agentry
