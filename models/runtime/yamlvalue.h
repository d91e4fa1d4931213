// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QString>
#include <QVector>

#include <utility>
#include <variant>

namespace Agentry {

// A YAML document as one runtime's YAML library types it, keeping what a schema check needs
// and JSON loses: dates, key order, repeated keys and the line of every value.
class YamlValue
{
public:
    enum class Kind { Null, Bool, Number, String, Date, List, Map };
    // Which plain scalars are more than strings: the YAML 1.2 core schema, or js-yaml's
    // default schema, which adds timestamps (`2024-01-01` is a date). js-yaml 3 also skips
    // tabs before a line's first character without counting them as indentation. The
    // JavaScript libraries (Core: eemeli/yaml) end a clipped block scalar at the end of the
    // text with a line break it does not have; libyaml (serde_yaml: core types) does not.
    enum class Schema { Core, JsYaml, JsYaml3, Libyaml };

    struct Error
    {
        int line = 0; // 0-based, in the YAML text
        int column = 0;
        QString message;
    };

    // What Bun's parser refuses is an error (the runtimes' parsers are as strict), and so is
    // a repeated key in a mapping, as in every other runtime's library.
    // Flat `key: value` frontmatter is read by FlatYaml, the rest by fullParse(); both give the
    // same values and lines (tests/yamlagreement.h).
    static std::variant<YamlValue, Error> parse(const QByteArray &yaml, Schema schema);
    // yaml-cpp's reading, corrected to what the runtimes' strict parsers do.
    static std::variant<YamlValue, Error> fullParse(const QByteArray &yaml, Schema schema);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isString() const { return m_kind == Kind::String; }
    bool isMap() const { return m_kind == Kind::Map; }
    bool isList() const { return m_kind == Kind::List; }
    bool isNumber() const { return m_kind == Kind::Number; }
    QString toString() const { return m_scalar.toString(); }
    double toDouble() const { return m_scalar.toDouble(); }
    bool toBool() const { return m_scalar.toBool(); }
    int line() const { return m_line; }
    const QVector<YamlValue> &items() const { return m_items; }
    const QVector<std::pair<QString, YamlValue>> &entries() const { return m_entries; }
    const YamlValue *value(const QString &key) const;

    // Dates become their text; an infinite or NaN number its YAML text.
    QJsonValue toJson() const;
    // The value as JavaScript's JSON.stringify writes it in a message: "banana", 5, ["read"].
    QString shown() const;
    // string, number, boolean, null, date, array, object.
    QString typeName() const;

    static YamlValue string(const QString &text, int line = 0);
    static YamlValue map(QVector<std::pair<QString, YamlValue>> entries, int line = 0);
    static YamlValue list(QVector<YamlValue> items, int line = 0);

private:
    friend struct YamlValueBuilder;

    Kind m_kind = Kind::Null;
    QJsonValue m_scalar;
    QVector<YamlValue> m_items;
    QVector<std::pair<QString, YamlValue>> m_entries;
    int m_line = 0;
};

} // namespace Agentry
