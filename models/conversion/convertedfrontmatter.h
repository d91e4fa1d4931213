// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Agentry {

// The frontmatter of a converted agent, written so that every runtime's YAML parser (YAML 1.1
// and 1.2, js-yaml, eemeli/yaml, serde_yaml) reads each value back as the same thing.
class ConvertedFrontmatter
{
public:
    void setScalar(const QString &key, const QString &text);
    void setNumber(const QString &key, double number);
    // `[a, b]` on the key's line.
    void setFlowList(const QString &key, const QStringList &items);
    // `a, b` on the key's line (Claude Code's own style of `tools`).
    void setCommaList(const QString &key, const QStringList &items);
    // A block of lines under the key, each indented by two spaces more than the line before it says.
    void setBlock(const QString &key, const QStringList &lines);

    bool contains(const QString &key) const;
    // `---`, the keys in the order set, `---`, each line ended by `eol`.
    QByteArray render(const QByteArray &eol) const;

    // `text` as a scalar of that kind: plain only where no YAML version reads it as anything
    // but the same string, else quoted.
    // In a flow list (`inFlow`), `,[]{}` need quotes too.
    static QString scalar(const QString &text, bool inFlow = false);

private:
    struct Entry
    {
        QString key;
        QString value;      // on the key's line
        QStringList lines;  // below it
    };
    void set(Entry entry);

    QVector<Entry> m_entries;
};

} // namespace Agentry
