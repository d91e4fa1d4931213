// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QSet>
#include <QString>

namespace Agentry {

// An agent's name as another runtime takes it, and where that runtime's project looks for it.
class TargetName
{
public:
    // `name` made valid for `runtime`: kept when valid, else a slug of it (Gemini CLI's
    // `^[a-z0-9-_]+$`; Qwen Code's 2–50 characters, no reserved names). A name already in
    // `taken` (compared without case) gets `-2`, `-3`, …; the result is added to `taken`.
    static QString of(Runtime runtime, const QString &name, QSet<QString> *taken = nullptr);
    // The file a project gives the agent, relative to the project's folder:
    // `.gemini/agents/<name>.md`, `.github/agents/<name>.agent.md`, `.opencode/agent/<name>.md`, …
    static QString relativePath(Runtime runtime, const QString &name);
    // Whether `name` is valid for `runtime` as it is.
    static bool isValid(Runtime runtime, const QString &name);

private:
    static QString slug(const QString &name);
    static QString fileStem(const QString &name);
};

} // namespace Agentry
