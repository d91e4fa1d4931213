// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/agentlibrarymodel.h"

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "runtime/displayname.h"
#include "runtime/loadstatus.h"
#include "runtime/runtimelocator.h"
#include "text/toollist.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>

namespace Agentry {

namespace {

// Group rows carry no parent pointer; agent rows carry their group's number + 1.
constexpr quintptr kGroupId = 0;

QString stringField(const AgentDocument *document, const QString &key)
{
    const FrontmatterField *field = document->text().frontmatter.field(key);
    return field && field->value.isString() ? field->value.toString() : QString();
}

QColor swatch(const QString &name)
{
    // Claude Code's eight colours, in tones that read on light and dark backgrounds.
    static const QHash<QString, QColor> colours{
        {QStringLiteral("red"), QColor(0xdb, 0x44, 0x37)},    {QStringLiteral("blue"), QColor(0x3d, 0x7e, 0xdb)},
        {QStringLiteral("green"), QColor(0x3a, 0xa6, 0x55)},  {QStringLiteral("yellow"), QColor(0xe0, 0xb4, 0x1b)},
        {QStringLiteral("purple"), QColor(0x8e, 0x5b, 0xc9)}, {QStringLiteral("orange"), QColor(0xe5, 0x7e, 0x25)},
        {QStringLiteral("pink"), QColor(0xe0, 0x5f, 0xa8)},   {QStringLiteral("cyan"), QColor(0x1f, 0xb5, 0xc4)},
    };
    const QString key = name.trimmed().toLower();
    if (colours.contains(key))
        return colours.value(key);
    const QColor parsed(name.trimmed());
    return parsed.isValid() ? parsed : QColor();
}

QString toolsSummary(const AgentDocument *document)
{
    const FrontmatterField *tools = document->text().frontmatter.field(QStringLiteral("tools"));
    if (!tools)
        return AgentLibraryModel::tr("all");
    const std::optional<QStringList> entries = ToolList::fromValue(tools->value);
    return entries ? QString::number(entries->size()) : QStringLiteral("?");
}

} // namespace

AgentLibraryModel::AgentLibraryModel(AgentLibrary *library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
{
    connect(library, &AgentLibrary::aboutToReset, this, [this] { beginResetModel(); });
    connect(library, &AgentLibrary::reset, this, [this] {
        m_groups.clear();
        m_placeOfItem.clear();
        m_sortNames.clear();
        endResetModel();
    });
    connect(library, &AgentLibrary::itemsAdded, this, &AgentLibraryModel::addItems);
    connect(library, &AgentLibrary::itemAboutToBeRemoved, this, [this] { beginResetModel(); });
    connect(library, &AgentLibrary::itemRemoved, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(library, &AgentLibrary::itemChanged, this, [this](int item) {
        forgetSortName(item);
        emit dataChanged(indexForItem(item, 0), indexForItem(item, ColumnCount - 1));
    });
    rebuild();
}

AgentLibraryModel::GroupKey AgentLibraryModel::GroupKey::of(const FoundAgentFile &file, const FolderRuntimes *folders)
{
    if (const std::optional<Runtime> chosen = folders ? folders->runtimeFor(file.path) : std::nullopt)
        return {*chosen, file.scope, file.pluginName};
    static const QString home = QDir::fromNativeSeparators(QDir::homePath());
    const std::optional<RuntimeLocator::Located> located = RuntimeLocator::locate(file.path, home);
    return {located ? located->runtime : Runtime::ClaudeCode, file.scope, file.pluginName};
}

int AgentLibraryModel::groupFor(const GroupKey &key)
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).key == key)
            return g;
    }
    beginInsertRows(QModelIndex(), int(m_groups.size()), int(m_groups.size()));
    m_groups.append({key, {}, {}});
    endInsertRows();
    return int(m_groups.size()) - 1;
}

void AgentLibraryModel::rebuild()
{
    m_groups.clear();
    m_placeOfItem.clear();
    m_sortNames.clear();
    for (int i = 0; i < m_library->count(); ++i) {
        const GroupKey key = GroupKey::of(m_library->item(i).file, folders());
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&key](const Group &g) { return g.key == key; });
        if (it == m_groups.end())
            it = m_groups.insert(m_groups.end(), Group{key, {}, {}});
        m_placeOfItem.insert(i, {int(it - m_groups.begin()), int(it->items.size())});
        it->items.append(i);
    }
}

void AgentLibraryModel::addItems(int first, int count)
{
    // Batches arrive in any order of scopes: insert each run of one group at once.
    int i = first;
    while (i < first + count) {
        const GroupKey key = GroupKey::of(m_library->item(i).file, folders());
        const int group = groupFor(key);
        int end = i + 1;
        while (end < first + count && GroupKey::of(m_library->item(end).file, folders()) == key)
            ++end;
        Group &g = m_groups[group];
        g.counts.reset();
        const int row = int(g.items.size());
        beginInsertRows(index(group, 0), row, row + (end - i) - 1);
        for (int item = i; item < end; ++item) {
            m_placeOfItem.insert(item, {group, int(g.items.size())});
            g.items.append(item);
        }
        endInsertRows();
        emit dataChanged(index(group, 0), index(group, ColumnCount - 1)); // the group's count
        i = end;
    }
}

