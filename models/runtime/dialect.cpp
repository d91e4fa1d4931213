// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/dialect.h"

#include "runtime/runtimelocator.h"
#include "text/frontmatter.h"

#include <QDir>
#include <QFileInfo>

namespace Agentry {

Dialect dialectOf(Runtime runtime)
{
    switch (runtime) {
    case Runtime::ClaudeCode:
        return Dialect::ClaudeCode;
    case Runtime::Copilot:
        return Dialect::Copilot;
    case Runtime::OpenCode:
        return Dialect::OpenCode;
    case Runtime::GeminiCli:
        return Dialect::GeminiCli;
    case Runtime::QwenCode:
        return Dialect::QwenCode;
    case Runtime::FactoryDroid:
        return Dialect::FactoryDroid;
    }
    return Dialect::Unknown;
}

Dialect detectDialect(const QString &path, const Frontmatter &frontmatter)
{
    // A relative path is read from the working folder, as the file is.
    const QString slashed = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (const std::optional<RuntimeLocator::Located> located = RuntimeLocator::locate(slashed, QDir::fromNativeSeparators(QDir::homePath())))
        return dialectOf(located->runtime);
    const QString fileName = slashed.mid(slashed.lastIndexOf(u'/') + 1);
    const QJsonObject fields = frontmatter.isParsed() ? frontmatter.toJson() : QJsonObject();
    const Runtime runtime = RuntimeLocator::byContent(fileName, fields);
    if (runtime != Runtime::ClaudeCode)
        return dialectOf(runtime);
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
        return Runtimes::id(Runtime::ClaudeCode);
    case Dialect::Copilot:
        return Runtimes::id(Runtime::Copilot);
    case Dialect::OpenCode:
        return Runtimes::id(Runtime::OpenCode);
    case Dialect::GeminiCli:
        return Runtimes::id(Runtime::GeminiCli);
    case Dialect::QwenCode:
        return Runtimes::id(Runtime::QwenCode);
    case Dialect::FactoryDroid:
        return Runtimes::id(Runtime::FactoryDroid);
    case Dialect::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Agentry
