// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include <optional>

namespace Agentry {

// A fast reader for the shape nearly every agent frontmatter has: `key: value` lines at
// column 0, each value a one-line plain or quoted scalar, a one-line [list], a `|` or `>`
// block text, or a `- item` list (a comment in place of a value leaves it empty). It answers
// only when it is sure to read exactly what the full readers read — yaml-cpp as Agentry's own
// parse (Frontmatter) and BunYaml, yaml-cpp with Bun's corrections — and returns nothing for
// anything else, which then goes to them.
// tst_flatyaml compares them on every corpus file, the fixtures and generated variants.
namespace FlatYaml {

// One top-level `key: value`, in file order; a key written twice gives two entries.
struct Entry
{
    QString key;
    QJsonValue value; // YAML 1.2 core schema, as JSON
    int line = 0;     // 0-based line of the key in the text read
};

// Where yaml-cpp stops reading, as it reports it.
struct Error
{
    int line = 0;   // 0-based, in the text read
    int column = 0; // 0-based, in bytes
    QString message;
};

// What FlatYaml is sure of: every entry, or the error yaml-cpp stops at (the entries before it
// kept). It knows one error: a plain value holding `: ` on a key's line, the most common
// mistake in agent files ("illegal map value", at that colon).
struct Reading
{
    QVector<Entry> entries;
    std::optional<Error> error;
};

std::optional<Reading> read(const QByteArray &utf8);

} // namespace FlatYaml

} // namespace Agentry
