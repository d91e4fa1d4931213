// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stringlisteditor.h"

#include "chiplist.h"
#include "text/toollist.h"
#include "text/yamlsnippet.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Agentry {

StringListEditor::StringListEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec.key, parent)
    , m_chips(new ChipList(this))
    , m_add(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chips);
    layout->addWidget(m_add);
    layout->addWidget(m_note);
    m_chips->hide();
    m_note->setWordWrap(true);
    m_note->hide();
    m_add->setPlaceholderText(tr("Add a name and press Enter"));
    m_add->setClearButtonEnabled(true);
    connect(m_add, &QLineEdit::returnPressed, this, &StringListEditor::addTyped);
    connect(m_chips, &ChipList::removeRequested, this, &StringListEditor::removeEntry);
    connect(m_chips, &ChipList::chipsChanged, this, &FieldEditor::widgetsChanged);
    setFocusProxy(m_add);
}

void StringListEditor::setReadOnly(bool readOnly)
{
    m_add->setVisible(!readOnly);
    m_chips->setReadOnly(readOnly);
}

QWidget *StringListEditor::focusTarget() const
{
    return m_add;
}

void StringListEditor::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    const std::optional<QStringList> entries = ToolList::fromValue(value);
    m_readable = entries.has_value();
    m_entries = entries.value_or(QStringList());
    m_add->setEnabled(m_readable);
    m_note->setVisible(!m_readable);
    if (!m_readable)
        m_note->setText(tr("Written as %1, not as a list of names; edit it in the source.").arg(YamlSnippet::valueText(text, *field)));
    showEntries();
}

bool StringListEditor::shows(const QJsonValue &value) const
{
    const std::optional<QStringList> entries = ToolList::fromValue(value);
    return m_readable && entries && *entries == m_entries;
}

void StringListEditor::showEntries()
{
    QVector<ChipList::Item> items;
    for (const QString &entry : std::as_const(m_entries))
        items.append({entry, entry, {}});
    m_chips->setItems(items);
    m_chips->setVisible(!items.isEmpty());
}

void StringListEditor::addTyped()
{
    QStringList entries = m_entries;
    const QStringList typed = ToolList::split(m_add->text());
    for (const QString &entry : typed) {
        if (!entries.contains(entry))
            entries.append(entry);
    }
    m_add->clear();
    if (entries != m_entries)
        requestEntries(entries);
}

void StringListEditor::removeEntry(const QString &entry)
{
    QStringList entries = m_entries;
    entries.removeAll(entry);
    requestEntries(entries);
}

void StringListEditor::requestEntries(const QStringList &entries)
{
    m_entries = entries;
    showEntries();
    if (entries.isEmpty())
        request(FieldChange::remove(key()));
    else
        request(FieldChange::set(key(), QJsonArray::fromStringList(entries)));
}

} // namespace Agentry
