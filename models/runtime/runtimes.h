// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QVector>

#include <optional>

namespace Agentry {

// The programs that read agent files, each its own way.
enum class Runtime { ClaudeCode, Copilot, OpenCode, GeminiCli, QwenCode, FactoryDroid };

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
// A key of QHash and QSet; Qt 6 hashes enums itself.
inline uint qHash(Runtime runtime, uint seed = 0) noexcept
{
    return ::qHash(int(runtime), seed);
}
#endif

// Their ids (as `--runtime` takes them and JSON writes them) and names.
class Runtimes
{
    Q_DECLARE_TR_FUNCTIONS(Runtimes)

public:
    static const QVector<Runtime> &all();
    static QString id(Runtime runtime); // claude-code, copilot, opencode, gemini-cli, qwen-code, factory-droid
    static std::optional<Runtime> fromId(const QString &id);
    static QString name(Runtime runtime); // "Claude Code", "GitHub Copilot", ...
};

} // namespace Agentry
