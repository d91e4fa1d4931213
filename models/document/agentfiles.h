// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Agentry {

// File-level operations on agent files: names, new files from a template, copies,
// renames and deletion to the trash. Every write is atomic; nothing is overwritten.
class AgentFiles
{
    Q_DECLARE_TR_FUNCTIONS(AgentFiles)

public:
    // `name` as Claude Code expects it: lowercase letters, digits and hyphens.
    static QString slug(const QString &name);
    // `<folder>/<base>.md`, or `<base>-2.md`, `<base>-3.md`, … when taken.
    static QString freePath(const QString &folder, const QString &base);

    // The template with `name` and `description` filled in, as the bytes of a new file.
    static QByteArray fromTemplate(const QByteArray &templ, const QString &name, const QString &description);

    // Writes `bytes` to `path`, which must not exist yet; returns an error message or empty.
    static QString create(const QString &path, const QByteArray &bytes);
    // Moves `from` to `to`, which must not exist yet; returns an error message or empty.
    static QString rename(const QString &from, const QString &to);
    // Moves `path` to the trash; returns an error message or empty.
    static QString moveToTrash(const QString &path);
};

} // namespace Agentry
