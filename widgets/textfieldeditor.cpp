// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "textfieldeditor.h"

#include "growingtextedit.h"
#include "text/yamlsnippet.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace Agentry {

namespace {

// What a text editor shows for a value that is not a string: the text YAML would read.
QString displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return {};
    }
}

} // namespace

TextFieldEditor::TextFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec.key, parent)
    , m_required(spec.isRequired())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (spec.kind == FieldSpec::Kind::MultiLineText) {
        m_text = new GrowingTextEdit(this);
        m_text->setLineLimits(spec.flags.testFlag(FieldSpec::Flag::Compact) ? 2 : 3, 14);
        layout->addWidget(m_text);
        connect(m_text, &GrowingTextEdit::edited, this, &TextFieldEditor::userEdited);
    } else {
        m_line = new QLineEdit(this);
        m_line->setClearButtonEnabled(!m_required);
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &TextFieldEditor::userEdited);
    }
    setFocusProxy(focusTarget());
}

void TextFieldEditor::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    else
        m_text->setReadOnly(readOnly);
}

QWidget *TextFieldEditor::focusTarget() const
{
    return m_line ? static_cast<QWidget *>(m_line) : m_text;
}

void TextFieldEditor::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    showPlaceholder(text);
}

void TextFieldEditor::showPlaceholder(const QString &text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    else
        m_text->setPlaceholderText(text);
}

void TextFieldEditor::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    // A list or a map is shown as its YAML; typing over it writes a string.
    const QString shown = value.isArray() || value.isObject() ? YamlSnippet::valueText(text, *field) : displayText(value);
    // An example would read as the value when the key is there but YAML reads nothing
    // (`description: ## …` is a comment).
    showPlaceholder(value.isNull() ? tr("(no value: YAML reads this key as empty)") : m_placeholder);
    if (m_text) {
        m_text->replaceText(shown);
        return;
    }
    if (m_line->text() == shown)
        return;
    const int cursor = m_line->cursorPosition();
    m_line->setText(shown);
    if (m_line->hasFocus())
        m_line->setCursorPosition(qMin(cursor, int(shown.size())));
    else
        m_line->setCursorPosition(0); // long values show their beginning
}

bool TextFieldEditor::shows(const QJsonValue &value) const
{
    const QString current = currentText();
    if (value.isUndefined() || value.isNull())
        return current.isEmpty();
    return value.isString() && value.toString() == current;
}

QString TextFieldEditor::currentText() const
{
    return m_line ? m_line->text() : m_text->toPlainText();
}

void TextFieldEditor::userEdited()
{
    const QString text = currentText();
    if (text.isEmpty() && !m_required)
        request(FieldChange::remove(key()));
    else
        request(FieldChange::set(key(), text));
}

} // namespace Agentry
