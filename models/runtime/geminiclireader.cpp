// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/geminiclireader.h"

#include "text/toollist.h"
#include "text/utf8.h"

namespace Agentry {

RuntimeIssue::Repair GeminiCliReader::repairOf(const SchemaCheck::Problem &problem, const YamlValue &data) const
{
    using Kind = RuntimeIssue::Repair::Kind;
    if (!problem.value.isEmpty()) {
        const QString own = m_spec.toolFromClaude(problem.value);
        return own.isEmpty() ? RuntimeIssue::Repair{} : RuntimeIssue::Repair{Kind::RenameTool, problem.value, own, {}};
    }
    const YamlValue *tools = data.value(QStringLiteral("tools"));
    if (problem.path != QLatin1String("tools") || !tools || !tools->isString())
        return {};
    // `tools: Read, Grep` as the list Gemini CLI takes, each name as Gemini CLI spells it.
    QStringList names;
    for (const QString &name : ToolList::commaParts(tools->toString()))
        names.append(m_spec.toolFromClaude(name).isEmpty() ? name : m_spec.toolFromClaude(name));
    return {Kind::ToolsList, {}, {}, names};
}

AgentReading GeminiCliReader::read(const QByteArray &bytes, const Place &place) const
{
    AgentReading reading = start();
    const QString text = Utf8::decode(bytes.constData(), bytes.size());
    const QRegularExpressionMatch match = m_spec.blockPattern()->match(text);
    if (!match.hasMatch()) {
        reading.outcome = AgentReading::Outcome::Missing;
        refuse(reading, tr("Gemini CLI rejects the file: it must begin with a frontmatter between lines of ---."));
        add(reading, RuntimeIssue::Effect::Refuses,
            tr("Gemini CLI rejects the file: Missing mandatory YAML frontmatter. Agent Markdown files MUST start with YAML frontmatter enclosed in triple-dashes \"---\"."));
        return reading;
    }

    // The pattern takes the body too (group 2): the block ends where the body starts.
    const qsizetype bodyStart = match.capturedStart(2) >= 0 ? match.capturedStart(2) : match.capturedEnd(0);
    setBlock(reading, bytes, byteAt(bytes, match.capturedStart(1)), closingLine(bytes, byteAt(bytes, match.capturedEnd(1))), byteAt(bytes, bodyStart));
    std::variant<YamlValue, YamlValue::Error> parsed = YamlValue::parse(match.captured(1).toUtf8(), m_spec.yamlSchema());
    if (const auto *error = std::get_if<YamlValue::Error>(&parsed)) {
        reading.outcome = AgentReading::Outcome::Broken;
        refuse(reading, tr("Gemini CLI rejects the file: its frontmatter is not valid YAML."));
        add(reading, RuntimeIssue::Effect::Refuses, tr("Gemini CLI rejects the file: YAML frontmatter parsing failed: %1 (%2:%3)").arg(error->message).arg(error->line + 1).arg(error->column + 1),
            QString(), error->line);
        return reading;
    }
    reading.outcome = AgentReading::Outcome::Ok;
    const YamlValue data = std::get<YamlValue>(std::move(parsed));
    if (!data.isMap()) {
        refuse(reading, tr("Gemini CLI rejects the file: its frontmatter is not a set of keys."));
        add(reading, RuntimeIssue::Effect::Refuses, tr("Gemini CLI rejects the file: Validation failed: Expected object, received %1").arg(data.typeName()));
        return reading;
    }
    reading.fields = data.toJson().toObject();
    reading.project.name = data.value(QStringLiteral("name")) ? data.value(QStringLiteral("name"))->toString() : QString();
    if (const YamlValue *kind = data.value(QStringLiteral("kind")); kind && kind->isString() && kind->toString() == QLatin1String("remote")) {
        add(reading, RuntimeIssue::Effect::Ignored, tr("A remote agent: Agentry checks local Gemini CLI agents only."), QStringLiteral("kind"), kind->line());
        return reading;
    }
    // zod words a union's problems with the member's name when a type is wrong or missing.
    const QVector<SchemaCheck::Problem> problems = m_check.check(data);
    bool typed = false;
    for (const SchemaCheck::Problem &problem : problems)
        typed = typed || problem.typeError;
    const QString prefix = typed ? QStringLiteral("(Local Agent) ") : QString();
    for (const SchemaCheck::Problem &problem : problems) {
        const RuntimeIssue::Repair repair = repairOf(problem, data);
        const QString words = tr("Gemini CLI rejects the file: %1%2: %3").arg(prefix, problem.path, problem.message);
        add(reading, RuntimeIssue::Effect::Refuses,
            repair.kind == RuntimeIssue::Repair::Kind::RenameTool ? tr("%1 (its name for “%2” is “%3”)").arg(words, repair.from, repair.to) : words,
            problem.field, problem.line, repair);
    }
    QStringList unknown;
    for (const auto *entry : m_check.unknownKeys(data)) {
        unknown.append(u'\'' + entry->first + u'\'');
        const QString own = entry->first == QLatin1String("mcpServers") ? QStringLiteral("mcp_servers") : QString();
        add(reading, RuntimeIssue::Effect::Refuses,
            own.isEmpty() ? tr("Gemini CLI rejects the file: %1Unrecognized key(s) in object: '%2'").arg(prefix, entry->first)
                          : tr("Gemini CLI rejects the file: %1Unrecognized key(s) in object: '%2' (its key is “%3”)").arg(prefix, entry->first, own),
            entry->first, entry->second.line(), {RuntimeIssue::Repair::Kind::RemoveKey, entry->first, {}, {}});
    }
    if (!problems.isEmpty() || !unknown.isEmpty()) {
        refuse(reading, problems.isEmpty() ? tr("Gemini CLI rejects the file: Unrecognized key(s) in object: %1").arg(unknown.join(QLatin1String(", ")))
                                           : tr("Gemini CLI rejects the file: %1: %2").arg(problems.constFirst().path, problems.constFirst().message),
               problems.isEmpty() ? QString() : problems.constFirst().field);
        return reading;
    }
    if (place.scope == AgentScope::Project) {
        reading.project.needsAcknowledging = true;
        add(reading, RuntimeIssue::Effect::NeedsAcknowledging,
            tr("Gemini CLI runs a project agent only once acknowledged, and again after every change to the file."));
    }
    return reading;
}

} // namespace Agentry
