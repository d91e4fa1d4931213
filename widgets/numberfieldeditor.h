// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldeditor.h"
#include "runtime/fieldspec.h"

class QDoubleSpinBox;

namespace Agentry {

// A number in a spin box whose lowest step means "(not set)": a whole number (Kind::Integer,
// from the spec's minimum up) or one with fractions (Kind::Number, a temperature). A value it
// cannot hold (text, a fraction where whole numbers go, a number below the minimum) stands in
// that step's place, as written. Only whole numbers are also read from text ("12"), as Claude
// Code reads maxTurns; the runtimes with fractional fields refuse "0.5" written as text.
class NumberFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit NumberFieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;

protected:
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;

private:
    // The number `value` stands for, if the box can hold it exactly.
    std::optional<double> numberOf(const QJsonValue &value) const;
    void userChanged(double value);
    QString notHeldTip() const;

    QDoubleSpinBox *m_spin; // owned through the QObject tree
    bool m_whole;           // Kind::Integer
    bool m_showingOther = false; // the lowest step stands for a value outside the range
    bool m_updating = false;
};

} // namespace Agentry
