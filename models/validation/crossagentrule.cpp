// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/crossagentrule.h"

#include "runtime/runtimelocator.h"
#include "validation/nameclashes.h"
#include "validation/rule.h"

#include <QDir>

namespace Agentry {

CrossAgentEntry CrossAgentEntry::of(const RuleContext &context)
{
    const ScopeVerdict &verdict = context.verdict();
    // Names of other runtimes' agents live in other namespaces: they never clash with Claude Code's.
    const Runtime runtime = context.reading.runtime;
    const bool claude = runtime == Runtime::ClaudeCode;
    QString runtimeName = verdict.loads && !claude ? verdict.name : QString();
    if (!runtimeName.isEmpty() && runtime == Runtime::Copilot) {
        // Copilot tells agents apart by the id their path gives them, not by `name`.
        if (const auto located = RuntimeLocator::locate(context.path, QDir::fromNativeSeparators(QDir::homePath())))
            runtimeName = located->place.derivedName;
    }
    // Only the positions of these diagnostics are used: code, severity and message come later.
    return {context.path,
            context.scope,
            verdict.loads && claude ? verdict.name : QString(),
            runtime,
            runtimeName,
            context.reading.fields.value(QLatin1String("description")),
            context.onField({}, Severity::Info, {}, QStringLiteral("name")),
            context.onField({}, Severity::Info, {}, QStringLiteral("description"))};
}

LibraryContext::LibraryContext(const QVector<CrossAgentEntry> &entries)
    : m_entries(entries)
{
}

LibraryContext::~LibraryContext() = default;

const NameClashes &LibraryContext::clashes() const
{
    std::call_once(m_clashesMade, [this] { m_clashes = std::make_unique<const NameClashes>(m_entries); });
    return *m_clashes;
}

Diagnostic LibraryContext::onField(int entry, const QString &code, Severity severity, const QString &message, const QString &key) const
{
    const CrossAgentEntry &e = m_entries.at(entry);
    Q_ASSERT(key == QLatin1String("name") || key == QLatin1String("description"));
    Diagnostic d = key == QLatin1String("name") ? e.nameAnchor : e.descriptionAnchor;
    d.code = code;
    d.severity = severity;
    d.message = message;
    return d;
}

QString LibraryContext::clashFolder(const CrossAgentEntry &entry)
{
    static const QString agents = QStringLiteral("/.claude/agents/");
    if (entry.scope == AgentScope::Project || entry.scope == AgentScope::User) {
        const qsizetype at = entry.path.lastIndexOf(agents);
        if (at >= 0)
            return entry.path.left(at + agents.size() - 1);
    }
    return entry.path.left(entry.path.lastIndexOf(u'/'));
}

} // namespace Agentry
