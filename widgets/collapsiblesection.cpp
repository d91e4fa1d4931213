// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "collapsiblesection.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace Agentry {

CollapsibleSection::CollapsibleSection(const QString &title, Look look, QWidget *parent)
    : QWidget(parent)
    , m_header(new QToolButton(this))
    , m_content(new QWidget(this))
    , m_title(title)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(look == Look::Heading ? 6 : 2);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setFocusPolicy(Qt::StrongFocus);
    if (look == Look::Heading) {
        QFont font = m_header->font();
        font.setBold(true);
        m_header->setFont(font);
    }
    layout->addWidget(m_header, 0, Qt::AlignLeft);
    layout->addWidget(m_content);
    // Not a checkable button: a pressed-in look would read as "on", not as "open".
    connect(m_header, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    updateHeader();
}

void CollapsibleSection::setSummary(const QString &summary)
{
    if (summary == m_summary)
        return;
    m_summary = summary;
    updateHeader();
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_content->setVisible(expanded);
    updateHeader();
    emit expandedChanged(expanded);
}

void CollapsibleSection::updateHeader()
{
    m_header->setArrowType(isExpanded() ? Qt::DownArrow : Qt::RightArrow);
    m_header->setText(m_summary.isEmpty() ? m_title : tr("%1 — %2").arg(m_title, m_summary));
    m_header->setAccessibleName(m_title);
    m_header->setAccessibleDescription(m_expanded ? tr("Expanded. %1").arg(m_summary) : tr("Collapsed. %1").arg(m_summary));
}

} // namespace Agentry
