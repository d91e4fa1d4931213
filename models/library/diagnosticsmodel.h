// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/diagnostic.h"

#include <QAbstractItemModel>
#include <QString>
#include <QTimer>
#include <QVector>

namespace Agentry {

class AgentLibrary;
class LibraryChecker;

// Every finding of every agent of a library as one table: the rows of each agent together,
// in library order, each agent's findings in their order; a finding that stands for several
// places has them as child rows. It keeps its own (implicitly shared) copy of the findings,
// so its rows stay consistent while LibraryChecker has already moved on and the change is
// still being announced.
class DiagnosticsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column : int { SeverityColumn, CodeColumn, MessageColumn, FileColumn, LineColumn, ColumnCount };
    enum Roles : int {
        ItemIndexRole = Qt::UserRole + 1, // int: the AgentLibrary index
        DiagnosticIndexRole,              // int: the index in that item's CheckedAgent::diagnostics
        SeverityRole,                     // int: 0 error, 1 warning, 2 information; sorts errors first
        CodeRole,                         // QString: AG104
        LineRole,                         // int: 1-based
        ColumnRole,                       // int: 1-based, in UTF-16 units
        FilePathRole,                     // QString: the file's absolute path, '/'-separated
        PlaceIndexRole,                   // int: the index in Diagnostic::places of a child row; -1 on a finding
    };

    // `checker` and `library` are not owned and must outlive the model.
    DiagnosticsModel(LibraryChecker *checker, AgentLibrary *library, QObject *parent = nullptr);

    // The finding in `index`'s row, or null; valid until the model next changes.
    const Diagnostic *diagnostic(const QModelIndex &index) const;

    // What a row holds, without going through QVariant: sorting thousands of rows asks often.
    struct RowRef
    {
        int item;                     // the library index
        int number;                   // the finding's index among the item's
        const QString *fileName;
        const Diagnostic *diagnostic;
    };
    RowRef rowRef(int row) const;
    // The row of the finding of the file at `path` with `finding`'s code, place and message:
    // where a finding is once the rows were rebuilt. Invalid when it is gone.
    QModelIndex find(const QString &path, const Diagnostic &finding) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What the rows of one library item show.
    struct Entry
    {
        QString path;
        QString fileName;
        QVector<Diagnostic> diagnostics;
    };

    Entry entryFor(int item) const;
    // A place row's internal id names its finding: the item and the finding's index in it.
    static quintptr placeId(int item, int number);
    const Diagnostic &findingOf(quintptr placeId, int *item = nullptr, int *number = nullptr) const;
    void rebuild();
    void update(const QVector<int> &items);
    void replace(int item, Entry entry);
    void shiftRows(int fromItem, int delta);
    int itemOfRow(int row) const;

    LibraryChecker *const m_checker;
    AgentLibrary *const m_library;
    QTimer m_bulkTimer; // a rebuild is due
    QVector<Entry> m_entries; // by library index
    // The first row of each item, and the row count last: finds a row's item by binary
    // search and an item's rows without counting.
    QVector<int> m_firstRow{0};
};

} // namespace Agentry
