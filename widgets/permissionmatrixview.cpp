// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "permissionmatrixview.h"

#include "document/agentdocument.h"
#include "frozencolumntableview.h"
#include "grantdelegate.h"
#include "groupedheaderview.h"
#include "library/libraryhistory.h"
#include "matrix/permissionmatrixfiltermodel.h"
#include "runtime/toolcatalog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyleHints>
#include <QToolButton>
#include <QVBoxLayout>


namespace Agentry {

namespace {

bool isGranted(const QVariant &state)
{
    return state.isValid()
        && (state.toInt() == int(GrantState::Granted) || state.toInt() == int(GrantState::Pattern)
            || state.toInt() == int(GrantState::Inherited));
}

} // namespace

PermissionMatrixView::PermissionMatrixView(PermissionMatrixModel *model, LibraryHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_history(history)
    , m_filter(new PermissionMatrixFilterModel(this))
    , m_table(new FrozenColumnTableView(this))
    , m_header(new GroupedHeaderView(PermissionMatrixModel::GroupRole, PermissionMatrixModel::FirstToolColumn, m_table))
    , m_delegate(new GrantDelegate(this))
    , m_summary(new QLabel(this))
    , m_agentFilter(new QLineEdit(this))
    , m_toolFilter(new QLineEdit(this))
    , m_categoryCombo(new QComboBox(this))
    , m_runtimeCombo(new QComboBox(this))
    , m_changedSwitch(nullptr)
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);

