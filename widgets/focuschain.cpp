// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "focuschain.h"

#include <QFormLayout>
#include <QLayout>
#include <QVector>
#include <QWidget>

namespace Agentry {

namespace {

void collectLayout(QLayout *layout, QVector<QWidget *> &out);

void collectWidget(QWidget *widget, QVector<QWidget *> &out)
{
    // A widget Tab stops at is a leaf: its insides (a spin box's line edit) are its own business.
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
        out.append(widget);
        return;
    }
    if (widget->layout())
        collectLayout(widget->layout(), out);
}

void collectItem(QLayoutItem *item, QVector<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *widget = item->widget())
        collectWidget(widget, out);
    else if (QLayout *layout = item->layout())
        collectLayout(layout, out);
}

void collectLayout(QLayout *layout, QVector<QWidget *> &out)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        // Items of a form layout are stored in insertion order, not row order.
        for (int row = 0; row < form->rowCount(); ++row) {
            collectItem(form->itemAt(row, QFormLayout::SpanningRole), out);
            collectItem(form->itemAt(row, QFormLayout::LabelRole), out);
            collectItem(form->itemAt(row, QFormLayout::FieldRole), out);
        }
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i), out);
}

} // namespace

namespace FocusChain {

void orderByLayout(QWidget *root)
{
    QVector<QWidget *> chain;
    if (root->layout())
        collectLayout(root->layout(), chain);
    for (int i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

} // namespace FocusChain

} // namespace Agentry
