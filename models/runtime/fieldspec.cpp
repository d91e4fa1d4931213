// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/fieldspec.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Agentry {

namespace {

using Kind = FieldSpec::Kind;
using Section = FieldSpec::Section;
using Flag = FieldSpec::Flag;

QStringList strings(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list.append(QLatin1String(value));
    return list;
}

FieldSpec spec(const char *key, Kind kind, Section section, const char *label, const char *help,
               FieldSpec::Flags flags = Flag::NoFlags, const QStringList &allowed = {}, int minimum = 0)
{
    FieldSpec field;
    field.key = QLatin1String(key);
    field.kind = kind;
    field.section = section;
    field.flags = flags;
    field.allowedValues = allowed;
    field.minimum = minimum;
    field.labelText = label;
    field.helpText = help;
    return field;
}

// Claude Code's agent schema (docs: spec/claude-code-agents.md, "Frontmatter fields").
QVector<FieldSpec> claudeCode()
{
    return {
        spec("name", Kind::LineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Name"),
             QT_TRANSLATE_NOOP("FieldSpec", "The identifier Claude uses to call the agent: lowercase letters, digits and hyphens."),
             Flag::Required),
        spec("description", Kind::MultiLineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Description"),
             QT_TRANSLATE_NOOP("FieldSpec", "When to use the agent; Claude reads it to decide when to delegate."), Flag::Required),
        spec("color", Kind::Color, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "Co&lor"),
             QT_TRANSLATE_NOOP("FieldSpec", "The color the agent is shown in."), Flag::NoFlags,
             strings({"red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan"})),
        spec("tools", Kind::ToolList, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "&Tools"),
             QT_TRANSLATE_NOOP("FieldSpec", "The tools the agent may use. Without this key it inherits every tool, MCP tools included.")),
        spec("disallowedTools", Kind::ToolList, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "Disallo&wed tools"),
             QT_TRANSLATE_NOOP("FieldSpec", "Tools taken away from the inherited set; ignored when Tools is set."), Flag::Compact),
        spec("model", Kind::Model, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Model"),
             QT_TRANSLATE_NOOP("FieldSpec", "The model the agent runs on: an alias, a full model id, or inherit for the caller's model."),
             Flag::NoFlags, strings({"inherit", "sonnet", "opus", "haiku"})),
        spec("effort", Kind::Choice, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Effort"),
             QT_TRANSLATE_NOOP("FieldSpec", "How hard the model thinks: a level or a whole number."), Flag::AcceptsInteger,
             strings({"low", "medium", "high", "xhigh", "max"})),
        spec("permissionMode", Kind::Choice, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Permission mode"),
             QT_TRANSLATE_NOOP("FieldSpec", "How the agent asks before it acts."), Flag::NoFlags,
             strings({"default", "acceptEdits", "plan", "bypassPermissions", "dontAsk", "auto"})),
        spec("memory", Kind::Choice, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "Memor&y"),
             QT_TRANSLATE_NOOP("FieldSpec", "Which memory the agent keeps between sessions."), Flag::NoFlags,
             strings({"user", "project", "local"})),
        spec("isolation", Kind::Choice, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Isolation"),
             QT_TRANSLATE_NOOP("FieldSpec", "Where the agent works: in its own git worktree or remotely."), Flag::NoFlags,
             strings({"worktree", "remote"})),
        spec("background", Kind::Boolean, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Background"),
             QT_TRANSLATE_NOOP("FieldSpec", "Run the agent in the background by default.")),
        spec("maxTurns", Kind::Integer, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "Max t&urns"),
             QT_TRANSLATE_NOOP("FieldSpec", "The most turns the agent takes before it stops."), Flag::NoFlags, {}, 1),
        spec("skills", Kind::StringList, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "S&kills"),
             QT_TRANSLATE_NOOP("FieldSpec", "Skills loaded into the agent's context when it starts.")),
        spec("initialPrompt", Kind::MultiLineText, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "Initial p&rompt"),
             QT_TRANSLATE_NOOP("FieldSpec", "The first message when the agent runs as the main session."), Flag::Compact),
        spec("mcpServers", Kind::YamlSnippet, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "MCP ser&vers"),
             QT_TRANSLATE_NOOP("FieldSpec", "MCP servers connected while the agent runs: names or inline configurations, as a YAML list.")),
        spec("hooks", Kind::YamlSnippet, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "&Hooks"),
             QT_TRANSLATE_NOOP("FieldSpec", "Shell commands run on events while the agent runs, as a YAML map of event to hooks.")),
        spec("omitClaudeMd", Kind::Boolean, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "Omit CLAUDE.md"),
             QT_TRANSLATE_NOOP("FieldSpec", "Leave CLAUDE.md out of the agent's context.")),
        spec("autoCompactWindow", Kind::Integer, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "Auto-compact window"),
             QT_TRANSLATE_NOOP("FieldSpec", "The context size in tokens at which the conversation is compacted (100000 or more)."),
             Flag::NoFlags, {}, 100000),
        spec("observer", Kind::LineText, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "Observer"),
             QT_TRANSLATE_NOOP("FieldSpec", "The agent that watches this one.")),
        spec("observerMessage", Kind::LineText, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "Observer message"),
             QT_TRANSLATE_NOOP("FieldSpec", "What the observer is told about this agent.")),
        spec("observeSubagents", Kind::Boolean, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "Observe subagents"),
             QT_TRANSLATE_NOOP("FieldSpec", "Let the observer see the agents this one starts.")),
        spec("observeToolResults", Kind::Boolean, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "Observe tool results"),
             QT_TRANSLATE_NOOP("FieldSpec", "Let the observer see what the agent's tools return.")),
    };
}

