// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "matrix/agentgrants.h"
#include "matrix/agentrisk.h"
#include "matrix/matrixcolumns.h"
#include "matrix/matrixcomparison.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Agentry {

class ToolCatalog;

// One agent of a matrix report.
struct MatrixReportAgent
{
    QString file; // as people name it: the report's rows are sorted by it
    QString name;
    AgentGrants grants;
    AgentRisk risk;
};

// The permission matrix written out for review: CSV, JSON and a self-contained HTML page (the
// formats are described in docs/matrix.md). Rows are sorted by file and columns follow
// MatrixColumns, so the same agents always give the same bytes and reports can be diffed.
// With a baseline, the cells that changed since it are marked.
class MatrixReport
{
    Q_DECLARE_TR_FUNCTIONS(MatrixReport)

public:
    // `catalog` must outlive the report.
    MatrixReport(const QVector<MatrixReportAgent> &agents, const ToolCatalog &catalog);

    // Marks the changes since the baseline named `label`. `comparison` indexes the agents in
    // the order given to the constructor; `deletedFiles` are the baseline's agents that are
    // gone, named as the agents' `file`s are.
    void setBaseline(const QString &label, const MatrixComparison &comparison, const QStringList &deletedFiles);

    const QVector<MatrixColumn> &columns() const { return m_columns; }

    // RFC 4180, CRLF line ends: file,name,mode,risk[,baseline],<tools...>.
    QByteArray csv() const;
    // {"tools": [...], "agents": [{"file", "name", "mode", "risk", "cells": {...}}]}, indented.
    QByteArray json() const;
    // One UTF-8 page with its styles inline and no scripts or external resources.
    QByteArray html(const QString &title) const;

private:
    struct Baseline
    {
        QString label;
        MatrixComparison comparison;
        QStringList deletedFiles;
    };

    // The agent's cell for a column as docs/matrix.md names it: `granted`, `pattern:git *`, …;
    // empty when not granted.
    static QString cellId(const ToolGrant &grant);
    // `added`, `removed` or `changed`; empty when the cell is the same.
    QString changeId(int agent, const QString &column) const;
    // `new`, `changed` or `same`; empty without a baseline.
    QString baselineId(int agent) const;
    void buildColumns();

    QVector<MatrixReportAgent> m_agents;
    QVector<int> m_order; // indices into m_agents, by file
    const ToolCatalog &m_catalog;
    QVector<MatrixColumn> m_columns;
    std::optional<Baseline> m_baseline;
};

} // namespace Agentry
