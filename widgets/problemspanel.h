// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/diagnostic.h"

#include <QWidget>

#include <array>
#include <optional>

class QAction;
class QComboBox;
class QLineEdit;
class QMenu;
class QModelIndex;
class QTimer;
class QToolButton;
class QTreeView;

namespace Agentry {

class DiagnosticsFilterModel;
class DiagnosticsModel;

// The findings of every agent in one list, as in an IDE's Problems view: switches per
// severity with their counts, a rule and a text filter, "current agent only", and a
// sortable table. It shows and reports; what a finding leads to is the receivers' business.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    // Shows `model`, which is not owned and must outlive the panel.
    explicit ProblemsPanel(DiagnosticsModel *model, QWidget *parent = nullptr);

    // The library item that "Current agent" limits the list to; -1 when none is open.
    void setCurrentItem(int itemIndex);
    QTreeView *view() const { return m_view; }
    DiagnosticsFilterModel *filterModel() const { return m_filter; }

    // Select the next or previous finding, wrapping around the ends, and emit activated():
    // F8 and Shift+F8.
    void selectNext();
    void selectPrevious();

signals:
    // A finding (or one of its places: `placeIndex` ≥ 0) was double-clicked, or Enter was
    // pressed on it: show it in its agent.
    void activated(int itemIndex, int diagnosticIndex, int placeIndex);
    // The context menu of a finding is about to show; receivers connected directly add
    // actions such as its fixes. The panel adds "Copy" after them.
    void contextMenuRequested(QMenu *menu, int itemIndex, int diagnosticIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *createSwitch(const QString &iconName, const QString &toolTip);
    void step(int delta);
    void activate(const QModelIndex &index);
    void showMenu(const QModelIndex &index, const QPoint &globalPosition);
    void copy() const;
    void filterByItem();
    void showCounts();
    // The model rebuilds every row when many agents change at once (a library being checked):
    // the current finding, or with none the one at the top, stays where it was in the view.
    void rememberPosition();
    void restorePosition();

    DiagnosticsFilterModel *m_filter; // children, owned through the QObject tree
    std::array<QToolButton *, 3> m_severitySwitches; // by Severity
    QComboBox *m_ruleCombo;
    QLineEdit *m_filterField;
    QToolButton *m_currentSwitch;
    QTreeView *m_view;
    QAction *m_copyAction;
    QTimer *m_countTimer;
    int m_currentItem = -1;
    struct Position
    {
        QString path;
        Diagnostic finding;
        int placeIndex = -1; // the row of one of its places, below it
        int top = 0;         // in the viewport
        bool current = false;
    };
    std::optional<Position> m_position; // from rememberPosition() until restorePosition()
    DiagnosticsModel *const m_model; // not owned
};

} // namespace Agentry
