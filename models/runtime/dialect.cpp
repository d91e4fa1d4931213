// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/dialect.h"

#include "text/frontmatter.h"

namespace Agentry {

Dialect detectDialect(const QString &fileName, const Frontmatter &frontmatter)
{
    if (fileName.endsWith(QLatin1String(".agent.md"), Qt::CaseInsensitive))
        return Dialect::Copilot;
    const FrontmatterField *tools = frontmatter.field(QStringLiteral("tools"));
    if ((tools && tools->value.isObject()) || frontmatter.field(QStringLiteral("mode")))
        return Dialect::OpenCode;
    if (frontmatter.isParsed() && !frontmatter.fields().isEmpty()) {
        static const char *const agentKeys[] = {"name", "description", "tools", "model", "prompt"};
        for (const char *key : agentKeys) {
            if (frontmatter.field(QLatin1String(key)))
                return Dialect::ClaudeCode;
        }
        return Dialect::Unknown;
    }
    return Dialect::ClaudeCode;
}

QString dialectId(Dialect dialect)
{
    switch (dialect) {
    case Dialect::ClaudeCode:
        return QStringLiteral("claude-code");
    case Dialect::Copilot:
        return QStringLiteral("copilot");
    case Dialect::OpenCode:
        return QStringLiteral("opencode");
    case Dialect::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Agentry
