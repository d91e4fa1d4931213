// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/actionregistry.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace Agentry {

namespace {

struct Spec
{
    enum Toggle : bool { Triggers = false, Toggles = true };

    Spec(ActionRegistry::Id id, const QString &text, const QList<QKeySequence> &shortcuts = {}, const char *icon = nullptr,
         const QString &toolTip = {}, Toggle toggle = Triggers)
        : id(id)
        , text(text)
        , shortcuts(shortcuts)
        , icon(icon)
        , toolTip(toolTip)
        , checkable(toggle)
    {
    }

    ActionRegistry::Id id;
    QString text;
    QList<QKeySequence> shortcuts;
    const char *icon; // a freedesktop icon name, or null
    QString toolTip;
    bool checkable;
};

QList<QKeySequence> keys(const char *portable)
{
    return {QKeySequence(QLatin1String(portable))};
}

} // namespace

ActionRegistry::ActionRegistry(QObject *parent, const std::vector<std::pair<Id, QAction *>> &adopted)
    : QObject(parent)
{
    using I = Id;
    const Spec specs[] = {
        {I::NewAgent, tr("&New Agent…"), {QKeySequence::New}, "document-new"},
        {I::OpenFolder, tr("&Open Folder…"), {QKeySequence::Open}, "document-open-folder"},
        {I::IncludeMyAgents, tr("Include &My Agents"), {}, nullptr,
         tr("Your own agents: ~/.claude/agents, ~/.config/opencode/agent, ~/.copilot/agents, ~/.gemini/agents, ~/.qwen/agents, ~/.factory/droids"),
         Spec::Toggles},
        {I::Save, tr("&Save"), {QKeySequence::Save}, "document-save"},
        {I::SaveAll, tr("Save A&ll"), keys("Ctrl+Shift+S"), "document-save-all"},
        {I::Revert, tr("Re&vert"), {}, "document-revert"},
        {I::Duplicate, tr("&Duplicate"), keys("Ctrl+D"), "edit-copy"},
        {I::Rename, tr("&Rename…"), keys("F2"), "edit-rename"},
        {I::Trash, tr("Move to &Trash"), keys("Shift+Del"), "user-trash"},
        {I::Reveal, tr("Show in &File Manager"), {}, "document-open-folder"},
        {I::ExportPlugin, tr("&Export as Plugin…"), keys("Ctrl+Shift+E"), "document-export",
         tr("Write the agents the library shows as a Claude Code plugin, a folder or a .zip")},
        {I::ConvertAgents, tr("&Convert to…"), keys("Ctrl+Shift+T"), "gtk-convert",
         tr("Write agents the library shows as files another runtime loads, with what changes on the way")},
        {I::ImportBundle, tr("&Import Bundle…"), keys("Ctrl+Shift+I"), "document-import",
         tr("Look at the agents of a plugin, a marketplace or a .zip, and copy them into the project")},
        {I::Quit, tr("&Quit"), keys("Ctrl+Q"), "application-exit"},
        {I::Undo, tr("&Undo"), {QKeySequence::Undo}, "edit-undo"},
        {I::Redo, tr("&Redo"), {QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))}, "edit-redo"},
        {I::UndoAcrossAgents, tr("Undo Change Across Agents"), keys("Ctrl+Alt+Z")},
        {I::RedoAcrossAgents, tr("Redo Change Across Agents"), keys("Ctrl+Alt+Shift+Z")},
        {I::Find, tr("&Find…"), {QKeySequence::Find}},
        {I::Replace, tr("Find and Re&place…"), keys("Ctrl+H")},
        {I::FindNext, tr("Find &Next"), keys("F3")},
        {I::FindPrevious, tr("Find Pre&vious"), keys("Shift+F3")},
        {I::GoToLine, tr("&Go to Line…"), keys("Ctrl+G")},
        {I::FilterAgents, tr("Filter &Agents"), keys("Ctrl+K")},
        {I::AgentPage, tr("&Agent"), keys("Ctrl+1")},
        {I::SourcePage, tr("&Source"), keys("Ctrl+2")},
        {I::PermissionMatrix, tr("Permission &Matrix"), keys("Ctrl+3"), nullptr, tr("Which agent may use which tool, for the whole library"),
         Spec::Toggles},
        {I::Problems, tr("&Problems"), keys("Ctrl+Shift+M"), nullptr, {}, Spec::Toggles},
        {I::NextProblem, tr("&Next Problem"), keys("F8")},
        {I::PreviousProblem, tr("P&revious Problem"), keys("Shift+F8")},
        {I::SoftWrap, tr("Soft &Wrap"), keys("Alt+Z"), nullptr, {}, Spec::Toggles},
        {I::ZoomIn, tr("Zoom &In"), {QKeySequence::ZoomIn}},
        {I::ZoomOut, tr("Zoom &Out"), {QKeySequence::ZoomOut}},
        {I::ResetZoom, tr("&Reset Zoom"), keys("Ctrl+0")},
        {I::About, tr("&About Agentry")},
    };
    static_assert(std::size(specs) == std::size_t(Id::Count), "one spec per action");
    for (const Spec &spec : specs) {
        const auto found = std::find_if(adopted.cbegin(), adopted.cend(), [&spec](const auto &a) { return a.first == spec.id; });
        QAction *action = found != adopted.cend() ? found->second : new QAction(this);
        action->setText(spec.text);
        action->setShortcuts(spec.shortcuts);
        if (spec.icon)
            action->setIcon(QIcon::fromTheme(QLatin1String(spec.icon)));
        if (!spec.toolTip.isEmpty())
            action->setToolTip(spec.toolTip);
        action->setCheckable(spec.checkable);
        m_actions[std::size_t(spec.id)] = action;
    }
    action(Id::Quit)->setMenuRole(QAction::QuitRole);
    action(Id::About)->setMenuRole(QAction::AboutRole);
}

} // namespace Agentry