    m_summary->setObjectName(QStringLiteral("matrixSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_agentFilter->setPlaceholderText(tr("Filter agents…"));
    m_agentFilter->setClearButtonEnabled(true);
    m_agentFilter->setAccessibleName(tr("Filter agents"));
    m_toolFilter->setPlaceholderText(tr("Filter tools…"));
    m_toolFilter->setClearButtonEnabled(true);
    m_toolFilter->setAccessibleName(tr("Filter tools"));
    m_categoryCombo->setAccessibleName(tr("Tool category"));
    m_categoryCombo->addItem(tr("All Categories"), QString());
    for (const ToolCategory &category : ToolCatalog::builtin().categories())
        m_categoryCombo->addItem(category.displayLabel(), category.id);
    m_categoryCombo->addItem(tr("MCP Servers"), QStringLiteral("mcp"));
    m_categoryCombo->addItem(tr("Unknown Names"), QStringLiteral("unknown"));
    m_runtimeCombo->setAccessibleName(tr("Runtime"));
    m_runtimeCombo->setToolTip(tr("Show the agents of one runtime"));
    m_runtimeCombo->addItem(tr("All Runtimes"), -1);
    for (const Runtime runtime : Runtimes::all())
        m_runtimeCombo->addItem(Runtimes::name(runtime), int(runtime));
    connect(m_runtimeCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const int runtime = m_runtimeCombo->currentData().toInt();
        m_filter->setRuntimes(runtime < 0 ? QVector<Runtime>() : QVector<Runtime>{Runtime(runtime)});
    });
    connect(m_agentFilter, &QLineEdit::textChanged, m_filter, &PermissionMatrixFilterModel::setAgentText);
    connect(m_toolFilter, &QLineEdit::textChanged, m_filter, &PermissionMatrixFilterModel::setToolText);
    connect(m_categoryCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const QString id = m_categoryCombo->currentData().toString();
        m_filter->setCategories(id.isEmpty() ? QStringList() : QStringList{id});
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_agentFilter, 2);
    filters->addWidget(m_toolFilter, 1);
    filters->addWidget(m_categoryCombo);
    filters->addWidget(m_runtimeCombo);
    using Trait = PermissionMatrixFilterModel::Trait;
    const std::pair<Trait, std::pair<QString, QString>> traits[] = {
        {Trait::CanExecute, {tr("Execute"), tr("Only agents that can run shell commands")}},
        {Trait::CanReachNetwork, {tr("Network"), tr("Only agents that can reach the network")}},
        {Trait::CanWrite, {tr("Write"), tr("Only agents that can write files")}},
        {Trait::InheritsAll, {tr("Inherits All"), tr("Only agents without a tools list, which get every tool")}},
        {Trait::HasHooksOrMcp, {tr("Hooks/MCP"), tr("Only agents with hooks or MCP servers of their own")}},
    };
    for (const auto &[trait, texts] : traits) {
        QToolButton *button = createSwitch(texts.first, texts.second);
        connect(button, &QToolButton::toggled, this, [this, trait = trait](bool on) {
            PermissionMatrixFilterModel::Traits current = m_filter->traits();
            current.setFlag(trait, on);
            m_filter->setTraits(current);
        });
        filters->addWidget(button);
    }
    m_changedSwitch = createSwitch(tr("Changed Only"), tr("Only agents whose grants changed since the baseline"));
    m_changedSwitch->setObjectName(QStringLiteral("changedOnly"));
    m_changedSwitch->hide();
    filters->addWidget(m_changedSwitch);

    m_header->setTotalRole(PermissionMatrixModel::TotalRole);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(m_delegate);
    m_table->frozenView()->setItemDelegate(m_delegate);
    m_table->setFrozenColumnCount(PermissionMatrixModel::FirstToolColumn);
    m_table->setSortingEnabled(true);
    m_table->frozenView()->setSortingEnabled(true);
    m_table->sortByColumn(PermissionMatrixModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->frozenView()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->frozenView()->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("(✓)")) + 14);
    m_table->setColumnWidth(PermissionMatrixModel::NameColumn, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 20);
    m_table->setColumnWidth(PermissionMatrixModel::RiskColumn, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 7);
    m_table->setColumnWidth(PermissionMatrixModel::RuntimeColumn, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 9);
    m_table->setAccessibleName(tr("Tool permissions"));
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->installEventFilter(this);

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (QGuiApplication::keyboardModifiers() != Qt::NoModifier)
            return;
        // A double-click reports one more click on the same cell, even when the first toggle
        // rebuilt or moved the rows: that one toggles nothing.
        const std::pair<int, QString> cell{itemAt(index), toolName(index)};
        if (cell == m_lastClicked && m_lastClickTime.isValid()
            && m_lastClickTime.elapsed() <= QGuiApplication::styleHints()->mouseDoubleClickInterval()) {
            m_lastClickTime.invalidate();
            return;
        }
        m_lastClicked = cell;
        m_lastClickTime.start();
        toggle(index);
    });
    connect(m_table->frozenView(), &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (itemAt(index) >= 0)
            emit showAgentRequested(itemAt(index));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { showMenu(m_table->viewport()->mapToGlobal(position)); });
    connect(m_table->frozenView(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        m_table->setCurrentIndex(m_table->frozenView()->indexAt(position));
        showMenu(m_table->frozenView()->viewport()->mapToGlobal(position));
    });
    connect(m_header, &QWidget::customContextMenuRequested, this, &PermissionMatrixView::showHeaderMenu);
    connect(m_header, &QHeaderView::sectionDoubleClicked, this, [this](int section) {
        if (const MatrixColumn *column = m_model->column(sourceSection(section));
            column && column->kind == MatrixColumn::Kind::McpServer)
            m_model->setExpanded(column->group, !m_model->isExpanded(column->group));
    });
    connect(m_model, &PermissionMatrixModel::summaryChanged, this, &PermissionMatrixView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PermissionMatrixView::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    updateSummary();
}

