// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/yamlvalue.h"

#include "runtime/bunyaml.h"
#include "text/flatyaml.h"
#include "text/yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>

namespace Agentry {

namespace {

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), int(s.size()));
}

bool isTimestamp(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression time(QStringLiteral(
        "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$"));
    return date.match(text).hasMatch() || time.match(text).hasMatch();
}

std::optional<double> specialFloat(const std::string &t)
{
    static const QRegularExpression inf(QStringLiteral("^([-+]?)\\.(inf|Inf|INF)$"));
    static const QRegularExpression nan(QStringLiteral("^\\.(nan|NaN|NAN)$"));
    const QString text = toQString(t);
    if (const QRegularExpressionMatch m = inf.match(text); m.hasMatch())
        return m.captured(1) == QLatin1String("-") ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (nan.match(text).hasMatch())
        return std::numeric_limits<double>::quiet_NaN();
    return std::nullopt;
}

// A key written twice in one map, where yaml-cpp marks the second (0-based line and column).
struct Duplicate
{
    int line = 0;
    int column = 0;
    QString key;

    YamlValue::Error error() const { return {line, column, QStringLiteral("duplicated mapping key \"%1\"").arg(key)}; }
};

} // namespace

struct YamlValueBuilder
{
    YamlValue::Schema schema;

