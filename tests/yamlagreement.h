// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/bunyaml.h"
#include "text/agenttext.h"
#include "text/flatyaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <tuple>

namespace Agentry {

// Shared by tst_flatyaml and the FlatYaml fuzz target: FlatYaml answers only where it reads
// exactly what the full readers read, so both readers that take its answer agree with their
// yaml-cpp selves: BunYaml::parse with fullParse (the runtime's values and errors) and
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

    static QString shown(const BunYaml::Result &result)
    {
        if (!result.isParsed())
            return QStringLiteral("error at %1:%2").arg(result.error.line).arg(result.error.column);
        return QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{result.value->toVariant()}).toJson(QJsonDocument::Compact));
    }
};

} // namespace Agentry
