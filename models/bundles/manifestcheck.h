// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Agentry {

class RuntimeProfile;

// What one client's `claude plugin validate` warns about in the keys of a plugin.json or of a
// marketplace entry: fields that client does not know (`--strict` fails on them) and an
// `optionalDependencies` that is not a list of plugin names. The keys are the profile's data,
// so a field one release adds is unknown to the release before it.
class ManifestCheck
{
    Q_DECLARE_TR_FUNCTIONS(ManifestCheck)

public:
    explicit ManifestCheck(const RuntimeProfile &profile);

    // Each warning as "path: message", the path as the client prints it: "optionalDependencies[0]".
    QStringList plugin(const QJsonObject &manifest) const;
    // The same for the entry at `path` ("plugins[0]") of a marketplace.json.
    QStringList entry(const QJsonObject &entry, const QString &path) const;

private:
    QStringList check(const QJsonObject &object, const QStringList &known, const QString &path) const;

    const RuntimeProfile &m_profile;
};

} // namespace Agentry
