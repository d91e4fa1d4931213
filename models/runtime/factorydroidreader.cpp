// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/factorydroidreader.h"

#include "text/utf8.h"

#include <QRegularExpression>

namespace Agentry {

namespace {

// Factory Droid's fallback when js-yaml refuses the frontmatter: `key: value` lines (quotes
// dropped), and `- item` lines below `tools:` or `mcpServers:`.
YamlValue lineParsed(const QString &yaml)
{
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z_][\\w-]*):\\s*(.*)$"));
    static const QRegularExpression itemLine(QStringLiteral("^\\s*-\\s*(.*)$"));
    QVector<std::pair<QString, YamlValue>> entries;
    const QStringList lines = yaml.split(QRegularExpression(QStringLiteral("\\r?\\n")));
    for (int i = 0; i < lines.size(); ++i) {
        if (const QRegularExpressionMatch m = keyLine.match(lines.at(i)); m.hasMatch()) {
            const QString value = m.captured(2).trimmed();
            entries.append({m.captured(1), value.isEmpty() ? YamlValue() : YamlValue::string(SpecReader::unquoted(value), i)});
        } else if (const QRegularExpressionMatch item = itemLine.match(lines.at(i)); item.hasMatch() && !entries.isEmpty()
                   && (entries.last().first == QLatin1String("tools") || entries.last().first == QLatin1String("mcpServers"))) {
            QVector<YamlValue> items = entries.last().second.items();
            items.append(YamlValue::string(SpecReader::unquoted(item.captured(1)), i));
            entries.last().second = YamlValue::list(items, entries.last().second.line());
        }
    }
    return YamlValue::map(entries);
}

} // namespace

AgentReading FactoryDroidReader::read(const QByteArray &bytes, const Place &place) const
{
    AgentReading reading = start();
    reading.project.name = place.derivedName;
    const QString text = Utf8::decode(bytes.constData(), bytes.size());
    const QRegularExpressionMatch match = m_spec.blockPattern()->match(text);
    auto dropAll = [&reading](const QString &why) {
        reading.project.withoutSettings = true;
        reading.project.reason = why;
        add(reading, RuntimeIssue::Effect::DropsSettings, why);
    };
    if (!match.hasMatch()) {
        reading.outcome = AgentReading::Outcome::Missing;
        if (looksLikeFrontmatter(bytes))
            dropAll(tr("Factory Droid finds no frontmatter (it must begin the file, with no BOM before it): the droid loads under its file's name with every tool and none of its settings."));
        return reading;
    }
    setBlock(reading, bytes, byteAt(bytes, match.capturedStart(1)), closingLine(bytes, byteAt(bytes, match.capturedEnd(1))), byteAt(bytes, match.capturedEnd(0)));
    std::variant<YamlValue, YamlValue::Error> parsed = YamlValue::parse(match.captured(1).toUtf8(), m_spec.yamlSchema());
    YamlValue data;
    if (auto *value = std::get_if<YamlValue>(&parsed); value && value->isMap()) {
        reading.outcome = AgentReading::Outcome::Ok;
        data = std::move(*value);
    } else if (value && value->isNull()) {
        reading.outcome = AgentReading::Outcome::Ok;
        data = YamlValue::map({});
    } else {
        reading.outcome = AgentReading::Outcome::Lenient;
        data = lineParsed(match.captured(1));
        add(reading, RuntimeIssue::Effect::Lenient,
            tr("Factory Droid's YAML reader refuses this frontmatter (%1); its simple line reader reads it instead.")
                .arg(value ? tr("not a set of keys") : std::get<YamlValue::Error>(parsed).message));
    }
    reading.fields = data.toJson().toObject();
    const QVector<SchemaCheck::Problem> problems = m_check.check(data);
    if (!problems.isEmpty()) {
        const SchemaCheck::Problem &first = problems.constFirst();
        reading.fields = {};
        dropAll(tr("Factory Droid drops the whole frontmatter because “%1” has the wrong type (%2): the droid loads under its file's name with every tool.")
                    .arg(first.path, first.message));
        reading.issues.last().field = first.field;
        reading.issues.last().line = reading.contentLine + first.line;
        return reading;
    }
    if (const YamlValue *name = data.value(QStringLiteral("name")); name && !name->toString().isEmpty())
        reading.project.name = name->toString();
    reportUnknownKeys(reading, data);
    if (const YamlValue *tools = data.value(QStringLiteral("tools")); tools && tools->isString() && tools->toString().trimmed() == QLatin1String("all"))
        add(reading, RuntimeIssue::Effect::UnknownTool, tr("Factory Droid no longer takes “all”: the droid gets none of its tools. Leave tools out to allow every tool."),
            QStringLiteral("tools"), tools->line());
    else
        reportUnknownTools(reading, data);
    return reading;
}

} // namespace Agentry
