// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/qwencodereader.h"

#include "text/lineindex.h"
#include "text/utf8.h"

#include <QRegularExpression>

namespace Agentry {

namespace {

// The offset after the `breaks`-th of Qwen Code's line breaks (CRLF, a lone CR, LF) from `from`,
// or the end of the bytes.
qsizetype afterBreaks(const QByteArray &bytes, qsizetype from, int breaks)
{
    qsizetype at = from;
    for (int found = 0; found < breaks; ++found) {
        while (at < bytes.size() && bytes.at(at) != '\n' && bytes.at(at) != '\r')
            ++at;
        if (at >= bytes.size())
            return bytes.size();
        at += bytes.mid(at, 2) == "\r\n" ? 2 : 1;
    }
    return at;
}

// Qwen Code's fallback for a frontmatter its YAML reader refuses: `key: value` lines, `- item`
// lists and one level of `  key: value` below a key, every value a string.
YamlValue lineParsed(const QString &yaml)
{
    static const QRegularExpression keyLine(QStringLiteral("^([^\\s:#][^:]*):\\s*(.*)$"));
    static const QRegularExpression itemLine(QStringLiteral("^\\s+-\\s*(.*)$"));
    static const QRegularExpression nestedLine(QStringLiteral("^\\s+([^\\s:#][^:]*):\\s*(.*)$"));
    QVector<std::pair<QString, YamlValue>> entries;
    const QStringList lines = yaml.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (const QRegularExpressionMatch m = keyLine.match(line); m.hasMatch()) {
            const QString value = m.captured(2).trimmed();
            entries.append({m.captured(1).trimmed(), value.isEmpty() ? YamlValue() : YamlValue::string(SpecReader::unquoted(value), i)});
            continue;
        }
        if (entries.isEmpty())
            continue;
        YamlValue &last = entries.last().second;
        if (const QRegularExpressionMatch m = itemLine.match(line); m.hasMatch() && (last.isNull() || last.isList())) {
            QVector<YamlValue> items = last.items();
            items.append(YamlValue::string(SpecReader::unquoted(m.captured(1)), i));
            last = YamlValue::list(items, i);
        } else if (const QRegularExpressionMatch n = nestedLine.match(line); n.hasMatch() && (last.isNull() || last.isMap())) {
            QVector<std::pair<QString, YamlValue>> nested = last.entries();
            nested.append({n.captured(1).trimmed(), YamlValue::string(SpecReader::unquoted(n.captured(2)), i)});
            last = YamlValue::map(nested, i);
        }
    }
    return YamlValue::map(entries);
}

// Qwen Code reads `name` and `description` with String(): numbers and booleans are text too.
QString asText(const YamlValue *value)
{
    if (!value || value->isNull())
        return {};
    return value->isString() ? value->toString() : value->shown();
}

} // namespace

