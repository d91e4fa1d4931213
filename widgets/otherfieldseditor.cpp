// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "otherfieldseditor.h"

#include "fieldlabel.h"
#include "text/yamlsnippet.h"
#include "yamlsnippetedit.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace Agentry {

OtherFieldsEditor::OtherFieldsEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(nullptr)
    , m_empty(new QLabel(tr("The frontmatter has no other keys."), this))
    , m_addButton(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Field…"), this))
    , m_addRow(new QWidget(this))
    , m_newKey(new QLineEdit(m_addRow))
    , m_newValue(new QLineEdit(m_addRow))
    , m_confirm(new QPushButton(tr("Add"), m_addRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_addRow))
    , m_addError(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *rows = new QWidget(this);
    m_layout = new QFormLayout(rows);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addWidget(rows);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addRow(m_empty);

    auto *addLayout = new QHBoxLayout(m_addRow);
    addLayout->setContentsMargins(0, 0, 0, 0);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_newKey->setFont(mono);
    m_newKey->setPlaceholderText(tr("key"));
    m_newKey->setAccessibleName(tr("New field key"));
    m_newValue->setFont(mono);
    m_newValue->setPlaceholderText(tr("value, as YAML"));
    m_newValue->setAccessibleName(tr("New field value"));
    addLayout->addWidget(m_newKey, 1);
    addLayout->addWidget(m_newValue, 2);
    addLayout->addWidget(m_confirm);
    addLayout->addWidget(m_cancel);
    layout->addWidget(m_addRow);
    m_addError->setWordWrap(true);
    layout->addWidget(m_addError);
    layout->addWidget(m_addButton, 0, Qt::AlignLeft);
    m_addRow->hide();
    m_addError->hide();
    m_addButton->setToolTip(tr("Add a key the form has no field for, with its value written as YAML"));

    connect(m_addButton, &QPushButton::clicked, this, [this] { showAddRow(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { showAddRow(false); });
    connect(m_confirm, &QPushButton::clicked, this, &OtherFieldsEditor::addField);
    connect(m_newKey, &QLineEdit::returnPressed, m_newValue, qOverload<>(&QWidget::setFocus));
    connect(m_newValue, &QLineEdit::returnPressed, this, &OtherFieldsEditor::addField);
}

void OtherFieldsEditor::setFields(const AgentText &text, const QStringList &knownKeys)
{
    QStringList keys;
    m_fileKeys.clear();
    for (const FrontmatterField &field : text.frontmatter.fields()) {
        m_fileKeys.append(field.key);
        if (!knownKeys.contains(field.key) && !keys.contains(field.key))
            keys.append(field.key);
    }
    if (keys != m_keys)
        rebuild(keys);
    for (const Row &row : std::as_const(m_rows))
        row.edit->setField(text.frontmatter.field(row.key), text);
}

void OtherFieldsEditor::rebuild(const QStringList &keys)
{
    // Keep the keyboard on the row that takes the place of the focused one.
    int focusRow = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).edit->isAncestorOf(QApplication::focusWidget()) || m_rows.at(i).remove->hasFocus())
            focusRow = i;
    }
    for (const Row &row : std::as_const(m_rows)) {
        const QFormLayout::TakeRowResult taken = m_layout->takeRow(row.label);
        const std::unique_ptr<QLayoutItem> labelItem(taken.labelItem);
        const std::unique_ptr<QLayoutItem> fieldItem(taken.fieldItem);
        row.label->hide();
        if (fieldItem && fieldItem->widget()) {
            fieldItem->widget()->hide();
            // Later: its Remove button may be what asked for this change.
            fieldItem->widget()->deleteLater();
        }
        row.label->deleteLater();
    }
    m_rows.clear();
    m_keys = keys;

    QWidget *parent = m_layout->parentWidget();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const QString &key : keys) {
        auto *label = new FieldLabel(key + u':', parent);
        label->label()->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *field = new QWidget(parent);
        auto *fieldLayout = new QHBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new YamlSnippetEdit(key, YamlSnippetEdit::WhenEmpty::Null, 1, field);
        edit->setAccessibleName(key);
        edit->focusTarget()->setAccessibleName(key);
        edit->setReadOnly(m_readOnly);
        auto *remove = new QToolButton(field);
        remove->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete"), style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this)));
        remove->setIconSize(QSize(iconSize, iconSize));
        remove->setAutoRaise(true);
        remove->setFocusPolicy(Qt::StrongFocus);
        remove->setToolTip(tr("Remove the key \"%1\" and its value").arg(key));
        remove->setAccessibleName(tr("Remove %1").arg(key));
        remove->setEnabled(!m_readOnly);
        fieldLayout->addWidget(edit, 1);
        fieldLayout->addWidget(remove, 0, Qt::AlignTop);
        label->setBuddy(edit->focusTarget());
        connect(edit, &FieldEditor::changeRequested, this, &OtherFieldsEditor::changeRequested);
        connect(remove, &QToolButton::clicked, this, [this, key] { emit changeRequested(FieldChange::remove(key)); });
        m_layout->addRow(label, field);
        m_rows.append({key, label, edit, remove});
    }
    m_empty->setVisible(keys.isEmpty());
    if (focusRow >= 0) {
        if (m_rows.isEmpty())
            m_addButton->setFocus(Qt::OtherFocusReason);
        else
            m_rows.at(qMin(focusRow, int(m_rows.size()) - 1)).remove->setFocus(Qt::OtherFocusReason);
    }
    emit widgetsChanged();
}

void OtherFieldsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &row : std::as_const(m_rows)) {
        row.edit->setReadOnly(readOnly);
        row.remove->setEnabled(!readOnly);
    }
    m_addButton->setVisible(!readOnly);
    if (readOnly)
        showAddRow(false);
}

void OtherFieldsEditor::resetView()
{
    for (const Row &row : std::as_const(m_rows))
        row.edit->resetView();
    showAddRow(false);
}

FieldLabel *OtherFieldsEditor::labelFor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.key == key)
            return row.label;
    }
    return nullptr;
}

QVector<FieldLabel *> OtherFieldsEditor::labels() const
{
    QVector<FieldLabel *> labels;
    for (const Row &row : m_rows)
        labels.append(row.label);
    return labels;
}

void OtherFieldsEditor::showAddRow(bool show)
{
    m_addRow->setVisible(show);
    m_addButton->setVisible(!show && !m_readOnly);
    m_addError->hide();
    if (show) {
        m_newKey->setFocus(Qt::OtherFocusReason);
    } else {
        m_newKey->clear();
        m_newValue->clear();
    }
}

void OtherFieldsEditor::addField()
{
    const QString key = m_newKey->text().trimmed();
    const QString value = m_newValue->text();
    QString problem;
    if (key.isEmpty())
        problem = tr("Enter the key of the new field.");
    else if (m_fileKeys.contains(key))
        problem = tr("The frontmatter already has the key \"%1\".").arg(key);
    else if (const std::optional<YamlError> error = YamlSnippet::check(value))
        problem = tr("The value is not valid YAML (column %1): %2").arg(error->column).arg(error->message);
    if (!problem.isEmpty()) {
        m_addError->setText(problem);
        m_addError->show();
        (key.isEmpty() || m_fileKeys.contains(key) ? m_newKey : m_newValue)->setFocus(Qt::OtherFocusReason);
        return;
    }
    showAddRow(false);
    m_addButton->setFocus(Qt::OtherFocusReason);
    emit changeRequested(FieldChange::setYaml(key, value));
}

} // namespace Agentry
