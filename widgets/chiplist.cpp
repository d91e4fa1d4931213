// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chiplist.h"

#include "chip.h"
#include "flowlayout.h"

#include <QApplication>
#include <QToolButton>

#include <memory>

namespace Agentry {

ChipList::ChipList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChipList::setItems(const QVector<Item> &items)
{
    if (items == m_items)
        return;
    // Keep the keyboard near where it was when the focused chip goes away.
    int focusIndex = -1;
    for (int i = 0; i < m_layout->count(); ++i) {
        const QWidget *chip = m_layout->itemAt(i)->widget();
        if (chip && chip->isAncestorOf(QApplication::focusWidget()))
            focusIndex = i;
    }

    while (m_layout->count() > 0) {
        const std::unique_ptr<QLayoutItem> item(m_layout->takeAt(0));
        if (QWidget *chip = item->widget()) {
            chip->hide();
            // Later: the chip's own button may be what asked for this change.
            chip->deleteLater();
        }
    }
    m_items = items;
    for (const Item &item : items) {
        auto *chip = new Chip(item.label, tr("Remove %1").arg(item.entry), this);
        chip->setToolTip(item.toolTip);
        chip->setAccessibleName(item.entry);
        chip->setRemovable(!m_readOnly);
        connect(chip, &Chip::removeClicked, this, [this, entry = item.entry] { emit removeRequested(entry); });
        m_layout->addWidget(chip);
    }
    if (focusIndex >= 0 && m_layout->count() > 0) {
        auto *chip = static_cast<Chip *>(m_layout->itemAt(qMin(focusIndex, m_layout->count() - 1))->widget());
        chip->removeButton()->setFocus(Qt::OtherFocusReason);
    }
    updateGeometry();
    emit chipsChanged();
}

void ChipList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (auto *chip = qobject_cast<Chip *>(m_layout->itemAt(i)->widget()))
            chip->setRemovable(!readOnly);
    }
}

} // namespace Agentry
