// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldeditor.h"
#include "runtime/fieldspec.h"

class QSpinBox;

namespace Agentry {

// A whole number in a spin box whose lowest step means "(not set)". A value it cannot hold
// (text, a fraction, a number below the minimum) stands in that step's place, as written.
class IntegerFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit IntegerFieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;

protected:
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;

private:
    // The number `value` stands for (numeric strings count, as for the client), if the box can hold it.
    std::optional<int> numberOf(const QJsonValue &value) const;
    void userChanged(int value);

    QSpinBox *m_spin; // owned through the QObject tree
    bool m_showingOther = false; // the lowest step stands for a value outside the range
    bool m_updating = false;
};

} // namespace Agentry