AgentReading QwenCodeReader::read(const QByteArray &bytes, const Place &place) const
{
    Q_UNUSED(place)
    AgentReading reading = start();
    QString text = Utf8::decode(bytes.constData(), bytes.size());
    const bool bom = text.startsWith(QChar(0xFEFF));
    if (bom)
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    auto skip = [&reading](const QString &why, const QString &field = QString(), int line = -1) {
        refuse(reading, tr("Qwen Code skips this file without a word (its debug log says: Failed to parse subagent file: %1).").arg(why), field);
        add(reading, RuntimeIssue::Effect::Refuses, tr("Qwen Code skips this file: %1").arg(why), field, line);
    };
    const QRegularExpressionMatch match = m_spec.blockPattern()->match(text);
    if (!match.hasMatch()) {
        reading.outcome = AgentReading::Outcome::Missing;
        skip(QStringLiteral("Invalid format: missing YAML frontmatter"));
        return reading;
    }
    // The normalised text has a line for each of Qwen Code's line breaks (CRLF, CR, LF) in the
    // bytes, so the block is placed by counting them.
    const qsizetype textStart = bom ? 3 : 0;
    const int startBreaks = int(text.left(match.capturedStart(1)).count(u'\n'));
    const int closeBreaks = startBreaks + int(match.captured(1).count(u'\n')) + 1;
    reading.contentStart = afterBreaks(bytes, textStart, startBreaks);
    reading.contentLine = LineIndex::lineOf(bytes, reading.contentStart);
    reading.contentEnd = afterBreaks(bytes, textStart, closeBreaks);
    reading.close = {LineIndex::lineOf(bytes, reading.contentEnd), 0};
    reading.blockEnd = afterBreaks(bytes, textStart, closeBreaks + 1);
    std::variant<YamlValue, YamlValue::Error> parsed = YamlValue::parse(match.captured(1).toUtf8(), m_spec.yamlSchema());
    YamlValue data;
    if (auto *value = std::get_if<YamlValue>(&parsed); value && value->isMap()) {
        reading.outcome = AgentReading::Outcome::Ok;
        data = std::move(*value);
    } else {
        reading.outcome = AgentReading::Outcome::Lenient;
        data = lineParsed(match.captured(1));
        const QString why = value ? tr("the frontmatter is not a set of keys") : std::get<YamlValue::Error>(parsed).message;
        add(reading, RuntimeIssue::Effect::Lenient, tr("Qwen Code's YAML reader refuses this frontmatter (%1); its simple line reader reads it instead, every value as text.").arg(why));
    }
    // Qwen Code leaves out keys whose value is null.
    QVector<std::pair<QString, YamlValue>> kept;
    for (const auto &entry : data.entries()) {
        if (!entry.second.isNull())
            kept.append(entry);
    }
    data = YamlValue::map(kept, data.line());
    reading.fields = data.toJson().toObject();

    const QString name = asText(data.value(QStringLiteral("name"))).trimmed();
    reading.project.name = name;
    if (name.isEmpty()) {
        skip(QStringLiteral("Missing \"name\" in frontmatter"), QStringLiteral("name"));
        return reading;
    }
    if (asText(data.value(QStringLiteral("description"))).trimmed().isEmpty()) {
        skip(QStringLiteral("Missing \"description\" in frontmatter"), QStringLiteral("description"));
        return reading;
    }
    QStringList errors;
    QString firstField;
    auto fail = [&](const QString &message, const QString &field) {
        errors.append(message);
        if (firstField.isEmpty())
            firstField = field;
    };
    const QVector<SchemaCheck::Problem> problems = m_check.check(data);
    for (const SchemaCheck::Problem &problem : problems) {
        if (problem.dropped) {
            add(reading, RuntimeIssue::Effect::Ignored, tr("Qwen Code leaves out “%1” without a word: %2").arg(problem.field, problem.message), problem.field, problem.line);
        } else if (problem.field == QLatin1String("approvalMode")) {
            skip(problem.message, problem.field, problem.line);
            return reading;
        } else {
            fail(problem.message, problem.field);
        }
    }
    static const QRegularExpression nameCharacters(QStringLiteral("^[\\p{L}\\p{N}_-]+$"), QRegularExpression::UseUnicodePropertiesOption);
    if (name.size() < 2)
        fail(QStringLiteral("Name must be at least 2 characters long"), QStringLiteral("name"));
    if (name.size() > 50)
        fail(QStringLiteral("Name must be 50 characters or less"), QStringLiteral("name"));
    if (!nameCharacters.match(name).hasMatch())
        fail(QStringLiteral("Name can only contain letters, numbers, hyphens, and underscores"), QStringLiteral("name"));
    if (name.startsWith(u'-') || name.startsWith(u'_'))
        fail(QStringLiteral("Name cannot start with a hyphen or underscore"), QStringLiteral("name"));
    if (name.endsWith(u'-') || name.endsWith(u'_'))
        fail(QStringLiteral("Name cannot end with a hyphen or underscore"), QStringLiteral("name"));
    if (m_spec.reservedNames().contains(name, Qt::CaseInsensitive))
        fail(QStringLiteral("\"%1\" is a reserved name and cannot be used").arg(name), QStringLiteral("name"));
    const QString body = match.captured(2).trimmed();
    if (body.isEmpty())
        fail(QStringLiteral("System prompt is required and cannot be empty"), QString());
    else if (body.size() < 10)
        fail(QStringLiteral("System prompt must be at least 10 characters long"), QString());
    if (const YamlValue *model = data.value(QStringLiteral("model")); model && model->isString()) {
        const QString selector = model->toString().trimmed();
        const qsizetype colon = selector.indexOf(u':');
        if (selector.isEmpty())
            fail(QStringLiteral("Model must be a non-empty string"), QStringLiteral("model"));
        else if (colon > 0 && m_spec.modelAuthTypes().contains(selector.left(colon)) && selector.mid(colon + 1).trimmed().isEmpty())
            fail(QStringLiteral("Model selector must include a model ID after the authType"), QStringLiteral("model"));
    }
    if (const YamlValue *run = data.value(QStringLiteral("runConfig")); run && run->isMap()) {
        for (const char *key : {"max_turns", "max_time_minutes"}) {
            const YamlValue *limit = run->value(QLatin1String(key));
            if (!limit)
                continue;
            if (!limit->isNumber())
                fail(QStringLiteral("%1 must be a number").arg(QLatin1String(key)), QStringLiteral("runConfig"));
            else if (limit->toDouble() <= 0)
                fail(QStringLiteral("%1 must be greater than 0").arg(QLatin1String(key)), QStringLiteral("runConfig"));
            else if (qstrcmp(key, "max_turns") == 0 && limit->toDouble() != double(qint64(limit->toDouble())))
                fail(QStringLiteral("max_turns must be an integer"), QStringLiteral("runConfig"));
        }
    }
    if (!errors.isEmpty()) {
        skip(QStringLiteral("Validation failed: %1").arg(errors.join(QLatin1String(", "))), firstField);
        return reading;
    }
    reportUnknownKeys(reading, data);
    reportUnknownTools(reading, data);
    return reading;
}

} // namespace Agentry