    YamlValue build(const YAML::Node &node) const
    {
        YamlValue value;
        value.m_line = node.Mark().line >= 0 ? node.Mark().line : 0;
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            value.m_kind = YamlValue::Kind::Null;
            break;
        case YAML::NodeType::Scalar:
            scalar(node, value);
            break;
        case YAML::NodeType::Sequence:
            value.m_kind = YamlValue::Kind::List;
            for (const YAML::Node &item : node)
                value.m_items.append(build(item));
            break;
        case YAML::NodeType::Map:
            value.m_kind = YamlValue::Kind::Map;
            for (const auto &entry : node) {
                const QString key = entry.first.IsScalar() ? toQString(entry.first.Scalar()) : toQString(YAML::Dump(entry.first));
                for (const auto &[seen, unused] : std::as_const(value.m_entries)) {
                    if (seen == key)
                        throw Duplicate{entry.first.Mark().line, entry.first.Mark().column, key};
                }
                value.m_entries.append({key, build(entry.second)});
            }
            break;
        }
        return value;
    }

    // FlatYaml's reading of `yaml` as the map build() makes of it, lines too, or its Duplicate
    // thrown as build() throws it; nothing where the two could differ: an empty or list value in
    // a map, a list not laid out one item a line, and for the js-yaml schemas a string that reads
    // as a timestamp there.
    std::optional<YamlValue> flat(const FlatYaml::Reading &reading, const QByteArray &yaml) const
    {
        if (reading.entries.isEmpty())
            return std::nullopt;
        const QList<QByteArray> lines = yaml.split('\n');
        YamlValue map;
        map.m_kind = YamlValue::Kind::Map;
        map.m_line = reading.entries.first().line;
        for (const FlatYaml::Entry &entry : reading.entries) {
            if (map.value(entry.key))
                throw Duplicate{entry.line, 0, entry.key};
            std::optional<YamlValue> value;
            if (entry.value.isArray())
                value = flatList(entry.value.toArray(), lines, entry.line);
            else if (entry.value.isNull())
                value = flatNull(lines, entry.line);
            else if (entry.value.isObject())
                value = flatMap(entry.value.toObject(), lines, entry.line);
            else
                value = flatScalar(entry.value, entry.line);
            if (!value)
                return std::nullopt;
            map.m_entries.append({entry.key, std::move(*value)});
        }
        // libyaml gives a block scalar at the end of a text without a final line break none.
        if (schema == YamlValue::Schema::Libyaml && !yaml.endsWith('\n')) {
            YamlValue &last = map.m_entries.last().second;
            const QByteArray after = lines.value(reading.entries.last().line);
            const QByteArray indicator = after.mid(after.indexOf(':') + 1).trimmed();
            if (last.isString() && (indicator.startsWith('|') || indicator.startsWith('>')) && last.toString().endsWith(u'\n'))
                last.m_scalar = last.toString().chopped(1);
        }
        return map;
    }

    // A quoted timestamp is a string and a plain one a date, which FlatYaml does not tell apart.
    std::optional<YamlValue> flatScalar(const QJsonValue &json, int line) const
    {
        YamlValue value;
        value.m_line = line;
        value.m_scalar = json;
        value.m_kind = kindOf(json);
        if (value.m_kind == YamlValue::Kind::Date || value.m_kind == YamlValue::Kind::List || value.m_kind == YamlValue::Kind::Map)
            return std::nullopt;
        return value;
    }

    // The kind of a resolved plain scalar (a list or a map for JSON that is none).
    YamlValue::Kind kindOf(const QJsonValue &resolved) const
    {
        if (resolved.isNull())
            return YamlValue::Kind::Null;
        if (resolved.isBool())
            return YamlValue::Kind::Bool;
        if (resolved.isDouble())
            return YamlValue::Kind::Number;
        if (resolved.isArray())
            return YamlValue::Kind::List;
        if (resolved.isObject())
            return YamlValue::Kind::Map;
        const bool timestamps = schema == YamlValue::Schema::JsYaml || schema == YamlValue::Schema::JsYaml3;
        return timestamps && isTimestamp(resolved.toString()) ? YamlValue::Kind::Date : YamlValue::Kind::String;
    }

    // yaml-cpp places an empty value where the next token starts: the next line with content.
    std::optional<YamlValue> flatNull(const QList<QByteArray> &lines, int keyLine) const
    {
        const QByteArray &keyText = lines.value(keyLine);
        QByteArray after = keyText.mid(keyText.indexOf(':') + 1).trimmed();
        int line = keyLine;
        if (after.isEmpty() || after.startsWith('#')) {
            do {
                ++line;
            } while (line < lines.size() && (lines.at(line).trimmed().isEmpty() || lines.at(line).trimmed().startsWith('#')));
            if (line >= lines.size())
                return std::nullopt;
        }
        return flatScalar(QJsonValue(QJsonValue::Null), line);
    }

    // The `key: value` lines below a key (FlatYaml's map of one-line values) in their order, each
    // on its line; nothing for an empty or list value.
    std::optional<YamlValue> flatMap(const QJsonObject &values, const QList<QByteArray> &lines, int keyLine) const
    {
        YamlValue map;
        map.m_kind = YamlValue::Kind::Map;
        for (int line = keyLine + 1; line < lines.size(); ++line) {
            const QByteArray &text = lines.at(line);
            const QByteArray entry = text.trimmed();
            if (entry.isEmpty())
                continue;
            if (!text.startsWith(' '))
                break; // the next key of the top level
            const QString key = QString::fromUtf8(entry.left(entry.indexOf(':')));
            if (map.value(key))
                throw Duplicate{line, int(std::find_if(text.cbegin(), text.cend(), [](char c) { return c != ' '; }) - text.cbegin()), key};
            const QJsonValue json = values.value(key);
            if (json.isUndefined() || json.isNull() || json.isArray())
                return std::nullopt;
            std::optional<YamlValue> value = flatScalar(json, line);
            if (!value)
                return std::nullopt;
            if (map.m_entries.isEmpty())
                map.m_line = line;
            map.m_entries.append({key, std::move(*value)});
        }
        if (map.m_entries.size() != values.size())
            return std::nullopt;
        return map;
    }

    // A `[a, b]` on the key's line, or `- a` lines below it (blank and comment lines between).
    std::optional<YamlValue> flatList(const QJsonArray &items, const QList<QByteArray> &lines, int keyLine) const
    {
        YamlValue list;
        list.m_kind = YamlValue::Kind::List;
        const QByteArray &keyText = lines.value(keyLine);
        const bool flow = keyText.indexOf('[', keyText.indexOf(':')) >= 0;
        list.m_line = keyLine;
        int line = keyLine;
        for (const QJsonValue &item : items) {
            if (!flow) {
                do {
                    ++line;
                } while (line < lines.size() && (lines.at(line).trimmed().isEmpty() || lines.at(line).trimmed().startsWith('#')));
                if (line >= lines.size() || !lines.at(line).trimmed().startsWith('-'))
                    return std::nullopt;
                if (list.m_items.isEmpty())
                    list.m_line = line;
            }
            std::optional<YamlValue> value = item.isArray() || item.isObject() ? std::nullopt : flatScalar(item, line);
            if (!value)
                return std::nullopt;
            list.m_items.append(std::move(*value));
        }
        return list;
    }

    void scalar(const YAML::Node &node, YamlValue &value) const
    {
        // yaml-cpp tags plain scalars "?", quoted and block scalars "!"; an explicit tag such
        // as `!!str 5` makes a string in every runtime's library that reads these files.
        const std::string &text = node.Scalar();
        if (node.Tag() != "?") {
            value.m_kind = YamlValue::Kind::String;
            value.m_scalar = toQString(text);
            return;
        }
        if (const std::optional<double> special = specialFloat(text)) {
            value.m_kind = YamlValue::Kind::Number;
            value.m_scalar = *special;
            return;
        }
        value.m_scalar = YamlScalar::resolvePlain(text);
        value.m_kind = kindOf(value.m_scalar);
    }
};

