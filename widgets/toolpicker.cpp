// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "toolpicker.h"

#include "collapsiblesection.h"
#include "flowlayout.h"
#include "runtime/toolcatalog.h"
#include "text/toollist.h"
#include "text/yamlsnippet.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Agentry {

namespace {

constexpr int MaximumColumns = 3;
enum ModeId { InheritId = 0, OnlyId = 1, NoneId = 2 };

QString riskText(ToolRisk risk)
{
    switch (risk) {
    case ToolRisk::High:
        return ToolPicker::tr("high");
    case ToolRisk::Medium:
        return ToolPicker::tr("medium");
    case ToolRisk::Low:
        break;
    }
    return ToolPicker::tr("low");
}

} // namespace

ToolPicker::ToolPicker(const QString &key, Role role, QWidget *parent)
    : FieldEditor(key, parent)
    , m_role(role)
    , m_note(new QLabel(this))
    , m_body(new QWidget(this))
    , m_filter(new QLineEdit(this))
    , m_extrasLayout(nullptr)
    , m_add(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (role == Role::Grant)
        buildModes(layout);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    layout->addWidget(m_body);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    buildCatalog(body);

    auto *extras = new QWidget(m_body);
    m_extrasLayout = new QFormLayout(extras);
    m_extrasLayout->setContentsMargins(0, 0, 0, 0);
    m_extrasLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_extrasLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    body->addWidget(extras);

    m_add->setParent(m_body);
    m_add->setPlaceholderText(tr("Add a tool, an MCP tool or a rule such as Bash(git diff:*), then press Enter"));
    m_add->setAccessibleName(tr("Add a tool entry"));
    m_add->setClearButtonEnabled(true);
    QStringList names;
    for (const ToolInfo &tool : ToolCatalog::builtin().tools()) {
        if (!tool.legacy)
            names.append(tool.name);
    }
    auto *completer = new QCompleter(names, m_add);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_add->setCompleter(completer);
    body->addWidget(m_add);
    connect(m_add, &QLineEdit::returnPressed, this, &ToolPicker::addTyped);

    showEntries(); // the state of an absent key, until a value arrives
    m_viewFresh = true;
    setFocusProxy(focusTarget());
}

void ToolPicker::buildModes(QLayout *layout)
{
    auto *row = new QWidget(this);
    auto *rowLayout = new FlowLayout(row);
    m_modes = new QButtonGroup(this);
    m_inherit = new QRadioButton(tr("Inherit all tools"), row);
    m_inherit->setToolTip(tr("No tools key: the agent gets every tool of the main conversation, MCP tools included."));
    auto *only = new QRadioButton(tr("Only these tools"), row);
    only->setToolTip(tr("The agent gets the tools checked below and nothing else."));
    auto *none = new QRadioButton(tr("No tools"), row);
    none->setToolTip(tr("An empty list: the agent runs without any tool."));
    m_modes->addButton(m_inherit, InheritId);
    m_modes->addButton(only, OnlyId);
    m_modes->addButton(none, NoneId);
    rowLayout->addWidget(m_inherit);
    rowLayout->addWidget(only);
    rowLayout->addWidget(none);
    m_inherit->setChecked(true);
    layout->addWidget(row);
    connect(m_modes, &QButtonGroup::idClicked, this, &ToolPicker::modeClicked);
}

