// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>
#include <QPointer>

class QToolButton;

namespace Agentry {

class AgentLibrary;
class LibraryChecker;
class ProblemsPanel;

// The Problems panel as a dock, with the library's problem counts as a button for the status
// bar that opens it. Owns its model and the panel; the button goes to whichever widget it is
// put in (the status bar); the checker and the library are not owned.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    ProblemsDock(LibraryChecker *checker, AgentLibrary *library, QWidget *parent = nullptr);

    ProblemsPanel *panel() const { return m_panel; }
    // "✖ 2   ⚠ 5   ℹ 1": for the status bar; a click shows the panel.
    QToolButton *countsButton() const;
    // Shows the panel and moves to the next or previous problem.
    void step(int delta);

private:
    void updateCounts();

    LibraryChecker *m_checker;
    ProblemsPanel *m_panel;
    QPointer<QToolButton> m_counts;
};

} // namespace Agentry
