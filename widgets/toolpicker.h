// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chiplist.h"
#include "fieldeditor.h"

#include <QStringList>
#include <QVector>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Agentry {

class CollapsibleSection;
struct ToolInfo;

// The tools of an agent: the built-in catalog as check boxes grouped by category (with a
// filter), MCP tools by server and every other entry (rules such as `Bash(git diff:*)`,
// unknown or legacy names) as chips, and a line to add any entry. Every change asks for the
// whole new list, in the file's order with new entries last; the document keeps its style.
class ToolPicker : public FieldEditor
{
    Q_OBJECT

public:
    enum class Role {
        Grant, // `tools`: absent inherits every tool, an empty list grants none
        Deny,  // `disallowedTools`: absent denies nothing; shown compactly
    };

    ToolPicker(const QString &key, Role role, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;
    void resetView() override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;

private:
    enum class Mode { Inherit, Only, None, Unreadable };
    struct Tool
    {
        const ToolInfo *info;
        QCheckBox *box;
    };
    struct Group
    {
        CollapsibleSection *section;
        QGridLayout *grid;
        QVector<Tool> tools;
    };
    struct ExtraRow
    {
        QString id; // an MCP server's name, or empty for the other entries
        QLabel *label;
        ChipList *chips;
    };

    void buildModes(QLayout *layout);
    void buildCatalog(QLayout *layout);
    void showEntries();
    void showExtras();
    void applyDefaultExpansion();
    void filter(const QString &text);
    void placeTools(Group &group, const QString &filterText);
    bool grants(const QString &entry, const ToolInfo *tool) const;
    const ToolInfo *gridTool(const QString &entry) const;
    QString explain(const QString &entry) const;

    void modeClicked(int id);
    void toolClicked(const ToolInfo *tool, bool checked);
    void addTyped();
    void removeEntry(const QString &entry);
    void requestEntries(const QStringList &entries);

    Role m_role;
    Mode m_mode = Mode::Inherit;
    QStringList m_entries;
    bool m_readOnly = false;
    bool m_viewFresh = true; // the next value shown sets which groups are open
    int m_columns = 3;       // of the check box grids, as many as the width allows

    // All owned through the QObject tree.
    QButtonGroup *m_modes = nullptr;
    QRadioButton *m_inherit = nullptr;
    QLabel *m_note;
    QWidget *m_body;
    CollapsibleSection *m_catalog = nullptr; // Deny only: the groups fold away behind it
    QLineEdit *m_filter;
    QVector<Group> m_groups;
    QVector<bool> m_expansionBeforeFilter;
    QFormLayout *m_extrasLayout;
    QVector<ExtraRow> m_extraRows;
    QLineEdit *m_add;
};

} // namespace Agentry