void ToolPicker::buildCatalog(QLayout *layout)
{
    QWidget *groupsParent = m_body;
    QVBoxLayout *groupsLayout = nullptr;
    if (m_role == Role::Deny) {
        m_catalog = new CollapsibleSection(tr("Built-in tools"), CollapsibleSection::Look::Group, m_body);
        m_catalog->setExpanded(false);
        groupsLayout = new QVBoxLayout(m_catalog->content());
        groupsLayout->setContentsMargins(m_catalog->header()->iconSize().width(), 0, 0, 0);
        groupsParent = m_catalog->content();
        layout->addWidget(m_catalog);
        connect(m_catalog, &CollapsibleSection::expandedChanged, this, &FieldEditor::widgetsChanged);
    } else {
        auto *wrapper = new QWidget(m_body);
        groupsLayout = new QVBoxLayout(wrapper);
        groupsLayout->setContentsMargins(0, 0, 0, 0);
        groupsParent = wrapper;
        layout->addWidget(wrapper);
    }
    groupsLayout->setSpacing(2);

    m_filter->setParent(groupsParent);
    m_filter->setPlaceholderText(tr("Filter tools…"));
    m_filter->setAccessibleName(tr("Filter tools"));
    m_filter->setClearButtonEnabled(true);
    groupsLayout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &ToolPicker::filter);

    const ToolCatalog &catalog = ToolCatalog::builtin();
    for (const ToolCategory &category : catalog.categories()) {
        Group group;
        for (const ToolInfo *tool : catalog.toolsIn(category.id)) {
            if (tool->legacy)
                continue; // named only in old files: shown as a chip when present
            group.tools.append({tool, nullptr});
        }
        if (group.tools.isEmpty())
            continue;
        group.section = new CollapsibleSection(category.displayLabel(), CollapsibleSection::Look::Group, groupsParent);
        auto *content = group.section->content();
        group.grid = new QGridLayout(content);
        group.grid->setContentsMargins(m_filter->fontMetrics().averageCharWidth() * 4, 0, 0, 4);
        group.grid->setHorizontalSpacing(12);
        group.grid->setVerticalSpacing(2);
        for (Tool &tool : group.tools) {
            tool.box = new QCheckBox(tool.info->name, content);
            tool.box->setToolTip(tr("%1\nRisk: %2. %3")
                                     .arg(tool.info->displayDescription(), riskText(tool.info->risk), tool.info->displayRiskReason()));
            tool.box->setAccessibleDescription(tool.info->displayDescription());
            const ToolInfo *info = tool.info;
            connect(tool.box, &QCheckBox::clicked, this, [this, info](bool checked) { toolClicked(info, checked); });
        }
        groupsLayout->addWidget(group.section);
        connect(group.section, &CollapsibleSection::expandedChanged, this, &FieldEditor::widgetsChanged);
        m_groups.append(group);
    }
    for (Group &group : m_groups)
        placeTools(group, {});
}

void ToolPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_modes) {
        for (QAbstractButton *button : m_modes->buttons())
            button->setEnabled(!readOnly);
    }
    for (const Group &group : std::as_const(m_groups)) {
        for (const Tool &tool : group.tools)
            tool.box->setEnabled(!readOnly);
    }
    for (const ExtraRow &row : std::as_const(m_extraRows))
        row.chips->setReadOnly(readOnly);
    m_add->setVisible(!readOnly);
}

QWidget *ToolPicker::focusTarget() const
{
    if (m_inherit)
        return m_inherit;
    return m_catalog->header();
}

void ToolPicker::resetView()
{
    m_filter->clear();
    m_viewFresh = true;
}

void ToolPicker::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    const std::optional<QStringList> entries = ToolList::fromValue(value);
    m_entries = entries.value_or(QStringList());
    if (!entries)
        m_mode = Mode::Unreadable;
    else if (value.isUndefined())
        m_mode = Mode::Inherit;
    else
        m_mode = m_entries.isEmpty() ? Mode::None : Mode::Only;

    if (m_mode == Mode::Unreadable)
        m_note->setText(tr("Written as %1, which is not a list of tools; edit it in the source.").arg(YamlSnippet::valueText(text, *field)));
    showEntries();
}

bool ToolPicker::shows(const QJsonValue &value) const
{
    if (m_mode == Mode::Unreadable)
        return false;
    const std::optional<QStringList> entries = ToolList::fromValue(value);
    if (!entries || *entries != m_entries)
        return false;
    if (m_role == Role::Deny)
        return true;
    return value.isUndefined() ? m_mode == Mode::Inherit : m_mode != Mode::Inherit;
}

