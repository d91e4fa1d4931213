// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/diagnostic.h"

#include <QMap>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <array>

namespace Agentry {

struct DiagnosticCounts;

// Filters a DiagnosticsModel by severity, rule code, a text and one library item, and sorts
// it by any column, ties broken by file, line and column. Sorted by file and line at first.
// Its source must be a DiagnosticsModel.
class DiagnosticsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiagnosticsFilterModel(QObject *parent = nullptr);

    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const { return m_shown.at(std::size_t(severity)); }
    // Only the findings of rule `code`; all when empty.
    void setCode(const QString &code);
    const QString &code() const { return m_code; }
    // Only findings whose message, file name or code hold every word of `text`, in any case.
    void setFilterText(const QString &text);
    // Only the findings of library item `itemIndex`; all when -1.
    void setItemIndex(int itemIndex);
    int itemIndex() const { return m_itemIndex; }

    // How many findings of each severity pass the other filters: what each severity's
    // switch would show, whether it is on or not.
    DiagnosticCounts severityCounts() const;
    // How many findings of each code pass the other filters, by code.
    QMap<QString, int> codeCounts() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // A filter left out when counting what it would let through.
    enum class Facet { None, Severity, Code };

    bool accepts(int sourceRow, Facet ignored) const;

    std::array<bool, 3> m_shown{true, true, true}; // by Severity
    QString m_code;
    QStringList m_words;
    int m_itemIndex = -1;
};

} // namespace Agentry
