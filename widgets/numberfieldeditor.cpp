// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numberfieldeditor.h"

#include "text/yamlsnippet.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>

#include <cmath>
#include <limits>

namespace Agentry {

namespace {

constexpr int kFractionDecimals = 2;

double roundedTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

NumberFieldEditor::NumberFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec.key, parent)
    , m_spin(new QDoubleSpinBox(this))
    , m_whole(spec.kind == FieldSpec::Kind::Integer)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addStretch(1);
    m_spin->setDecimals(m_whole ? 0 : kFractionDecimals);
    // Large minimums (token counts) move in round steps; fractions by a twentieth.
    const double step = m_whole ? qMax(1, spec.minimum / 10) : 0.05;
    m_spin->setSingleStep(step);
    m_spin->setRange(spec.minimum - (m_whole ? 1 : step), m_whole ? double(std::numeric_limits<int>::max()) : 1000.0);
    m_spin->setSpecialValueText(tr("(not set)"));
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    m_spin->setValue(m_spin->minimum());
    connect(m_spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &NumberFieldEditor::userChanged);
    setFocusProxy(m_spin);
}

void NumberFieldEditor::setReadOnly(bool readOnly)
{
    m_spin->setReadOnly(readOnly);
    m_spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
}

QWidget *NumberFieldEditor::focusTarget() const
{
    return m_spin;
}

QString NumberFieldEditor::notHeldTip() const
{
    return m_whole ? tr("Not a whole number of at least %1: choose one to replace it.").arg(m_spin->minimum() + 1)
                   : tr("Not a number the spin box can show: choose one to replace it.");
}

void NumberFieldEditor::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    m_updating = true;
    const std::optional<double> number = numberOf(value);
    m_showingOther = !value.isUndefined() && !number;
    m_spin->setSpecialValueText(m_showingOther ? YamlSnippet::valueText(text, *field) : tr("(not set)"));
    m_spin->setToolTip(m_showingOther ? notHeldTip() : QString());
    m_spin->setValue(number.value_or(m_spin->minimum()));
    m_updating = false;
}

bool NumberFieldEditor::shows(const QJsonValue &value) const
{
    if (m_showingOther)
        return false;
    if (value.isUndefined())
        return m_spin->value() == m_spin->minimum();
    return numberOf(value) == m_spin->value();
}

std::optional<double> NumberFieldEditor::numberOf(const QJsonValue &value) const
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (!ok && m_whole && value.isString())
        number = value.toString().trimmed().toInt(&ok);
    const int decimals = m_whole ? 0 : kFractionDecimals;
    if (!ok || std::abs(number - roundedTo(number, decimals)) > 1e-9 || number <= m_spin->minimum() || number > m_spin->maximum())
        return std::nullopt;
    return number;
}

void NumberFieldEditor::userChanged(double value)
{
    if (m_updating)
        return;
    if (m_showingOther) {
        m_showingOther = false;
        m_spin->setSpecialValueText(tr("(not set)"));
        m_spin->setToolTip({});
    }
    if (value == m_spin->minimum())
        request(FieldChange::remove(key()));
    else if (m_whole)
        request(FieldChange::set(key(), qint64(std::llround(value))));
    else
        request(FieldChange::set(key(), roundedTo(value, kFractionDecimals)));
}

} // namespace Agentry
