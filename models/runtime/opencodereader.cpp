// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/opencodereader.h"

#include <QRegularExpression>

namespace Agentry {

namespace {

// What gray-matter 4 finds in a text: the YAML between `---` at byte 0 (not `----`) and the
// first `\n---`, or the rest of the file when nothing closes it.
struct Matter
{
    qsizetype contentStart = 0;
    qsizetype contentEnd = 0;
    qsizetype blockEnd = 0;
    QByteArray yaml;
    QByteArray language; // text after the opening `---` on its line
    bool empty = false;  // only blank and comment lines: gray-matter gives {} without parsing
};

std::optional<Matter> grayMatter(const QByteArray &text, qsizetype from)
{
    if (text.mid(from, 3) != "---" || text.mid(from + 3, 1) == "-")
        return std::nullopt;
    Matter matter;
    qsizetype pos = from + 3;
    const qsizetype eol = text.indexOf('\n', pos);
    QByteArray raw = text.mid(pos, (eol < 0 ? text.size() : eol) - pos);
    if (raw.endsWith('\r'))
        raw.chop(1);
    matter.language = raw.trimmed();
    if (!matter.language.isEmpty())
        pos += raw.size();
    const qsizetype close = text.indexOf("\n---", pos);
    matter.contentStart = pos;
    matter.yaml = text.mid(pos, (close < 0 ? text.size() : close) - pos);
    matter.contentEnd = close < 0 ? text.size() : close + 1; // the closing line's start
    matter.blockEnd = close < 0 ? text.size() : close + 4;
    static const QRegularExpression comments(QStringLiteral("^\\s*#[^\\n]+"), QRegularExpression::MultilineOption);
    matter.empty = QString::fromUtf8(matter.yaml).remove(comments).trimmed().isEmpty();
    return matter;
}

// OpenCode's retry: top-level `key: value` lines whose unquoted value holds a colon become
// `key: |-` with the value on the next line. Leaves the text alone when nothing changes.
QByteArray sanitized(const QByteArray &text)
{
    static const QRegularExpression block(QStringLiteral("^---\\r?\\n([\\s\\S]*?)\\r?\\n---"));
    static const QRegularExpression keyValue(QStringLiteral("^([a-zA-Z_][a-zA-Z0-9_]*)\\s*:\\s*(.*)$"));
    static const QRegularExpression lineBreak(QStringLiteral("\\r?\\n"));
    const QString content = QString::fromUtf8(text);
    const QRegularExpressionMatch match = block.match(content);
    if (!match.hasMatch())
        return text;
    const QString frontmatter = match.captured(1);
    QStringList result;
    const QStringList lines = frontmatter.split(lineBreak);
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        const QRegularExpressionMatch kv = keyValue.match(line);
        if (trimmed.startsWith(u'#') || trimmed.isEmpty() || (!line.isEmpty() && line.front().isSpace()) || !kv.hasMatch()) {
            result.append(line);
            continue;
        }
        const QString value = kv.captured(2).trimmed();
        if (value.isEmpty() || value == u'>' || value == u'|' || value.startsWith(u'"') || value.startsWith(u'\'') || !value.contains(u':')) {
            result.append(line);
            continue;
        }
        result.append(kv.captured(1) + QStringLiteral(": |-"));
        result.append(QStringLiteral("  ") + value);
    }
    QString out = content;
    out.replace(out.indexOf(frontmatter), frontmatter.size(), result.join(u'\n'));
    return out.toUtf8();
}

} // namespace

