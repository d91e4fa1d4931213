// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/opencoderules.h"

#include "runtime/yamlvalue.h"

#include <QRegularExpression>

#include <optional>
#include <utility>

namespace Agentry {

namespace {

const QString kEvery = QStringLiteral("*");

std::optional<OpenCodeRules::Action> actionOf(const YamlValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text == QLatin1String("allow"))
        return OpenCodeRules::Action::Allow;
    if (text == QLatin1String("ask"))
        return OpenCodeRules::Action::Ask;
    if (text == QLatin1String("deny"))
        return OpenCodeRules::Action::Deny;
    return std::nullopt;
}

} // namespace

OpenCodeRules OpenCodeRules::read(const YamlValue *tools, const YamlValue *permission)
{
    // Object.assign over the map `tools` makes: a key keeps the place it first had.
    QVector<std::pair<QString, YamlValue>> merged;
    const auto assign = [&merged](const QString &key, const YamlValue &value) {
        for (auto &entry : merged) {
            if (entry.first == key) {
                entry.second = value;
                return;
            }
        }
        merged.append({key, value});
    };
    if (tools && tools->isMap()) {
        for (const auto &[key, value] : tools->entries()) {
            if (value.kind() != YamlValue::Kind::Bool)
                continue;
            const bool edits = key == QLatin1String("write") || key == QLatin1String("edit") || key == QLatin1String("patch");
            assign(edits ? QStringLiteral("edit") : key,
                   YamlValue::string(value.toBool() ? QStringLiteral("allow") : QStringLiteral("deny"), value.line()));
        }
    }
    if (permission && permission->isString())
        assign(kEvery, *permission);
    else if (permission && permission->isMap()) {
        for (const auto &[key, value] : permission->entries())
            assign(key, value);
    }

    OpenCodeRules rules;
    for (const auto &[key, value] : std::as_const(merged)) {
        if (const std::optional<Action> action = actionOf(value)) {
            rules.m_rules.append(Rule{key, kEvery, *action, value.line()});
            continue;
        }
        if (!value.isMap())
            continue; // OpenCode refuses the file over it
        for (const auto &[pattern, patternValue] : value.entries()) {
            if (const std::optional<Action> action = actionOf(patternValue))
                rules.m_rules.append(Rule{key, pattern, *action, patternValue.line()});
        }
    }
    return rules;
}

OpenCodeRules::Verdict OpenCodeRules::verdict(const QString &permission) const
{
    Verdict verdict;
    for (const Rule &rule : m_rules) {
        if (!matches(rule.permission, permission))
            continue;
        if (rule.pattern == kEvery) {
            verdict = Verdict{true, rule.action, rule.line, rule.permission, {}};
        } else {
            verdict.exceptions.append(rule);
        }
    }
    return verdict;
}

QStringList OpenCodeRules::keys() const
{
    QStringList keys;
    for (const Rule &rule : m_rules) {
        if (!keys.contains(rule.permission))
            keys.append(rule.permission);
    }
    return keys;
}

bool OpenCodeRules::matches(const QString &wildcard, const QString &text)
{
    if (!wildcard.contains(u'*') && !wildcard.contains(u'?'))
        return wildcard == text;
    QString pattern;
    for (const QChar c : wildcard) {
        if (c == u'*')
            pattern += QLatin1String(".*");
        else if (c == u'?')
            pattern += u'.';
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::DotMatchesEverythingOption)
        .match(text)
        .hasMatch();
}

const char *OpenCodeRules::actionId(Action action)
{
    switch (action) {
    case Action::Allow:
        return "allow";
    case Action::Ask:
        return "ask";
    case Action::Deny:
        return "deny";
    }
    return "allow";
}

} // namespace Agentry
