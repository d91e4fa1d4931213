// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fieldlabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

namespace Agentry {

FieldLabel::FieldLabel(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_fixButton(new QToolButton(this))
    , m_fixMenu(new QMenu(m_fixButton))
    , m_text(new QLabel(text, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_fixButton);
    layout->addWidget(m_text);
    m_icon->hide();
    m_fixButton->hide();
    m_fixButton->setAutoRaise(true);
    m_fixButton->setFocusPolicy(Qt::StrongFocus);
    m_fixButton->setPopupMode(QToolButton::InstantPopup);
    m_fixButton->setMenu(m_fixMenu);
    m_text->setTextFormat(Qt::PlainText);
    // As tall as its first line, never stretched to a tall field: it stays by that line.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FieldLabel::setBuddy(QWidget *buddy)
{
    m_buddy = buddy;
    m_text->setBuddy(buddy);
    if (buddy)
        m_baseDescription = buddy->accessibleDescription();
}

QString FieldLabel::plainText() const
{
    QString text = m_text->text();
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (text.endsWith(u':'))
        text.chop(1);
    return text;
}

void FieldLabel::setProblem(Severity severity, const QString &message)
{
    QStyle::StandardPixmap fallback = QStyle::SP_MessageBoxInformation;
    QString name = QStringLiteral("dialog-information");
    if (severity == Severity::Warning) {
        fallback = QStyle::SP_MessageBoxWarning;
        name = QStringLiteral("dialog-warning");
    } else if (severity == Severity::Error) {
        fallback = QStyle::SP_MessageBoxCritical;
        name = QStringLiteral("dialog-error");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = QIcon::fromTheme(name, style()->standardIcon(fallback, nullptr, this));
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setAccessibleName(message);
    m_fixButton->setIcon(icon);
    m_fixButton->setIconSize(QSize(size, size));
    m_fixButton->setAccessibleName(tr("Fix: %1").arg(message));
    m_problem = message;
    m_hasProblem = true;
    updateIcon();
    updateToolTip();
    if (m_buddy)
        m_buddy->setAccessibleDescription(m_baseDescription.isEmpty() ? message : m_baseDescription + u' ' + message);
}

void FieldLabel::clearProblem()
{
    if (!hasProblem())
        return;
    m_hasProblem = false;
    m_problem.clear();
    setFixes({});
    updateIcon();
    updateToolTip();
    if (m_buddy)
        m_buddy->setAccessibleDescription(m_baseDescription);
}

void FieldLabel::setFixes(const QStringList &titles)
{
    if (titles == m_fixes)
        return;
    m_fixes = titles;
    const QList<QAction *> old = m_fixMenu->actions();
    for (QAction *action : old) {
        m_fixMenu->removeAction(action);
        action->deleteLater(); // later: its fix may be what led here
    }
    for (int i = 0; i < titles.size(); ++i) {
        QAction *action = m_fixMenu->addAction(QString(titles.at(i)).replace(u'&', QLatin1String("&&")));
        connect(action, &QAction::triggered, this, [this, i] { emit fixTriggered(i); });
    }
    updateIcon();
}

void FieldLabel::updateIcon()
{
    const bool fixable = m_hasProblem && !m_fixes.isEmpty();
    m_icon->setVisible(m_hasProblem && !fixable);
    m_fixButton->setVisible(fixable);
}

void FieldLabel::setHelp(const QString &help)
{
    m_help = help;
    updateToolTip();
}

void FieldLabel::updateToolTip()
{
    const QString tip = m_problem.isEmpty() ? m_help : m_help.isEmpty() ? m_problem : m_problem + u'\n' + m_help;
    m_icon->setToolTip(m_problem);
    m_fixButton->setToolTip(m_problem + u'\n' + tr("Click for fixes"));
    m_text->setToolTip(tip);
}

} // namespace Agentry
