// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "grantchangesview.h"

#include "conversion/agentconversion.h"
#include "grantdelegate.h"
#include "matrix/agentrisk.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Agentry {

namespace {

// A grant in the matrix's symbols, with words: the symbol alone is too terse out of the matrix.
QString grantText(const ToolGrant &grant)
{
    const QString patterns = grant.patterns.join(QStringLiteral(", "));
    switch (grant.state) {
    case GrantState::Granted:
        return GrantChangesView::tr("✓ granted");
    case GrantState::Pattern:
        return GrantChangesView::tr("✓ only %1").arg(patterns);
    case GrantState::Inherited:
        return GrantChangesView::tr("(✓) inherited");
    case GrantState::Denied:
        return patterns.isEmpty() ? GrantChangesView::tr("⊘ denied") : GrantChangesView::tr("⊘ denied for %1").arg(patterns);
    case GrantState::Unknown:
        return GrantChangesView::tr("? not a tool");
    case GrantState::Ask:
        return GrantChangesView::tr("?! asks first");
    case GrantState::NotGranted:
        break;
    }
    return GrantChangesView::tr("— not granted");
}

QString listOrNone(const QStringList &columns)
{
    return columns.isEmpty() ? GrantChangesView::tr("none") : columns.join(QStringLiteral(", "));
}

} // namespace

GrantChangesView::GrantChangesView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("grantSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("grantChanges"));
    m_table->setAccessibleName(tr("Grants before and after"));
    m_table->setHeaderLabels({tr("Tool"), tr("Before"), tr("After")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void GrantChangesView::setConversion(const AgentConversion *conversion)
{
    m_table->clear();
    if (!conversion || !conversion->isConverted()) {
        m_summary->setText(conversion ? tr("Not converted: there are no new grants to compare.") : QString());
        return;
    }
    m_summary->setText(conversion->widened.isEmpty() && conversion->narrowed.isEmpty()
                           ? tr("Widened: none · Narrowed: none. The new file grants what the source grants.")
                           : tr("Widened: %1 · Narrowed: %2").arg(listOrNone(conversion->widened), listOrNone(conversion->narrowed)));
    const QColor base = palette().color(QPalette::Base);
    for (const GrantChange &change : conversion->grants) {
        QString after = grantText(change.after);
        QColor tint;
        if (change.kind == GrantChange::Kind::Widened) {
            after = tr("%1 (widened)").arg(after);
            tint = GrantDelegate::riskTint(int(AgentRisk::Level::Critical), base);
        } else if (change.kind == GrantChange::Kind::Narrowed) {
            after = tr("%1 (narrowed)").arg(after);
            tint = GrantDelegate::riskTint(int(AgentRisk::Level::Medium), base);
        }
        QString tool = change.column;
        if (change.kind == GrantChange::Kind::Given)
            tool = tr("%1 (always)").arg(tool);
        auto *row = new QTreeWidgetItem(m_table, {tool, grantText(change.before), after});
        for (int column = ToolColumn; column <= AfterColumn; ++column) {
            row->setToolTip(column, row->text(column));
            if (tint.isValid())
                row->setBackground(column, tint);
        }
        if (change.kind == GrantChange::Kind::Given)
            row->setToolTip(ToolColumn, tr("Its runtime gives every agent this tool, whatever the file says: the conversion changes nothing here."));
    }
    if (m_table->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_table, {tr("Neither file grants a tool.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
}

} // namespace Agentry
