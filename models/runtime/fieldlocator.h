// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Agentry {

// Where each top-level `key:` line of the client's frontmatter block stands in the file, found
// by lines, so that rules can point at a key whether the YAML parses or not.
class FieldLocator
{
public:
    struct Field
    {
        QString key;
        qsizetype lineStart = 0;  // first byte of the key's line
        qsizetype keyEnd = 0;     // after the key's text
        qsizetype valueStart = 0; // first byte of the value on the key's line (its line end when none)
        qsizetype valueEnd = 0;   // end of the key line's text, before trailing blanks and the line ending
        qsizetype end = 0;        // start of the next key's line, or the end of the block
        int line = 0;             // 0-based
    };

    FieldLocator(const QByteArray &bytes, const AgentReading &reading);

    const QVector<Field> &fields() const { return m_fields; }
    // The occurrence the client reads (the last), or null.
    const Field *find(const QString &key) const;
    QVector<const Field *> all(const QString &key) const;

private:
    QVector<Field> m_fields;
};

} // namespace Agentry
