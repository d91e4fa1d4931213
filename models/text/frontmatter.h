// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/frontmatterblock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include <optional>

namespace Agentry {

// How a value is written in the file; edits keep it.
enum class ValueStyle {
    Empty,        // `key:` with nothing after it
    Plain,        // key: text
    SingleQuoted, // key: 'text'
    DoubleQuoted, // key: "text"
    Literal,      // key: |
    Folded,       // key: >
    FlowSequence, // key: [a, b]
    FlowMap,      // key: {a: 1}
    BlockSequence, // key:\n  - a
    BlockMap,     // key:\n  a: 1
    Other,        // anchors, tags, aliases: rewritten plainly on edit
};

// A YAML error in file coordinates (1-based line and column).
struct YamlError
{
    int line = 0;
    int column = 0;
    QString message;
};

// One top-level key of the frontmatter with the bytes it occupies in the file.
struct FrontmatterField
{
    QString key;
    QJsonValue value;             // YAML 1.2 core schema, as JSON
    ValueStyle style = ValueStyle::Empty;
    qsizetype start = 0;          // first byte of the key's line
    qsizetype valueStart = 0;     // first byte after `key:`
    qsizetype valueEnd = 0;       // end of the value's text, before a trailing comment and the line ending
    qsizetype end = 0;            // one past the line ending of the value's last line
    int line = 0;                 // 0-based line of the key
    int lastLine = 0;             // 0-based line of the value's last line
    int itemIndent = -1;          // column of `- ` or nested keys, or of block scalar text; -1 when unknown
};

// The parsed frontmatter of a file: fields in file order with their spans, or the error.
class Frontmatter
{
public:
    static Frontmatter parse(const QByteArray &bytes, const FrontmatterBlock &block);
    // The same without FlatYaml's shortcut for the common shape: always yaml-cpp. parse() must
    // always agree with it; tst_flatyaml holds them to that.
    static Frontmatter fullParse(const QByteArray &bytes, const FrontmatterBlock &block);

    bool isParsed() const { return !m_error.has_value(); }
    // True when the fields can be edited line by line: parsed and a block mapping (or empty).
    bool isEditable() const { return isParsed() && m_blockMapping; }
    const std::optional<YamlError> &error() const { return m_error; }
    const QVector<FrontmatterField> &fields() const { return m_fields; }
    // The field YAML readers see for `key` (the last one when a key is repeated), or null.
    const FrontmatterField *field(const QString &key) const;
    int keyIndent() const { return m_keyIndent; }
    QJsonObject toJson() const;

private:
    QVector<FrontmatterField> m_fields;
    std::optional<YamlError> m_error;
    bool m_blockMapping = false;
    int m_keyIndent = 0;
};

} // namespace Agentry
