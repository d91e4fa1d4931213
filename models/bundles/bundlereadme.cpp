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
        switch (grant.state) {
        case GrantState::Granted:
            granted.append(QLatin1Char('`') + column + QLatin1Char('`'));
            break;
        case GrantState::Pattern:
            granted.append(tr("`%1` (only %2)").arg(column, QLatin1Char('`') + grant.patterns.join(QLatin1String("`, `")) + QLatin1Char('`')));
            break;
        case GrantState::Denied:
            denied.append(QLatin1Char('`') + column + QLatin1Char('`'));
            break;
        case GrantState::Ask: // only OpenCode asks, and bundles are Claude Code plugins
        case GrantState::Inherited:
        case GrantState::NotGranted:
        case GrantState::Unknown: // the client drops names it does not know
            break;
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

QByteArray BundleReadme::text(const PluginManifest &manifest, const QVector<Agent> &agents)
{
    QString text = QStringLiteral("# %1\n\n").arg(manifest.name);
    if (!manifest.description.isEmpty())
        text += inlineText(manifest.description) + QLatin1String("\n\n");
    QStringList facts;
    if (!manifest.version.isEmpty())
        facts.append(tr("Version %1.").arg(manifest.version));
    if (!manifest.author.name.isEmpty())
        facts.append(tr("By %1.").arg(inlineText(manifest.author.name)));
    if (!manifest.license.isEmpty())
        facts.append(tr("License: %1.").arg(manifest.license));
    if (!manifest.homepage.isEmpty())
        facts.append(tr("Home page: <%1>.").arg(manifest.homepage));
    if (!facts.isEmpty())
        text += facts.join(u' ') + QLatin1String("\n\n");

    text += tr("This is a plugin for Claude Code. It adds the subagents listed below, %1 in all; Claude Code hands a task "
               "to one of them when the task matches the agent's description, or when you ask for the agent by name.").arg(agents.size())
        + QLatin1String("\n\n");
    text += tr("## Install") + QLatin1String("\n\n");
    text += tr("Install it from the marketplace that lists it, naming the repository that holds the marketplace:") + QLatin1String("\n\n");
    text += QStringLiteral("```\n/plugin install %1 --marketplace <owner>/<repo>\n```\n\n").arg(manifest.name);
    text += tr("Or add a marketplace once, from a folder or a repository, and install from it by its name:") + QLatin1String("\n\n");
    text += QStringLiteral("```\n/plugin marketplace add <path-or-repository>\n/plugin install %1@<marketplace>\n```\n\n").arg(manifest.name);
    text += tr("To try it for one session without installing it, start Claude Code with `claude --plugin-dir <this folder>`.")
        + QLatin1String("\n\n");

    text += tr("## Agents") + QLatin1String("\n\n");
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
        text += tr("- File: `agents/%1`").arg(agent.fileName) + QLatin1String("\n\n");
    }
    text += tr("Generated by Agentry.") + u'\n';
    return text.toUtf8();
}

} // namespace Agentry
