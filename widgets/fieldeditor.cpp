// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fieldeditor.h"

#include "text/yamljson.h"

namespace Agentry {

FieldEditor::FieldEditor(const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
{
    setObjectName(key); // lets tests and the main window find a field's editor
}

void FieldEditor::setField(const FrontmatterField *field, const AgentText &text)
{
    const QJsonValue value = field ? field->value : QJsonValue(QJsonValue::Undefined);
    if (m_shown && value == m_known)
        return;
    m_shown = true;
    m_known = value;
    if (!shows(value))
        showValue(value, field, text);
}

void FieldEditor::request(const FieldChange &change)
{
    switch (change.kind) {
    case FieldChange::Kind::Set:
        m_known = change.value;
        break;
    case FieldChange::Kind::SetYaml:
        // As the file will hold it: ending a line, which a block scalar's value keeps.
        m_known = YamlJson::parse(change.yaml + u'\n', nullptr).value_or(QJsonValue(QJsonValue::Undefined));
        break;
    case FieldChange::Kind::Remove:
        m_known = QJsonValue(QJsonValue::Undefined);
        break;
    }
    emit changeRequested(change);
}

} // namespace Agentry