void ToolPicker::showEntries()
{
    if (m_modes) {
        const int id = m_mode == Mode::Inherit ? InheritId : m_mode == Mode::None ? NoneId : m_mode == Mode::Only ? OnlyId : -1;
        if (id >= 0) {
            m_modes->button(id)->setChecked(true);
            setFocusProxy(m_modes->button(id)); // the label's mnemonic lands on the mode in force
        } else if (QAbstractButton *checked = m_modes->checkedButton()) {
            // No mode fits what is written: none of them is checked.
            m_modes->setExclusive(false);
            checked->setChecked(false);
            m_modes->setExclusive(true);
        }
    }
    const bool inherit = m_role == Role::Grant && m_mode == Mode::Inherit;
    m_body->setVisible(!inherit && m_mode != Mode::Unreadable);
    if (inherit)
        m_note->setText(tr("The agent can use every tool of the conversation that starts it, MCP tools included."));
    else if (m_role == Role::Grant && m_mode == Mode::None)
        m_note->setText(tr("The agent runs without any tools. Check tools below to grant some."));
    m_note->setVisible(inherit || m_mode == Mode::Unreadable || (m_role == Role::Grant && m_mode == Mode::None));

    QStringList denied;
    for (Group &group : m_groups) {
        int checked = 0;
        for (const Tool &tool : std::as_const(group.tools)) {
            const bool on = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const QString &e) { return grants(e, tool.info); });
            tool.box->setChecked(on);
            if (on) {
                ++checked;
                denied.append(tool.info->name);
            }
        }
        group.section->setSummary(tr("%1 of %2").arg(checked).arg(group.tools.size()));
    }
    if (m_catalog)
        m_catalog->setSummary(denied.isEmpty() ? tr("none checked") : denied.join(QStringLiteral(", ")));
    if (m_viewFresh)
        applyDefaultExpansion();
    showExtras();
}

void ToolPicker::applyDefaultExpansion()
{
    m_viewFresh = false;
    m_expansionBeforeFilter.clear();
    bool anyChecked = false;
    for (Group &group : m_groups) {
        const bool checked = std::any_of(group.tools.cbegin(), group.tools.cend(), [](const Tool &t) { return t.box->isChecked(); });
        // Deny shows every group once its catalog is open; Grant opens the groups in use.
        group.section->setExpanded(m_role == Role::Deny || checked);
        anyChecked = anyChecked || checked;
    }
    if (!anyChecked && !m_groups.isEmpty())
        m_groups.first().section->setExpanded(true);
    if (m_catalog)
        m_catalog->setExpanded(false);
}

void ToolPicker::showExtras()
{
    QVector<QString> ids;
    QVector<QVector<ChipList::Item>> items;
    const auto rowFor = [&](const QString &id) -> QVector<ChipList::Item> & {
        const int index = int(ids.indexOf(id));
        if (index >= 0)
            return items[index];
        // MCP servers first, in the order they appear; the other entries last.
        const int at = id.isEmpty() || ids.isEmpty() || !ids.last().isEmpty() ? int(ids.size()) : int(ids.size()) - 1;
        ids.insert(at, id);
        items.insert(at, {});
        return items[at];
    };
    for (const QString &entry : std::as_const(m_entries)) {
        if (gridTool(entry))
            continue;
        if (const std::optional<McpToolName> mcp = ToolCatalog::parseMcpName(entry)) {
            const QString label = mcp->tool.isEmpty() ? tr("all tools") : mcp->tool;
            rowFor(mcp->server).append({entry, label, explain(entry)});
        } else {
            rowFor(QString()).append({entry, entry, explain(entry)});
        }
    }

    QVector<QString> shownIds;
    for (const ExtraRow &row : std::as_const(m_extraRows))
        shownIds.append(row.id);
    if (shownIds != ids) {
        for (const ExtraRow &row : std::as_const(m_extraRows)) {
            const QFormLayout::TakeRowResult taken = m_extrasLayout->takeRow(row.chips);
            const std::unique_ptr<QLayoutItem> labelItem(taken.labelItem);
            const std::unique_ptr<QLayoutItem> fieldItem(taken.fieldItem);
            row.label->hide();
            row.chips->hide();
            // Later: a chip of this row may be what asked for this change.
            row.label->deleteLater();
            row.chips->deleteLater();
        }
        m_extraRows.clear();
        QWidget *parent = m_extrasLayout->parentWidget();
        for (const QString &id : std::as_const(ids)) {
            ExtraRow row{id, new QLabel(id.isEmpty() ? tr("Other entries:") : tr("MCP %1:").arg(id), parent), new ChipList(parent)};
            row.label->setToolTip(id.isEmpty() ? tr("Rules, tools of other versions or dialects, and names Claude Code does not know")
                                               : tr("Tools of the MCP server \"%1\"").arg(id));
            row.chips->setReadOnly(m_readOnly);
            row.chips->setAccessibleName(row.label->text());
            connect(row.chips, &ChipList::removeRequested, this, &ToolPicker::removeEntry);
            connect(row.chips, &ChipList::chipsChanged, this, &FieldEditor::widgetsChanged);
            m_extrasLayout->addRow(row.label, row.chips);
            m_extraRows.append(row);
        }
        emit widgetsChanged();
    }
    for (int i = 0; i < m_extraRows.size(); ++i)
        m_extraRows[i].chips->setItems(items.at(i));
}

