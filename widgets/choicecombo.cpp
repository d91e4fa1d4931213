// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "choicecombo.h"

#include "text/yamlsnippet.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>

namespace Agentry {

namespace {

// Item data: the JSON value an item stands for; an invalid QVariant for "(not set)".
QVariant itemData(const QJsonValue &value)
{
    return value.isUndefined() ? QVariant() : QVariant::fromValue(value);
}

QJsonValue valueOfItem(const QVariant &data)
{
    return data.isValid() ? data.value<QJsonValue>() : QJsonValue(QJsonValue::Undefined);
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
}

} // namespace

ChoiceCombo::ChoiceCombo(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec.key, parent)
    , m_kind(spec.kind)
    , m_acceptsInteger(spec.flags.testFlag(FieldSpec::Flag::AcceptsInteger))
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);

    m_combo->addItem(tr("(not set)"), itemData(QJsonValue(QJsonValue::Undefined)));
    if (m_kind == FieldSpec::Kind::Boolean) {
        m_combo->addItem(tr("true"), itemData(true));
        m_combo->addItem(tr("false"), itemData(false));
    }
    for (const QString &allowed : spec.allowedValues) {
        const QString label = m_kind == FieldSpec::Kind::Model && allowed == QLatin1String("inherit") ? tr("(inherit from parent)") : allowed;
        m_combo->addItem(label, itemData(allowed));
        m_combo->setItemData(m_combo->count() - 1, allowed, Qt::ToolTipRole);
    }

    if (m_kind == FieldSpec::Kind::Model || m_acceptsInteger) {
        m_combo->setEditable(true);
        m_combo->setMinimumContentsLength(28); // room for ids such as claude-sonnet-4-5-20250929
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->lineEdit()->setPlaceholderText(tr("(not set)"));
        m_combo->completer()->setCaseSensitivity(Qt::CaseSensitive);
        // Typing asks on each edit like a line edit; the completer's pick arrives when editing ends.
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) { requestValue(valueOfText(text)); });
        connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
            if (!m_combo->lineEdit()->isReadOnly())
                requestValue(currentValue());
        });
    }
    connect(m_combo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        requestValue(valueOfItem(m_combo->itemData(index)));
    });
    setFocusProxy(m_combo);
}

void ChoiceCombo::setReadOnly(bool readOnly)
{
    if (m_combo->isEditable())
        m_combo->lineEdit()->setReadOnly(readOnly);
    m_combo->setEnabled(!readOnly);
}

QWidget *ChoiceCombo::focusTarget() const
{
    return m_combo;
}

void ChoiceCombo::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    removeExtraItem();
    const int index = indexOfValue(value);
    if (index >= 0 && (value.isString() || value.isBool() || value.isUndefined())) {
        m_combo->setCurrentIndex(index);
        return;
    }
    const QString raw = field ? YamlSnippet::valueText(text, *field) : QString();
    if (m_combo->isEditable() && (value.isString() || isWholeNumber(value))) {
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(value.isString() ? value.toString() : raw);
        if (!m_combo->hasFocus())
            m_combo->lineEdit()->setCursorPosition(0); // a long id shows its start
        return;
    }
    // Outside the list: shown as written, so nothing is hidden or silently replaced.
    m_combo->addItem(tr("%1 (not a known value)").arg(raw.isEmpty() ? tr("empty") : raw), itemData(value));
    m_extraIndex = m_combo->count() - 1;
    m_combo->setCurrentIndex(m_extraIndex);
}

bool ChoiceCombo::shows(const QJsonValue &value) const
{
    return currentValue() == value;
}

QJsonValue ChoiceCombo::currentValue() const
{
    if (m_combo->isEditable())
        return valueOfText(m_combo->currentText());
    return valueOfItem(m_combo->currentData());
}

QJsonValue ChoiceCombo::valueOfText(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // An item's label stands for its value: "(inherit from parent)" is inherit.
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemText(i) == trimmed)
            return valueOfItem(m_combo->itemData(i));
    }
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (m_acceptsInteger && isNumber)
        return number;
    return trimmed;
}

int ChoiceCombo::indexOfValue(const QJsonValue &value) const
{
    for (int i = 0; i < m_combo->count(); ++i) {
        if (valueOfItem(m_combo->itemData(i)) == value)
            return i;
    }
    return -1;
}

void ChoiceCombo::requestValue(const QJsonValue &value)
{
    if (value == knownValue())
        return;
    if (value.isUndefined())
        request(FieldChange::remove(key()));
    else
        request(FieldChange::set(key(), value));
}

void ChoiceCombo::removeExtraItem()
{
    if (m_extraIndex >= 0)
        m_combo->removeItem(m_extraIndex);
    m_extraIndex = -1;
}

} // namespace Agentry
