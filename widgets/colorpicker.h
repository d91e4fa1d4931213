// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldeditor.h"
#include "runtime/fieldspec.h"

#include <QStringList>

class QButtonGroup;
class QToolButton;

namespace Agentry {

// The agent's colour as a row of swatches plus "None"; a value outside the set gets a
// swatch of its own, marked as such.
class ColorPicker : public FieldEditor
{
    Q_OBJECT

public:
    explicit ColorPicker(const FieldSpec &spec, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;

    // How a colour name of the agents UI looks on screen.
    static QColor displayColor(const QString &name);

protected:
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addButton(const QString &accessibleName);
    void updateIcons();
    void clicked(int id);

    QStringList m_names;      // the allowed colours, in button order from id 1
    QButtonGroup *m_group;    // owned through the QObject tree, like the buttons
    QToolButton *m_none;      // id 0
    QToolButton *m_other;     // a value outside the set; id -2
    QJsonValue m_otherValue;
};

} // namespace Agentry
