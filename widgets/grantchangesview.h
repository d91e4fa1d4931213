// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Agentry {

struct AgentConversion;

// What a conversion does to an agent's grants: a line naming the tools it widened and
// narrowed, and a table of Tool | Before | After with a row for each tool either file grants
// or whose grant changed; widened rows tinted as the matrix tints danger, narrowed ones as it
// tints a warning, and said in words too. Shows a copy of what it is given.
class GrantChangesView : public QWidget
{
    Q_OBJECT

public:
    enum Column { ToolColumn, BeforeColumn, AfterColumn };

    explicit GrantChangesView(QWidget *parent = nullptr);

    // Shows `conversion`'s grants; null shows nothing.
    void setConversion(const AgentConversion *conversion);

    QLabel *summary() const { return m_summary; }
    QTreeWidget *table() const { return m_table; }

private:
    // Children, owned through the QObject tree.
    QLabel *m_summary;
    QTreeWidget *m_table;
};

} // namespace Agentry
