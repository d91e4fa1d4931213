// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace Agentry {

// What a setting of one runtime is called in another (resources/conversion.json): model
// families, Claude Code's colours as OpenCode's hex values, permission modes.
class ConversionTable
{
public:
    static const ConversionTable &builtin();
    static std::optional<ConversionTable> fromJson(const QByteArray &json, QString *error);

    // The family a runtime's model value names (`sonnet` for `anthropic/claude-sonnet-4-5`), or empty.
    QString modelFamily(Runtime runtime, const QString &model) const;
    // The model id `runtime` is given for `family`; empty when it cannot name it.
    QString modelFor(const QString &family, Runtime runtime) const;
    // A Claude Code colour name as OpenCode's hex value, and back; empty when not in the table.
    QString hexOf(const QString &color) const;
    QString colorOfHex(const QString &hex) const;
    // A permission mode written the way `to` writes it (Claude Code's `permissionMode`, Qwen
    // Code's `approvalMode`); empty when `to` has no such mode.
    QString permissionMode(const QString &mode, Runtime from, Runtime to) const;

private:
    QHash<QString, QHash<Runtime, QString>> m_models; // family → runtime → id
    QHash<QString, QString> m_hex;                    // color name → #RRGGBB
    QVector<QHash<Runtime, QString>> m_permissionModes;
};

} // namespace Agentry
