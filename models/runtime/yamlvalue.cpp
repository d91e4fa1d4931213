// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/yamlvalue.h"

#include "runtime/bunyaml.h"
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

struct Duplicate
{
    YAML::Mark mark;
    QString key;
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
                        throw Duplicate{entry.first.Mark(), key};
                }
                value.m_entries.append({key, build(entry.second)});
            }
            break;
        }
        return value;
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
        const QJsonValue resolved = YamlScalar::resolvePlain(text);
        value.m_scalar = resolved;
        if (resolved.isNull())
            value.m_kind = YamlValue::Kind::Null;
        else if (resolved.isBool())
            value.m_kind = YamlValue::Kind::Bool;
        else if (resolved.isDouble())
            value.m_kind = YamlValue::Kind::Number;
        else if (schema != YamlValue::Schema::Core && isTimestamp(resolved.toString()))
            value.m_kind = YamlValue::Kind::Date;
        else
            value.m_kind = YamlValue::Kind::String;
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
    const QByteArray yaml = schema == Schema::JsYaml3 && text.contains('\t') ? withoutLeadingTabs(text) : text;
    // yaml-cpp reads more than the runtimes' strict parsers do (a line without a colon in a
    // mapping becomes a key); BunYaml finds those places, which js-yaml refuses as Bun does.
    if (const BunYaml::Result strict = BunYaml::parse(yaml); !strict.isParsed())
        return Error{strict.error.line, strict.error.column, strict.error.message};
    try {
        return YamlValueBuilder{schema}.build(YAML::Load(yaml.toStdString()));
    } catch (const Duplicate &duplicate) {
        return Error{duplicate.mark.line, duplicate.mark.column, QStringLiteral("duplicated mapping key \"%1\"").arg(duplicate.key)};
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
