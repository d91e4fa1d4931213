// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/agenttext.h"
#include "text/fieldchange.h"

#include <QJsonValue>
#include <QWidget>

namespace Agentry {

// The editor of one frontmatter key in the form: shows the key's value and asks for
// changes to it. It never changes text itself; the document applies what it asks for.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(const QString &key, QWidget *parent = nullptr);

    const QString &key() const { return m_key; }

    // Shows `field`'s value (`field` is null when the key is absent) without emitting
    // changeRequested(). Leaves the widgets alone when the value is the one they last showed
    // or asked for, or the one they stand for already: typing is never disturbed.
    virtual void setField(const FrontmatterField *field, const AgentText &text);
    virtual void setReadOnly(bool readOnly) = 0;
    // The widget a label points to and Tab reaches first.
    virtual QWidget *focusTarget() const = 0;
    // Forgets what belongs to the previous document's view (a filter, folded groups).
    virtual void resetView() {}

signals:
    // One per user change; the form passes it on to the document.
    void changeRequested(const FieldChange &change);
    // Child widgets were created or deleted: the form re-chains the Tab order.
    void widgetsChanged();

protected:
    // Puts `value` (undefined when the key is absent) into the widgets.
    virtual void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) = 0;
    // True when the widgets as they are stand for `value`, e.g. after the user's own typing.
    virtual bool shows(const QJsonValue &value) const = 0;
    // Asks for `change` and remembers the value it leads to, so its echo is not shown again.
    void request(const FieldChange &change);
    // The value last shown or asked for.
    const QJsonValue &knownValue() const { return m_known; }

private:
    QString m_key;
    QJsonValue m_known = QJsonValue(QJsonValue::Undefined);
    bool m_shown = false; // false until the first setField()
};

} // namespace Agentry
