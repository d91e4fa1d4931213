// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "matrix/agentgrants.h"
#include "matrix/agentrisk.h"
#include "matrix/grantpatcher.h"
#include "matrix/matrixcolumns.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVector>

#include <functional>

namespace Agentry {

class AgentDocument;
class AgentLibrary;
class LibraryChecker;
class ToolCatalog;

// How many agents of a matrix can do the things a reviewer looks for first: the summary bar.
struct MatrixSummary
{
    Q_DECLARE_TR_FUNCTIONS(MatrixSummary)

public:
    int agents = 0;          // rows whose grants are known
    int canExecute = 0;      // can run shell commands
    int inheritAll = 0;      // no `tools` key, or `*`
    int writeAndNetwork = 0; // can write files and reach the network
    int unreadable = 0;      // the client reads no frontmatter

    // "6 agents can run shell commands · 3 inherit every tool · 2 can write and reach the network"
    QString text() const;
    bool operator==(const MatrixSummary &other) const = default;
};

// The permission matrix: one row per library item (the agent's grants as its runtime reads
// them, or Unreadable), column 0 the agent's name, column 1 its risk, column 2 its runtime,
// then one column per tool (MatrixColumns; other runtimes' tools in the columns of the
// catalog tools that do the same; the tools of a collapsed MCP server are left out and the server's cell
// sums them up). Rows follow LibraryChecker's checks and re-derive at once when a document
// changes; cell edits go through the document's history.
class PermissionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { NameColumn, RiskColumn, RuntimeColumn, FirstToolColumn };
    enum Roles : int {
        GrantStateRole = Qt::UserRole + 1, // int GrantState of a tool cell; null elsewhere and on rows not checked yet
        PatternsRole,                      // QStringList: a Pattern cell's patterns; a collapsed server's granted tools
        RiskLevelRole,                     // int AgentRisk::Level, on every cell of the row
        ItemIndexRole,                     // int: the AgentLibrary index of the row
        ModeRole,                          // int AgentGrants::Mode of the row; null until checked
        SourceLineRole,                    // int: 0-based file line of the cell's entry, -1 when none
        RuntimeRole,                       // int Runtime of the row, on every cell; null until checked
        // headerData, horizontal:
        ColumnKindRole, // int MatrixColumn::Kind; -1 on the name and risk columns
        ColumnKeyRole,  // QString: the column key (`Bash`, `mcp__github`)
        GroupRole,      // QString: the translated group label ("Execute", "MCP: github")
        GroupIdRole,    // QString: the category id, the server, or "unknown"
        LegacyRole,     // bool: a tool the client no longer offers
        ExpandedRole,   // bool, on MCP server columns: its tools are shown
        TotalRole,      // int: agentsGranted() of the column; on a row's name cell, grantedCount() of the row
    };
    enum class Action { Grant, Revoke, Ask, MakeExplicit }; // Ask: OpenCode agents only

    // `library` and `checker` are not owned and must outlive the model; `catalog` too.
    PermissionMatrixModel(AgentLibrary *library, LibraryChecker *checker, const ToolCatalog &catalog,
                          QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A bool under Qt::EditRole on a tool cell: setGrant().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // All columns, collapsed MCP tools included; column(section) is the one a section shows.
    const QVector<MatrixColumn> &allColumns() const { return m_columns; }
    const MatrixColumn *column(int section) const; // null on the name and risk columns
    int sectionOf(const QString &key) const;       // -1 when not shown
    int rowOfItem(int itemIndex) const { return itemIndex; }
    int itemOfRow(int row) const { return row; }
    // Null until the item was checked (or when it could not be read at all).
    const AgentGrants *grants(int row) const;
    const AgentRisk *risk(int row) const;
    QString agentName(int row) const;
    AgentDocument *document(int row) const;

    // Tools the agent can use (Granted, Pattern or Inherited), over every column.
    int grantedCount(int row) const;
    // Agents that can use the tool of a section (Granted, Pattern or Inherited).
    int agentsGranted(int section) const;
    MatrixSummary summary() const { return m_summary; }

    // A model no view shows yet holds no rows and follows no change, so a large library loads
    // without building a matrix nobody looks at; going live builds it. Live from the start.
    void setLive(bool live);
    bool isLive() const { return m_live; }

    // MCP servers start collapsed: only their server column shows.
    void setExpanded(const QString &server, bool expanded);
    bool isExpanded(const QString &server) const { return m_expanded.contains(server); }

    // Grants or revokes the tool of a cell on the agent's document, as one undo step
    // ("Grant Bash"). An inheriting agent is made explicit in the same step.
    GrantPatch setGrant(const QModelIndex &index, bool granted);
    // Scopes the tool of a cell to `patterns` (none: every use), as one undo step.
    GrantPatch setPatterns(const QModelIndex &index, const QStringList &patterns);
    // Applies `action` to the tools of `cells` (name and risk cells stand for the whole row
    // under MakeExplicit and are passed over otherwise), one undo step per document. Returns
    // the documents changed, in row order; `refusals` gets a line per document left alone.
    QVector<AgentDocument *> applyToCells(const QModelIndexList &cells, Action action, QStringList *refusals = nullptr);

signals:
    void summaryChanged();

private:
    struct Row
    {
        bool known = false; // checked, or read again after an edit
        QByteArray bytes;   // the bytes the grants were read from
        AgentGrants grants;
        AgentRisk risk;
        QString name;
    };

    // Where a row's reading comes from.
    enum class Reading {
        CheckedOnly,  // the check of the document's current bytes, or none yet
        ReadIfEdited, // the runtime's reading, when the document changed since its check
        ReadNow,      // the runtime's reading when there is no current check
    };

    void rebuild();
    void rebuildColumns();
    void updateVisible();
    // Re-derives `rows`; resets when the set of named columns changes, else reports the rows.
    void refresh(const QVector<int> &rows, Reading reading = Reading::CheckedOnly);
    // Returns whether the row changed.
    bool derive(int index, Row &into, Reading reading) const;
    void count(const Row &row, int sign);
    void countColumns(const Row &row, int sign, bool *columnsChanged);
    void emitRows(const QVector<int> &rows);
    // The cell of m_columns[columnIndex]; a collapsed server's sums up its tools (named in `summaryTools`).
    ToolGrant cell(const Row &row, int columnIndex, QStringList *summaryTools = nullptr) const;
    QString cellText(const ToolGrant &grant, const MatrixColumn &column, const QStringList &summaryTools) const;
    QString cellWords(const Row &row, const ToolGrant &grant, const MatrixColumn &column, const QStringList &summaryTools) const;
    QVariant headerTip(const MatrixColumn &column, int section) const;
    // Works out an edit of the row's document from its current reading and applies it as one step.
    GrantPatch edit(int row, const std::function<GrantPatch(const GrantPatcher &)> &make);

    bool m_live = true;
    AgentLibrary *m_library;
    LibraryChecker *m_checker;
    const ToolCatalog &m_catalog;
    QVector<Row> m_rows;
    QVector<MatrixColumn> m_columns; // every column
    QVector<int> m_visible;          // section - FirstToolColumn → index in m_columns
    QHash<QString, int> m_sectionOfKey;
    QHash<QString, int> m_namedCount; // column key → rows naming it
    QSet<QString> m_expanded;
    mutable QVector<int> m_totals; // per visible section; -1 until counted
    MatrixSummary m_summary;
};

} // namespace Agentry
