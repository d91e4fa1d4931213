// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Agentry {

class Frontmatter;

// The agent-file dialect a file is written in; decides which fields the form offers.
enum class Dialect { ClaudeCode, Copilot, OpenCode, Unknown };

// Claude Code unless the file name or the fields say otherwise: `*.agent.md` is GitHub
// Copilot; `tools` as a map or a `mode` key is OpenCode; parsed frontmatter without any
// agent key is unknown.
Dialect detectDialect(const QString &fileName, const Frontmatter &frontmatter);
QString dialectId(Dialect dialect); // claude-code, copilot, opencode, unknown

} // namespace Agentry
