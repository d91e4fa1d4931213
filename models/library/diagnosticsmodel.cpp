// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/diagnosticsmodel.h"

#include "library/agentlibrary.h"
#include "library/librarychecker.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Agentry {

namespace {

// Above this many changed items (a library being checked), the rows are rebuilt in one reset
// at most every kBulkInterval milliseconds: a view of thousands of sorted rows takes a reset
// far better than a stream of inserts.
constexpr int kBulkAbove = 20;
constexpr int kBulkInterval = 300;

QColor severityColour(Severity severity)
{
    // Mid tones of the editor's squiggle colours, readable on light and dark backgrounds.
    switch (severity) {
    case Severity::Error:
        return QColor(0xda, 0x44, 0x53);
    case Severity::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Severity::Info:
        return QColor(0x3d, 0xae, 0xe9);
    }
    return {};
}

} // namespace

DiagnosticsModel::DiagnosticsModel(LibraryChecker *checker, AgentLibrary *library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_checker(checker)
    , m_library(library)
{
    m_bulkTimer.setSingleShot(true);
    m_bulkTimer.setInterval(kBulkInterval);
    connect(&m_bulkTimer, &QTimer::timeout, this, &DiagnosticsModel::rebuild);
    connect(checker, &LibraryChecker::checked, this, &DiagnosticsModel::update);
    connect(checker, &LibraryChecker::reset, this, &DiagnosticsModel::rebuild);
    rebuild();
}

DiagnosticsModel::Entry DiagnosticsModel::entryFor(int item) const
{
    const CheckedAgent *check = m_checker->check(item);
    if (!check)
        return {};
    return Entry{check->path, QFileInfo(check->path).fileName(), check->diagnostics};
}

void DiagnosticsModel::rebuild()
{
    m_bulkTimer.stop();
    beginResetModel();
    const int count = m_library->count();
    m_entries.clear();
    m_entries.reserve(count);
    m_firstRow.clear();
    m_firstRow.reserve(count + 1);
    int rows = 0;
    for (int item = 0; item < count; ++item) {
        m_firstRow.append(rows);
        m_entries.append(entryFor(item));
        rows += int(m_entries.constLast().diagnostics.size());
    }
    m_firstRow.append(rows);
    endResetModel();
}

void DiagnosticsModel::update(const QVector<int> &items)
{
    // The rows keep their own copy of the findings, so they may lag behind for a moment.
    if (items.size() > kBulkAbove || m_bulkTimer.isActive()) {
        if (!m_bulkTimer.isActive())
            m_bulkTimer.start();
        return;
    }
    // Items added since have no rows until they are checked.
    while (m_entries.size() < m_library->count()) {
        m_entries.append(Entry());
        m_firstRow.append(m_firstRow.constLast());
    }
    for (const int item : items)
        replace(item, entryFor(item));
}

void DiagnosticsModel::replace(int item, Entry entry)
{
    const int first = m_firstRow.at(item);
    const int oldCount = int(m_entries.at(item).diagnostics.size());
    const int newCount = int(entry.diagnostics.size());
    const auto placeCounts = [](const Entry &e) {
        QVector<qsizetype> counts;
        for (const Diagnostic &d : e.diagnostics)
            counts.append(d.places.size());
        return counts;
    };
    if (oldCount == newCount && placeCounts(m_entries.at(item)) == placeCounts(entry)) {
        // The same rows with new contents: views keep their selection while the user types.
        m_entries[item] = std::move(entry);
        if (newCount > 0)
            emit dataChanged(index(first, 0), index(first + newCount - 1, ColumnCount - 1));
        for (int row = first; row < first + newCount; ++row) {
            const QModelIndex parent = index(row, 0);
            if (const int places = rowCount(parent); places > 0)
                emit dataChanged(index(0, 0, parent), index(places - 1, ColumnCount - 1, parent));
        }
        return;
    }
    if (oldCount > 0) {
        beginRemoveRows(QModelIndex(), first, first + oldCount - 1);
        m_entries[item].diagnostics.clear();
        shiftRows(item + 1, -oldCount);
        endRemoveRows();
    }
    if (newCount == 0) {
        m_entries[item] = std::move(entry);
        return;
    }
    beginInsertRows(QModelIndex(), first, first + newCount - 1);
    m_entries[item] = std::move(entry);
    shiftRows(item + 1, newCount);
    endInsertRows();
}

void DiagnosticsModel::shiftRows(int fromItem, int delta)
{
    for (auto it = m_firstRow.begin() + fromItem; it != m_firstRow.end(); ++it)
        *it += delta;
}

DiagnosticsModel::RowRef DiagnosticsModel::rowRef(int row) const
{
    const int item = itemOfRow(row);
    const Entry &entry = m_entries.at(item);
    const int number = row - m_firstRow.at(item);
    return RowRef{item, number, &entry.fileName, &entry.diagnostics.at(number)};
}

int DiagnosticsModel::itemOfRow(int row) const
{
    // The last item starting at or before `row`: an item without rows starts where the next one does.
    return int(std::upper_bound(m_firstRow.cbegin(), m_firstRow.cend(), row) - m_firstRow.cbegin()) - 1;
}

const Diagnostic *DiagnosticsModel::diagnostic(const QModelIndex &index) const
{
    // No checkIndex(): asking with no row chosen is no mistake worth a warning.
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() != 0)
        return &findingOf(index.internalId());
    const int item = itemOfRow(index.row());
    return &m_entries.at(item).diagnostics.at(index.row() - m_firstRow.at(item));
}

