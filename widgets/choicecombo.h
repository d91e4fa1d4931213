// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldeditor.h"
#include "runtime/fieldspec.h"

class QComboBox;

namespace Agentry {

// A value from a short list in a combo box, first entry "(not set)" for an absent key.
// Models and effort also take a typed value; a value the list lacks is shown as it is.
class ChoiceCombo : public FieldEditor
{
    Q_OBJECT

public:
    explicit ChoiceCombo(const FieldSpec &spec, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;

protected:
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;

private:
    // The value the combo stands for now: an item's, or the typed text's.
    QJsonValue currentValue() const;
    QJsonValue valueOfText(const QString &text) const;
    int indexOfValue(const QJsonValue &value) const;
    void requestValue(const QJsonValue &value);
    void removeExtraItem();

    FieldSpec::Kind m_kind;
    bool m_acceptsInteger;
    QComboBox *m_combo; // owned through the QObject tree
    int m_extraIndex = -1; // the item showing a value outside the list, or -1
};

} // namespace Agentry
