// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

#include <array>
#include <utility>
#include <vector>

class QAction;

namespace Agentry {

// The main window's commands, each one QAction made from one table: text, shortcut, icon,
// tooltip, whether it toggles (the theme and recent-folder entries are made with their
// menus). Menus and tests look actions up by id; the window connects what they do. Owns the
// actions it makes (QObject children); GUI thread.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        NewAgent, OpenFolder, IncludeMyAgents, Save, SaveAll, Revert, Duplicate, Rename, Trash, Reveal, ExportPlugin,
        ConvertAgents, ImportBundle, Quit,
        Undo, Redo, UndoAcrossAgents, RedoAcrossAgents, Find, Replace, FindNext, FindPrevious, GoToLine, FilterAgents,
        AgentPage, SourcePage, PermissionMatrix, Problems, NextProblem, PreviousProblem, SoftWrap, ZoomIn, ZoomOut, ResetZoom,
        About,
        Count
    };

    // `adopted` are actions made elsewhere (a dock's toggle) that take the place of the
    // table's for their id, with the table's text and shortcuts; they are not owned.
    explicit ActionRegistry(QObject *parent = nullptr, const std::vector<std::pair<Id, QAction *>> &adopted = {});

    QAction *action(Id id) const { return m_actions.at(std::size_t(id)); }

private:
    std::array<QAction *, std::size_t(Id::Count)> m_actions{};
};

} // namespace Agentry