quintptr DiagnosticsModel::placeId(int item, int number)
{
    // 0 marks a finding's row; findings are far fewer than 2^20 per agent.
    return (quintptr(item) << 20 | quintptr(number)) + 1;
}

const Diagnostic &DiagnosticsModel::findingOf(quintptr placeId, int *item, int *number) const
{
    const int i = int((placeId - 1) >> 20);
    const int n = int((placeId - 1) & 0xFFFFF);
    if (item)
        *item = i;
    if (number)
        *number = n;
    return m_entries.at(i).diagnostics.at(n);
}

QModelIndex DiagnosticsModel::find(const QString &path, const Diagnostic &finding) const
{
    for (int item = 0; item < m_entries.size(); ++item) {
        const Entry &entry = m_entries.at(item);
        if (entry.path != path)
            continue;
        for (int number = 0; number < entry.diagnostics.size(); ++number) {
            const Diagnostic &d = entry.diagnostics.at(number);
            if (d.code == finding.code && d.line == finding.line && d.column == finding.column && d.message == finding.message)
                return index(m_firstRow.at(item) + number, 0);
        }
    }
    return {};
}

QModelIndex DiagnosticsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const int item = itemOfRow(parent.row());
    return createIndex(row, column, placeId(item, parent.row() - m_firstRow.at(item)));
}

QModelIndex DiagnosticsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    int item = 0;
    int number = 0;
    findingOf(child.internalId(), &item, &number);
    return createIndex(m_firstRow.at(item) + number, 0, quintptr(0));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_firstRow.constLast();
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(diagnostic(parent)->places.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() != 0 ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    // A place's row says where and what; the rest (severity, code, the item) is its finding's.
    int item = 0;
    int number = 0;
    const DiagnosticPlace *place = nullptr;
    if (index.internalId() != 0) {
        place = &findingOf(index.internalId(), &item, &number).places.at(index.row());
    } else {
        item = itemOfRow(index.row());
        number = index.row() - m_firstRow.at(item);
    }
    const Entry &entry = m_entries.at(item);
    const Diagnostic &d = entry.diagnostics.at(number);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            if (place)
                return {};
            switch (d.severity) {
            case Severity::Error:
                return tr("Error");
            case Severity::Warning:
                return tr("Warning");
            case Severity::Info:
                return tr("Information");
            }
            return {};
        case CodeColumn:
            return place ? QVariant() : d.code;
        case MessageColumn:
            return place ? place->note : d.message;
        case FileColumn:
            return entry.fileName;
        case LineColumn:
            return place ? place->line : d.line;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn && !place ? QVariant(severityColour(d.severity)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return place ? place->note : d.message;
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(entry.path);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ItemIndexRole:
        return item;
    case DiagnosticIndexRole:
        return number;
    case SeverityRole:
        return int(d.severity);
    case CodeRole:
        return d.code;
    case LineRole:
        return place ? place->line : d.line;
    case ColumnRole:
        return place ? place->column : d.column;
    case FilePathRole:
        return entry.path;
    case PlaceIndexRole:
        return place ? index.row() : -1;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    }
    return {};
}

} // namespace Agentry