QToolButton *PermissionMatrixView::createSwitch(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

void PermissionMatrixView::updateSummary()
{
    const MatrixSummary summary = m_model->summary();
    m_summary->setText(summary.text());
}

QModelIndex PermissionMatrixView::sourceIndex(const QModelIndex &index) const
{
    return index.model() == m_filter ? m_filter->mapToSource(index) : index;
}

int PermissionMatrixView::itemAt(const QModelIndex &index) const
{
    const QModelIndex source = sourceIndex(index);
    return source.isValid() ? m_model->itemOfRow(source.row()) : -1;
}

int PermissionMatrixView::sourceSection(int section) const
{
    return m_model->sectionOf(m_filter->headerData(section, Qt::Horizontal, PermissionMatrixModel::ColumnKeyRole).toString());
}

QString PermissionMatrixView::toolName(const QModelIndex &index) const
{
    return m_model->headerData(sourceIndex(index).column(), Qt::Horizontal).toString();
}

void PermissionMatrixView::setChangedFunction(std::function<bool(int itemIndex)> changed)
{
    m_changedSwitch->setVisible(bool(changed));
    if (!changed)
        m_changedSwitch->setChecked(false);
    disconnect(m_changedSwitch, &QToolButton::toggled, this, nullptr);
    connect(m_changedSwitch, &QToolButton::toggled, this, [this, changed](bool on) {
        m_filter->setRowPredicate(on ? changed : std::function<bool(int)>());
    });
    if (m_changedSwitch->isChecked())
        m_filter->setRowPredicate(changed);
}

bool PermissionMatrixView::toggle(const QModelIndex &index)
{
    const QModelIndex source = sourceIndex(index);
    if (!source.isValid() || source.column() < PermissionMatrixModel::FirstToolColumn)
        return false;
    AgentDocument *document = m_model->document(source.row());
    const GrantPatch edit = m_model->setGrant(source, !isGranted(source.data(PermissionMatrixModel::GrantStateRole)));
    if (edit.status == GrantPatch::Status::Refused) {
        emit message(edit.message);
        return false;
    }
    if (!edit.isChanged())
        return false;
    record(edit.label, {document}, {});
    return true;
}

bool PermissionMatrixView::applyToSelection(PermissionMatrixModel::Action action)
{
    QModelIndexList cells;
    QStringList tools;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        cells.append(sourceIndex(index));
        if (index.column() >= PermissionMatrixModel::FirstToolColumn && !tools.contains(toolName(index)))
            tools.append(toolName(index));
    }
    if (cells.isEmpty())
        return false;
    QStringList refusals;
    const QVector<AgentDocument *> changed = m_model->applyToCells(cells, action, &refusals);
    const QString what = tools.size() <= 3 ? tools.join(QStringLiteral(", ")) : tr("%n tool(s)", nullptr, int(tools.size()));
    QString label;
    switch (action) {
    case PermissionMatrixModel::Action::Grant:
        label = tr("Grant %1 to %n agent(s)", nullptr, int(changed.size())).arg(what);
        break;
    case PermissionMatrixModel::Action::Revoke:
        label = tr("Revoke %1 from %n agent(s)", nullptr, int(changed.size())).arg(what);
        break;
    case PermissionMatrixModel::Action::Ask:
        label = tr("Ask before %1 in %n agent(s)", nullptr, int(changed.size())).arg(what);
        break;
    case PermissionMatrixModel::Action::MakeExplicit:
        label = tr("Make %n agent(s) explicit", nullptr, int(changed.size()));
        break;
    }
    record(label, changed, refusals);
    return !changed.isEmpty();
}

void PermissionMatrixView::record(const QString &label, const QVector<AgentDocument *> &documents, const QStringList &refusals)
{
    if (!documents.isEmpty())
        m_history->record(label, documents);
    if (!refusals.isEmpty())
        emit message(tr("%1. Left alone: %2").arg(label, refusals.join(QStringLiteral("; "))));
    else if (!documents.isEmpty())
        emit message(label);
}

void PermissionMatrixView::editPatterns(const QModelIndex &index)
{
    const QModelIndex source = sourceIndex(index);
    const QString tool = toolName(index);
    const QStringList current = source.data(PermissionMatrixModel::GrantStateRole).toInt() == int(GrantState::Pattern)
        ? source.data(PermissionMatrixModel::PatternsRole).toStringList()
        : QStringList();
    std::optional<QStringList> patterns;
    if (m_patternPrompt) {
        patterns = m_patternPrompt(tool, current);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Patterns for %1").arg(tool),
            tr("Allow %1 only for uses matching these patterns, one a line (such as git *). "
               "Leave empty to allow every use.")
                .arg(tool),
            current.join(u'\n'), &ok);
        if (ok) {
            QStringList lines;
            for (const QString &line : text.split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    lines.append(line.trimmed());
            }
            patterns = lines;
        }
    }
    if (!patterns)
        return;
    AgentDocument *document = m_model->document(source.row());
    const GrantPatch edit = m_model->setPatterns(source, *patterns);
    if (edit.status == GrantPatch::Status::Refused)
        emit message(edit.message);
    else if (edit.isChanged())
        record(edit.label, {document}, {});
}