AgentReading OpenCodeReader::read(const QByteArray &bytes, const Place &place) const
{
    AgentReading reading = start();
    reading.project.name = place.derivedName;
    const qsizetype from = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const std::optional<Matter> matter = grayMatter(bytes, from);
    if (!matter) {
        reading.outcome = AgentReading::Outcome::Missing;
        if (looksLikeFrontmatter(bytes) || bytes.mid(from).startsWith("---")) {
            reading.project.withoutSettings = true;
            reading.project.reason = tr("OpenCode finds no frontmatter: it must begin the file with a line of exactly ---.");
            add(reading, RuntimeIssue::Effect::DropsSettings,
                tr("OpenCode finds no frontmatter here (the file must begin with a line of exactly ---): the whole file is the prompt and none of its settings apply."));
        }
        return reading;
    }
    setBlock(reading, bytes, matter->contentStart, matter->contentEnd, matter->blockEnd);
    std::optional<YamlValue> data;
    QString error;
    if (matter->empty) {
        data = YamlValue::map({});
    } else if (!matter->language.isEmpty() && matter->language != "yaml") {
        error = tr("gray-matter has no reader for “%1” after the opening ---").arg(QString::fromUtf8(matter->language));
    } else {
        std::variant<YamlValue, YamlValue::Error> parsed = YamlValue::parse(matter->yaml, m_spec.yamlSchema());
        if (auto *value = std::get_if<YamlValue>(&parsed))
            data = std::move(*value);
        else
            error = std::get<YamlValue::Error>(parsed).message;
    }
    reading.outcome = AgentReading::Outcome::Ok;
    if (!data) {
        const QByteArray retried = sanitized(bytes.mid(from));
        if (retried == bytes.mid(from)) {
            // gray-matter cached the failed first attempt, which the unchanged retry gets back.
            reading.outcome = AgentReading::Outcome::Broken;
            reading.project.withoutSettings = true;
            reading.project.reason = tr("OpenCode cannot read the frontmatter (%1) and loads the whole file as the prompt, with none of its settings.").arg(error);
            add(reading, RuntimeIssue::Effect::DropsSettings, reading.project.reason);
            return reading;
        }
        const std::optional<Matter> second = grayMatter(retried, 0);
        std::variant<YamlValue, YamlValue::Error> parsed = second ? YamlValue::parse(second->yaml, m_spec.yamlSchema()) : YamlValue::Error{0, 0, error};
        if (auto *value = std::get_if<YamlValue>(&parsed)) {
            data = std::move(*value);
            reading.outcome = AgentReading::Outcome::Lenient;
            add(reading, RuntimeIssue::Effect::Lenient, tr("Only OpenCode's retry, which turns values holding a colon into block text, reads this frontmatter (%1).").arg(error));
        } else {
            reading.outcome = AgentReading::Outcome::Broken;
            refuse(reading, tr("OpenCode skips this file without a word: its frontmatter is not valid YAML (%1).").arg(error));
            add(reading, RuntimeIssue::Effect::Refuses, reading.project.reason);
            return reading;
        }
    }
    if (!data->isMap()) {
        if (!data->isNull())
            add(reading, RuntimeIssue::Effect::Ignored, tr("The frontmatter is not a set of keys: OpenCode loads the agent with none of its settings."));
        return reading;
    }
    reading.fields = data->toJson().toObject();
    reading.document = std::make_shared<const YamlValue>(*data);
    if (const YamlValue *name = data->value(QStringLiteral("name")))
        reading.project.name = name->isString() ? name->toString() : name->shown();
    const QVector<SchemaCheck::Problem> problems = m_check.check(*data);
    for (const SchemaCheck::Problem &problem : problems)
        add(reading, RuntimeIssue::Effect::StopsRuntime, tr("OpenCode stops at this file: Configuration is invalid: %1 %2").arg(problem.message, problem.path), problem.field,
            problem.line);
    if (!problems.isEmpty()) {
        reading.project.loads = false;
        reading.project.breaksRuntime = true;
        reading.project.reason = tr("OpenCode stops at this file: every command fails until it is mended.");
        reading.project.field = problems.constFirst().field;
    }
    reportUnknownKeys(reading, *data);
    if (const YamlValue *tools = data->value(QStringLiteral("tools")); tools && tools->isMap()) {
        for (const auto &[name, unused] : tools->entries()) {
            if (m_spec.knowsTool(name))
                continue;
            const QString own = m_spec.toolFromClaude(name);
            add(reading, RuntimeIssue::Effect::UnknownTool,
                own.isEmpty() ? tr("OpenCode has no tool “%1”: the setting has no effect.").arg(name)
                              : tr("OpenCode has no tool “%1”: the setting has no effect. Its name for it is “%2”.").arg(name, own),
                QStringLiteral("tools"), unused.line());
        }
    }
    return reading;
}

} // namespace Agentry
