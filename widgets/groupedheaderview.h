// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHeaderView>

namespace Agentry {

// A horizontal header for many narrow columns: a band on top names the group of each run of
// columns (read from the model's header data under `groupRole`), and the columns' own
// labels stand upright below it so that a hundred tools fit on one screen.
class GroupedHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    // Columns before `firstGrouped` (names, totals) get a plain, horizontal label.
    GroupedHeaderView(int groupRole, int firstGrouped, QWidget *parent = nullptr);

    // A number to show at the foot of each grouped column (how many rows it counts), read
    // under `role`; -1 for none.
    void setTotalRole(int role) { m_totalRole = role; }

    // The group shown over `section`: its text under the group role, empty for none.
    QString groupOf(int section) const;
    // The first and last visual index of the run of sections sharing `section`'s group.
    std::pair<int, int> groupRun(int section) const;

protected:
    QSize sizeHint() const override;
    QSize sectionSizeFromContents(int section) const override;
    void paintSection(QPainter *painter, const QRect &rect, int section) const override;

private:
    int bandHeight() const;
    int footHeight() const;

    int m_groupRole;
    int m_firstGrouped;
    int m_totalRole = -1;
};

} // namespace Agentry
