// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/agentscope.h"
#include "runtime/runtimeprofile.h"
#include "text/agenttext.h"
#include "validation/crossagentrule.h"
#include "validation/diagnostic.h"
#include "validation/rule.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace Agentry {

class FolderRuntimes;

class Rule;
class ToolCatalog;

// What checking one agent file found: how the client reads it, and the diagnostics.
struct AgentFindings
{
    AgentReading reading;
    QVector<Diagnostic> diagnostics; // by position, then code
    CrossAgentEntry entry;           // what the cross-agent rules need of the file
};

// Runs the document rules (AG1xx–AG4xx) over one agent file. Cheap enough to run on every
// keystroke (a 70 KB file in well under 5 ms); safe to use from several threads at once.
class AgentValidator
{
public:
    // `profile` and `tools` must outlive the validator. `runtime`: the runtime every file is read
    // as, unless validate() names one; by default the one RuntimeLocator chooses for each file.
    explicit AgentValidator(const RuntimeProfile &profile, const ToolCatalog &tools, std::optional<Runtime> runtime = std::nullopt);
    AgentValidator(); // the newest built-in client profile and the built-in tool catalog
    ~AgentValidator();

    // `path` names the file in messages; its file name matters to the rules (plugin agents are
    // named after it). With Fixes::Skip the diagnostics come without fixes, several times faster,
    // and `text.frontmatter` (Agentry's own parse) is not looked at.
    // `takenNames`: the names other agents of the file's folder load under (RuleContext).
    // `runtime`: the runtime whose reading counts; when not given, RuntimeLocator's choice by the
    // file's folder, then by its frontmatter. Only the rules that apply to it check the file.
    AgentFindings validate(const QString &path, const AgentText &text, AgentScope scope,
                           RuleContext::Fixes fixes = RuleContext::Fixes::Compute, const TakenNames &takenNames = {},
                           std::optional<Runtime> runtime = std::nullopt) const;

    // Folders whose files are read as a runtime the user chose (not owned; null: none). Ranks
    // below a runtime validate() or read() is given and above the one the validator was made with.
    void setFolderRuntimes(const FolderRuntimes *folders) { m_folders = folders; }

    // How the runtime validate() would choose reads the file, without the rules.
    AgentReading read(const QString &path, const QByteArray &bytes, AgentScope scope, std::optional<Runtime> runtime = std::nullopt) const;
    // The readings of the other runtimes that read the file's folder too (Copilot reads a
    // project's `.claude/agents/`), beside `runtime`'s, which the file was checked as.
    QVector<AgentReading> alsoReadBy(const QString &path, const QByteArray &bytes, Runtime runtime) const;

    const std::vector<std::unique_ptr<Rule>> &rules() const { return m_rules; }
    const Rule *rule(const QString &code) const;
    const RuntimeProfile &profile() const { return m_profile; }

private:
    const RuntimeProfile &m_profile;
    const ToolCatalog &m_tools;
    std::optional<Runtime> m_runtime;
    const FolderRuntimes *m_folders = nullptr;
    std::vector<std::unique_ptr<Rule>> m_rules;
    // Read once: every QDir::homePath() takes the lock on the process's environment, which the
    // threads of a large check would otherwise queue for file after file.
    const QString m_home;
};

} // namespace Agentry
