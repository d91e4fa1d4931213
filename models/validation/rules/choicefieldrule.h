// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/rule.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace Agentry {

// The shape shared by the rules of fields with a closed set of values (permissionMode, effort,
// memory, …): a value the client does not accept is ignored with a debug-log line only, and
// the fix is the nearest accepted value. Subclasses say which key, what is accepted, and
// which value is nearest.
class ChoiceFieldRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ChoiceFieldRule)

public:
    Severity defaultSeverity() const override { return Severity::Warning; }
    void check(const RuleContext &context, QVector<Diagnostic> &out) const override;

protected:
    virtual QString key() const = 0;
    virtual bool accepts(const RuleContext &context, const QJsonValue &value) const = 0;
    // What the client accepts, for the message: "low, medium, high, xhigh, max or an integer".
    virtual QString acceptedText(const RuleContext &context) const = 0;
    // The accepted value closest to `value`, if one is clearly meant.
    virtual std::optional<QJsonValue> nearest(const RuleContext &context, const QJsonValue &value) const = 0;
    // What the client does instead: "uses the default mode".
    virtual QString effect() const;
};

} // namespace Agentry
