// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/librarypanel.h"

#include "library/agentfiltermodel.h"
#include "library/agentlibrary.h"
#include "library/agentlibrarymodel.h"
#include "library/librarychecker.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Agentry {

LibraryPanel::LibraryPanel(AgentLibrary *library, LibraryChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_model(new AgentLibraryModel(library, this))
    , m_filter(new AgentFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_sortCombo(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_checker(checker)
    , m_library(library)
{
    m_model->setChecker(checker);
    m_filter->setSourceModel(m_model);
    m_filter->setSortKey(AgentFilterModel::SortKey::Name);

    m_filterEdit->setPlaceholderText(tr("Filter by name, description or tool"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter agents"));
    m_sortCombo->addItem(tr("Sort by name"), int(AgentFilterModel::SortKey::Name));
    m_sortCombo->addItem(tr("Sort by file"), int(AgentFilterModel::SortKey::File));
    m_sortCombo->addItem(tr("Sort by last change"), int(AgentFilterModel::SortKey::Modified));
    m_sortCombo->setAccessibleName(tr("Sort agents"));

    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->setAccessibleName(tr("Agents"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(AgentLibraryModel::NameColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(AgentLibraryModel::NameColumn, 230);
    m_view->setColumnWidth(AgentLibraryModel::ProblemsColumn, 64);
    m_view->setColumnWidth(AgentLibraryModel::ModelColumn, 70);
    m_view->setColumnWidth(AgentLibraryModel::ToolsColumn, 50);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        m_view->expandAll();
    });
    connect(m_sortCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setSortKey(AgentFilterModel::SortKey(m_sortCombo->currentData().toInt()));
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        // Groups open as they appear.
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row)
                m_view->expand(m_filter->index(row, 0));
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryPanel::currentItemChanged);
    // Regrouped (a folder's runtime was chosen): groups open again, the agent stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_itemBeforeReset = currentItem(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        if (m_itemBeforeReset >= 0)
            select(std::exchange(m_itemBeforeReset, -1));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            return;
        QMenu menu(this);
        fillMenu(&menu, index.data(AgentLibraryModel::ItemIndexRole).toInt());
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(position));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_sortCombo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

int LibraryPanel::currentItem() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AgentLibraryModel::ItemIndexRole).toInt() : -1;
}

bool LibraryPanel::select(int item)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForItem(item));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void LibraryPanel::selectFirst()
{
    if (m_view->currentIndex().isValid() || m_filter->rowCount() == 0)
        return;
    const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
    if (first.isValid())
        m_view->setCurrentIndex(first);
}

QVector<int> LibraryPanel::shownItems() const
{
    QVector<int> items;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex index = m_filter->index(row, 0, parent);
            const int item = index.data(AgentLibraryModel::ItemIndexRole).toInt();
            if (item >= 0)
                items.append(item);
            walk(index);
        }
    };
    walk({});
    return items;
}

void LibraryPanel::clearFilter()
{
    m_filterEdit->clear();
}

void LibraryPanel::focusFilter()
{
    m_filterEdit->setFocus();
    m_filterEdit->selectAll();
}

void LibraryPanel::fillMenu(QMenu *menu, int item)
{
    if (!m_checker || item < 0 || item >= m_library->count())
        return;
    const QString folder = QFileInfo(m_library->item(item).file.path).absolutePath();
    const std::optional<Runtime> chosen = m_checker->folderRuntimes().chosenFor(folder);
    QMenu *readAs = menu->addMenu(tr("&Read Folder As"));
    readAs->setToolTipsVisible(true);
    readAs->setToolTip(tr("Read every agent file under %1 as one runtime").arg(QDir::toNativeSeparators(folder)));
    auto *group = new QActionGroup(readAs);
    const auto add = [this, readAs, group, &folder, &chosen](const QString &text, std::optional<Runtime> runtime) {
        QAction *action = readAs->addAction(text, this, [this, folder, runtime] { m_checker->setFolderRuntime(folder, runtime); });
        action->setCheckable(true);
        action->setChecked(chosen == runtime);
        group->addAction(action);
    };
    add(tr("By Folder and Content"), std::nullopt);
    readAs->addSeparator();
    for (const Runtime runtime : Runtimes::all())
        add(Runtimes::name(runtime), runtime);

    QMenu *convertTo = menu->addMenu(tr("&Convert To"));
    for (const Runtime runtime : Runtimes::all())
        convertTo->addAction(tr("%1…").arg(Runtimes::name(runtime)), this, [this, item, runtime] { emit convertRequested(item, runtime); });
}

QByteArray LibraryPanel::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void LibraryPanel::restoreHeaderState(const QByteArray &state)
{
    m_view->header()->restoreState(state);
}

} // namespace Agentry