// GitHub Copilot custom agents (`*.agent.md`); their tool names are not Claude's, so a plain list.
QVector<FieldSpec> copilot()
{
    return {
        spec("name", Kind::LineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Name"),
             QT_TRANSLATE_NOOP("FieldSpec", "The agent's name; the file name when absent.")),
        spec("description", Kind::MultiLineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Description"),
             QT_TRANSLATE_NOOP("FieldSpec", "What the agent does, shown when choosing it."), Flag::Required),
        spec("argument-hint", Kind::LineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "Argument &hint"),
             QT_TRANSLATE_NOOP("FieldSpec", "The hint shown in the chat input when the agent is chosen.")),
        spec("tools", Kind::StringList, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "&Tools"),
             QT_TRANSLATE_NOOP("FieldSpec", "The tools and tool sets the agent may use.")),
        spec("model", Kind::Model, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Model"),
             QT_TRANSLATE_NOOP("FieldSpec", "The model the agent runs on; the one picked in the chat when absent.")),
        spec("model-policy", Kind::Choice, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "Model &policy"),
             QT_TRANSLATE_NOOP("FieldSpec", "Whether the agent's models are preferred or required (Copilot CLI)."), Flag::NoFlags,
             strings({"preferred", "required"})),
        spec("reasoning-effort", Kind::LineText, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Reasoning effort"),
             QT_TRANSLATE_NOOP("FieldSpec", "How hard the model thinks, where the model supports it (Copilot CLI).")),
        spec("target", Kind::Choice, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "Tar&get"),
             QT_TRANSLATE_NOOP("FieldSpec", "Where the agent is offered."), Flag::NoFlags, strings({"vscode", "github-copilot"})),
        spec("user-invocable", Kind::Boolean, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&User invocable"),
             QT_TRANSLATE_NOOP("FieldSpec", "Offer the agent in the agent picker.")),
        spec("disable-model-invocation", Kind::Boolean, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "Disable model &invocation"),
             QT_TRANSLATE_NOOP("FieldSpec", "Keep the model from starting the agent as a task.")),
        spec("mcp-servers", Kind::YamlSnippet, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "MCP ser&vers"),
             QT_TRANSLATE_NOOP("FieldSpec", "MCP servers of the agent's own, as a YAML map (Copilot CLI).")),
        spec("skills", Kind::StringList, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "S&kills"),
             QT_TRANSLATE_NOOP("FieldSpec", "Skills loaded into the agent (Copilot CLI).")),
    };
}

