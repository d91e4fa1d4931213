// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldeditor.h"
#include "runtime/fieldspec.h"

class QLineEdit;

namespace Agentry {

class GrowingTextEdit;

// A text value: one line in a line edit, or several in an editor that grows with them.
// Asks for a change on every edit; the document's history merges them into one step.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit TextFieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;
    void setPlaceholderText(const QString &text);

protected:
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;

private:
    QString currentText() const;
    void showPlaceholder(const QString &text);
    void userEdited();

    bool m_required;
    QString m_placeholder; // an example, shown while the key is absent
    QLineEdit *m_line = nullptr;      // one of the two, owned through the QObject tree
    GrowingTextEdit *m_text = nullptr;
};

} // namespace Agentry
