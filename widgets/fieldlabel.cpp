#include "fieldlabel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>

FieldLabel::FieldLabel(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(text, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    m_icon->hide();
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
    m_icon->setPixmap(QIcon::fromTheme(name, style()->standardIcon(fallback, nullptr, this)).pixmap(size, size));
    m_icon->setAccessibleName(message);
    m_icon->show();
    m_problem = message;
    updateToolTip();
    if (m_buddy)
        m_buddy->setAccessibleDescription(m_baseDescription.isEmpty() ? message : m_baseDescription + u' ' + message);
}

void FieldLabel::clearProblem()
{
    if (!hasProblem())
        return;
    m_icon->hide();
    m_problem.clear();
    updateToolTip();
    if (m_buddy)
        m_buddy->setAccessibleDescription(m_baseDescription);
}

bool FieldLabel::hasProblem() const
{
    return !m_icon->isHidden();
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
    m_text->setToolTip(tip);
}
