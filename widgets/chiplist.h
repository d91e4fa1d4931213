// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

namespace Agentry {

class FlowLayout;

// A wrapping row of chips, one per list entry; a chip's remove button asks for its entry to go.
class ChipList : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        QString entry;   // the value as written in the file
        QString label;   // what the chip shows
        QString toolTip;
        bool operator==(const Item &other) const = default;
    };

    explicit ChipList(QWidget *parent = nullptr);

    // Rebuilds the chips only when `items` differ from the ones shown.
    void setItems(const QVector<Item> &items);
    void setReadOnly(bool readOnly);

signals:
    void removeRequested(const QString &entry);
    // Chips were created or deleted: the focus chain around them changed.
    void chipsChanged();

private:
    QVector<Item> m_items;
    FlowLayout *m_layout; // owned by this widget
    bool m_readOnly = false;
};

} // namespace Agentry