// OpenCode agents (spec/opencode-agents.md): the name is the file's path; `tools` and
// `permission` are maps.
QVector<FieldSpec> openCode()
{
    return {
        spec("description", Kind::MultiLineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Description"),
             QT_TRANSLATE_NOOP("FieldSpec", "What the agent does and when to use it.")),
        spec("mode", Kind::Choice, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "M&ode"),
             QT_TRANSLATE_NOOP("FieldSpec", "Whether the agent is a primary agent, a subagent, or both."), Flag::NoFlags,
             strings({"primary", "subagent", "all"})),
        spec("tools", Kind::YamlSnippet, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "&Tools"),
             QT_TRANSLATE_NOOP("FieldSpec", "Tools switched on or off, as a YAML map of tool to true or false.")),
        spec("permission", Kind::Permission, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "&Permission"),
             QT_TRANSLATE_NOOP("FieldSpec", "allow, ask or deny per permission, or per command pattern; the last matching rule wins.")),
        spec("model", Kind::Model, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Model"),
             QT_TRANSLATE_NOOP("FieldSpec", "The model as provider/model-id; the caller's model when absent.")),
        spec("temperature", Kind::Number, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "T&emperature"),
             QT_TRANSLATE_NOOP("FieldSpec", "How varied the model's answers are; the model's default when absent.")),
        spec("top_p", Kind::Number, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "N&ucleus (top_p)"),
             QT_TRANSLATE_NOOP("FieldSpec", "Nucleus sampling; the model's default when absent.")),
        spec("steps", Kind::Integer, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Steps"),
             QT_TRANSLATE_NOOP("FieldSpec", "How many agentic iterations the agent may take."), Flag::NoFlags, {}, 1),
        spec("variant", Kind::LineText, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "&Variant"),
             QT_TRANSLATE_NOOP("FieldSpec", "The model variant used by default.")),
        spec("hidden", Kind::Boolean, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "&Hidden"),
             QT_TRANSLATE_NOOP("FieldSpec", "Leave a subagent out of @-completion.")),
        spec("disable", Kind::Boolean, Section::Advanced, QT_TRANSLATE_NOOP("FieldSpec", "Disab&le"),
             QT_TRANSLATE_NOOP("FieldSpec", "Switch the agent off without deleting it.")),
    };
}

// Gemini CLI agents (spec/gemini-cli-agents.md): a strict schema, tool names of its own.
QVector<FieldSpec> geminiCli()
{
    return {
        spec("name", Kind::LineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Name"),
             QT_TRANSLATE_NOOP("FieldSpec", "Lowercase letters, digits, - and _; Gemini CLI refuses the agent without it."), Flag::Required),
        spec("display_name", Kind::LineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "Displa&y name"),
             QT_TRANSLATE_NOOP("FieldSpec", "The name shown to people.")),
        spec("description", Kind::MultiLineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Description"),
             QT_TRANSLATE_NOOP("FieldSpec", "What the agent does; Gemini CLI refuses the agent without it."), Flag::Required),
        spec("kind", Kind::Choice, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Kind"),
             QT_TRANSLATE_NOOP("FieldSpec", "A local agent runs here; a remote one is reached through its agent card."), Flag::NoFlags,
             strings({"local", "remote"})),
        spec("tools", Kind::StringList, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "&Tools"),
             QT_TRANSLATE_NOOP("FieldSpec", "Gemini CLI's tool names (read_file, run_shell_command, mcp_server_tool); every tool when absent.")),
        spec("mcp_servers", Kind::YamlSnippet, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "MCP ser&vers"),
             QT_TRANSLATE_NOOP("FieldSpec", "MCP servers of the agent's own, as a YAML map of name to server.")),
        spec("model", Kind::Model, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Model"),
             QT_TRANSLATE_NOOP("FieldSpec", "The model the agent runs on; the session's when absent."), Flag::NoFlags, strings({"inherit"})),
        spec("temperature", Kind::Number, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "T&emperature"),
             QT_TRANSLATE_NOOP("FieldSpec", "How varied the model's answers are, 0 to 2; 1 when absent.")),
        spec("max_turns", Kind::Integer, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "Max t&urns"),
             QT_TRANSLATE_NOOP("FieldSpec", "How many turns the agent may take; 30 when absent."), Flag::NoFlags, {}, 1),
        spec("timeout_mins", Kind::Integer, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "Time&out (minutes)"),
             QT_TRANSLATE_NOOP("FieldSpec", "How long the agent may run; 10 minutes when absent."), Flag::NoFlags, {}, 1),
    };
}