void PermissionMatrixView::showMenu(const QPoint &globalPosition)
{
    const QModelIndex index = m_table->currentIndex();
    QMenu menu(this);
    const bool toolCell = index.isValid() && index.column() >= PermissionMatrixModel::FirstToolColumn;
    const int selected = int(m_table->selectionModel()->selectedIndexes().size());
    if (toolCell && selected <= 1) {
        const bool granted = isGranted(index.data(PermissionMatrixModel::GrantStateRole));
        menu.addAction(granted ? tr("Revoke %1").arg(toolName(index)) : tr("Grant %1").arg(toolName(index)), this,
                       [this, index] { toggle(index); });
        const MatrixColumn *column = m_model->column(sourceIndex(index).column());
        const QVariant runtime = index.data(PermissionMatrixModel::RuntimeRole);
        if (runtime.toInt() == int(Runtime::OpenCode) && index.data(PermissionMatrixModel::GrantStateRole).toInt() != int(GrantState::Ask))
            menu.addAction(tr("Ask Before %1").arg(toolName(index)), this, [this] { applyToSelection(PermissionMatrixModel::Action::Ask); });
        if (column && column->kind != MatrixColumn::Kind::Unknown && runtime.toInt() == int(Runtime::ClaudeCode))
            menu.addAction(tr("Edit Patterns…"), this, [this, index] { editPatterns(index); });
    } else if (selected > 1) {
        menu.addAction(tr("Grant Selected"), this, [this] { applyToSelection(PermissionMatrixModel::Action::Grant); });
        menu.addAction(tr("Revoke Selected"), this, [this] { applyToSelection(PermissionMatrixModel::Action::Revoke); });
        menu.addAction(tr("Ask Before Selected (OpenCode)"), this, [this] { applyToSelection(PermissionMatrixModel::Action::Ask); });
    }
    if (index.isValid()) {
        const QModelIndex source = sourceIndex(index);
        if (source.data(PermissionMatrixModel::ModeRole).toInt() == int(AgentGrants::Mode::Inherit) || selected > 1)
            menu.addAction(tr("Make Explicit"), this, [this] { applyToSelection(PermissionMatrixModel::Action::MakeExplicit); });
        menu.addSeparator();
        menu.addAction(tr("Select Row"), this, [this, index] { m_table->selectRow(index.row()); });
        if (toolCell)
            menu.addAction(tr("Select Column"), this, [this, index] { m_table->selectColumn(index.column()); });
        menu.addAction(tr("Show Agent"), this, [this, index] { emit showAgentRequested(itemAt(index)); });
    }
    emit contextMenuRequested(&menu, index);
    if (!menu.isEmpty())
        menu.exec(globalPosition);
}

void PermissionMatrixView::showHeaderMenu(const QPoint &position)
{
    const int section = m_header->logicalIndexAt(position);
    const int sourceColumn = sourceSection(section);
    QMenu menu(this);
    if (const MatrixColumn *column = m_model->column(sourceColumn)) {
        if (column->kind == MatrixColumn::Kind::McpServer || column->kind == MatrixColumn::Kind::McpTool) {
            const QString server = column->group;
            const bool expanded = m_model->isExpanded(server);
            menu.addAction(expanded ? tr("Collapse %1").arg(server) : tr("Expand %1").arg(server), this,
                           [this, server, expanded] { m_model->setExpanded(server, !expanded); });
        }
        menu.addAction(tr("Select Column"), this, [this, section] { m_table->selectColumn(section); });
    }
    if (!menu.isEmpty())
        menu.exec(m_header->mapToGlobal(position));
}

bool PermissionMatrixView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (m_table->selectionModel()->selectedIndexes().size() > 1) {
                const bool granted = isGranted(m_table->currentIndex().data(PermissionMatrixModel::GrantStateRole));
                applyToSelection(granted ? PermissionMatrixModel::Action::Revoke : PermissionMatrixModel::Action::Grant);
            } else {
                toggle(m_table->currentIndex());
            }
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && itemAt(m_table->currentIndex()) >= 0) {
            emit showAgentRequested(itemAt(m_table->currentIndex()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Agentry
