// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace Agentry {

// Whether the client loads an agent file in one scope, and why not.
struct ScopeVerdict
{
    bool loads = false;
    QString name;   // the name it loads under (plugin agents: without the plugin prefix)
    QString reason; // plain words when it does not load, or what it loads without
    QString field;  // the key the reason is about, if any
};

// How one Claude Code version reads one agent file: the block it finds, what its parser
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

    // The verdict of the rules a file in `scope` loads by: plugin agents by the plugin rules,
    // every other file by the project rules.
    const ScopeVerdict &verdictIn(AgentScope scope) const { return scope == AgentScope::Plugin ? plugin : project; }
    ScopeVerdict &verdictIn(AgentScope scope) { return scope == AgentScope::Plugin ? plugin : project; }
    bool hasBlock() const { return outcome != Outcome::Missing; }
    bool isParsed() const { return outcome == Outcome::Ok || outcome == Outcome::Lenient; }
    static const char *outcomeName(Outcome outcome); // ok, lenient, broken, missing
};

} // namespace Agentry
