// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/copilotreader.h"

#include "text/textfacts.h"

#include <cstring>

namespace Agentry {

namespace {

// How much of the file the block pattern can look at: up to the end of the first line after the
// opening one that is `---` and blanks (the closing line the pattern's lazy `[\s\S]*?` stops at),
// or all of it when no such line follows. Only that much is decoded and matched.
qsizetype blockWindow(const QByteArray &bytes)
{
    const qsizetype openingEnd = bytes.indexOf('\n');
    for (qsizetype lineBreak = openingEnd < 0 ? -1 : bytes.indexOf('\n', openingEnd + 1); lineBreak >= 0;
         lineBreak = bytes.indexOf('\n', lineBreak + 1)) {
        if (bytes.size() - lineBreak - 1 < 3 || std::memcmp(bytes.constData() + lineBreak + 1, "---", 3) != 0)
            continue;
        qsizetype at = lineBreak + 4;
        while (at < bytes.size() && (bytes.at(at) == ' ' || bytes.at(at) == '\t'))
            ++at;
        if (at < bytes.size() && bytes.at(at) == '\r')
            ++at;
        if (at == bytes.size())
            return at;
        if (bytes.at(at) == '\n')
            return at + 1;
    }
    return bytes.size();
}

} // namespace

AgentReading CopilotReader::read(const QByteArray &bytes, const Place &place) const
{
    AgentReading reading = start();
    reading.project.name = place.derivedName;
    auto reject = [&reading](const QString &words, const QString &field = QString(), int line = -1) {
        refuse(reading, tr("GitHub Copilot rejects the file: %1").arg(words), field);
        add(reading, RuntimeIssue::Effect::Refuses, reading.project.reason, field, line);
    };
    if (m_spec.maxFileBytes() > 0 && bytes.size() > m_spec.maxFileBytes()) {
        reject(QStringLiteral("file exceeds the 1 MiB size limit"));
        return reading;
    }
    if (!isValidUtf8(bytes.constData(), bytes.size())) {
        reject(QStringLiteral("stream did not contain valid UTF-8"));
        return reading;
    }
    const QByteArray window = QByteArray::fromRawData(bytes.constData(), blockWindow(bytes));
    const QString text = QString::fromUtf8(window);
    const QRegularExpressionMatch match = m_spec.blockPattern()->match(text);
    static const QRegularExpression empty(QStringLiteral("^\\x{FEFF}?---[ \\t]*\\r?\\n---[ \\t]*(?:\\r?\\n|$)"));
    // `$` is the end of the file: a window that ends before it ends after a line break.
    const bool emptyBlock = !match.hasMatch() && empty.match(window.size() == bytes.size() ? text : QString::fromUtf8(bytes)).hasMatch();
    if (!match.hasMatch() && !emptyBlock) {
        reading.outcome = AgentReading::Outcome::Missing;
        reject(QStringLiteral("custom agent markdown frontmatter is malformed: missing or malformed YAML frontmatter"));
        return reading;
    }
    YamlValue data = YamlValue::map({});
    if (match.hasMatch()) {
        // An ASCII window is as long in UTF-16 units as in bytes, and its offsets are the same.
        const auto byteOf = [&](qsizetype units) { return text.size() == window.size() ? units : byteAt(window, units); };
        setBlock(reading, bytes, byteOf(match.capturedStart(1)), closingLine(bytes, byteOf(match.capturedEnd(1))), byteOf(match.capturedEnd(0)));
        std::variant<YamlValue, YamlValue::Error> parsed = YamlValue::parse(match.captured(1).toUtf8(), m_spec.yamlSchema());
        if (const auto *error = std::get_if<YamlValue::Error>(&parsed)) {
            reading.outcome = AgentReading::Outcome::Broken;
            reject(QStringLiteral("custom agent markdown frontmatter is malformed: failed to parse YAML frontmatter: %1 at line %2 column %3")
                       .arg(error->message)
                       .arg(error->line + 1)
                       .arg(error->column + 1),
                   QString(), error->line);
            return reading;
        }
        if (!std::get<YamlValue>(parsed).isNull())
            data = std::get<YamlValue>(std::move(parsed));
    }
    reading.outcome = AgentReading::Outcome::Ok;
    if (!data.isMap()) {
        reject(QStringLiteral("custom agent markdown frontmatter is malformed: Expected object, received %1").arg(data.typeName()));
        return reading;
    }
    reading.fields = data.toJson().toObject();
    // Copilot reports the first problem only, in its order of fields.
    const QVector<SchemaCheck::Problem> problems = m_check.check(data);
    if (!problems.isEmpty()) {
        const SchemaCheck::Problem &first = problems.constFirst();
        reject(QStringLiteral("custom agent markdown frontmatter is malformed: %1: %2").arg(first.path, first.message), first.field, first.line);
        return reading;
    }
    if (const YamlValue *name = data.value(QStringLiteral("name")); name && !name->toString().isEmpty())
        reading.project.name = name->toString();
    if (m_spec.reservedNames().contains(reading.project.name)) {
        reject(QStringLiteral("Ignoring custom agent '%1': '%1' is a reserved name.").arg(reading.project.name), QStringLiteral("name"));
        return reading;
    }
    reportUnknownKeys(reading, data);
    reportUnknownTools(reading, data);
    return reading;
}

} // namespace Agentry
