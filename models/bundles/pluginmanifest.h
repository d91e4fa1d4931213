// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Agentry {

// A person as plugin.json and marketplace.json name them.
struct PluginPerson
{
    QString name;
    QString email;
    QString url;

    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && url.isEmpty(); }
};

// The contents of `.claude-plugin/plugin.json` that Agentry writes and reads.
struct PluginManifest
{
    Q_DECLARE_TR_FUNCTIONS(PluginManifest)

public:
    QString name; // kebab-case, required
    QString version; // semver
    QString description;
    PluginPerson author;
    QString homepage;
    QString repository;
    QString license; // an SPDX identifier
    QStringList keywords;
    QString icon; // the listing icon's path in the plugin: "assets/icon.png"

    // Empty values left out. QJsonObject sorts its keys: write files with toJsonText().
    QJsonObject toJson() const;
    // plugin.json's text: keys in the client's documented order, two-space indent, final newline.
    QByteArray toJsonText() const;
    static PluginManifest fromJson(const QJsonObject &object);

    // Why `name` is not a valid plugin name (translated), or empty.
    static QString nameProblem(const QString &name);
    // Why `version` is not semver, or empty.
    static QString versionProblem(const QString &version);
    // The next patch version: 1.2.3 → 1.2.4; "0.1.0" for an empty or invalid one.
    static QString nextVersion(const QString &version);
    // Common SPDX identifiers for the license field, the usual ones first.
    static const QStringList &spdxLicenses();
};

} // namespace Agentry