// Qwen Code agents (spec/qwen-code-agents.md).
QVector<FieldSpec> qwenCode()
{
    return {
        spec("name", Kind::LineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Name"),
             QT_TRANSLATE_NOOP("FieldSpec", "2 to 50 letters, digits, - and _; Qwen Code skips the agent without it."), Flag::Required),
        spec("description", Kind::MultiLineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Description"),
             QT_TRANSLATE_NOOP("FieldSpec", "What the agent does; Qwen Code skips the agent without it."), Flag::Required),
        spec("color", Kind::Choice, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Color"),
             QT_TRANSLATE_NOOP("FieldSpec", "The agent's colour in the interface."), Flag::NoFlags,
             strings({"red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan", "auto"})),
        spec("tools", Kind::StringList, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "&Tools"),
             QT_TRANSLATE_NOOP("FieldSpec", "Qwen Code's tool names (read_file or ReadFile, run_shell_command or Shell); every tool when absent.")),
        spec("disallowedTools", Kind::StringList, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "Disallo&wed tools"),
             QT_TRANSLATE_NOOP("FieldSpec", "Tools taken away, MCP servers and tools too (mcp__server__tool).")),
        spec("model", Kind::Model, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Model"),
             QT_TRANSLATE_NOOP("FieldSpec", "inherit, fast, a model id, or authType:model-id."), Flag::NoFlags, strings({"inherit", "fast"})),
        spec("approvalMode", Kind::Choice, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Approval mode"),
             QT_TRANSLATE_NOOP("FieldSpec", "How the agent's tool calls are approved."), Flag::NoFlags,
             strings({"plan", "default", "auto-edit", "auto", "yolo", "bubble"})),
        spec("maxTurns", Kind::Integer, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "Max t&urns"),
             QT_TRANSLATE_NOOP("FieldSpec", "How many turns the agent may take."), Flag::NoFlags, {}, 1),
        spec("runConfig", Kind::YamlSnippet, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Run config"),
             QT_TRANSLATE_NOOP("FieldSpec", "max_turns and max_time_minutes, as a YAML map.")),
        spec("background", Kind::Boolean, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Background"),
             QT_TRANSLATE_NOOP("FieldSpec", "Run the agent in the background.")),
        spec("mcpServers", Kind::YamlSnippet, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "MCP ser&vers"),
             QT_TRANSLATE_NOOP("FieldSpec", "MCP servers of the agent's own, as a YAML map of name to server.")),
        spec("hooks", Kind::YamlSnippet, Section::Extensions, QT_TRANSLATE_NOOP("FieldSpec", "Hoo&ks"),
             QT_TRANSLATE_NOOP("FieldSpec", "Commands run on events, as a YAML map of event to matchers.")),
    };
}

