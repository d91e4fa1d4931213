// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "matrix/matrixcomparison.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>

namespace Agentry {

class AgentLibrary;
class PermissionMatrixModel;

// Keeps the permission matrix compared with a baseline, for the window: reads the baseline
// (a git revision or another folder) off the GUI thread, then follows the matrix's rows as
// they are checked and edited, so the marks are always those of the current text.
class BaselineTracker : public QObject
{
    Q_OBJECT

public:
    // `library` and `model` are not owned and must outlive the comparer.
    BaselineTracker(AgentLibrary *library, PermissionMatrixModel *model, QObject *parent = nullptr);

    // Starts reading `spec` (`git:REV`, or a folder) as the baseline of the library's folder;
    // changed() or failed() follows.
    void compareWith(const QString &spec);
    void clear();
    bool isActive() const { return !m_label.isEmpty(); }
    bool isReading() const { return m_watcher.isRunning(); }
    const QString &label() const { return m_label; } // `git:HEAD`, a folder; empty when none

    // How the matrix row's cell under `column` changed since the baseline.
    MatrixComparison::Change change(int row, const QString &column) const;
    bool hasChanges(int row) const { return isActive() && m_comparison.hasChanges(row); }
    int changedAgents() const;
    QStringList deletedPaths() const { return isActive() ? m_comparison.deletedPaths() : QStringList(); }
    const MatrixComparison &comparison() const { return m_comparison; }

signals:
    void changed(); // a baseline arrived, went, or the marks moved
    void failed(const QString &message);

private:
    struct Read
    {
        QHash<QString, AgentGrants> grants;
        QString label;
        QString error;
    };
    void takeBaseline();
    void refreshAll();
    void refreshRows(int first, int last);
    ComparedAgent agentOf(int row) const;

    AgentLibrary *m_library;
    PermissionMatrixModel *m_model;
    QFutureWatcher<Read> m_watcher;
    MatrixComparison m_comparison;
    QString m_label;
    QString m_readFolder; // the folder the baseline being read is for
};

} // namespace Agentry
