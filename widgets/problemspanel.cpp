// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "problemspanel.h"

#include "library/diagnosticsfiltermodel.h"
#include "library/diagnosticsmodel.h"
#include "library/librarychecker.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace Agentry {

namespace {

// How long counts may lag behind the list (milliseconds).
constexpr int kCountInterval = 200;

} // namespace

ProblemsPanel::ProblemsPanel(DiagnosticsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new DiagnosticsFilterModel(this))
    , m_severitySwitches{createSwitch(QStringLiteral("dialog-error"), tr("Show errors")),
                         createSwitch(QStringLiteral("dialog-warning"), tr("Show warnings")),
                         createSwitch(QStringLiteral("dialog-information"), tr("Show information"))}
    , m_ruleCombo(new QComboBox(this))
    , m_filterField(new QLineEdit(this))
    , m_currentSwitch(createSwitch(QStringLiteral("view-filter"), tr("Show only the findings of the agent being edited")))
    , m_view(new QTreeView(this))
    , m_copyAction(new QAction(tr("&Copy"), this))
    , m_countTimer(new QTimer(this))
    , m_model(model)
{
    m_severitySwitches[std::size_t(Severity::Error)]->setObjectName(QStringLiteral("errorsSwitch"));
    m_severitySwitches[std::size_t(Severity::Warning)]->setObjectName(QStringLiteral("warningsSwitch"));
    m_severitySwitches[std::size_t(Severity::Info)]->setObjectName(QStringLiteral("informationSwitch"));
    for (QToolButton *button : m_severitySwitches)
        button->setChecked(true);
    m_ruleCombo->setObjectName(QStringLiteral("ruleCombo"));
    m_ruleCombo->setAccessibleName(tr("Rule"));
    m_ruleCombo->setToolTip(tr("Show the findings of one rule"));
    m_ruleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterField->setObjectName(QStringLiteral("filterField"));
    m_filterField->setAccessibleName(tr("Filter problems"));
    m_filterField->setPlaceholderText(tr("Filter"));
    m_filterField->setToolTip(tr("Show the findings whose message, file or code contain every word"));
    m_filterField->setClearButtonEnabled(true);
    m_currentSwitch->setObjectName(QStringLiteral("currentAgentSwitch"));
    m_currentSwitch->setText(tr("Current agent"));
    m_currentSwitch->setAccessibleName(tr("Current agent only"));
    m_currentSwitch->setEnabled(false);

    // Before the filter and the view hear of a reset: the current row is still there.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ProblemsPanel::rememberPosition);
    m_filter->setSourceModel(model);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(true); // a finding that stands for several places expands to them
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The filter model's own order, file then line, until a header is clicked.
    m_view->header()->setSortIndicator(DiagnosticsModel::FileColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // Narrow columns fit the rows in sight: measuring a thousand rows on each change of a large
    // library's findings stalls the window.
    header->setResizeContentsPrecision(0);
    for (const int column : {DiagnosticsModel::SeverityColumn, DiagnosticsModel::CodeColumn, DiagnosticsModel::LineColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(DiagnosticsModel::FileColumn, fontMetrics().averageCharWidth() * 24);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_copyAction);

    auto *controls = new QHBoxLayout;
    for (QToolButton *button : m_severitySwitches)
        controls->addWidget(button);
    controls->addWidget(m_ruleCombo);
    controls->addWidget(m_filterField, 1);
    controls->addWidget(m_currentSwitch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_view);

    // Counting walks every row: at most a few times a second while a library is checked,
    // not once per signal.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(kCountInterval);
    connect(m_countTimer, &QTimer::timeout, this, &ProblemsPanel::showCounts);
    const auto countSoon = [this] {
        if (!m_countTimer->isActive())
            m_countTimer->start();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, countSoon);
    connect(model, &QAbstractItemModel::rowsRemoved, this, countSoon);
    connect(model, &QAbstractItemModel::modelReset, this, countSoon);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProblemsPanel::restorePosition);
    connect(model, &QAbstractItemModel::dataChanged, this, countSoon);

    for (std::size_t severity = 0; severity < m_severitySwitches.size(); ++severity) {
        connect(m_severitySwitches.at(severity), &QToolButton::toggled, this, [this, severity](bool shown) {
            m_filter->setSeverityShown(Severity(severity), shown);
            m_countTimer->start();
        });
    }
    connect(m_ruleCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setCode(m_ruleCombo->currentData().toString());
        m_countTimer->start();
    });
    connect(m_filterField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        m_countTimer->start();
    });
    connect(m_currentSwitch, &QToolButton::toggled, this, &ProblemsPanel::filterByItem);
    connect(m_view, &QTreeView::activated, this, &ProblemsPanel::activate);
    connect(m_copyAction, &QAction::triggered, this, &ProblemsPanel::copy);
    showCounts();
}

