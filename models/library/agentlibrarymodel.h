// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "library/agentfolderscanner.h"
#include "library/librarychecker.h"
#include "runtime/agentscope.h"
#include "runtime/runtimes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

#include <optional>

namespace Agentry {

class AgentLibrary;
class FolderRuntimes;
class LibraryChecker;

// The library as a tree: one group per runtime and scope (Claude Code's project, user, each
// plugin, other folders; OpenCode's project, Gemini CLI's user, ...),
// the agents below it with name, colour, problem counts, model, tool count and dirty and
// shadow marks.
class AgentLibraryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column : int { NameColumn, ProblemsColumn, ModelColumn, ToolsColumn, FileColumn, ColumnCount };
    enum Roles : int {
        ItemIndexRole = Qt::UserRole + 1, // int: the AgentLibrary index; -1 on a group row
        SearchTextRole,                   // QString: name, description and tools, for filtering
        ModifiedTimeRole,                 // QDateTime: when the file was last changed on disk
        GroupOrderRole,                   // int: a group row's place among the groups
        SortNameRole,                     // QString: the name as sorted, lowercase
    };

    explicit AgentLibraryModel(AgentLibrary *library, QObject *parent = nullptr);

    QModelIndex indexForItem(int itemIndex, int column = NameColumn) const;
    // Shows the findings of `checker` (not owned; null shows none) in the problems column.
    void setChecker(const LibraryChecker *checker);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Which group a file belongs in: the runtime of its folder (Claude Code's when it lies in no
    // other runtime's), its scope and its plugin.
    struct GroupKey
    {
        Runtime runtime = Runtime::ClaudeCode;
        AgentScope scope = AgentScope::Folder;
        QString pluginName;

        // `folders`: the runtimes the user chose for folders, which win over the file's location.
        static GroupKey of(const FoundAgentFile &file, const FolderRuntimes *folders);
        friend bool operator==(const GroupKey &, const GroupKey &) = default;
    };

    struct Group
    {
        GroupKey key;
        QVector<int> items; // library indices, in arrival order
        // The findings of its items summed, made when first asked for and dropped when an
        // item's check or the items change: the sum is painted far more often than it changes.
        mutable std::optional<DiagnosticCounts> counts;
    };

    int groupFor(const GroupKey &key);
    void rebuild();
    const FolderRuntimes *folders() const;
    void addItems(int first, int count);
    QVariant groupData(int group, int column, int role) const;
    QVariant agentData(int item, int column, int role) const; // not itemData(), which would hide the model's own
    static QVariant problemsData(const DiagnosticCounts &counts, int role);
    // The name an item is sorted by, lowercase: made when first asked for, since the sort
    // proxy asks for it a dozen times for each row it places, and forgotten when the name may
    // change (an edit, a check that renames it).
    const QString &sortName(int itemIndex) const;
    void forgetSortName(int itemIndex);
    struct RowRange
    {
        int group;
        int first;
        int last;
    };
    // The rows of `items`: `exact` ranges hold no other rows, else one range per group spans
    // them (a library's first check touches every row at once).
    QVector<RowRange> rowRanges(const QVector<int> &items, bool exact) const;

    AgentLibrary *m_library;
    const LibraryChecker *m_checker = nullptr;
    QMetaObject::Connection m_foldersConnection;
    QMetaObject::Connection m_validationConnection;
    QMetaObject::Connection m_renameConnection;
    QVector<Group> m_groups;
    QHash<int, QPair<int, int>> m_placeOfItem; // library index → (group, row)
    mutable QVector<QString> m_sortNames;      // by library index; null until made
};

} // namespace Agentry
