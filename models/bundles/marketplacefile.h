// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/pluginmanifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Agentry {

// One plugin's entry in a marketplace.json.
struct MarketplaceEntry
{
    QString name;
    QString source; // relative to the marketplace folder: "./plugins/my-plugin"
    QString description;
    QString version;
};

// Creates `.claude-plugin/marketplace.json`, or adds or updates one plugin's entry in it with
// a minimal text edit: changed values are replaced where they stand and a new entry is
// appended in the file's own indentation and line endings, so other entries, key order and
// formatting stay as the people who keep the file by hand wrote them.
class MarketplaceFile
{
    Q_DECLARE_TR_FUNCTIONS(MarketplaceFile)

public:
    // A new marketplace.json holding `entry`; an empty `description` or `owner` is left out.
    static QByteArray create(const QString &name, const QString &description, const PluginPerson &owner, const MarketplaceEntry &entry);
    // `text` with `entry` added, or the entry of that name updated (empty values in `entry` leave
    // the file's alone). Nothing, with `error` set, when `text` is not a marketplace.json.
    static std::optional<QByteArray> update(const QByteArray &text, const MarketplaceEntry &entry, QString *error);
};

} // namespace Agentry
