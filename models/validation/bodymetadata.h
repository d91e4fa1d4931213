// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Agentry {

// Agent metadata written in a file's Markdown body instead of a frontmatter (`# Agent: …`,
// `**Agent ID:** …`, a first paragraph), as files from other tools and hand-made ones do.
struct BodyMetadata
{
    QString name;        // as the client wants it: lowercase letters, digits and hyphens
    QString description; // one paragraph, on one line

    // What the body says, or nothing when it names no description. `fileName` gives the
    // name when the body has none.
    static std::optional<BodyMetadata> find(const QByteArray &bytes, const QString &fileName);

    // A frontmatter block for these fields, lines ended by `eol`.
    QByteArray frontmatter(const QByteArray &eol) const;
};

} // namespace Agentry
