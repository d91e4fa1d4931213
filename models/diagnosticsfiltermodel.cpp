#include "diagnosticsfiltermodel.h"

#include "diagnosticsmodel.h"
#include "libraryvalidation.h"

#include <algorithm>

namespace {

// Three-way comparisons of one key of two source rows.
int compareInts(const QModelIndex &left, const QModelIndex &right, int role)
{
    const int a = left.data(role).toInt();
    const int b = right.data(role).toInt();
    return a < b ? -1 : a > b ? 1 : 0;
}

int compareTexts(const QModelIndex &left, const QModelIndex &right, int column)
{
    return QString::compare(left.siblingAtColumn(column).data().toString(), right.siblingAtColumn(column).data().toString(),
                            Qt::CaseInsensitive);
}

} // namespace

DiagnosticsFilterModel::DiagnosticsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    sort(DiagnosticsModel::FileColumn, Qt::AscendingOrder);
}

void DiagnosticsFilterModel::setSeverityShown(Severity severity, bool shown)
{
    if (isSeverityShown(severity) == shown)
        return;
    m_shown[std::size_t(severity)] = shown;
    invalidateFilter();
}

void DiagnosticsFilterModel::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    invalidateFilter();
}

void DiagnosticsFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void DiagnosticsFilterModel::setItemIndex(int itemIndex)
{
    if (itemIndex == m_itemIndex)
        return;
    m_itemIndex = itemIndex;
    invalidateFilter();
}

DiagnosticCounts DiagnosticsFilterModel::severityCounts() const
{
    DiagnosticCounts counts;
    const QAbstractItemModel *source = sourceModel();
    for (int row = 0, rows = source ? source->rowCount() : 0; row < rows; ++row) {
        if (accepts(row, Facet::Severity))
            counts.add(Severity(source->index(row, 0).data(DiagnosticsModel::SeverityRole).toInt()));
    }
    return counts;
}

QMap<QString, int> DiagnosticsFilterModel::codeCounts() const
{
    QMap<QString, int> counts;
    const QAbstractItemModel *source = sourceModel();
    for (int row = 0, rows = source ? source->rowCount() : 0; row < rows; ++row) {
        if (accepts(row, Facet::Code))
            ++counts[source->index(row, 0).data(DiagnosticsModel::CodeRole).toString()];
    }
    return counts;
}

bool DiagnosticsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && accepts(sourceRow, Facet::None);
}

bool DiagnosticsFilterModel::accepts(int sourceRow, Facet ignored) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (m_itemIndex >= 0 && index.data(DiagnosticsModel::ItemIndexRole).toInt() != m_itemIndex)
        return false;
    if (ignored != Facet::Severity && !m_shown.at(std::size_t(index.data(DiagnosticsModel::SeverityRole).toInt())))
        return false;
    const QString code = index.data(DiagnosticsModel::CodeRole).toString();
    if (ignored != Facet::Code && !m_code.isEmpty() && code != m_code)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString message = index.siblingAtColumn(DiagnosticsModel::MessageColumn).data().toString();
    const QString file = index.siblingAtColumn(DiagnosticsModel::FileColumn).data().toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) {
        return message.contains(word, Qt::CaseInsensitive) || file.contains(word, Qt::CaseInsensitive)
            || code.contains(word, Qt::CaseInsensitive);
    });
}

bool DiagnosticsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    int order = 0;
    switch (left.column()) {
    case DiagnosticsModel::SeverityColumn:
        order = compareInts(left, right, DiagnosticsModel::SeverityRole);
        break;
    case DiagnosticsModel::CodeColumn:
        order = compareTexts(left, right, DiagnosticsModel::CodeColumn);
        break;
    case DiagnosticsModel::MessageColumn:
        order = compareTexts(left, right, DiagnosticsModel::MessageColumn);
        break;
    case DiagnosticsModel::LineColumn:
        order = compareInts(left, right, DiagnosticsModel::LineRole);
        break;
    default:
        break;
    }
    // Then by file (one agent's findings together, also when two files share a name), line
    // and column; the findings' own order last, so that every order is total.
    if (order == 0)
        order = compareTexts(left, right, DiagnosticsModel::FileColumn);
    for (const int role : {int(DiagnosticsModel::ItemIndexRole), int(DiagnosticsModel::LineRole), int(DiagnosticsModel::ColumnRole),
                           int(DiagnosticsModel::DiagnosticIndexRole)}) {
        if (order != 0)
            break;
        order = compareInts(left, right, role);
    }
    return order < 0;
}