QModelIndex AgentLibraryModel::indexForItem(int itemIndex, int column) const
{
    const auto place = m_placeOfItem.constFind(itemIndex);
    if (place == m_placeOfItem.constEnd())
        return {};
    return createIndex(place->second, column, quintptr(place->first) + 1);
}

QModelIndex AgentLibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AgentLibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int AgentLibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int AgentLibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgentLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(index.row(), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return agentData(group.items.at(index.row()), index.column(), role);
}

QVariant AgentLibraryModel::groupData(int group, int column, int role) const
{
    const Group &g = m_groups.at(group);
    if (column == ProblemsColumn && m_checker) {
        if (!g.counts) {
            g.counts.emplace();
            for (const int item : g.items) {
                if (const CheckedAgent *check = m_checker->check(item))
                    *g.counts += check->counts;
            }
        }
        if (QVariant value = problemsData(*g.counts, role); value.isValid())
            return value;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column != NameColumn)
            return {};
        if (g.key.runtime != Runtime::ClaudeCode) {
            const QString runtime = Runtimes::name(g.key.runtime);
            return g.key.scope == AgentScope::User ? tr("%1, user (%2)").arg(runtime).arg(g.items.size())
                                                   : tr("%1, project (%2)").arg(runtime).arg(g.items.size());
        }
        switch (g.key.scope) {
        case AgentScope::Project:
            return tr("Project (%1)").arg(g.items.size());
        case AgentScope::User:
            return tr("User (%1)").arg(g.items.size());
        case AgentScope::Plugin:
            return tr("Plugin %1 (%2)").arg(g.key.pluginName).arg(g.items.size());
        case AgentScope::Folder:
            return tr("Folder (%1)").arg(g.items.size());
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case ItemIndexRole:
        return -1;
    case GroupOrderRole:
        return int(g.key.scope) * 100000 + int(g.key.runtime) * 10000 + group;
    default:
        return {};
    }
}

QVariant AgentLibraryModel::agentData(int itemIndex, int column, int role) const
{
    const LibraryItem &item = m_library->item(itemIndex);
    if (role == SortNameRole)
        return sortName(itemIndex);
    const AgentDocument *document = item.document;
    const CheckedAgent *check = m_checker ? m_checker->check(itemIndex) : nullptr;
    // The names look at the reading: only the roles that show them ask for them.
    const auto reading = [&] { return document && m_checker ? m_checker->currentReading(document) : nullptr; };
    const Frontmatter *frontmatter = document ? &document->text().frontmatter : nullptr;
    const auto written = [&] { return writtenName(reading(), frontmatter); };
    if (column == ProblemsColumn && check) {
        if (QVariant value = problemsData(check->counts, role); value.isValid())
            return value;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: {
            QString text = displayName(reading(), frontmatter, item.file.path);
            if (document && document->isModified())
                text += QStringLiteral(" *");
            if (m_library->isShadowed(itemIndex))
                text += tr(" (shadowed)");
            return text;
        }
        case ModelColumn:
            return document ? stringField(document, QStringLiteral("model")) : QString();
        case ToolsColumn:
            return document ? toolsSummary(document) : QString();
        case FileColumn:
            return QDir(m_library->folder()).relativeFilePath(item.file.path);
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn && document) {
            const QColor colour = swatch(stringField(document, QStringLiteral("color")));
            if (colour.isValid())
                return colour;
        }
        return {};
    case Qt::FontRole:
        if (column == NameColumn && (written().isEmpty() || (document && document->isModified()))) {
            QFont font;
            font.setItalic(written().isEmpty());
            font.setBold(document && document->isModified());
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!document || written().isEmpty())
            return QColor(Qt::gray);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{QDir::toNativeSeparators(item.file.path)};
        if (!item.problem.isEmpty())
            lines << item.problem;
        if (document) {
            const QString description = stringField(document, QStringLiteral("description")).trimmed();
            if (!description.isEmpty())
                lines << description.left(300);
            if (document->isModified())
                lines << tr("Unsaved changes");
            if (document->isReadOnly())
                lines << document->readOnlyReason();
        }
        if (m_library->isShadowed(itemIndex))
            lines << tr("A project agent with the same name takes precedence over this one.");
        if (check) {
            const LoadStatus status = LoadStatus::of(check->reading, item.file.scope);
            lines << (status.reason.isEmpty() ? status.title() : tr("%1: %2").arg(status.title(), status.reason));
        }
        return lines.join(u'\n');
    }
    case ItemIndexRole:
        return itemIndex;
    case SearchTextRole:
        if (!document)
            return QFileInfo(item.file.path).fileName();
        return QStringList{written(), QFileInfo(item.file.path).fileName(), stringField(document, QStringLiteral("description")),
                           document->text().frontmatter.toJson().value(QStringLiteral("tools")).toVariant().toStringList().join(u' '),
                           stringField(document, QStringLiteral("tools"))}
            .join(u'\n');
    case ModifiedTimeRole:
        return item.modified;
    case GroupOrderRole:
        return {};
    default:
        return {};
    }
}

