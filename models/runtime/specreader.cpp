// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/specreader.h"

#include "runtime/copilotreader.h"
#include "runtime/factorydroidreader.h"
#include "runtime/geminiclireader.h"
#include "runtime/opencodereader.h"
#include "runtime/qwencodereader.h"
#include "text/frontmattersplitter.h"
#include "text/lineindex.h"
#include "text/toollist.h"
#include "text/utf8.h"

#include <memory>

namespace Agentry {

SpecReader::SpecReader(const RuntimeSpec &spec)
    : m_spec(spec)
    , m_check(spec)
{
}

const SpecReader *SpecReader::of(Runtime runtime)
{
    static const auto make = [](Runtime r) -> std::unique_ptr<SpecReader> {
        const RuntimeSpec *spec = RuntimeSpec::of(r);
        if (!spec)
            return nullptr;
        switch (r) {
        case Runtime::OpenCode:
            return std::make_unique<OpenCodeReader>(*spec);
        case Runtime::GeminiCli:
            return std::make_unique<GeminiCliReader>(*spec);
        case Runtime::QwenCode:
            return std::make_unique<QwenCodeReader>(*spec);
        case Runtime::Copilot:
            return std::make_unique<CopilotReader>(*spec);
        case Runtime::FactoryDroid:
            return std::make_unique<FactoryDroidReader>(*spec);
        case Runtime::ClaudeCode:
            break;
        }
        return nullptr;
    };
    static const std::unique_ptr<SpecReader> readers[] = {make(Runtime::ClaudeCode), make(Runtime::Copilot),  make(Runtime::OpenCode),
                                                          make(Runtime::GeminiCli),  make(Runtime::QwenCode), make(Runtime::FactoryDroid)};
    return readers[int(runtime)].get();
}

QString SpecReader::unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}

AgentReading SpecReader::start() const
{
    AgentReading reading;
    reading.runtime = m_spec.runtime();
    reading.version = m_spec.version();
    reading.project.loads = true;
    reading.plugin.loads = false;
    return reading;
}

qsizetype SpecReader::lineStart(const QByteArray &bytes, int line)
{
    qsizetype at = 0;
    for (int l = 0; l < line; ++l) {
        at = bytes.indexOf('\n', at);
        if (at < 0)
            return bytes.size();
        ++at;
    }
    return at;
}

qsizetype SpecReader::byteAt(const QByteArray &bytes, qsizetype units)
{
    return Utf8::byteOffset(bytes.constData(), bytes.size(), units);
}

qsizetype SpecReader::closingLine(const QByteArray &bytes, qsizetype end)
{
    const qsizetype close = bytes.indexOf("---", end);
    return close < 0 ? end : close;
}

void SpecReader::setBlock(AgentReading &reading, const QByteArray &bytes, qsizetype contentStart, qsizetype contentEnd, qsizetype blockEnd)
{
    reading.contentStart = contentStart;
    reading.contentEnd = contentEnd;
    reading.blockEnd = blockEnd;
    reading.contentLine = LineIndex::lineOf(bytes, contentStart);
    reading.close = {LineIndex::lineOf(bytes, contentEnd), 0};
}

void SpecReader::add(AgentReading &reading, RuntimeIssue::Effect effect, const QString &message, const QString &field, int yamlLine,
                     const RuntimeIssue::Repair &repair)
{
    reading.issues.append({effect, message, field, yamlLine < 0 ? -1 : reading.contentLine + yamlLine, repair});
}

void SpecReader::refuse(AgentReading &reading, const QString &reason, const QString &field)
{
    if (!reading.project.loads)
        return;
    reading.project.loads = false;
    reading.project.reason = reason;
    reading.project.field = field;
}

void SpecReader::reportUnknownKeys(AgentReading &reading, const YamlValue &frontmatter) const
{
    // A rejected key is worded with the rest of the schema's problems; a kept one is how an
    // OpenCode agent passes options to its model on purpose.
    if (m_spec.unknownKeys() == RuntimeSpec::UnknownKeys::Reject || m_spec.unknownKeys() == RuntimeSpec::UnknownKeys::Keep)
        return;
    const QString runtime = Runtimes::name(m_spec.runtime());
    for (const auto *entry : m_check.unknownKeys(frontmatter)) {
        const QString message = m_spec.unknownKeys() == RuntimeSpec::UnknownKeys::Warn ? tr("%1 ignores “%2”: unknown field ignored: %2").arg(runtime, entry->first)
                                                                                    : tr("%1 ignores “%2” without a word.").arg(runtime, entry->first);
        add(reading, RuntimeIssue::Effect::Ignored, message, entry->first, entry->second.line());
    }
}

bool SpecReader::looksLikeFrontmatter(const QByteArray &bytes)
{
    return FrontmatterSplitter::split(bytes).shape != FrontmatterBlock::Shape::None;
}

void SpecReader::reportUnknownTools(AgentReading &reading, const YamlValue &frontmatter) const
{
    const YamlValue *tools = frontmatter.value(QStringLiteral("tools"));
    if (!tools)
        return;
    QVector<std::pair<QString, int>> names;
    if (tools->isString()) {
        for (const QString &part : ToolList::commaParts(tools->toString()))
            names.append({part, tools->line()});
    } else if (tools->isList()) {
        for (const YamlValue &item : tools->items()) {
            if (item.isString() && !item.toString().trimmed().isEmpty())
                names.append({item.toString(), item.line()});
        }
    }
    const QString runtime = Runtimes::name(m_spec.runtime());
    for (const auto &[name, line] : std::as_const(names)) {
        if (m_spec.knowsTool(name))
            continue;
        const QString own = m_spec.toolFromClaude(name);
        add(reading, RuntimeIssue::Effect::UnknownTool,
            own.isEmpty() ? tr("%1 has no tool “%2”: it grants nothing.").arg(runtime, name)
                          : tr("%1 has no tool “%2”: it grants nothing. Its name for it is “%3”.").arg(runtime, name, own),
            QStringLiteral("tools"), line, own.isEmpty() ? RuntimeIssue::Repair{} : RuntimeIssue::Repair{RuntimeIssue::Repair::Kind::RenameTool, name, own, {}});
    }
}

} // namespace Agentry
