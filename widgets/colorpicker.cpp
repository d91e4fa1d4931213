// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "colorpicker.h"

#include "flowlayout.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace Agentry {

namespace {

constexpr int NoneId = 0;
constexpr int OtherId = -2;

QString translatedColor(const QString &name)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ColorPicker", "Red"),    QT_TRANSLATE_NOOP("ColorPicker", "Blue"),
        QT_TRANSLATE_NOOP("ColorPicker", "Green"),  QT_TRANSLATE_NOOP("ColorPicker", "Yellow"),
        QT_TRANSLATE_NOOP("ColorPicker", "Purple"), QT_TRANSLATE_NOOP("ColorPicker", "Orange"),
        QT_TRANSLATE_NOOP("ColorPicker", "Pink"),   QT_TRANSLATE_NOOP("ColorPicker", "Cyan"),
    };
    for (const char *english : names) {
        if (name.compare(QLatin1String(english), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("ColorPicker", english);
    }
    return name;
}

QIcon swatch(const QColor &color, int size, const QColor &outline)
{
    QPixmap pixmap(size * 2, size * 2); // drawn at twice the size for high-DPI screens
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(outline, 1));
    if (color.isValid()) {
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    } else {
        // No colour: an empty circle with a stroke through it.
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        painter.drawLine(QPointF(size * 0.25, size * 0.75), QPointF(size * 0.75, size * 0.25));
    }
    return QIcon(pixmap);
}

} // namespace

ColorPicker::ColorPicker(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec.key, parent)
    , m_names(spec.allowedValues)
    , m_group(new QButtonGroup(this))
    , m_none(nullptr)
    , m_other(nullptr)
{
    // Wraps in a narrow pane instead of widening the whole form.
    auto *layout = new FlowLayout(this);
    layout->setSpacing(2);

    m_none = addButton(tr("No color"));
    m_none->setText(tr("None"));
    m_none->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_group->addButton(m_none, NoneId);
    layout->addWidget(m_none);
    for (int i = 0; i < m_names.size(); ++i) {
        QToolButton *button = addButton(translatedColor(m_names.at(i)));
        button->setToolTip(tr("%1 (%2)").arg(translatedColor(m_names.at(i)), m_names.at(i)));
        m_group->addButton(button, i + 1);
        layout->addWidget(button);
    }
    m_other = addButton(QString());
    m_other->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_group->addButton(m_other, OtherId);
    m_other->hide();
    layout->addWidget(m_other);
    updateIcons();

    m_none->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, &ColorPicker::clicked);
    setFocusProxy(m_none);
}

QToolButton *ColorPicker::addButton(const QString &accessibleName)
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    return button;
}

void ColorPicker::setReadOnly(bool readOnly)
{
    for (QAbstractButton *button : m_group->buttons())
        button->setEnabled(!readOnly);
}

QWidget *ColorPicker::focusTarget() const
{
    return m_none;
}

QColor ColorPicker::displayColor(const QString &name)
{
    // Close to the colours the client's terminal UI uses, vivid enough for light and dark themes.
    static const QHash<QString, QColor> colors{
        {QStringLiteral("red"), QColor(0xe5, 0x3e, 0x3e)},    {QStringLiteral("blue"), QColor(0x2f, 0x80, 0xed)},
        {QStringLiteral("green"), QColor(0x27, 0xae, 0x60)},  {QStringLiteral("yellow"), QColor(0xf2, 0xc0, 0x37)},
        {QStringLiteral("purple"), QColor(0x9b, 0x59, 0xb6)}, {QStringLiteral("orange"), QColor(0xf3, 0x8c, 0x1e)},
        {QStringLiteral("pink"), QColor(0xe8, 0x5a, 0xad)},   {QStringLiteral("cyan"), QColor(0x1a, 0xbc, 0xc8)},
    };
    const QColor known = colors.value(name.toLower());
    if (known.isValid())
        return known;
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
    return QColor::fromString(name); // hex codes and SVG names such as teal
#else
    return QColor(name);
#endif
}

void ColorPicker::updateIcons()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    const QColor outline = palette().color(QPalette::WindowText);
    QColor soft = outline;
    soft.setAlphaF(0.35f);
    m_none->setIcon(swatch(QColor(), size, outline));
    m_none->setIconSize(QSize(size, size));
    for (int i = 0; i < m_names.size(); ++i) {
        QAbstractButton *button = m_group->button(i + 1);
        button->setIcon(swatch(displayColor(m_names.at(i)), size, soft));
        button->setIconSize(QSize(size, size));
    }
    m_other->setIconSize(QSize(size, size));
    if (m_otherValue.isString())
        m_other->setIcon(swatch(displayColor(m_otherValue.toString()), size, soft));
}

void ColorPicker::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    Q_UNUSED(field)
    Q_UNUSED(text)
    const int index = value.isString() ? int(m_names.indexOf(value.toString())) : -1;
    const bool other = !value.isUndefined() && index < 0;
    m_otherValue = other ? value : QJsonValue(QJsonValue::Undefined);
    m_other->setVisible(other);
    if (other) {
        const QString written = value.isString() ? value.toString() : tr("not text");
        m_other->setText(tr("%1 (not a Claude Code color)").arg(written));
        m_other->setAccessibleName(m_other->text());
        m_other->setToolTip(tr("Claude Code ignores this color; pick one of the swatches."));
        updateIcons();
        m_other->setChecked(true);
    } else {
        m_group->button(index + 1)->setChecked(true);
    }
}

bool ColorPicker::shows(const QJsonValue &value) const
{
    const int checked = m_group->checkedId();
    if (value.isUndefined())
        return checked == NoneId;
    if (checked == OtherId)
        return value == m_otherValue;
    return value.isString() && checked > 0 && m_names.at(checked - 1) == value.toString();
}

void ColorPicker::changeEvent(QEvent *event)
{
    FieldEditor::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
}

void ColorPicker::clicked(int id)
{
    if (id == OtherId)
        return;
    const QJsonValue value = id == NoneId ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m_names.at(id - 1));
    if (value == knownValue())
        return;
    m_other->hide();
    if (value.isUndefined())
        request(FieldChange::remove(key()));
    else
        request(FieldChange::set(key(), value));
}

} // namespace Agentry
