// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldeditor.h"
#include "runtime/fieldspec.h"

#include <QStringList>

class QLabel;
class QLineEdit;

namespace Agentry {

class ChipList;

// A list of names (skills, tool names of other dialects): a chip per name and a line to
// add more. The list keeps its order; the document keeps its style (comma string or list).
class StringListEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit StringListEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;

protected:
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;

private:
    void showEntries();
    void addTyped();
    void removeEntry(const QString &entry);
    void requestEntries(const QStringList &entries);

    QStringList m_entries;
    bool m_readable = true; // false when the value is not a list of names
    ChipList *m_chips;      // owned through the QObject tree, like the others
    QLineEdit *m_add;
    QLabel *m_note;
};

} // namespace Agentry