const QString &AgentLibraryModel::sortName(int itemIndex) const
{
    if (m_sortNames.size() <= itemIndex)
        m_sortNames.resize(m_library->count());
    QString &name = m_sortNames[itemIndex];
    if (name.isNull()) {
        const LibraryItem &item = m_library->item(itemIndex);
        const AgentDocument *document = item.document;
        const AgentReading *reading = document && m_checker ? m_checker->currentReading(document) : nullptr;
        name = displayName(reading, document ? &document->text().frontmatter : nullptr, item.file.path).toLower();
    }
    return name;
}

void AgentLibraryModel::forgetSortName(int itemIndex)
{
    if (itemIndex < m_sortNames.size())
        m_sortNames[itemIndex] = QString();
}

const FolderRuntimes *AgentLibraryModel::folders() const
{
    return m_checker ? &m_checker->folderRuntimes() : nullptr;
}

void AgentLibraryModel::setChecker(const LibraryChecker *checker)
{
    disconnect(m_validationConnection);
    disconnect(m_foldersConnection);
    disconnect(m_renameConnection);
    m_checker = checker;
    if (checker) {
        const auto regroup = [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        };
        m_foldersConnection = connect(checker, &LibraryChecker::folderRuntimesChanged, this, regroup);
        if (!checker->folderRuntimes().folders().isEmpty())
            regroup();
        // Findings show in the problems column (and in the name's tooltip, asked for when
        // shown); the name column, which rows are sorted by, changes only with a name, so
        // that sorted views need not place every checked row again.
        m_validationConnection = connect(checker, &LibraryChecker::checked, this, [this](const QVector<int> &items) {
            const QVector<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::AccessibleTextRole};
            for (const RowRange &range : rowRanges(items, false)) {
                m_groups[range.group].counts.reset();
                const QModelIndex group = index(range.group, 0);
                emit dataChanged(index(range.first, ProblemsColumn, group), index(range.last, ProblemsColumn, group), roles);
                emit dataChanged(group.siblingAtColumn(ProblemsColumn), group.siblingAtColumn(ProblemsColumn), roles);
            }
        });
        // Only the renamed rows: each row in a range holding the name column is placed again.
        m_renameConnection = connect(checker, &LibraryChecker::renamed, this, [this](const QVector<int> &items) {
            const QVector<int> roles{Qt::DisplayRole, Qt::FontRole, Qt::ForegroundRole, Qt::ToolTipRole, SortNameRole, SearchTextRole};
            for (const int item : items)
                forgetSortName(item);
            for (const RowRange &range : rowRanges(items, true)) {
                const QModelIndex group = index(range.group, 0);
                emit dataChanged(index(range.first, NameColumn, group), index(range.last, NameColumn, group), roles);
            }
        });
    }
    for (const Group &group : std::as_const(m_groups))
        group.counts.reset();
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
}

QVector<AgentLibraryModel::RowRange> AgentLibraryModel::rowRanges(const QVector<int> &items, bool exact) const
{
    QVector<QPair<int, int>> places; // (group, row)
    places.reserve(items.size());
    for (const int item : items) {
        if (const auto place = m_placeOfItem.constFind(item); place != m_placeOfItem.cend())
            places.append(*place);
    }
    std::sort(places.begin(), places.end());
    QVector<RowRange> ranges;
    for (const QPair<int, int> &place : std::as_const(places)) {
        if (!ranges.isEmpty() && ranges.last().group == place.first && (!exact || ranges.last().last + 1 == place.second))
            ranges.last().last = place.second;
        else
            ranges.append(RowRange{place.first, place.second, place.second});
    }
    return ranges;
}

QVariant AgentLibraryModel::problemsData(const DiagnosticCounts &counts, int role)
{
    switch (role) {
    case Qt::DisplayRole: {
        // A mark beside each count, so colour is never the only cue.
        QStringList parts;
        if (counts.errors > 0)
            parts << tr("%1 ✖").arg(counts.errors);
        if (counts.warnings > 0)
            parts << tr("%1 ⚠").arg(counts.warnings);
        return parts.join(u' ');
    }
    case Qt::ForegroundRole:
        if (counts.errors > 0)
            return QColor(0xd0, 0x3a, 0x2f);
        if (counts.warnings > 0)
            return QColor(0xc2, 0x7c, 0x0e);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (counts.total() == 0)
            return tr("No problems");
        return QStringList{tr("%n error(s)", nullptr, counts.errors), tr("%n warning(s)", nullptr, counts.warnings),
                           tr("%n note(s)", nullptr, counts.infos)}
            .join(QStringLiteral(", "));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AgentLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProblemsColumn:
        return tr("Problems");
    case ModelColumn:
        return tr("Model");
    case ToolsColumn:
        return tr("Tools");
    case FileColumn:
        return tr("File");
    }
    return {};
}

} // namespace Agentry
