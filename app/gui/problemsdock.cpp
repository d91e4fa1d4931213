// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/problemsdock.h"

#include "library/diagnosticsmodel.h"
#include "library/librarychecker.h"
#include "problemspanel.h"

#include <QToolButton>
#include <QTreeView>

namespace Agentry {

ProblemsDock::ProblemsDock(LibraryChecker *checker, AgentLibrary *library, QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_checker(checker)
    , m_panel(new ProblemsPanel(new DiagnosticsModel(checker, library, this), this))
    , m_counts(new QToolButton(this))
{
    setObjectName(QStringLiteral("problems")); // names its place in the saved layout
    setWidget(m_panel);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    m_counts->setAutoRaise(true);
    m_counts->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_counts, &QToolButton::clicked, this, [this] {
        show();
        raise();
        m_panel->view()->setFocus();
    });
    connect(checker, &LibraryChecker::totalsChanged, this, &ProblemsDock::updateCounts);
    updateCounts();
}

QToolButton *ProblemsDock::countsButton() const
{
    return m_counts;
}

void ProblemsDock::step(int delta)
{
    show();
    if (delta > 0)
        m_panel->selectNext();
    else
        m_panel->selectPrevious();
}

void ProblemsDock::updateCounts()
{
    if (!m_counts)
        return;
    const DiagnosticCounts totals = m_checker->totals();
    // Marks beside the numbers, so colour is never the only cue.
    m_counts->setText(tr("✖ %1   ⚠ %2   ℹ %3").arg(totals.errors).arg(totals.warnings).arg(totals.infos));
    const QString counts = tr("%n error(s)", nullptr, totals.errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, totals.warnings)
        + QStringLiteral(", ") + tr("%n note(s)", nullptr, totals.infos);
    m_counts->setAccessibleName(counts);
    m_counts->setToolTip(tr("%1 in this library. Click to show the problems.").arg(counts));
}

} // namespace Agentry
