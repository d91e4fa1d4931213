// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/bunyaml.h"
#include "runtime/yamlvalue.h"
#include "text/agenttext.h"
#include "text/flatyaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <tuple>
#include <variant>

namespace Agentry {

// Shared by tst_flatyaml and the FlatYaml fuzz target: FlatYaml answers only where it reads
// exactly what the full readers read, so both readers that take its answer agree with their
// yaml-cpp selves: BunYaml::parse with fullParse (the runtime's values and errors),
// YamlValue::parse with fullParse (the other runtimes' values, with their lines) and
// Frontmatter::parse with fullParse (Agentry's own fields, with their spans, styles and lines);
// and whatever FlatYaml answers on its own is what yaml-cpp reads.
struct YamlAgreement
{
    // Empty when they agree on `yaml`, else what differs: the YAML text alone, and the same
    // text as a file's frontmatter.
    static QString disagreement(const QByteArray &yaml)
    {
        if (const QString fields = fieldDisagreement(yaml); !fields.isEmpty())
            return fields;
        if (const QString values = valueDisagreement(yaml); !values.isEmpty())
            return values;
        const BunYaml::Result full = BunYaml::fullParse(yaml);
        const BunYaml::Result parsed = BunYaml::parse(yaml);
        if (full.isParsed() != parsed.isParsed() || (full.isParsed() && !same(*full.value, *parsed.value))
            || (!full.isParsed()
                && (full.error.line != parsed.error.line || full.error.column != parsed.error.column || full.error.message != parsed.error.message)))
            return QStringLiteral("parse: %1, fullParse: %2").arg(shown(parsed), shown(full));
        // What FlatYaml is sure of is what yaml-cpp reads, whether BunYaml took it or not.
        if (const std::optional<FlatYaml::Reading> flat = FlatYaml::read(yaml)) {
            if (flat->error) {
                if (full.isParsed() || full.error.line != flat->error->line || full.error.column != flat->error->column)
                    return QStringLiteral("FlatYaml found an error, fullParse: %1").arg(shown(full));
            } else {
                QJsonObject object;
                for (const FlatYaml::Entry &entry : flat->entries)
                    object.insert(entry.key, entry.value);
                if (!full.isParsed() || !same(QJsonValue(object), *full.value))
                    return QStringLiteral("FlatYaml read a value, fullParse: %1").arg(shown(full));
            }
        }
        return {};
    }

private:
    // Equal JSON values, NaN equal to NaN (`.nan` reads as NaN, which == never matches).
    static bool same(const QJsonValue &a, const QJsonValue &b)
    {
        if (a.isDouble() && b.isDouble() && std::isnan(a.toDouble()) && std::isnan(b.toDouble()))
            return true;
        if (a.isArray() && b.isArray()) {
            const QJsonArray x = a.toArray(), y = b.toArray();
            if (x.size() != y.size())
                return false;
            for (qsizetype i = 0; i < x.size(); ++i) {
                if (!same(x.at(i), y.at(i)))
                    return false;
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            const QJsonObject x = a.toObject(), y = b.toObject();
            if (x.keys() != y.keys())
                return false;
            for (auto it = x.begin(); it != x.end(); ++it) {
                if (!same(it.value(), y.value(it.key())))
                    return false;
            }
            return true;
        }
        return a == b;
    }

    // YamlValue::parse (the other runtimes' readers) against fullParse, in each schema.
    static QString valueDisagreement(const QByteArray &yaml)
    {
        for (const YamlValue::Schema schema : {YamlValue::Schema::Core, YamlValue::Schema::JsYaml, YamlValue::Schema::JsYaml3, YamlValue::Schema::Libyaml}) {
            const std::variant<YamlValue, YamlValue::Error> fast = YamlValue::parse(yaml, schema);
            const std::variant<YamlValue, YamlValue::Error> full = YamlValue::fullParse(yaml, schema);
            const auto *a = std::get_if<YamlValue>(&fast);
            const auto *b = std::get_if<YamlValue>(&full);
            if (bool(a) != bool(b) || (a && !same(*a, *b)))
                return QStringLiteral("YamlValue::parse differs from fullParse in schema %1: %2, fullParse %3")
                    .arg(int(schema))
                    .arg(a ? shown(*a) : QStringLiteral("error"), b ? shown(*b) : QStringLiteral("error"));
            if (!a) {
                const auto &x = std::get<YamlValue::Error>(fast);
                const auto &y = std::get<YamlValue::Error>(full);
                if (std::tie(x.line, x.column, x.message) != std::tie(y.line, y.column, y.message))
                    return QStringLiteral("YamlValue errors differ in schema %1: %2, fullParse %3").arg(int(schema)).arg(x.message, y.message);
            }
        }
        return {};
    }

    static bool same(const YamlValue &a, const YamlValue &b)
    {
        if (a.kind() != b.kind() || a.line() != b.line() || !same(a.toJson(), b.toJson()) || a.items().size() != b.items().size()
            || a.entries().size() != b.entries().size())
            return false;
        for (qsizetype i = 0; i < a.items().size(); ++i) {
            if (!same(a.items().at(i), b.items().at(i)))
                return false;
        }
        for (qsizetype i = 0; i < a.entries().size(); ++i) {
            if (a.entries().at(i).first != b.entries().at(i).first || !same(a.entries().at(i).second, b.entries().at(i).second))
                return false;
        }
        return true;
    }

    static QString fieldDisagreement(const QByteArray &yaml)
    {
        const QByteArray bytes = "---\n" + yaml + (yaml.endsWith('\n') ? "" : "\n") + "---\nBody.\n";
        const AgentText text = AgentText::fromBytes(bytes); // parse(), with the fast path
        const Frontmatter full = Frontmatter::fullParse(bytes, text.block);
        const Frontmatter &fast = text.frontmatter;
        if (fast.isParsed() != full.isParsed() || fast.isEditable() != full.isEditable() || fast.keyIndent() != full.keyIndent())
            return QStringLiteral("parsed/editable/indent differ");
        if (!full.isParsed())
            return fast.error()->line == full.error()->line && fast.error()->column == full.error()->column
                    && fast.error()->message == full.error()->message
                ? QString()
                : QStringLiteral("errors differ: %1:%2 %3, fullParse %4:%5 %6")
                      .arg(fast.error()->line).arg(fast.error()->column).arg(fast.error()->message)
                      .arg(full.error()->line).arg(full.error()->column).arg(full.error()->message);
        if (fast.fields().size() != full.fields().size())
            return QStringLiteral("%1 fields, fullParse %2").arg(fast.fields().size()).arg(full.fields().size());
        for (int i = 0; i < full.fields().size(); ++i) {
            const FrontmatterField &a = fast.fields().at(i);
            const FrontmatterField &b = full.fields().at(i);
            if (std::tie(a.key, a.style, a.start, a.valueStart, a.valueEnd, a.end, a.line, a.lastLine, a.itemIndent)
                    != std::tie(b.key, b.style, b.start, b.valueStart, b.valueEnd, b.end, b.line, b.lastLine, b.itemIndent)
                || a.value != b.value)
                return QStringLiteral("field %1 (%2) differs").arg(i).arg(b.key);
        }
        return {};
    }

    // The value with the line of each part: {"key@3": "value@3"}.
    static QString shown(const YamlValue &value)
    {
        QString text;
        switch (value.kind()) {
        case YamlValue::Kind::List:
            for (const YamlValue &item : value.items())
                text += shown(item) + u',';
            return QStringLiteral("[%1]@%2").arg(text).arg(value.line());
        case YamlValue::Kind::Map:
            for (const auto &[key, item] : value.entries())
                text += key + u':' + shown(item) + u',';
            return QStringLiteral("{%1}@%2").arg(text).arg(value.line());
        default:
            return QStringLiteral("%1(%2)@%3").arg(value.typeName(), value.shown()).arg(value.line());
        }
    }

    static QString shown(const BunYaml::Result &result)
    {
        if (!result.isParsed())
            return QStringLiteral("error at %1:%2").arg(result.error.line).arg(result.error.column);
        return QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{result.value->toVariant()}).toJson(QJsonDocument::Compact));
    }
};

} // namespace Agentry
