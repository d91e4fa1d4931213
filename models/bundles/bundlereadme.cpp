// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlereadme.h"

#include "matrix/agentgrants.h"
#include "runtime/toolcatalog.h"

namespace Agentry {

namespace {

// One line of Markdown that shows `text` as written: white space runs become one space and
// the characters Markdown would read as markup are escaped.
QString inlineText(const QString &text)
{
    const QString flat = text.simplified();
    QString escaped;
    escaped.reserve(flat.size());
    for (const QChar c : std::as_const(flat)) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString model(const AgentReading &reading)
{
    const QJsonValue value = reading.fields.value(QLatin1String("model"));
    if (value.isString() && !value.toString().isEmpty() && value.toString() != QLatin1String("inherit"))
        return QLatin1Char('`') + value.toString() + QLatin1Char('`');
    return BundleReadme::tr("the session's model (inherited)");
}

} // namespace

QString BundleReadme::tools(const AgentGrants &grants)
{
    QStringList granted;
    QStringList denied;
    for (const QString &column : grants.namedColumns()) {
        const ToolGrant grant = grants.grant(column);
        const QString name = QLatin1Char('`') + grants.runtimeNames(column).value(0, column) + QLatin1Char('`');
        if (!granted.contains(name) && !denied.contains(name)) {
            switch (grant.state) {
            case GrantState::Granted:
                granted.append(name);
                break;
            case GrantState::Pattern:
                granted.append(tr("%1 (only %2)").arg(name, QLatin1Char('`') + grant.patterns.join(QLatin1String("`, `")) + QLatin1Char('`')));
                break;
            case GrantState::Ask:
                granted.append(tr("%1 (asking first)").arg(name));
                break;
            case GrantState::Denied:
                denied.append(name);
                break;
            case GrantState::Inherited:
            case GrantState::NotGranted:
            case GrantState::Unknown: // the client drops names it does not know
                break;
            }
        }
    }
    switch (grants.mode()) {
    case AgentGrants::Mode::Unreadable:
        return tr("none the client can read (the frontmatter does not parse)");
    case AgentGrants::Mode::Inherit:
        return denied.isEmpty() ? tr("every tool of the session") : tr("every tool of the session except %1").arg(denied.join(QLatin1String(", ")));
    case AgentGrants::Mode::Explicit:
        break;
    }
    return granted.isEmpty() ? tr("none") : granted.join(QLatin1String(", "));
}

namespace {

// What the bundle is and how to install it, for `runtime`.
QString aboutAndInstall(const PluginManifest &manifest, Runtime runtime, qsizetype agents)
{
    const QString name = manifest.name;
    const auto code = [](const QString &lines) { return QStringLiteral("```\n%1\n```\n\n").arg(lines); };
    const QString install = BundleReadme::tr("## Install") + QLatin1String("\n\n");
    switch (runtime) {
    case Runtime::ClaudeCode:
        return BundleReadme::tr("This is a plugin for Claude Code. It adds the subagents listed below, %1 in all; Claude Code hands a task "
                                "to one of them when the task matches the agent's description, or when you ask for the agent by name.")
                   .arg(agents)
            + QLatin1String("\n\n") + install
            + BundleReadme::tr("Install it from the marketplace that lists it, naming the repository that holds the marketplace:") + QLatin1String("\n\n")
            + code(QStringLiteral("/plugin install %1 --marketplace <owner>/<repo>").arg(name))
            + BundleReadme::tr("Or add a marketplace once, from a folder or a repository, and install from it by its name:") + QLatin1String("\n\n")
            + code(QStringLiteral("/plugin marketplace add <path-or-repository>\n/plugin install %1@<marketplace>").arg(name))
            + BundleReadme::tr("To try it for one session without installing it, start Claude Code with `claude --plugin-dir <this folder>`.")
            + QLatin1String("\n\n");
    case Runtime::GeminiCli:
    case Runtime::QwenCode: {
        const QString program = runtime == Runtime::GeminiCli ? QStringLiteral("gemini") : QStringLiteral("qwen");
        return BundleReadme::tr("This is an extension for %1. It adds the subagents listed below, %2 in all.").arg(Runtimes::name(runtime)).arg(agents)
            + QLatin1String("\n\n") + install + BundleReadme::tr("Install it from this folder (or from the repository that holds it):")
            + QLatin1String("\n\n") + code(QStringLiteral("%1 extensions install <this folder>").arg(program));
    }
    case Runtime::FactoryDroid:
        return BundleReadme::tr("This is a plugin for Factory Droid. It adds the custom droids listed below, %1 in all.").arg(agents)
            + QLatin1String("\n\n") + install
            + BundleReadme::tr("Install it through a plugin marketplace that lists it, or copy the files of `droids/` into a project's "
                               "`.factory/droids/` (or `~/.factory/droids/` for every project).")
            + QLatin1String("\n\n");
    case Runtime::OpenCode:
        return BundleReadme::tr("These are agents for OpenCode, %1 in all, as a project's configuration folder holds them.").arg(agents)
            + QLatin1String("\n\n") + install
            + BundleReadme::tr("Copy `.opencode/agent/` into a project (or its files into `~/.config/opencode/agent/` for every project).")
            + QLatin1String("\n\n");
    case Runtime::Copilot:
        return BundleReadme::tr("These are custom agents for GitHub Copilot, %1 in all, as a repository holds them.").arg(agents)
            + QLatin1String("\n\n") + install
            + BundleReadme::tr("Copy `.github/agents/` into a repository (or its files into `~/.copilot/agents/` for yourself).")
            + QLatin1String("\n\n");
    }
    return {};
}

QString heading(const PluginManifest &manifest)
{
    QString text = QStringLiteral("# %1\n\n").arg(manifest.name);
    if (!manifest.description.isEmpty())
        text += inlineText(manifest.description) + QLatin1String("\n\n");
    QStringList facts;
    if (!manifest.version.isEmpty())
        facts.append(BundleReadme::tr("Version %1.").arg(manifest.version));
    if (!manifest.author.name.isEmpty())
        facts.append(BundleReadme::tr("By %1.").arg(inlineText(manifest.author.name)));
    if (!manifest.license.isEmpty())
        facts.append(BundleReadme::tr("License: %1.").arg(manifest.license));
    if (!manifest.homepage.isEmpty())
        facts.append(BundleReadme::tr("Home page: <%1>.").arg(manifest.homepage));
    if (!facts.isEmpty())
        text += facts.join(u' ') + QLatin1String("\n\n");
    return text;
}

} // namespace

QByteArray BundleReadme::text(const PluginManifest &manifest, const QVector<Agent> &agents, Runtime runtime)
{
    QString text = heading(manifest) + aboutAndInstall(manifest, runtime, agents.size());
    text += tr("## Agents") + QLatin1String("\n\n");
    if (runtime == Runtime::ClaudeCode)
        text += tr("Each agent is addressed as `%1:<name>`. Tools are those the agent's file grants; an agent without a "
                   "`tools` list gets every tool of the session.").arg(manifest.name)
            + QLatin1String("\n\n");
    for (const Agent &agent : agents) {
        text += QStringLiteral("### %1\n\n").arg(agent.name);
        const QJsonValue description = agent.reading.fields.value(QLatin1String("description"));
        if (description.isString() && !description.toString().trimmed().isEmpty())
            text += inlineText(description.toString()) + QLatin1String("\n\n");
        text += tr("- Model: %1").arg(model(agent.reading)) + u'\n';
        text += tr("- Tools: %1").arg(tools(AgentGrants::read(agent.reading, agent.bytes, ToolCatalog::builtin()))) + u'\n';
        text += tr("- File: `%1`").arg(agent.path) + QLatin1String("\n\n");
    }
    text += tr("Generated by Agentry.") + u'\n';
    return text.toUtf8();
}

QByteArray BundleReadme::overview(const PluginManifest &manifest, const QVector<Runtime> &runtimes, int agents)
{
    QString text = heading(manifest);
    text += tr("The same %n agent(s), written for each runtime below, a folder each; each folder's README says how to install it.", nullptr, agents)
        + QLatin1String("\n\n");
    text += tr("| Folder | Runtime |") + QLatin1String("\n|---|---|\n");
    for (const Runtime runtime : runtimes)
        text += QStringLiteral("| `%1/` | %2 |\n").arg(Runtimes::id(runtime), Runtimes::name(runtime));
    text += u'\n' + tr("Generated by Agentry.") + u'\n';
    return text.toUtf8();
}

} // namespace Agentry
