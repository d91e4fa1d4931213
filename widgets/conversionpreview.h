// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTabWidget>

class QLabel;
class QTreeWidget;

namespace Agentry {

class BodyEditor;
class GrantChangesView;
struct AgentConversion;

// One converted agent in three pages: New File (where it goes and its text, read-only and
// highlighted as the source editor is), Findings (what the conversion changed or left out)
// and Grants (GrantChangesView). Shows a copy of what it is given.
class ConversionPreview : public QTabWidget
{
    Q_OBJECT

public:
    enum Page { FilePage, FindingsPage, GrantsPage };
    enum FindingColumn { SeverityColumn, FieldColumn, MessageColumn };

    explicit ConversionPreview(QWidget *parent = nullptr);

    // Shows `conversion`; null shows an empty preview.
    void setConversion(const AgentConversion *conversion);

    QLabel *path() const { return m_path; }
    BodyEditor *file() const { return m_file; }
    QTreeWidget *findings() const { return m_findings; }
    GrantChangesView *grants() const { return m_grants; }

private:
    void showFindings(const AgentConversion *conversion);

    // Children, owned through the QObject tree.
    QLabel *m_path;
    BodyEditor *m_file;
    QTreeWidget *m_findings;
    GrantChangesView *m_grants;
};

} // namespace Agentry