void ToolPicker::filter(const QString &text)
{
    const QString needle = text.trimmed();
    if (!needle.isEmpty() && m_expansionBeforeFilter.isEmpty()) {
        for (const Group &group : std::as_const(m_groups))
            m_expansionBeforeFilter.append(group.section->isExpanded());
    }
    for (int i = 0; i < m_groups.size(); ++i) {
        Group &group = m_groups[i];
        placeTools(group, needle);
        if (needle.isEmpty()) {
            group.section->show();
            if (i < m_expansionBeforeFilter.size())
                group.section->setExpanded(m_expansionBeforeFilter.at(i));
            continue;
        }
        const bool matches = std::any_of(group.tools.cbegin(), group.tools.cend(), [](const Tool &t) { return !t.box->isHidden(); });
        group.section->setVisible(matches);
        group.section->setExpanded(true);
    }
    if (needle.isEmpty())
        m_expansionBeforeFilter.clear();
}

void ToolPicker::placeTools(Group &group, const QString &filterText)
{
    for (const Tool &tool : std::as_const(group.tools))
        group.grid->removeWidget(tool.box);
    for (int column = 0; column < MaximumColumns; ++column)
        group.grid->setColumnStretch(column, column < m_columns ? 1 : 0);
    int index = 0;
    for (const Tool &tool : std::as_const(group.tools)) {
        const bool visible = filterText.isEmpty() || tool.info->name.contains(filterText, Qt::CaseInsensitive);
        tool.box->setVisible(visible);
        if (visible) {
            group.grid->addWidget(tool.box, index / m_columns, index % m_columns);
            ++index;
        }
    }
}