// Factory Droid's droids (spec/factory-droid-agents.md).
QVector<FieldSpec> factoryDroid()
{
    return {
        spec("name", Kind::LineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Name"),
             QT_TRANSLATE_NOOP("FieldSpec", "Lowercase letters, digits, - and _; the file name when absent.")),
        spec("description", Kind::MultiLineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Description"),
             QT_TRANSLATE_NOOP("FieldSpec", "What the droid does, shown to the main agent.")),
        spec("tools", Kind::StringList, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "&Tools"),
             QT_TRANSLATE_NOOP("FieldSpec", "Tool names (Read, Execute, Create) or one category: read-only, edit, execute, web, mcp; every tool when absent.")),
        spec("mcpServers", Kind::StringList, Section::Tools, QT_TRANSLATE_NOOP("FieldSpec", "MCP ser&vers"),
             QT_TRANSLATE_NOOP("FieldSpec", "The MCP servers whose tools the droid may use.")),
        spec("model", Kind::Model, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Model"),
             QT_TRANSLATE_NOOP("FieldSpec", "inherit, a model id or custom:model-id."), Flag::NoFlags, strings({"inherit"})),
        spec("reasoningEffort", Kind::LineText, Section::Behavior, QT_TRANSLATE_NOOP("FieldSpec", "&Reasoning effort"),
             QT_TRANSLATE_NOOP("FieldSpec", "How hard the model thinks, as the model offers it.")),
    };
}

QVector<FieldSpec> unknown()
{
    return {
        spec("name", Kind::LineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Name"),
             QT_TRANSLATE_NOOP("FieldSpec", "The agent's name.")),
        spec("description", Kind::MultiLineText, Section::General, QT_TRANSLATE_NOOP("FieldSpec", "&Description"),
             QT_TRANSLATE_NOOP("FieldSpec", "What the agent does.")),
    };
}

} // namespace

QString FieldSpec::label() const
{
    return QCoreApplication::translate("FieldSpec", labelText);
}

QString FieldSpec::help() const
{
    return QCoreApplication::translate("FieldSpec", helpText);
}

const QVector<FieldSpec> &FieldSpecs::forDialect(Dialect dialect)
{
    static const QVector<FieldSpec> claude = claudeCode();
    static const QVector<FieldSpec> github = copilot();
    static const QVector<FieldSpec> open = openCode();
    static const QVector<FieldSpec> gemini = geminiCli();
    static const QVector<FieldSpec> qwen = qwenCode();
    static const QVector<FieldSpec> factory = factoryDroid();
    static const QVector<FieldSpec> other = unknown();
    switch (dialect) {
    case Dialect::ClaudeCode:
        return claude;
    case Dialect::Copilot:
        return github;
    case Dialect::OpenCode:
        return open;
    case Dialect::GeminiCli:
        return gemini;
    case Dialect::QwenCode:
        return qwen;
    case Dialect::FactoryDroid:
        return factory;
    case Dialect::Unknown:
        break;
    }
    return other;
}

const FieldSpec *FieldSpecs::find(Dialect dialect, const QString &key)
{
    for (const FieldSpec &spec : forDialect(dialect)) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString FieldSpecs::sectionTitle(FieldSpec::Section section)
{
    switch (section) {
    case Section::General:
        return QCoreApplication::translate("FieldSpec", "General");
    case Section::Tools:
        return QCoreApplication::translate("FieldSpec", "Tools");
    case Section::Behavior:
        return QCoreApplication::translate("FieldSpec", "Model and behavior");
    case Section::Extensions:
        return QCoreApplication::translate("FieldSpec", "Skills, MCP and hooks");
    case Section::Advanced:
        break;
    }
    return QCoreApplication::translate("FieldSpec", "Advanced");
}

QString FieldSpecs::nameFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).fileName();
    for (const QLatin1String suffix : {QLatin1String(".agent.md"), QLatin1String(".md"), QLatin1String(".markdown")}) {
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    // Runs of anything but letters and digits become one hyphen.
    QString name;
    for (const QChar c : base.toLower()) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("agent") : name;
}

} // namespace Agentry
