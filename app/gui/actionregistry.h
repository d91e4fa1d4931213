// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

#include <array>

class QAction;

namespace Agentry {

// Every command of the main window as one QAction, made from one table: text, shortcut,
// icon, tooltip, whether it toggles. Menus and tests look actions up by id; the window
// connects what they do. Owns its actions (QObject children); GUI thread.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        NewAgent, OpenFolder, IncludeMyAgents, Save, SaveAll, Revert, Duplicate, Rename, Trash, Reveal, ExportPlugin,
        ImportBundle, Quit,
        Undo, Redo, UndoAcrossAgents, RedoAcrossAgents, Find, Replace, FindNext, FindPrevious, GoToLine, FilterAgents,
        AgentPage, SourcePage, PermissionMatrix, Problems, NextProblem, PreviousProblem, SoftWrap, ZoomIn, ZoomOut, ResetZoom,
        About,
        Count
    };

    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *action(Id id) const { return m_actions.at(std::size_t(id)); }

private:
    std::array<QAction *, std::size_t(Id::Count)> m_actions{};
};

} // namespace Agentry
