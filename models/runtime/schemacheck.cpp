// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/schemacheck.h"

#include <QRegularExpression>

#include <cmath>

namespace Agentry {

namespace {

bool isInteger(const YamlValue &value)
{
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

QString quotedChoices(const QStringList &values, const QString &separator)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(u'"' + value + u'"');
    return quoted.join(separator);
}

} // namespace

SchemaCheck::SchemaCheck(const RuntimeSpec &spec)
    : m_spec(spec)
{
}

QString SchemaCheck::expected(const QString &what, const YamlValue &got) const
{
    if (m_spec.runtime() == Runtime::OpenCode)
        return QStringLiteral("Expected %1 | undefined, got %2").arg(what, got.shown());
    return QStringLiteral("Expected %1, received %2").arg(what, got.typeName());
}

QVector<SchemaCheck::Problem> SchemaCheck::check(const YamlValue &frontmatter) const
{
    QVector<Problem> problems;
    for (const RuntimeSpec::Field &field : m_spec.fields()) {
        const YamlValue *value = frontmatter.value(field.key);
        if (!value) {
            if (field.required)
                problems.append({field.key, field.key, QStringLiteral("Required"), frontmatter.line(), false, true, {}});
            continue;
        }
        if (value->isNull() && field.nullable)
            continue;
        checkValue(field, *value, problems);
    }
    return problems;
}

QVector<const std::pair<QString, YamlValue> *> SchemaCheck::unknownKeys(const YamlValue &frontmatter) const
{
    QVector<const std::pair<QString, YamlValue> *> unknown;
    for (const auto &entry : frontmatter.entries()) {
        if (!m_spec.field(entry.first))
            unknown.append(&entry);
    }
    return unknown;
}

void SchemaCheck::checkValue(const RuntimeSpec::Field &field, const YamlValue &value, QVector<Problem> &problems) const
{
    const bool openCode = m_spec.runtime() == Runtime::OpenCode;
    auto problem = [&](const QString &message, bool typeError = false, const QString &path = QString(), int line = -1) {
        problems.append({field.key, path.isEmpty() ? field.key : path, message, line < 0 ? value.line() : line, field.droppedWhenInvalid, typeError, {}});
    };
    auto typeProblem = [&](const QString &what) { problem(expected(what, value), true); };
    const QString &type = field.type;
    if (type == QLatin1String("any"))
        return;
    if (type == QLatin1String("string") || type == QLatin1String("text")) {
        if (!value.isString()) {
            typeProblem(field.values.isEmpty() ? QStringLiteral("string") : QStringLiteral("string | ") + quotedChoices(field.values, QStringLiteral(" | ")));
            return;
        }
        const QString text = value.toString();
        if (type == QLatin1String("text") && text.isEmpty())
            problem(QStringLiteral("String must contain at least 1 character(s)"));
        if (!field.pattern.isEmpty() && !QRegularExpression(field.pattern).match(text).hasMatch() && !field.values.contains(text)) {
            if (!field.patternMessage.isEmpty())
                problem(field.patternMessage);
            else
                problem(QStringLiteral("Expected a string matching the RegExp %1, got %2").arg(field.pattern, value.shown()));
        }
        return;
    }
    if (type == QLatin1String("scalarText"))
        return; // read with String(): whatever it is becomes text
    if (type == QLatin1String("number") || type == QLatin1String("finiteNumber") || type == QLatin1String("positiveInteger")) {
        if (!value.isNumber()) {
            typeProblem(QStringLiteral("number"));
            return;
        }
        if (type != QLatin1String("number") && !std::isfinite(value.toDouble())) {
            problem(openCode ? QStringLiteral("Expected a finite number, got %1").arg(value.shown()) : QStringLiteral("Expected number, received nan"));
            return;
        }
        if (type == QLatin1String("positiveInteger")) {
            if (!isInteger(value))
                problem(openCode ? QStringLiteral("Expected an integer, got %1").arg(value.shown()) : QStringLiteral("Expected integer, received float"));
            else if (value.toDouble() <= 0)
                problem(openCode ? QStringLiteral("Expected a value greater than 0, got %1").arg(value.shown()) : QStringLiteral("Number must be greater than 0"));
        }
        return;
    }
    if (type == QLatin1String("boolean")) {
        if (value.kind() != YamlValue::Kind::Bool)
            typeProblem(QStringLiteral("boolean"));
        return;
    }
    if (type == QLatin1String("choice")) {
        if (value.isString() && field.values.contains(value.toString()))
            return;
        switch (m_spec.runtime()) {
        case Runtime::OpenCode:
            problem(QStringLiteral("Expected %1, got %2").arg(quotedChoices(field.values, QStringLiteral(" | ")), value.shown()), !value.isString());
            break;
        case Runtime::QwenCode:
            problem(value.isString() ? QStringLiteral("Invalid \"%1\" value \"%2\". Valid values: %3").arg(field.key, value.toString(), field.values.join(QLatin1String(", ")))
                                     : QStringLiteral("Invalid \"%1\" value: expected a string, got %2. Valid values: %3")
                                           .arg(field.key, value.typeName(), field.values.join(QLatin1String(", "))));
            break;
        case Runtime::Copilot:
            problem(QStringLiteral("Expected %1").arg(quotedChoices(field.values, QStringLiteral(" or "))));
            break;
        default:
            problem(field.values.size() == 1 ? QStringLiteral("Invalid literal value, expected \"%1\"").arg(field.values.constFirst())
                                             : QStringLiteral("Invalid enum value. Expected %1").arg(quotedChoices(field.values, QStringLiteral(" | "))));
            break;
        }
        return;
    }
    if (type == QLatin1String("object")) {
        if (!value.isMap())
            typeProblem(QStringLiteral("object"));
        return;
    }
    if (type == QLatin1String("booleanMap")) {
        if (!value.isMap()) {
            typeProblem(QStringLiteral("object"));
            return;
        }
        for (const auto &[key, item] : value.entries()) {
            if (item.kind() != YamlValue::Kind::Bool)
                problem(openCode ? QStringLiteral("Expected boolean, got %1").arg(item.shown()) : QStringLiteral("Expected boolean, received %1").arg(item.typeName()),
                        true, field.key + u'.' + key, item.line());
        }
        return;
    }
    if (type == QLatin1String("stringList") || type == QLatin1String("stringOrList") || type == QLatin1String("modelList")) {
        if (value.isString() && type != QLatin1String("stringList"))
            return;
        if (!value.isList()) {
            typeProblem(type == QLatin1String("stringList") ? QStringLiteral("array") : QStringLiteral("string | array"));
            return;
        }
        for (int i = 0; i < value.items().size(); ++i) {
            const YamlValue &item = value.items().at(i);
            if (!item.isString())
                problem(QStringLiteral("Expected string, received %1").arg(item.typeName()), true, field.key + u'.' + QString::number(i), item.line());
        }
        if (type == QLatin1String("modelList")) {
            bool blank = value.items().isEmpty();
            for (const YamlValue &item : value.items())
                blank = blank || (item.isString() && item.toString().trimmed().isEmpty());
            if (blank)
                problem(QStringLiteral("Expected a non-empty list of model names"));
        }
        return;
    }
    if (type == QLatin1String("toolList")) {
        checkTools(field, value, problems);
        return;
    }
    if (type == QLatin1String("permission"))
        checkPermission(field, value, problems);
}

void SchemaCheck::checkTools(const RuntimeSpec::Field &field, const YamlValue &value, QVector<Problem> &problems) const
{
    // Gemini CLI takes a list only and refuses a name it does not know; the others take a
    // comma string too and leave unknown names to the reader's own words.
    const bool listOnly = m_spec.runtime() == Runtime::GeminiCli;
    if (value.isString() && !listOnly)
        return;
    if (!value.isList()) {
        problems.append({field.key, field.key, expected(listOnly ? QStringLiteral("array") : QStringLiteral("string | array"), value), value.line(), false, true, {}});
        return;
    }
    for (int i = 0; i < value.items().size(); ++i) {
        const YamlValue &item = value.items().at(i);
        const QString path = field.key + u'.' + QString::number(i);
        if (m_spec.runtime() == Runtime::QwenCode) {
            if (item.isString() && item.toString().trimmed().isEmpty())
                problems.append({field.key, path, QStringLiteral("Tool name cannot be empty"), item.line(), false, false, {}});
            continue; // other values than strings are left out without a word
        }
        if (!item.isString())
            problems.append({field.key, path, expected(QStringLiteral("string"), item), item.line(), false, true, {}});
        else if (listOnly && !m_spec.knowsTool(item.toString()))
            problems.append({field.key, path, QStringLiteral("Invalid tool name"), item.line(), false, false, item.toString()});
    }
}

void SchemaCheck::checkPermission(const RuntimeSpec::Field &field, const YamlValue &value, QVector<Problem> &problems) const
{
    const QStringList &actions = m_spec.permissionActions();
    auto isAction = [&actions](const YamlValue &v) { return v.isString() && actions.contains(v.toString()); };
    if (isAction(value))
        return;
    if (!value.isMap()) {
        problems.append({field.key, field.key, QStringLiteral("Expected PermissionActionConfig | object | undefined, got %1").arg(value.shown()), value.line(), false, true, {}});
        return;
    }
    for (const auto &[key, rule] : value.entries()) {
        const QString path = field.key + u'.' + key;
        if (m_spec.actionOnlyPermissions().contains(key)) {
            if (!isAction(rule))
                problems.append({field.key, path, QStringLiteral("Expected PermissionActionConfig | undefined, got %1").arg(rule.shown()), rule.line(), false, true, {}});
            continue;
        }
        if (isAction(rule))
            continue;
        if (!rule.isMap()) {
            problems.append({field.key, path, QStringLiteral("Expected PermissionRuleConfig | undefined, got %1").arg(rule.shown()), rule.line(), false, true, {}});
            continue;
        }
        for (const auto &[pattern, action] : rule.entries()) {
            if (!isAction(action))
                problems.append({field.key, path + u'.' + pattern, QStringLiteral("Expected PermissionActionConfig, got %1").arg(action.shown()), action.line(), false, true, {}});
        }
    }
}

} // namespace Agentry
