// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/runtimes.h"

namespace Agentry {

const QVector<Runtime> &Runtimes::all()
{
    static const QVector<Runtime> runtimes = {Runtime::ClaudeCode, Runtime::Copilot,  Runtime::OpenCode,
                                              Runtime::GeminiCli,  Runtime::QwenCode, Runtime::FactoryDroid};
    return runtimes;
}

QString Runtimes::id(Runtime runtime)
{
    switch (runtime) {
    case Runtime::ClaudeCode:
        return QStringLiteral("claude-code");
    case Runtime::Copilot:
        return QStringLiteral("copilot");
    case Runtime::OpenCode:
        return QStringLiteral("opencode");
    case Runtime::GeminiCli:
        return QStringLiteral("gemini-cli");
    case Runtime::QwenCode:
        return QStringLiteral("qwen-code");
    case Runtime::FactoryDroid:
        return QStringLiteral("factory-droid");
    }
    return {};
}

std::optional<Runtime> Runtimes::fromId(const QString &id)
{
    for (const Runtime runtime : all()) {
        if (Runtimes::id(runtime) == id)
            return runtime;
    }
    return std::nullopt;
}

QString Runtimes::name(Runtime runtime)
{
    switch (runtime) {
    case Runtime::ClaudeCode:
        return tr("Claude Code");
    case Runtime::Copilot:
        return tr("GitHub Copilot");
    case Runtime::OpenCode:
        return tr("OpenCode");
    case Runtime::GeminiCli:
        return tr("Gemini CLI");
    case Runtime::QwenCode:
        return tr("Qwen Code");
    case Runtime::FactoryDroid:
        return tr("Factory Droid");
    }
    return {};
}

} // namespace Agentry