void ToolPicker::resizeEvent(QResizeEvent *event)
{
    FieldEditor::resizeEvent(event);
    // As many columns as fit, so that a narrow pane does not scroll sideways.
    int widest = 0;
    for (const Group &group : std::as_const(m_groups)) {
        for (const Tool &tool : group.tools)
            widest = qMax(widest, tool.box->sizeHint().width());
    }
    const int spacing = m_groups.isEmpty() ? 0 : m_groups.first().grid->horizontalSpacing();
    const int indent = m_groups.isEmpty() ? 0 : m_groups.first().grid->contentsMargins().left();
    const int columns = qBound(1, (width() - indent + spacing) / qMax(1, widest + spacing), MaximumColumns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (Group &group : m_groups)
        placeTools(group, m_filter->text().trimmed());
}

bool ToolPicker::grants(const QString &entry, const ToolInfo *tool) const
{
    return gridTool(entry) == tool;
}

const ToolInfo *ToolPicker::gridTool(const QString &entry) const
{
    // Only an entry that covers every use of a current built-in tool is a check box.
    const ToolRule rule = ToolCatalog::splitRule(entry);
    if (rule.malformed || !rule.pattern.isEmpty())
        return nullptr;
    const ToolInfo *tool = ToolCatalog::builtin().find(rule.tool);
    return tool && !tool->legacy ? tool : nullptr;
}

QString ToolPicker::explain(const QString &entry) const
{
    const ToolCatalog &catalog = ToolCatalog::builtin();
    if (entry == QLatin1String("*"))
        return tr("Every tool.");
    if (const std::optional<McpToolName> mcp = ToolCatalog::parseMcpName(entry)) {
        return mcp->tool.isEmpty() ? tr("Every tool of the MCP server \"%1\".").arg(mcp->server)
                                   : tr("The tool \"%1\" of the MCP server \"%2\".").arg(mcp->tool, mcp->server);
    }
    const ToolRule rule = ToolCatalog::splitRule(entry);
    if (rule.malformed)
        return tr("The parentheses are misplaced: Claude Code reads this as an unknown tool name.");
    if (!rule.pattern.isEmpty())
        return tr("%1, only for uses matching \"%2\".").arg(rule.tool, rule.pattern);
    if (const ToolInfo *tool = catalog.find(entry)) {
        if (tool->legacy)
            return tr("Claude Code no longer offers %1; naming it grants nothing. %2").arg(tool->name, tool->displayDescription());
    }
    if (const ForeignTool *foreign = catalog.findForeign(entry)) {
        return tr("A tool name of another agent format (%1); Claude Code ignores it. Closest: %2.")
            .arg(foreign->dialect, foreign->closest.join(QStringLiteral(", ")));
    }
    if (const ToolInfo *tool = catalog.findCaseInsensitive(entry))
        return tr("Not a Claude Code tool; names match by case. Did you mean %1?").arg(tool->name);
    return tr("Not a Claude Code tool name; the client ignores it.");
}

void ToolPicker::modeClicked(int id)
{
    if (id == InheritId && m_mode != Mode::Inherit) {
        m_mode = Mode::Inherit;
        m_entries.clear();
        showEntries();
        request(FieldChange::remove(key()));
    } else if (id == NoneId && m_mode != Mode::None) {
        requestEntries({});
    } else if (id == OnlyId && m_mode != Mode::Only) {
        // A start the user trims or extends: the read-only tools most agents begin with.
        requestEntries({QStringLiteral("Read"), QStringLiteral("Grep"), QStringLiteral("Glob")});
    }
}

void ToolPicker::toolClicked(const ToolInfo *tool, bool checked)
{
    QStringList entries = m_entries;
    if (checked) {
        if (!std::any_of(entries.cbegin(), entries.cend(), [&](const QString &e) { return grants(e, tool); }))
            entries.append(tool->name);
    } else {
        entries.erase(std::remove_if(entries.begin(), entries.end(), [&](const QString &e) { return grants(e, tool); }), entries.end());
    }
    requestEntries(entries);
}

void ToolPicker::addTyped()
{
    QStringList entries = m_entries;
    const QStringList typed = ToolList::split(m_add->text());
    for (const QString &entry : typed) {
        if (!entries.contains(entry))
            entries.append(entry);
    }
    m_add->clear();
    if (entries != m_entries || (m_role == Role::Grant && m_mode == Mode::Inherit && !entries.isEmpty()))
        requestEntries(entries);
}

void ToolPicker::removeEntry(const QString &entry)
{
    QStringList entries = m_entries;
    entries.removeAll(entry);
    requestEntries(entries);
}

void ToolPicker::requestEntries(const QStringList &entries)
{
    m_entries = entries;
    const bool remove = m_role == Role::Deny && entries.isEmpty();
    m_mode = remove ? Mode::Inherit : entries.isEmpty() ? Mode::None : Mode::Only;
    showEntries();
    if (remove)
        request(FieldChange::remove(key()));
    else
        request(FieldChange::set(key(), QJsonArray::fromStringList(entries)));
}

} // namespace Agentry
