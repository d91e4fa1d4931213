// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"
#include "runtime/runtimes.h"
#include "runtime/yamlvalue.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace Agentry {

// Whether the client loads an agent file in one scope, and why not.
struct ScopeVerdict
{
    bool loads = false;
    QString name;   // the name it loads under (plugin agents: without the plugin prefix)
    QString reason; // plain words when it does not load, or what it loads without
    QString field;  // the key the reason is about, if any
    bool withoutSettings = false;    // loads, but with none of its frontmatter's settings
    bool breaksRuntime = false;      // the runtime stops altogether over this file
    bool needsAcknowledging = false; // loads once the user acknowledges it (Gemini CLI's project agents)
};

// What a runtime other than Claude Code says or does about one thing in a file, in its words.
struct RuntimeIssue
{
    enum class Effect {
        Refuses,            // the file is not loaded
        StopsRuntime,       // the runtime does not start at all
        DropsSettings,      // it loads with none of its settings
        Ignored,            // a key or value is left out, the rest loads
        UnknownTool,        // a tool name it does not know: no tool is granted
        NeedsAcknowledging, // it loads once acknowledged
        Lenient,            // only a lenient fallback reads the frontmatter
    };

    // An edit that mends the issue for this runtime, where one is known.
    struct Repair
    {
        enum class Kind {
            None,
            RenameTool, // `from` in tools becomes the runtime's `to` (a Claude Code tool name)
            ToolsList,  // tools written as a list of `tools` instead of a string
            RemoveKey,  // `from` goes: a key the runtime refuses
        };
        Kind kind = Kind::None;
        QString from;
        QString to;
        QStringList tools;
    };

    Effect effect = Effect::Refuses;
    QString message; // the runtime's own words where it has some
    QString field;   // the key it is about, if any
    int line = -1;   // 0-based file line, -1 when it is about the whole file
    Repair repair;
};

// How one runtime (one Claude Code version, or another runtime's spec) reads one agent file: the block it finds, what its parser
// makes of it, and whether the agent loads. Byte offsets are into the file's bytes.
struct AgentReading
{
    enum class Outcome {
        Ok,      // strict YAML parses the frontmatter
        Lenient, // only the client's quoting retry parses it
        Broken,  // neither does: every field is dropped
        Missing, // no frontmatter block as the client finds them
    };

    // A position in the file: 0-based line, 0-based column in UTF-16 units.
    struct Position
    {
        int line = 0;
        int column = 0;
    };

    struct ParseError
    {
        Position at;
        QString message;
    };

    // A line the retry rewrote: the key whose value it quoted (or none when it only replaced tabs).
    struct RewrittenLine
    {
        int line = 0; // 0-based file line
        QString key;
    };

    Outcome outcome = Outcome::Missing;
    qsizetype contentStart = 0; // first byte of the YAML text
    qsizetype contentEnd = 0;   // one past it: the closing `---` starts here
    qsizetype blockEnd = 0;     // one past the closing `---` and what the client's pattern takes after it
    int contentLine = 0;        // line of contentStart
    Position close;             // where the closing `---` stands
    QJsonObject fields;         // what the client reads; empty when broken, missing, or not a mapping
    bool mapping = true;        // the frontmatter is a mapping (or empty)
    std::optional<ParseError> strictError;
    std::optional<ParseError> retryError;
    QVector<RewrittenLine> rewritten; // lenient: the lines the retry changed
    ScopeVerdict project;              // in .claude/agents/ (project or user)
    ScopeVerdict plugin;               // in a plugin's agents/
    Runtime runtime = Runtime::ClaudeCode;
    QString version;               // of the runtime other than Claude Code that read it
    QVector<RuntimeIssue> issues;  // what a runtime other than Claude Code says about the file
    // OpenCode's own parse of the frontmatter, which keeps the order of keys that `fields` loses
    // (the order of its permission rules decides them); null for other runtimes.
    std::shared_ptr<const YamlValue> document;

    // The verdict of the rules a file in `scope` loads by: plugin agents by the plugin rules,
    // every other file by the project rules.
    const ScopeVerdict &verdictIn(AgentScope scope) const { return scope == AgentScope::Plugin ? plugin : project; }
    ScopeVerdict &verdictIn(AgentScope scope) { return scope == AgentScope::Plugin ? plugin : project; }
    bool hasBlock() const { return outcome != Outcome::Missing; }
    bool isParsed() const { return outcome == Outcome::Ok || outcome == Outcome::Lenient; }
    static const char *outcomeName(Outcome outcome); // ok, lenient, broken, missing
};

} // namespace Agentry
