// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversion/agentconverter.h"

#include "conversion/conversiontable.h"
#include "conversion/convertedfrontmatter.h"
#include "conversion/targetname.h"
#include "matrix/agentgrants.h"
#include "runtime/runtimeprofile.h"
#include "runtime/runtimespec.h"
#include "runtime/runtimetools.h"
#include "runtime/toolcatalog.h"
#include "text/lineindex.h"
#include "text/yamlscalar.h"

#include <QFileInfo>
#include <QJsonArray>

namespace Agentry {

namespace {

// Qwen Code refuses a shorter prompt.
constexpr int kQwenShortestPrompt = 10;

bool describes(Runtime runtime)
{
    return runtime != Runtime::OpenCode && runtime != Runtime::FactoryDroid;
}

// Whether the runtime reads `key` at all (its schema, or Claude Code's).
bool knows(Runtime runtime, const QString &key)
{
    if (runtime == Runtime::ClaudeCode)
        return RuntimeProfile::latest().fields().keys.contains(key);
    const RuntimeSpec *spec = RuntimeSpec::of(runtime);
    return spec && spec->field(key);
}

// The grant of a cell as a level: every use, some uses, none.
int level(GrantState state)
{
    switch (state) {
    case GrantState::Granted:
    case GrantState::Inherited:
    case GrantState::Ask:
        return 2;
    case GrantState::Pattern:
        return 1;
    case GrantState::NotGranted:
    case GrantState::Denied:
    case GrantState::Unknown:
        break;
    }
    return 0;
}

// The prompt as written: everything after the closing `---` line, as the source's runtime
// finds it. (Claude Code's block pattern may take blank lines after it too; they are the
// prompt's, and every runtime trims them. OpenCode's ends right after the `---`.)
qsizetype bodyStart(const QByteArray &bytes, const AgentReading &reading)
{
    if (reading.runtime != Runtime::ClaudeCode) {
        qsizetype at = reading.blockEnd;
        if (at > 0 && bytes.at(at - 1) != '\n' && bytes.at(at - 1) != '\r')
            at += bytes.mid(at, 2) == "\r\n" ? 2 : bytes.mid(at, 1) == "\n" || bytes.mid(at, 1) == "\r" ? 1 : 0;
        return at;
    }
    return LineIndex(bytes).nextLineStart(reading.close.line);
}

// Claude Code's patterns as OpenCode's: `git diff:*` (the command and anything after it) is
// `git diff` and `git diff *` there.
QStringList openCodePatterns(const QStringList &patterns)
{
    QStringList out;
    for (const QString &pattern : patterns) {
        if (pattern.endsWith(QLatin1String(":*")))
            out << pattern.chopped(2) << pattern.chopped(2) + QStringLiteral(" *");
        else
            out << pattern;
    }
    out.removeDuplicates();
    return out;
}

// The columns a runtime grants every agent whatever its file says (Copilot's `sql`).
QStringList alwaysGranted(const ToolCatalog &catalog, Runtime runtime)
{
    const RuntimeTools *tools = catalog.runtimeTools(runtime);
    return tools ? tools->alwaysColumns() : QStringList();
}

QString quotedKey(const QString &key)
{
    return ConvertedFrontmatter::scalar(key);
}

} // namespace

QVector<GrantChange> AgentConverter::compareGrants(const AgentGrants &before, const AgentGrants &after, const QStringList &always) const
{
    QStringList columns;
    for (const ToolInfo &tool : m_catalog.tools()) {
        if (!tool.legacy)
            columns.append(tool.name);
    }
    for (const QString &column : before.namedColumns() + after.namedColumns()) {
        if (!columns.contains(column))
            columns.append(column);
    }
    // Both inherit: each gets every tool its runtime has, nothing to compare.
    const bool compares = before.mode() == AgentGrants::Mode::Explicit || after.mode() == AgentGrants::Mode::Explicit;
    QVector<GrantChange> changes;
    for (const QString &column : std::as_const(columns)) {
        GrantChange change{column, before.grant(column), after.grant(column), GrantChange::Kind::Same};
        const int was = level(change.before.state);
        const int is = level(change.after.state);
        // Neither grants it (not named, denied, unknown): nothing a reviewer needs to see.
        if (was == 0 && is == 0)
            continue;
        if (compares && is != was)
            change.kind = always.contains(column) ? GrantChange::Kind::Given : is > was ? GrantChange::Kind::Widened : GrantChange::Kind::Narrowed;
        changes.append(change);
    }
    return changes;
}

AgentConverter::AgentConverter(Runtime target)
    : AgentConverter(target, ToolCatalog::builtin(), ConversionTable::builtin())
{
}

AgentConverter::AgentConverter(Runtime target, const ToolCatalog &catalog, const ConversionTable &table)
    : m_target(target)
    , m_catalog(catalog)
    , m_table(table)
    , m_validator(RuntimeProfile::latest(), catalog)
{
}

AgentConversion AgentConverter::convert(const QString &path, const QByteArray &bytes, AgentScope scope, std::optional<Runtime> from,
                                        QSet<QString> *taken) const
{
    AgentConversion result;
    result.source = path;
    result.to = m_target;
    const AgentReading reading = m_validator.read(path, bytes, scope, from);
    // Scopes are Claude Code's: another runtime's reader gives its one verdict as `project`.
    const ScopeVerdict &verdict = reading.runtime == Runtime::ClaudeCode ? reading.verdictIn(scope) : reading.project;
    result.from = reading.runtime;
    result.sourceName = verdict.name.isEmpty() ? QFileInfo(path).completeBaseName() : verdict.name;
    const QString source = Runtimes::name(result.from);
    const QString target = Runtimes::name(m_target);
    const auto add = [&result](Severity severity, const QString &field, const QString &message) {
        result.findings.append({severity, field, message});
    };
    if (!verdict.loads || verdict.withoutSettings || !reading.isParsed()) {
        add(Severity::Error, {},
            verdict.loads ? tr("%1 reads none of this file's settings; mend it before converting it.").arg(source)
                          : tr("%1 does not load this file: %2").arg(source, verdict.reason));
        return result;
    }
    result.name = TargetName::of(m_target, result.sourceName, taken);
    result.relativePath = TargetName::relativePath(m_target, result.name);
    if (result.from == m_target) {
        result.bytes = bytes;
        result.verdict = verdict;
        const AgentGrants grants = AgentGrants::read(reading, bytes, m_catalog);
        result.grants = compareGrants(grants, grants, {});
        add(Severity::Info, {}, tr("Already a file of %1: copied unchanged.").arg(target));
        return result;
    }
    if (result.name != result.sourceName)
        add(Severity::Warning, QStringLiteral("name"), tr("Renamed to \"%1\": %2 does not take \"%3\" as a name.").arg(result.name, target, result.sourceName));

    const QJsonObject &fields = reading.fields;
    const QJsonValue descriptionValue = fields.value(QLatin1String("description"));
    const QString description = descriptionValue.isString() ? descriptionValue.toString() : QString();
    if (description.isEmpty() && describes(m_target)) {
        add(Severity::Error, QStringLiteral("description"), tr("%1 needs a description, and this agent has none.").arg(target));
        return result;
    }
    const QByteArray body = bytes.mid(bodyStart(bytes, reading));
    if (m_target == Runtime::QwenCode && QString::fromUtf8(body).trimmed().size() < kQwenShortestPrompt) {
        add(Severity::Error, {}, tr("Qwen Code refuses a prompt shorter than %n characters.", nullptr, kQwenShortestPrompt));
        return result;
    }

    ConvertedFrontmatter out;
    if (m_target != Runtime::OpenCode)
        out.setScalar(QStringLiteral("name"), result.name);
    if (m_target == Runtime::GeminiCli && result.name != result.sourceName)
        out.setScalar(QStringLiteral("display_name"), result.sourceName);
    if (!description.isEmpty())
        out.setScalar(QStringLiteral("description"), description);
    if (m_target == Runtime::OpenCode)
        out.setScalar(QStringLiteral("mode"), QStringLiteral("subagent"));
    const AgentGrants grants = AgentGrants::read(reading, bytes, m_catalog);
    writeTools(grants, out, result);
    QStringList carried{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tools")};
    writeSettings(fields, out, result, &carried);
    if (result.hasErrors())
        return result;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (carried.contains(it.key()))
            continue;
        if (it.key() == QLatin1String("display_name"))
            add(Severity::Info, it.key(), tr("The display name is left out: %1 shows the name.").arg(target));
        else if (knows(result.from, it.key()))
            add(Severity::Warning, it.key(), tr("Not carried over: %1 has no counterpart of \"%2\" that Agentry can write.").arg(target, it.key()));
        else
            add(Severity::Info, it.key(), tr("Left out: %1 does not read \"%2\" either.").arg(source, it.key()));
    }

    const QByteArray eol = bytes.left(reading.blockEnd).contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    result.bytes = out.render(eol) + body;
    readBack(grants, description, result);
    return result;
}

void AgentConverter::writeTools(const AgentGrants &grants, ConvertedFrontmatter &out, AgentConversion &result) const
{
    const RuntimeTools *targetTools = m_catalog.runtimeTools(m_target);
    const QString target = Runtimes::name(m_target);
    const auto add = [&result](Severity severity, const QString &message) { result.findings.append({severity, QStringLiteral("tools"), message}); };
    // The target's names for a column, the one to write first.
    const auto namesFor = [&](const QString &column) -> QStringList {
        if (targetTools)
            return targetTools->namesFor(column);
        const ToolInfo *tool = m_catalog.find(column);
        return (tool && !tool->legacy) || ToolCatalog::isMcpTool(column) ? QStringList{column} : QStringList();
    };
    const QStringList rulePermissions = m_target == Runtime::OpenCode ? RuntimeSpec::of(m_target)->rulePermissions() : QStringList();

    if (grants.mode() == AgentGrants::Mode::Inherit || grants.hasWildcard()) {
        QStringList denied;
        for (const QString &column : grants.namedColumns()) {
            if (grants.grant(column).state == GrantState::Denied)
                denied.append(column);
        }
        if (denied.isEmpty())
            return;
        QStringList names;
        for (const QString &column : denied) {
            const QStringList those = namesFor(column);
            if (those.isEmpty())
                add(Severity::Info, tr("%1 has no tool for %2, so there is nothing to deny.").arg(target, column));
            else if (!names.contains(those.first()))
                names.append(those.first());
        }
        if (names.isEmpty())
            return;
        switch (m_target) {
        case Runtime::ClaudeCode:
        case Runtime::QwenCode:
            out.setFlowList(QStringLiteral("disallowedTools"), names);
            return;
        case Runtime::OpenCode: {
            QStringList lines;
            for (const QString &name : names)
                lines.append(quotedKey(name) + QStringLiteral(": deny"));
            out.setBlock(QStringLiteral("permission"), lines);
            return;
        }
        case Runtime::GeminiCli:
        case Runtime::Copilot:
        case Runtime::FactoryDroid:
            break;
        }
        // No list of denied tools: name every other tool instead.
        QStringList allowed;
        for (const RuntimeTools::Tool &tool : targetTools->tools()) {
            bool keep = !tool.columns.isEmpty() || !tool.category.isEmpty();
            for (const QString &column : tool.columns)
                keep = keep && !denied.contains(column);
            if (keep && !targetTools->always().contains(tool.name))
                allowed.append(tool.name);
        }
        out.setFlowList(QStringLiteral("tools"), allowed);
        add(Severity::Info, tr("%1 has no list of denied tools: the agent is given every other tool of %1 by name, and no MCP tools.").arg(target));
        return;
    }

    const QStringList sourceAlways = alwaysGranted(m_catalog, result.from);
    QStringList entries; // lists: the names; OpenCode: permission lines
    QStringList permission{QStringLiteral("\"*\": deny")};
    for (const QString &column : grants.namedColumns()) {
        const ToolGrant grant = grants.grant(column);
        if (grant.state == GrantState::Unknown) {
            add(Severity::Info, tr("\"%1\" names no tool of %2; left out.").arg(grant.tokens.value(0, column), Runtimes::name(result.from)));
            continue;
        }
        // Not in the file: the source runtime gives it to every agent.
        if (level(grant.state) == 0 || (grant.tokens.isEmpty() && sourceAlways.contains(column)))
            continue;
        const QStringList names = namesFor(column);
        if (names.isEmpty()) {
            add(Severity::Warning, tr("%1 has no tool for %2; left out.").arg(target, column));
            continue;
        }
        const QString &name = names.first();
        if (grant.state == GrantState::Pattern) {
            if (m_target == Runtime::ClaudeCode) {
                for (const QString &pattern : grant.patterns)
                    entries.append(QStringLiteral("%1(%2)").arg(column, pattern));
            } else if (m_target == Runtime::OpenCode && rulePermissions.contains(name)) {
                permission.append(quotedKey(name) + QLatin1Char(':'));
                for (const QString &pattern : openCodePatterns(grant.patterns))
                    permission.append(QStringLiteral("  %1: allow").arg(YamlScalar::doubleQuoted(pattern)));
            } else {
                add(Severity::Warning, tr("%1 takes no patterns such as %2(%3): %4 is left out.").arg(target, column, grant.patterns.value(0), name));
            }
            continue;
        }
        if (grant.state == GrantState::Ask && m_target != Runtime::OpenCode)
            add(Severity::Info, tr("%1 is granted: %2 asks before tools by its own settings, not the agent's file.").arg(column, target));
        const QString action = grant.state == GrantState::Ask && m_target == Runtime::OpenCode ? QStringLiteral("ask") : QStringLiteral("allow");
        if (m_target == Runtime::OpenCode) {
            const QString line = quotedKey(name) + QStringLiteral(": ") + action;
            if (!permission.contains(line))
                permission.append(line);
        } else if (!entries.contains(name)) {
            entries.append(name);
        }
    }
    switch (m_target) {
    case Runtime::OpenCode:
        out.setBlock(QStringLiteral("permission"), permission);
        return;
    case Runtime::ClaudeCode:
        if (entries.isEmpty())
            out.setFlowList(QStringLiteral("tools"), {});
        else
            out.setCommaList(QStringLiteral("tools"), entries);
        return;
    case Runtime::QwenCode:
        if (entries.isEmpty()) {
            result.findings.append({Severity::Error, QStringLiteral("tools"),
                                    tr("Qwen Code reads an empty tools list as every tool, so an agent without tools cannot be written for it.")});
            return;
        }
        break;
    case Runtime::GeminiCli:
    case Runtime::Copilot:
    case Runtime::FactoryDroid:
        break;
    }
    out.setFlowList(QStringLiteral("tools"), entries);
}

void AgentConverter::writeSettings(const QJsonObject &fields, ConvertedFrontmatter &out, AgentConversion &result, QStringList *carried) const
{
    const Runtime from = result.from;
    const QString target = Runtimes::name(m_target);
    const auto add = [&result](Severity severity, const QString &field, const QString &message) {
        result.findings.append({severity, field, message});
    };
    const auto take = [&](const QString &key) -> QJsonValue {
        if (!fields.contains(key))
            return QJsonValue(QJsonValue::Undefined);
        carried->append(key);
        return fields.value(key);
    };

    // What the source says, in Claude Code's words.
    take(QStringLiteral("disallowedTools"));
    take(QStringLiteral("permission"));
    take(QStringLiteral("kind"));
    const QJsonValue mode = take(QStringLiteral("mode"));
    if (mode.isString() && mode.toString() == QLatin1String("primary"))
        add(Severity::Info, QStringLiteral("mode"), tr("A primary agent of OpenCode becomes a subagent in %1.").arg(target));

    QJsonValue model = take(QStringLiteral("model"));
    if (model.isArray())
        model = model.toArray().first();
    if (model.isString() && !model.toString().trimmed().isEmpty()) {
        const QString value = model.toString().trimmed();
        if (value.compare(QLatin1String("inherit"), Qt::CaseInsensitive) == 0) {
            if (m_target == Runtime::ClaudeCode || m_target == Runtime::GeminiCli || m_target == Runtime::FactoryDroid)
                out.setScalar(QStringLiteral("model"), QStringLiteral("inherit"));
        } else {
            const QString family = m_table.modelFamily(from, value);
            const QString id = family.isEmpty() ? QString() : m_table.modelFor(family, m_target);
            if (!id.isEmpty())
                out.setScalar(QStringLiteral("model"), id);
            else
                add(Severity::Warning, QStringLiteral("model"), tr("%1 cannot name the model \"%2\"; the agent uses the model it is started with.").arg(target, value));
        }
    }

    QString permissionMode;
    const QJsonValue claudeMode = take(QStringLiteral("permissionMode"));
    const QJsonValue approvalMode = take(QStringLiteral("approvalMode"));
    if (approvalMode.isString() && from == Runtime::QwenCode)
        permissionMode = m_table.permissionMode(approvalMode.toString(), Runtime::QwenCode, Runtime::ClaudeCode);
    else if (claudeMode.isString())
        permissionMode = claudeMode.toString();
    const QString modeKey = approvalMode.isString() ? QStringLiteral("approvalMode") : QStringLiteral("permissionMode");
    if (!permissionMode.isEmpty()) {
        if (m_target == Runtime::ClaudeCode)
            out.setScalar(QStringLiteral("permissionMode"), permissionMode);
        else if (const QString qwen = m_table.permissionMode(permissionMode, Runtime::ClaudeCode, m_target); !qwen.isEmpty())
            out.setScalar(QStringLiteral("approvalMode"), qwen);
        else
            add(Severity::Warning, modeKey, tr("%1 has no permission mode; \"%2\" is not carried over.").arg(target, permissionMode));
    } else if (approvalMode.isString()) {
        add(Severity::Warning, modeKey, tr("Claude Code has no mode like \"%1\"; it is not carried over.").arg(approvalMode.toString()));
    }

    const QJsonValue colorValue = take(QStringLiteral("color"));
    if (colorValue.isString()) {
        const QString written = colorValue.toString();
        const QString color = written.startsWith(u'#') ? m_table.colorOfHex(written) : written.toLower();
        const QString hex = m_table.hexOf(color);
        if (hex.isEmpty() || color == QLatin1String("auto"))
            add(Severity::Info, QStringLiteral("color"), tr("The colour \"%1\" has no counterpart in %2; left out.").arg(written, target));
        else if (m_target == Runtime::ClaudeCode || m_target == Runtime::QwenCode)
            out.setScalar(QStringLiteral("color"), color);
        else if (m_target == Runtime::OpenCode)
            out.setScalar(QStringLiteral("color"), hex);
        else
            add(Severity::Info, QStringLiteral("color"), tr("%1 shows no colour for agents; left out.").arg(target));
    }

    QJsonValue turns = take(QStringLiteral("maxTurns"));
    for (const QString &key : {QStringLiteral("max_turns"), QStringLiteral("steps"), QStringLiteral("maxSteps")}) {
        if (const QJsonValue value = take(key); turns.isUndefined())
            turns = value;
    }
    if (const QJsonValue runConfig = fields.value(QLatin1String("runConfig")); turns.isUndefined() && runConfig.isObject()
        && runConfig.toObject().keys() == QStringList{QStringLiteral("max_turns")}) {
        turns = take(QStringLiteral("runConfig")).toObject().value(QLatin1String("max_turns"));
    }
    const double count = turns.isString() ? turns.toString().toDouble() : turns.toDouble();
    if (!turns.isUndefined()) {
        static const QHash<Runtime, QString> keys{{Runtime::ClaudeCode, QStringLiteral("maxTurns")},
                                                  {Runtime::QwenCode, QStringLiteral("maxTurns")},
                                                  {Runtime::GeminiCli, QStringLiteral("max_turns")},
                                                  {Runtime::OpenCode, QStringLiteral("steps")}};
        if (count < 1 || count != qRound(count))
            add(Severity::Warning, QStringLiteral("maxTurns"), tr("The turn limit is not a positive whole number; left out."));
        else if (keys.contains(m_target))
            out.setNumber(keys.value(m_target), count);
        else
            add(Severity::Warning, QStringLiteral("maxTurns"), tr("%1 has no turn limit; left out.").arg(target));
    }

    if (const QJsonValue temperature = take(QStringLiteral("temperature")); temperature.isDouble()) {
        if (m_target == Runtime::OpenCode || m_target == Runtime::GeminiCli)
            out.setNumber(QStringLiteral("temperature"), temperature.toDouble());
        else
            add(Severity::Warning, QStringLiteral("temperature"), tr("%1 has no temperature setting; left out.").arg(target));
    }
}

void AgentConverter::readBack(const AgentGrants &before, const QString &description, AgentConversion &result) const
{
    const QString target = Runtimes::name(m_target);
    const AgentReading reading = m_validator.read(QStringLiteral("/project/") + result.relativePath, result.bytes, AgentScope::Project, m_target);
    result.verdict = reading.project;
    if (!reading.project.loads || reading.project.withoutSettings) {
        result.findings.append({Severity::Error, {}, tr("%1 would not load the converted file: %2").arg(target, reading.project.reason)});
        return;
    }
    if (reading.fields.value(QLatin1String("description")).toString() != description)
        result.findings.append({Severity::Error, QStringLiteral("description"), tr("%1 would read the description differently.").arg(target)});
    if (reading.project.needsAcknowledging)
        result.findings.append({Severity::Info, {}, tr("%1 loads a project's agent once the user acknowledges it.").arg(target)});

    const AgentGrants after = AgentGrants::read(reading, result.bytes, m_catalog);
    result.grants = compareGrants(before, after, alwaysGranted(m_catalog, m_target) + alwaysGranted(m_catalog, result.from));
    for (const GrantChange &change : std::as_const(result.grants)) {
        if (change.kind == GrantChange::Kind::Widened)
            result.widened.append(change.column);
        else if (change.kind == GrantChange::Kind::Narrowed)
            result.narrowed.append(change.column);
    }
    if (!result.widened.isEmpty())
        result.findings.append({Severity::Warning, QStringLiteral("tools"), tr("%1 grants more than the source: %2.").arg(target, result.widened.join(QLatin1String(", ")))});
    if (!result.narrowed.isEmpty())
        result.findings.append({Severity::Warning, QStringLiteral("tools"), tr("%1 grants less than the source: %2.").arg(target, result.narrowed.join(QLatin1String(", ")))});
}

} // namespace Agentry