namespace {

// js-yaml 3 counts only spaces as indentation and skips tabs: `\t- x` below `tools:` is an item.
QByteArray withoutLeadingTabs(const QByteArray &yaml)
{
    QByteArray out;
    out.reserve(yaml.size());
    bool lineStart = true;
    for (const char c : yaml) {
        if (lineStart && c == '\t')
            continue;
        lineStart = c == '\n' || (lineStart && c == ' ');
        out += c;
    }
    return out;
}

} // namespace

std::variant<YamlValue, YamlValue::Error> YamlValue::parse(const QByteArray &text, Schema schema)
{
    // Most frontmatter is `key: value` lines: read those without yaml-cpp, several times faster.
    if (schema != Schema::JsYaml3 || !text.contains('\t')) {
        if (const std::optional<FlatYaml::Reading> flat = FlatYaml::read(text)) {
            // The one error FlatYaml knows is where Bun stops, which fullParse() reports first.
            if (flat->error)
                return Error{flat->error->line, flat->error->column, flat->error->message};
            try {
                if (std::optional<YamlValue> value = YamlValueBuilder{schema}.flat(*flat, text))
                    return std::move(*value);
            } catch (const Duplicate &duplicate) {
                return duplicate.error();
            }
        }
    }
    return fullParse(text, schema);
}

std::variant<YamlValue, YamlValue::Error> YamlValue::fullParse(const QByteArray &text, Schema schema)
{
    QByteArray yaml = schema == Schema::JsYaml3 && text.contains('\t') ? withoutLeadingTabs(text) : text;
    // A lone carriage return breaks a line in every runtime's library; yaml-cpp keeps it in a value.
    char *data = yaml.data();
    for (qsizetype i = 0; i < yaml.size(); ++i) {
        if (data[i] == '\r' && (i + 1 == yaml.size() || data[i + 1] != '\n'))
            data[i] = '\n';
    }
    if (schema != Schema::Libyaml && !yaml.endsWith('\n'))
        yaml.append('\n');
    // yaml-cpp reads more than the runtimes' strict parsers do (a line without a colon in a
    // mapping becomes a key); BunYaml finds those places, which js-yaml refuses as Bun does.
    if (const BunYaml::Result strict = BunYaml::parse(yaml); !strict.isParsed())
        return Error{strict.error.line, strict.error.column, strict.error.message};
    try {
        return YamlValueBuilder{schema}.build(YAML::Load(yaml.toStdString()));
    } catch (const Duplicate &duplicate) {
        return duplicate.error();
    } catch (const YAML::Exception &e) {
        return Error{std::max(e.mark.line, 0), std::max(e.mark.column, 0), toQString(e.msg)};
    }
}

const YamlValue *YamlValue::value(const QString &key) const
{
    for (const auto &[name, value] : m_entries) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

QJsonValue YamlValue::toJson() const
{
    switch (m_kind) {
    case Kind::List: {
        QJsonArray array;
        for (const YamlValue &item : m_items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Map: {
        QJsonObject object;
        for (const auto &[key, value] : m_entries)
            object.insert(key, value.toJson());
        return object;
    }
    case Kind::Number:
        if (!std::isfinite(m_scalar.toDouble()))
            return std::isnan(m_scalar.toDouble()) ? QStringLiteral(".nan") : m_scalar.toDouble() > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
        return m_scalar;
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
    case Kind::String:
    case Kind::Date:
        return m_scalar;
    }
    return {};
}

QString YamlValue::shown() const
{
    switch (m_kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return m_scalar.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Number:
        if (std::isinf(m_scalar.toDouble()))
            return m_scalar.toDouble() > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        if (std::isnan(m_scalar.toDouble()))
            return QStringLiteral("NaN");
        return QString::number(m_scalar.toDouble(), 'g', QLocale::FloatingPointShortest);
    case Kind::Date:
        return m_scalar.toString();
    case Kind::String:
    case Kind::List:
    case Kind::Map: {
        const QJsonArray wrapped{toJson()};
        const QByteArray json = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
    return {};
}

QString YamlValue::typeName() const
{
    switch (m_kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return QStringLiteral("boolean");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::List:
        return QStringLiteral("array");
    case Kind::Map:
        return QStringLiteral("object");
    }
    return {};
}

YamlValue YamlValue::string(const QString &text, int line)
{
    YamlValue value;
    value.m_kind = Kind::String;
    value.m_scalar = text;
    value.m_line = line;
    return value;
}

YamlValue YamlValue::map(QVector<std::pair<QString, YamlValue>> entries, int line)
{
    YamlValue value;
    value.m_kind = Kind::Map;
    value.m_entries = std::move(entries);
    value.m_line = line;
    return value;
}

YamlValue YamlValue::list(QVector<YamlValue> items, int line)
{
    YamlValue value;
    value.m_kind = Kind::List;
    value.m_items = std::move(items);
    value.m_line = line;
    return value;
}

} // namespace Agentry
