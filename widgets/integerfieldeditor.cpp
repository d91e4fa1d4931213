// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "integerfieldeditor.h"

#include "text/yamlsnippet.h"

#include <QHBoxLayout>
#include <QSpinBox>

#include <limits>

namespace Agentry {

IntegerFieldEditor::IntegerFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec.key, parent)
    , m_spin(new QSpinBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addStretch(1);
    m_spin->setRange(spec.minimum - 1, std::numeric_limits<int>::max());
    m_spin->setSpecialValueText(tr("(not set)"));
    // Large minimums (token counts) move in round steps.
    m_spin->setSingleStep(qMax(1, spec.minimum / 10));
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    m_spin->setValue(m_spin->minimum());
    connect(m_spin, qOverload<int>(&QSpinBox::valueChanged), this, &IntegerFieldEditor::userChanged);
    setFocusProxy(m_spin);
}

void IntegerFieldEditor::setReadOnly(bool readOnly)
{
    m_spin->setReadOnly(readOnly);
    m_spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
}

QWidget *IntegerFieldEditor::focusTarget() const
{
    return m_spin;
}

void IntegerFieldEditor::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    m_updating = true;
    const std::optional<int> number = numberOf(value);
    m_showingOther = !value.isUndefined() && !number;
    m_spin->setSpecialValueText(m_showingOther ? YamlSnippet::valueText(text, *field) : tr("(not set)"));
    m_spin->setToolTip(m_showingOther ? tr("Not a whole number of at least %1: choose one to replace it.").arg(m_spin->minimum() + 1)
                                      : QString());
    m_spin->setValue(number.value_or(m_spin->minimum()));
    m_updating = false;
}

bool IntegerFieldEditor::shows(const QJsonValue &value) const
{
    if (m_showingOther)
        return false;
    if (value.isUndefined())
        return m_spin->value() == m_spin->minimum();
    return numberOf(value) == m_spin->value();
}

std::optional<int> IntegerFieldEditor::numberOf(const QJsonValue &value) const
{
    bool ok = false;
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
        ok = true;
    } else if (value.isString()) {
        number = value.toString().trimmed().toInt(&ok);
    }
    if (!ok || number != double(qint64(number)) || number <= m_spin->minimum() || number > m_spin->maximum())
        return std::nullopt;
    return int(number);
}

void IntegerFieldEditor::userChanged(int value)
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
    else
        request(FieldChange::set(key(), value));
}

} // namespace Agentry
