// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QString>

namespace Agentry {

class Frontmatter;

// The agent-file dialect a file is written in: the runtime it is for, which decides which
// fields the form offers.
enum class Dialect { ClaudeCode, Copilot, OpenCode, GeminiCli, QwenCode, FactoryDroid, Unknown };

// The runtime of the agent folder `path` lies in (`.opencode/agent/`, `.gemini/agents/`, ...);
// elsewhere Claude Code unless the file name or the fields say otherwise (RuntimeLocator's
// reading by content: `*.agent.md` is GitHub Copilot, `tools` as a map or a `mode` key OpenCode,
// ...); parsed frontmatter without any agent key is unknown.
Dialect detectDialect(const QString &path, const Frontmatter &frontmatter);
Dialect dialectOf(Runtime runtime);
QString dialectId(Dialect dialect); // claude-code, copilot, opencode, gemini-cli, qwen-code, factory-droid, unknown

} // namespace Agentry
