// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"
#include "runtime/specreader.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Agentry {

// Which runtime reads a file: by the agent folder it lies in first (`.opencode/agent/`,
// `.gemini/agents/`, …; `.claude/agents/` and plugins are Claude Code's), then, for files in
// no agent folder, by what its frontmatter holds.
class RuntimeLocator
{
public:
    struct Located
    {
        Runtime runtime = Runtime::ClaudeCode;
        SpecReader::Place place;
    };

    // The runtime whose agent folder holds `path` (absolute, '/' separators), and where in it.
    static std::optional<Located> locate(const QString &path, const QString &home);
    // How `runtime` places `path`: by its folder when it lies in one of the runtime's, else as a project file named after it.
    static SpecReader::Place placeFor(Runtime runtime, const QString &path, const QString &home);
    // The runtime a file in no agent folder is written for, by its name and its frontmatter's keys
    // and tool names; Claude Code when nothing points elsewhere.
    static Runtime byContent(const QString &fileName, const QJsonObject &fields);
    // The other runtimes whose folders hold `path` too, each with its place: a project's
    // `.claude/agents/` is Copilot's as well as Claude Code's.
    static QVector<Located> alsoReadBy(const QString &path, const QString &home);
};

} // namespace Agentry
