// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chip.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace Agentry {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

} // namespace

Chip::Chip(const QString &text, const QString &removeName, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(text, this))
    , m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 1, 1);
    layout->setSpacing(2);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label);

    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 4;
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete-remove"), style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, this)));
    m_remove->setIconSize(QSize(icon, icon));
    m_remove->setAutoRaise(true);
    m_remove->setFocusPolicy(Qt::StrongFocus);
    m_remove->setAccessibleName(removeName);
    m_remove->setToolTip(removeName);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, &Chip::removeClicked);
}

void Chip::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
    layout()->setContentsMargins(8, 1, removable ? 1 : 8, 1);
}

void Chip::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = box.height() / 2;
    painter.setPen(mixed(colors.color(QPalette::Window), colors.color(QPalette::WindowText), 0.3));
    painter.setBrush(mixed(colors.color(QPalette::Window), colors.color(QPalette::Highlight), 0.15));
    painter.drawRoundedRect(box, radius, radius);
}

} // namespace Agentry
