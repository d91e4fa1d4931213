// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/runtimeprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Agentry {

// Reads agent files the way one Claude Code version does: its block pattern (the first
// `---` anywhere closes the block), its strict YAML parse, its quoting retry, its load rules.
class RuntimeReader
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeReader)

public:
    // `profile` must outlive the reader.
    explicit RuntimeReader(const RuntimeProfile &profile);

    // `fileName` (without folders) names a plugin agent whose frontmatter has no name.
    AgentReading read(const QByteArray &bytes, const QString &fileName = QString()) const;

    // The client's retry rewrite of a frontmatter text; nothing when this client has no retry.
    // `rewrittenLines` gets the 0-based lines it changed and the key each one holds.
    std::optional<QString> retryText(const QString &yaml, QVector<AgentReading::RewrittenLine> *rewrittenLines = nullptr) const;

    // Why the hooks of these fields keep an agent in .claude/agents/ from loading (a guard hook
    // at the top level, `hooks` failing the schema), or nothing.
    std::optional<QString> hooksProblem(const QJsonObject &fields) const;

    const RuntimeProfile &profile() const { return m_profile; }

private:
    ScopeVerdict projectVerdict(const AgentReading &reading, qsizetype size) const;
    ScopeVerdict pluginVerdict(const AgentReading &reading, qsizetype size, const QString &fileName) const;

    const RuntimeProfile &m_profile;
};

} // namespace Agentry