QToolButton *ProblemsPanel::createSwitch(const QString &iconName, const QString &toolTip)
{
    // Named by its text, which carries the count.
    auto *button = new QToolButton(this);
    button->setIcon(QIcon::fromTheme(iconName)); // without an icon theme the text shows alone
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(toolTip);
    button->setAccessibleDescription(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

void ProblemsPanel::setCurrentItem(int itemIndex)
{
    m_currentItem = itemIndex;
    m_currentSwitch->setEnabled(itemIndex >= 0);
    filterByItem();
}

void ProblemsPanel::filterByItem()
{
    // Without an agent open the switch cannot apply; it keeps its state for the next one.
    const bool byItem = m_currentSwitch->isChecked() && m_currentItem >= 0;
    const int itemIndex = byItem ? m_currentItem : -1;
    if (itemIndex == m_filter->itemIndex())
        return; // switching agents with the whole library shown: nothing to filter or count
    m_filter->setItemIndex(itemIndex);
    m_countTimer->start();
}

void ProblemsPanel::showCounts()
{
    const DiagnosticCounts counts = m_filter->severityCounts();
    m_severitySwitches[std::size_t(Severity::Error)]->setText(tr("Errors (%1)").arg(counts.errors));
    m_severitySwitches[std::size_t(Severity::Warning)]->setText(tr("Warnings (%1)").arg(counts.warnings));
    m_severitySwitches[std::size_t(Severity::Info)]->setText(tr("Information (%1)").arg(counts.infos));

    // The chosen rule stays listed when nothing of it is left, so that the filter never
    // changes behind the user's back.
    QMap<QString, int> codes = m_filter->codeCounts();
    const QString chosen = m_filter->code();
    if (!chosen.isEmpty() && !codes.contains(chosen))
        codes.insert(chosen, 0);
    QVector<QPair<QString, QString>> entries{{tr("All rules"), QString()}}; // text, code
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        entries.append({tr("%1 (%2)", "rule code, number of findings").arg(it.key()).arg(it.value()), it.key()});
    // Most checks change no count: the combo, and an open popup, stay as they are then.
    bool same = entries.size() == m_ruleCombo->count();
    for (int i = 0; same && i < entries.size(); ++i)
        same = m_ruleCombo->itemText(i) == entries.at(i).first;
    if (same)
        return;
    const QSignalBlocker blocker(m_ruleCombo);
    m_ruleCombo->clear();
    for (const auto &[text, code] : std::as_const(entries))
        m_ruleCombo->addItem(text, code);
    m_ruleCombo->setCurrentIndex(m_ruleCombo->findData(chosen));
}

void ProblemsPanel::rememberPosition()
{
    m_position.reset();
    QModelIndex index = m_view->currentIndex();
    const bool current = index.isValid();
    if (!current) {
        const QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() == bar->minimum())
            return; // a list seen from its start stays there as it grows
        index = m_view->indexAt(QPoint(0, 0));
    }
    if (!index.isValid())
        return;
    const bool onPlace = index.parent().isValid();
    const QModelIndex finding = onPlace ? index.parent() : index;
    const Diagnostic *diagnostic = m_model->diagnostic(m_filter->mapToSource(finding));
    if (!diagnostic)
        return;
    m_position = Position{finding.data(DiagnosticsModel::FilePathRole).toString(), *diagnostic, onPlace ? index.row() : -1,
                          m_view->visualRect(index).top(), current};
}

void ProblemsPanel::restorePosition()
{
    const std::optional<Position> position = std::exchange(m_position, std::nullopt);
    if (!position)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->find(position->path, position->finding));
    if (index.isValid() && position->placeIndex >= 0) {
        m_view->expand(index);
        index = m_filter->index(position->placeIndex, 0, index);
    }
    if (!index.isValid())
        return;
    if (position->current)
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    const QRect at = m_view->visualRect(index);
    const int unit = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem ? qMax(1, at.height()) : 1;
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() - (position->top - at.top()) / unit);
}

void ProblemsPanel::selectNext()
{
    step(1);
}

void ProblemsPanel::selectPrevious()
{
    step(-1);
}

void ProblemsPanel::step(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    QModelIndex current = m_view->currentIndex();
    if (current.parent().isValid())
        current = current.parent(); // from a place, on to the next finding
    const int row = current.isValid() ? (current.row() + delta + rows) % rows : (delta > 0 ? 0 : rows - 1);
    const QModelIndex index = m_filter->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    activate(index);
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    emit activated(index.data(DiagnosticsModel::ItemIndexRole).toInt(), index.data(DiagnosticsModel::DiagnosticIndexRole).toInt(),
                   index.data(DiagnosticsModel::PlaceIndexRole).toInt());
}

bool ProblemsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A mouse's menu arrives at the viewport, the keyboard's at the view: that one is for
    // the current row, wherever the pointer is.
    if (event->type() == QEvent::ContextMenu && (watched == m_view || watched == m_view->viewport())) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        const bool keyboard = menuEvent->reason() == QContextMenuEvent::Keyboard;
        const QModelIndex index = keyboard ? m_view->currentIndex() : m_view->indexAt(m_view->viewport()->mapFromGlobal(menuEvent->globalPos()));
        if (index.isValid()) {
            showMenu(index, keyboard ? m_view->viewport()->mapToGlobal(m_view->visualRect(index).center()) : menuEvent->globalPos());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProblemsPanel::showMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    emit contextMenuRequested(&menu, index.data(DiagnosticsModel::ItemIndexRole).toInt(),
                              index.data(DiagnosticsModel::DiagnosticIndexRole).toInt());
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.exec(globalPosition);
}

void ProblemsPanel::copy() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    // As `agentry check` prints it, which editors and terminals turn into links.
    const auto severity = Severity(index.data(DiagnosticsModel::SeverityRole).toInt());
    QGuiApplication::clipboard()->setText(QStringLiteral("%1:%2:%3: %4: %5 [%6]")
                                              .arg(QDir::toNativeSeparators(index.data(DiagnosticsModel::FilePathRole).toString()))
                                              .arg(index.data(DiagnosticsModel::LineRole).toInt())
                                              .arg(index.data(DiagnosticsModel::ColumnRole).toInt())
                                              .arg(QLatin1String(severityName(severity)),
                                                   index.siblingAtColumn(DiagnosticsModel::MessageColumn).data().toString(),
                                                   index.data(DiagnosticsModel::CodeRole).toString()));
}

} // namespace Agentry
