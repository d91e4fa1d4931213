// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/runtimebundle.h"

#include "conversion/targetname.h"
#include "text/jsontext.h"

#include <QFileInfo>

namespace Agentry {

QString RuntimeBundle::markerPath(Runtime runtime)
{
    switch (runtime) {
    case Runtime::OpenCode:
        return QStringLiteral(".opencode/agent");
    case Runtime::Copilot:
        return QStringLiteral(".github/agents");
    case Runtime::ClaudeCode:
    case Runtime::GeminiCli:
    case Runtime::QwenCode:
    case Runtime::FactoryDroid:
        break;
    }
    return manifestPath(runtime);
}

QString RuntimeBundle::agentPath(Runtime runtime, const QString &name)
{
    const QString fileName = QFileInfo(TargetName::relativePath(runtime, name)).fileName();
    switch (runtime) {
    case Runtime::ClaudeCode:
    case Runtime::GeminiCli:
    case Runtime::QwenCode:
        return QStringLiteral("agents/") + fileName;
    case Runtime::FactoryDroid:
        return QStringLiteral("droids/") + fileName;
    case Runtime::OpenCode:
    case Runtime::Copilot:
        break;
    }
    return TargetName::relativePath(runtime, name);
}

QString RuntimeBundle::manifestPath(Runtime runtime)
{
    switch (runtime) {
    case Runtime::ClaudeCode:
        return QStringLiteral(".claude-plugin/plugin.json");
    case Runtime::GeminiCli:
        return QStringLiteral("gemini-extension.json");
    case Runtime::QwenCode:
        return QStringLiteral("qwen-extension.json");
    case Runtime::FactoryDroid:
        return QStringLiteral(".factory-plugin/plugin.json");
    case Runtime::OpenCode:
    case Runtime::Copilot:
        break;
    }
    return {};
}

QByteArray RuntimeBundle::manifestText(Runtime runtime, const PluginManifest &manifest)
{
    if (runtime == Runtime::ClaudeCode)
        return manifest.toJsonText();
    if (manifestPath(runtime).isEmpty())
        return {};
    QVector<std::pair<QString, QByteArray>> members{{QStringLiteral("name"), JsonText::quoted(manifest.name)},
                                                    {QStringLiteral("version"), JsonText::quoted(manifest.version)}};
    if (!manifest.description.isEmpty())
        members.append({QStringLiteral("description"), JsonText::quoted(manifest.description)});
    return JsonText::object(members, "  ", 0) + '\n';
}

QString RuntimeBundle::manifestProblem(Runtime runtime, const PluginManifest &manifest)
{
    if (manifest.version.isEmpty() && runtime != Runtime::ClaudeCode && !manifestPath(runtime).isEmpty())
        return tr("A %1 bundle needs a version.").arg(Runtimes::name(runtime));
    return {};
}

} // namespace Agentry
