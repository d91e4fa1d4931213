// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/runtimelocator.h"

#include "text/toollist.h"

namespace Agentry {

namespace {

QString withoutSuffix(const QString &name, const QString &suffix)
{
    return name.endsWith(suffix) ? name.left(name.size() - suffix.size()) : name;
}

// The name `runtime` gives a file at `relative` (below its agent folder).
QString derivedName(Runtime runtime, const QString &relative)
{
    switch (runtime) {
    case Runtime::OpenCode: {
        const qsizetype dot = relative.lastIndexOf(u'.');
        return dot > relative.lastIndexOf(u'/') ? relative.left(dot) : relative;
    }
    case Runtime::Copilot: {
        QString id = relative.endsWith(QLatin1String(".agent.md")) ? withoutSuffix(relative, QStringLiteral(".agent.md"))
                                                                   : withoutSuffix(relative, QStringLiteral(".md"));
        if (id.contains(u'/')) // replace() sets up a string search even when there is nothing to replace
            id.replace(u'/', QLatin1String("--"));
        return id;
    }
    default:
        return withoutSuffix(relative.mid(relative.lastIndexOf(u'/') + 1), QStringLiteral(".md"));
    }
}

std::optional<RuntimeLocator::Located> inFolderOf(const RuntimeSpec &spec, const QString &path, const QString &home)
{
    for (const RuntimeSpec::Location &location : spec.locations()) {
        for (const QString &marker : location.markers) {
            const qsizetype at = path.lastIndexOf(marker);
            if (at < 0)
                continue;
            // `~/.gemini/agents` is the user's folder, `<project>/.gemini/agents` a project's; a
            // runtime reads a folder under the home folder only where its spec lists a user one.
            const bool underHome = !home.isEmpty() && QStringView(path).left(at) == home;
            if ((location.scope == AgentScope::User) != underHome)
                continue;
            const QString relative = path.mid(at + marker.size());
            const QString fileName = relative.mid(relative.lastIndexOf(u'/') + 1);
            if (!location.recursive && relative.contains(u'/'))
                continue;
            if (!location.skipPrefix.isEmpty() && fileName.startsWith(location.skipPrefix))
                continue;
            return RuntimeLocator::Located{spec.runtime(), {derivedName(spec.runtime(), relative), underHome ? AgentScope::User : AgentScope::Project}};
        }
    }
    return std::nullopt;
}

bool hasAny(const QJsonObject &fields, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (fields.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

bool listsAny(const QJsonObject &fields, std::initializer_list<const char *> tools)
{
    const QStringList names = ToolList::fromValue(fields.value(QLatin1String("tools"))).value_or(QStringList());
    for (const char *tool : tools) {
        if (names.contains(QLatin1String(tool)))
            return true;
    }
    return false;
}

} // namespace

std::optional<RuntimeLocator::Located> RuntimeLocator::locate(const QString &path, const QString &home)
{
    if (path.contains(QLatin1String("/.claude/agents/")))
        return Located{Runtime::ClaudeCode, {}};
    for (const Runtime runtime : Runtimes::all()) {
        if (const RuntimeSpec *spec = RuntimeSpec::of(runtime)) {
            if (std::optional<Located> located = inFolderOf(*spec, path, home))
                return located;
        }
    }
    return std::nullopt;
}

SpecReader::Place RuntimeLocator::placeFor(Runtime runtime, const QString &path, const QString &home)
{
    if (const RuntimeSpec *spec = RuntimeSpec::of(runtime)) {
        if (std::optional<Located> located = inFolderOf(*spec, path, home))
            return located->place;
    }
    return {derivedName(runtime, path.mid(path.lastIndexOf(u'/') + 1)), AgentScope::Project};
}

Runtime RuntimeLocator::byContent(const QString &fileName, const QJsonObject &fields)
{
    if (fileName.endsWith(QLatin1String(".agent.md"), Qt::CaseInsensitive) || hasAny(fields, {"handoffs", "target", "infer", "mcp-servers", "user-invocable", "argument-hint"}))
        return Runtime::Copilot;
    if (hasAny(fields, {"kind", "max_turns", "timeout_mins", "mcp_servers", "display_name"})
        || listsAny(fields, {"google_web_search", "replace", "write_todos", "read_many_files", "activate_skill"}))
        return Runtime::GeminiCli;
    if (fields.value(QLatin1String("tools")).isObject() || hasAny(fields, {"mode", "permission", "steps", "maxSteps", "top_p", "temperature"}))
        return Runtime::OpenCode;
    if (hasAny(fields, {"approvalMode", "runConfig", "executor"}) || listsAny(fields, {"ReadFile", "WriteFile", "Shell", "ListFiles", "TodoList"}))
        return Runtime::QwenCode;
    if (fields.contains(QLatin1String("reasoningEffort")) || listsAny(fields, {"Execute", "Create", "FetchUrl", "ApplyPatch"}))
        return Runtime::FactoryDroid;
    return Runtime::ClaudeCode;
}

QVector<RuntimeLocator::Located> RuntimeLocator::alsoReadBy(const QString &path, const QString &home)
{
    const std::optional<Located> first = locate(path, home);
    QVector<Located> others;
    for (const Runtime runtime : Runtimes::all()) {
        const RuntimeSpec *spec = RuntimeSpec::of(runtime);
        if (!spec || (first && first->runtime == runtime))
            continue;
        if (std::optional<Located> located = inFolderOf(*spec, path, home))
            others.append(std::move(*located));
    }
    return others;
}

} // namespace Agentry
