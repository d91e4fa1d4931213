// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldeditor.h"
#include "runtime/opencodepermission.h"

#include <optional>

class QComboBox;
class QGridLayout;
class QPushButton;
class QStackedWidget;

namespace Agentry {

class RuntimeSpec;
class YamlSnippetEdit;

// OpenCode's `permission` as rules: a row per permission name with allow, ask or deny, or
// with command patterns, each with its action, in the order OpenCode reads them. A value
// of another shape (a list, a number, deeper maps) is shown as YAML text instead, so that
// no byte of it is lost.
class OpenCodePermissionEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit OpenCodePermissionEditor(const QString &key, QWidget *parent = nullptr);

    // Also takes the file's text of the value when it changed without changing the value
    // (another order, a new comment).
    void setField(const FrontmatterField *field, const AgentText &text) override;
    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;
    void resetView() override;
    // True while the value is shown as YAML text.
    bool showsYaml() const;

protected:
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;

private:
    void showText(const QString &written, bool present);
    // Shows the rules anew; the focus goes to the widget named `focusName`, or stays where it was.
    void rebuildRows(const QString &focusName = QString());
    void addCatchAllRow(QGridLayout *grid);
    void addEntryRows(int entry, QGridLayout *grid);
    void addPatternRow(int entry, int pattern, QGridLayout *grid);
    void addNewPatternRow(int entry, QGridLayout *grid);
    QComboBox *actionCombo(const QString &action, const QString &name, QWidget *parent) const;
    void updateNewKeys();
    void addTypedEntry();
    // Asks for the value as the rules are now, then shows them with the focus on `focusName`.
    void commit(const QString &focusName = QString());

    const RuntimeSpec &m_spec;
    std::optional<OpenCodePermission> m_permission; // nothing while shown as YAML
    QString m_written;       // the value's text the rows stand for
    QString m_pendingKey;    // the entry whose new-pattern row is open, or empty
    bool m_readOnly = false;

    // All owned through the QObject tree.
    QStackedWidget *m_pages;
    QWidget *m_rulesPage;
    QWidget *m_rows = nullptr; // rebuilt with the rules
    QWidget *m_addRow;
    QComboBox *m_newKey;
    QComboBox *m_newAction;
    QPushButton *m_add;
    YamlSnippetEdit *m_yaml;
};

} // namespace Agentry
