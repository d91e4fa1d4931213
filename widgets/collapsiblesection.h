// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QToolButton;

namespace Agentry {

// A titled part of a page whose content folds away behind its header button.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    enum class Look {
        Heading, // a section of a settings page: bold title
        Group,   // a group inside a field: normal text
    };

    CollapsibleSection(const QString &title, Look look, QWidget *parent = nullptr);

    // Dimmed text after the title, saying what the folded content holds: "2 of 4".
    void setSummary(const QString &summary);
    // The widget to put the folded content in (it has no layout yet).
    QWidget *content() const { return m_content; }
    QToolButton *header() const { return m_header; }

    bool isExpanded() const;
    void setExpanded(bool expanded);

signals:
    void expandedChanged(bool expanded); // also when the user clicks the header

private:
    void updateHeader();

    QToolButton *m_header; // owned through the QObject tree, like m_content
    QWidget *m_content;
    QString m_title;
    QString m_summary;
    bool m_expanded = true;
};

} // namespace Agentry
