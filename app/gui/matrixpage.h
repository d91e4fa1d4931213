// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Agentry {

class AgentLibrary;
class LibraryHistory;
class BaselineTracker;
class MatrixReport;
class LibraryChecker;
class PermissionMatrixModel;
class PermissionMatrixView;

// The permission matrix page of the main window: the matrix view under a bar with the
// baseline to compare with and the exports.
class MatrixPage : public QWidget
{
    Q_OBJECT

public:
    // `library`, `checker` and `history` are not owned and must outlive the page.
    MatrixPage(AgentLibrary *library, LibraryChecker *checker, LibraryHistory *history, QWidget *parent = nullptr);

    PermissionMatrixModel *model() const { return m_model; }
    PermissionMatrixView *view() const { return m_view; }
    BaselineTracker *comparer() const { return m_comparer; }

    // Renders the rows and columns the view shows to a PNG file; an empty string or the error.
    QString exportImage(const QString &path) const;
    // Writes the agents the view shows as CSV, JSON or HTML (`format`), marked against the
    // baseline when there is one; an empty string or the error.
    QString exportReport(const QString &path, const QString &format) const;

signals:
    void message(const QString &text);
    void showAgentRequested(int itemIndex);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void exportAs(const QString &format);
    void chooseBaseline(const QString &spec);
    void showComparison();
    MatrixReport report() const;

    AgentLibrary *m_library;
    PermissionMatrixModel *m_model; // children, owned through the QObject tree
    PermissionMatrixView *m_view;
    BaselineTracker *m_comparer;
    QToolButton *m_compareButton;
    QLabel *m_comparison;
    QToolButton *m_exportButton;
};

} // namespace Agentry
