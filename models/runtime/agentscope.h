// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Agentry {

// Where Claude Code finds an agent file, which decides how it is addressed and loaded.
enum class AgentScope {
    Project, // <folder>/.claude/agents/**/*.md
    User,    // ~/.claude/agents/**/*.md; a project agent of the same name wins
    Plugin,  // <plugin>/agents/*.md next to <plugin>/.claude-plugin/plugin.json
    Folder,  // any other .md file of a folder that has neither of the above
};

} // namespace Agentry
