// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/crossagentrule.h"

#include "runtime/fieldlocator.h"
#include "runtime/runtimeprofile.h"
#include "runtime/toolcatalog.h"
#include "text/lineindex.h"
#include "validation/rule.h"

namespace Agentry {

struct LibraryContext::Located
{
    LineIndex lines;
    FieldLocator fields;
};

LibraryContext::LibraryContext(const QVector<CrossAgentEntry> &entries)
    : m_entries(entries)
{
    m_names.reserve(entries.size());
    for (const CrossAgentEntry &e : entries) {
        const ScopeVerdict &verdict = e.scope == AgentScope::Plugin ? e.reading->plugin : e.reading->project;
        m_names.append(verdict.loads ? verdict.name : QString());
    }
}

LibraryContext::~LibraryContext() = default;

QString LibraryContext::loadedName(int entry) const
{
    return m_names.at(entry);
}

const LibraryContext::Located &LibraryContext::located(int entry) const
{
    std::shared_ptr<Located> &slot = m_located[entry];
    if (!slot) {
        const CrossAgentEntry &e = m_entries.at(entry);
        slot = std::make_shared<Located>(Located{LineIndex(e.text->bytes), FieldLocator(e.text->bytes, *e.reading)});
    }
    return *slot;
}

Diagnostic LibraryContext::onField(int entry, const QString &code, Severity severity, const QString &message, const QString &key) const
{
    const CrossAgentEntry &e = m_entries.at(entry);
    const Located &where = located(entry);
    // Only the positioning helpers of the context are used here: profile and catalog do not matter.
    const RuleContext context{e.path, e.path.mid(e.path.lastIndexOf(u'/') + 1), e.scope, *e.text, *e.reading, RuntimeProfile::latest(),
                              ToolCatalog::builtin(), where.lines, where.fields};
    return context.onField(code, severity, message, key);
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
