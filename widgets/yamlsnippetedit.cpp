// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "yamlsnippetedit.h"

#include "growingtextedit.h"
#include "text/yamljson.h"
#include "text/yamlsnippet.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Agentry {

YamlSnippetEdit::YamlSnippetEdit(const QString &key, WhenEmpty whenEmpty, int minimumLines, QWidget *parent)
    : FieldEditor(key, parent)
    , m_whenEmpty(whenEmpty)
    , m_edit(new GrowingTextEdit(this))
    , m_errorIcon(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineLimits(minimumLines, 16);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap); // YAML structure is in the indentation
    layout->addWidget(m_edit);

    auto *errorRow = new QHBoxLayout;
    errorRow->setSpacing(4);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-error"), style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this))
                               .pixmap(size, size));
    errorRow->addWidget(m_errorIcon, 0, Qt::AlignTop);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    errorRow->addWidget(m_error, 1);
    layout->addLayout(errorRow);
    m_errorIcon->hide();
    m_error->hide();

    connect(m_edit, &GrowingTextEdit::edited, this, &YamlSnippetEdit::userEdited);
    setFocusProxy(m_edit);
}

void YamlSnippetEdit::setField(const FrontmatterField *field, const AgentText &text)
{
    FieldEditor::setField(field, text);
    if (m_edit->hasFocus() || hasError())
        return;
    const QString written = field ? YamlSnippet::valueText(text, *field) : QString();
    if (m_edit->toPlainText() != written)
        m_edit->replaceText(written);
}

void YamlSnippetEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

QWidget *YamlSnippetEdit::focusTarget() const
{
    return m_edit;
}

void YamlSnippetEdit::resetView()
{
    showError({});
}

void YamlSnippetEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

bool YamlSnippetEdit::hasError() const
{
    return !m_error->isHidden();
}

void YamlSnippetEdit::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    Q_UNUSED(value)
    m_edit->replaceText(field ? YamlSnippet::valueText(text, *field) : QString());
    showError({});
}

bool YamlSnippetEdit::shows(const QJsonValue &value) const
{
    const QString current = m_edit->toPlainText();
    if (current.trimmed().isEmpty())
        return m_whenEmpty == WhenEmpty::Remove ? value.isUndefined() : value.isNull();
    return YamlJson::parse(current + u'\n', nullptr) == value; // as the file holds it, ending a line
}

void YamlSnippetEdit::userEdited()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        showError({});
        request(m_whenEmpty == WhenEmpty::Remove ? FieldChange::remove(key()) : FieldChange::setYaml(key(), QString()));
        return;
    }
    if (const std::optional<YamlError> error = YamlSnippet::check(text)) {
        showError(tr("Not valid YAML (line %1, column %2): %3").arg(error->line).arg(error->column).arg(error->message));
        return;
    }
    showError({});
    request(FieldChange::setYaml(key(), text));
}

void YamlSnippetEdit::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_errorIcon->setVisible(!message.isEmpty());
    m_edit->setAccessibleDescription(message);
}

} // namespace Agentry
