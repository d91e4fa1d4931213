// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace Agentry {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    m_action->hide();
    m_action->setObjectName(QStringLiteral("bannerAction"));
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showMessage(Type type, const QString &text, const QString &actionText)
{
    m_type = type;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleDescription(text);
    updateIcon();
    update();
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QColor MessageBanner::tint() const
{
    // The colours of KDE's message widgets, legible on light and dark palettes alike.
    switch (m_type) {
    case Type::Error:
        return QColor(0xda, 0x44, 0x53);
    case Type::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Type::Information:
        break;
    }
    return QColor(0x3d, 0xae, 0xe9);
}

void MessageBanner::updateIcon()
{
    QStyle::StandardPixmap fallback = QStyle::SP_MessageBoxInformation;
    QString name = QStringLiteral("dialog-information");
    if (m_type == Type::Warning) {
        fallback = QStyle::SP_MessageBoxWarning;
        name = QStringLiteral("dialog-warning");
    } else if (m_type == Type::Error) {
        fallback = QStyle::SP_MessageBoxCritical;
        name = QStringLiteral("dialog-error");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_icon->setPixmap(QIcon::fromTheme(name, style()->standardIcon(fallback, nullptr, this)).pixmap(size, size));
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor border = tint();
    QColor fill = border;
    fill.setAlphaF(0.2f);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    QFrame::changeEvent(event);
}

} // namespace Agentry
