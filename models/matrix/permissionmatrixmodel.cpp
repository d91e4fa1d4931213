// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/permissionmatrixmodel.h"

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "runtime/displayname.h"
#include "runtime/toolcatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <numeric>

namespace Agentry {

namespace {

bool usable(GrantState state)
{
    return state == GrantState::Granted || state == GrantState::Pattern || state == GrantState::Inherited;
}

} // namespace

QString MatrixSummary::text() const
{
    return QStringList{tr("%n agent(s) can run shell commands", nullptr, canExecute), tr("%n inherit(s) every tool", nullptr, inheritAll),
                       tr("%n can write and reach the network", nullptr, writeAndNetwork)}
        .join(QStringLiteral(" · "));
}

PermissionMatrixModel::PermissionMatrixModel(AgentLibrary *library, LibraryChecker *checker, const ToolCatalog &catalog,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_checker(checker)
    , m_catalog(catalog)
{
    connect(library, &AgentLibrary::aboutToReset, this, [this] {
        if (m_live)
            beginResetModel();
    });
    connect(library, &AgentLibrary::reset, this, [this] {
        if (!m_live)
            return;
        rebuild();
        endResetModel();
        emit summaryChanged();
    });
    connect(library, &AgentLibrary::itemsAdded, this, [this](int first, int count) {
        if (!m_live)
            return;
        beginInsertRows(QModelIndex(), first, first + count - 1);
        m_rows.insert(first, count, Row());
        m_totals.fill(-1);
        endInsertRows();
        QVector<int> added(count);
        std::iota(added.begin(), added.end(), first);
        refresh(added);
    });
    connect(library, &AgentLibrary::itemAboutToBeRemoved, this, [this](int index) {
        if (m_live)
            beginRemoveRows(QModelIndex(), index, index);
    });
    connect(library, &AgentLibrary::itemRemoved, this, [this](int index) {
        if (!m_live)
            return;
        bool columnsChanged = false;
        count(m_rows.at(index), -1);
        countColumns(m_rows.at(index), -1, &columnsChanged);
        m_rows.removeAt(index);
        m_totals.fill(-1);
        endRemoveRows();
        if (columnsChanged) {
            beginResetModel();
            rebuildColumns();
            endResetModel();
        }
        emit summaryChanged();
    });
    connect(library, &AgentLibrary::itemChanged, this, [this](int index) {
        if (m_live)
            refresh({index}, Reading::ReadIfEdited);
    });
    connect(checker, &LibraryChecker::checked, this, [this](const QVector<int> &indices) {
        if (m_live)
            refresh(indices);
    });
    rebuild();
}

void PermissionMatrixModel::setLive(bool live)
{
    if (live == m_live)
        return;
    beginResetModel();
    m_live = live;
    rebuild();
    endResetModel();
    emit summaryChanged();
}

void PermissionMatrixModel::rebuild()
{
    m_rows = QVector<Row>(m_live ? m_library->count() : 0);
    m_namedCount.clear();
    m_summary = {};
    for (int i = 0; i < m_rows.size(); ++i) {
        derive(i, m_rows[i], Reading::ReadIfEdited);
        bool columnsChanged = false;
        count(m_rows.at(i), 1);
        countColumns(m_rows.at(i), 1, &columnsChanged);
    }
    rebuildColumns();
}

void PermissionMatrixModel::rebuildColumns()
{
    QVector<const AgentGrants *> agents;
    agents.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        if (row.known)
            agents.append(&row.grants);
    }
    m_columns = MatrixColumns::build(agents, m_catalog);
    updateVisible();
}

void PermissionMatrixModel::updateVisible()
{
    m_visible.clear();
    m_sectionOfKey.clear();
    for (int i = 0; i < m_columns.size(); ++i) {
        const MatrixColumn &column = m_columns.at(i);
        if (column.kind == MatrixColumn::Kind::McpTool && !m_expanded.contains(column.group))
            continue;
        m_sectionOfKey.insert(column.key, FirstToolColumn + int(m_visible.size()));
        m_visible.append(i);
    }
    m_totals = QVector<int>(m_visible.size(), -1);
}

bool PermissionMatrixModel::derive(int index, Row &into, Reading reading) const
{
    const LibraryItem &item = m_library->item(index);
    const auto unknown = [&into, &item] {
        const QString name = displayName(nullptr, item.document ? &item.document->text().frontmatter : nullptr, item.file.path);
        const bool changed = into.known || into.name != name;
        into = Row{false, {}, {}, {}, name};
        return changed;
    };
    if (!item.document)
        return unknown();
    const QByteArray &bytes = item.document->text().bytes;
    const CheckedAgent *check = m_checker->check(index);
    // The same bytes read by the same runtime (a folder's chosen runtime may have changed).
    if (into.known && sameBytes(into.bytes, bytes) && (!check || check->reading.runtime == into.grants.runtime()))
        return false;
    AgentReading read;
    const AgentReading *found = nullptr;
    if (check && sameBytes(check->text.bytes, bytes)) {
        found = &check->reading;
    } else if (reading == Reading::ReadNow || (reading == Reading::ReadIfEdited && (check || into.known))) {
        // Edited since the last check: read it now rather than after the check's pause.
        read = m_checker->validator().read(item.file.path, bytes, item.file.scope);
        found = &read;
    } else if (into.known) {
        return false; // an older check; the row already shows the newer text
    } else {
        return unknown();
    }
    into.known = true;
    into.bytes = bytes;
    into.grants = AgentGrants::read(*found, bytes, m_catalog);
    into.risk = AgentRisk::assess(into.grants, m_catalog);
    into.name = displayName(found, &item.document->text().frontmatter, item.file.path);
    return true;
}

void PermissionMatrixModel::count(const Row &row, int sign)
{
    if (!row.known)
        return;
    m_summary.agents += sign;
    if (row.grants.mode() == AgentGrants::Mode::Unreadable) {
        m_summary.unreadable += sign;
        return;
    }
    if (row.risk.canExecute)
        m_summary.canExecute += sign;
    if (row.risk.inheritsAll)
        m_summary.inheritAll += sign;
    if (row.risk.canWrite && row.risk.canReachNetwork)
        m_summary.writeAndNetwork += sign;
}

void PermissionMatrixModel::countColumns(const Row &row, int sign, bool *columnsChanged)
{
    if (!row.known)
        return;
    for (const QString &key : row.grants.namedColumns()) {
        const ToolInfo *tool = m_catalog.find(key);
        if (tool && !tool->legacy)
            continue; // always a column
        int &named = m_namedCount[key];
        named += sign;
        if ((sign > 0 && named == 1) || (sign < 0 && named == 0))
            *columnsChanged = true;
        if (named == 0)
            m_namedCount.remove(key);
    }
}

void PermissionMatrixModel::refresh(const QVector<int> &rows, Reading reading)
{
    const MatrixSummary before = m_summary;
    bool columnsChanged = false;
    QVector<int> changed;
    for (const int index : rows) {
        if (index < 0 || index >= m_rows.size())
            continue;
        Row next = m_rows.at(index);
        if (!derive(index, next, reading))
            continue;
        const Row &previous = m_rows.at(index);
        count(previous, -1);
        countColumns(previous, -1, &columnsChanged);
        count(next, 1);
        countColumns(next, 1, &columnsChanged);
        if (!columnsChanged) {
            for (int s = 0; s < m_totals.size(); ++s) {
                if (m_totals.at(s) >= 0)
                    m_totals[s] += int(usable(cell(next, m_visible.at(s)).state)) - int(usable(cell(previous, m_visible.at(s)).state));
            }
        }
        m_rows[index] = std::move(next);
        changed.append(index);
    }
    if (columnsChanged) {
        beginResetModel();
        rebuildColumns();
        endResetModel();
    } else if (!changed.isEmpty()) {
        emitRows(changed);
    }
    if (!(m_summary == before))
        emit summaryChanged();
}

void PermissionMatrixModel::emitRows(const QVector<int> &rows)
{
    QVector<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    const int last = columnCount() - 1;
    for (int i = 0; i < sorted.size();) {
        int end = i;
        while (end + 1 < sorted.size() && sorted.at(end + 1) == sorted.at(end) + 1)
            ++end;
        emit dataChanged(index(sorted.at(i), 0), index(sorted.at(end), last));
        i = end + 1;
    }
    emit headerDataChanged(Qt::Horizontal, FirstToolColumn, last);
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstToolColumn + int(m_visible.size());
}

const MatrixColumn *PermissionMatrixModel::column(int section) const
{
    const int visible = section - FirstToolColumn;
    return visible >= 0 && visible < m_visible.size() ? &m_columns.at(m_visible.at(visible)) : nullptr;
}

int PermissionMatrixModel::sectionOf(const QString &key) const
{
    return m_sectionOfKey.value(key, -1);
}

const AgentGrants *PermissionMatrixModel::grants(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).known ? &m_rows.at(row).grants : nullptr;
}

const AgentRisk *PermissionMatrixModel::risk(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).known ? &m_rows.at(row).risk : nullptr;
}

QString PermissionMatrixModel::agentName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

AgentDocument *PermissionMatrixModel::document(int row) const
{
    return row >= 0 && row < m_library->count() ? m_library->item(row).document : nullptr;
}

ToolGrant PermissionMatrixModel::cell(const Row &row, int columnIndex, QStringList *summaryTools) const
{
    if (!row.known)
        return {};
    const MatrixColumn &column = m_columns.at(columnIndex);
    ToolGrant grant = row.grants.grant(column.key);
    if (column.kind != MatrixColumn::Kind::McpServer || m_expanded.contains(column.group) || grant.state != GrantState::NotGranted)
        return grant;
    // A collapsed server sums up the tools of it the agent may use.
    for (int i = columnIndex + 1; i < m_columns.size() && m_columns.at(i).kind == MatrixColumn::Kind::McpTool; ++i) {
        const ToolGrant tool = row.grants.grant(m_columns.at(i).key);
        if (!usable(tool.state))
            continue;
        grant.state = GrantState::Pattern;
        grant.tokens += tool.tokens;
        if (grant.line < 0)
            grant.line = tool.line;
        if (summaryTools)
            summaryTools->append(ToolCatalog::parseMcpName(m_columns.at(i).key)->tool);
    }
    return grant;
}

QString PermissionMatrixModel::cellText(const ToolGrant &grant, const MatrixColumn &column, const QStringList &summaryTools) const
{
    switch (grant.state) {
    case GrantState::Granted:
        return QStringLiteral("✓");
    case GrantState::Pattern:
        if (column.kind == MatrixColumn::Kind::McpServer)
            return tr("✓ %n tool(s)", nullptr, int(summaryTools.size()));
        return QStringLiteral("✓ ") + grant.patterns.join(QStringLiteral(", "));
    case GrantState::Inherited:
        return QStringLiteral("(✓)"); // narrow columns: the words are in the tooltip and accessible text
    case GrantState::Denied:
        return grant.patterns.isEmpty() ? QStringLiteral("⊘") : QStringLiteral("⊘ ") + grant.patterns.join(QStringLiteral(", "));
    case GrantState::Unknown:
        return QStringLiteral("?");
    case GrantState::Ask:
        return QStringLiteral("?!");
    case GrantState::NotGranted:
        break;
    }
    return {};
}

QString PermissionMatrixModel::cellWords(const Row &row, const ToolGrant &grant, const MatrixColumn &column,
                                         const QStringList &summaryTools) const
{
    if (!row.known)
        return tr("not checked yet");
    const Runtime runtime = row.grants.runtime();
    const QString runtimeName = Runtimes::name(runtime);
    if (row.grants.mode() == AgentGrants::Mode::Unreadable)
        return tr("no grants: %1 reads no frontmatter in this file").arg(runtimeName);
    const bool openCode = runtime == Runtime::OpenCode;
    const QString exceptions = grant.patterns.join(QStringLiteral(" · "));
    switch (grant.state) {
    case GrantState::Granted:
        if (grant.tokens.isEmpty() && runtime != Runtime::ClaudeCode && !openCode)
            return tr("granted: %1 always gives it").arg(runtimeName);
        if (column.kind == MatrixColumn::Kind::McpTool && !grant.tokens.contains(column.key) && !openCode)
            return tr("granted with every tool of its server");
        return exceptions.isEmpty() ? tr("granted") : tr("granted, except %1").arg(exceptions);
    case GrantState::Pattern:
        if (column.kind == MatrixColumn::Kind::McpServer)
            return tr("granted for some of its tools: %1").arg(summaryTools.join(QStringLiteral(", ")));
        return tr("granted only for %1").arg(exceptions);
    case GrantState::Inherited:
        if (openCode)
            return exceptions.isEmpty() ? tr("inherited: no permission covers it, so OpenCode's defaults apply")
                                        : tr("inherited, except %1").arg(exceptions);
        return row.grants.hasWildcard() ? tr("inherited: tools holds *, every tool") : tr("inherited: no tools key, so every tool");
    case GrantState::Denied:
        if (openCode)
            return exceptions.isEmpty() ? tr("denied by its permission") : tr("denied, except %1").arg(exceptions);
        return grant.patterns.isEmpty() ? tr("removed by disallowedTools")
                                        : tr("removed by disallowedTools for %1").arg(grant.patterns.join(QStringLiteral(" · ")));
    case GrantState::Ask:
        return exceptions.isEmpty() ? tr("asks the user before each use") : tr("asks the user before each use, except %1").arg(exceptions);
    case GrantState::Unknown:
        if (runtime != Runtime::ClaudeCode)
            return tr("not a tool %1 knows: nothing granted").arg(runtimeName);
        return column.legacy ? tr("no longer offered by Claude Code %1: dropped").arg(m_catalog.clientVersion())
                             : tr("not a tool Claude Code knows: dropped");
    case GrantState::NotGranted:
        break;
    }
    if (row.grants.runtime() != Runtime::ClaudeCode && row.grants.runtimeNames(column.key).isEmpty()
        && column.kind == MatrixColumn::Kind::Tool)
        return tr("%1 has no such tool").arg(runtimeName);
    return tr("not granted");
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ItemIndexRole:
        return itemOfRow(index.row());
    case RiskLevelRole:
        return int(row.known ? row.risk.level : AgentRisk::Level::None);
    case ModeRole:
        return row.known ? QVariant(int(row.grants.mode())) : QVariant();
    case RuntimeRole:
        return row.known ? QVariant(int(row.grants.runtime())) : QVariant();
    default:
        break;
    }

    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return row.name;
        case Qt::ToolTipRole:
            return QDir::toNativeSeparators(m_library->item(index.row()).file.path);
        case TotalRole:
            return row.known ? QVariant(grantedCount(index.row())) : QVariant();
        default:
            return {};
        }
    }
    if (index.column() == RiskColumn) {
        const bool unreadable = row.known && row.grants.mode() == AgentGrants::Mode::Unreadable;
        switch (role) {
        case Qt::DisplayRole:
            if (!row.known)
                return {};
            return unreadable ? tr("Unreadable") : AgentRisk::levelName(row.risk.level);
        case Qt::AccessibleTextRole:
            if (!row.known)
                return tr("Risk not assessed yet");
            return unreadable ? tr("Unreadable frontmatter: no grants") : tr("Risk: %1").arg(AgentRisk::levelName(row.risk.level));
        case Qt::ToolTipRole:
            if (unreadable)
                return tr("%1 reads no frontmatter in this file, so this agent grants nothing until it is fixed.")
                    .arg(Runtimes::name(row.grants.runtime()));
            return row.risk.reasons.join(u'\n');
        default:
            return {};
        }
    }
    if (index.column() == RuntimeColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.known ? Runtimes::name(row.grants.runtime()) : QString();
        case Qt::AccessibleTextRole:
            return row.known ? tr("Runtime: %1").arg(Runtimes::name(row.grants.runtime())) : tr("Runtime not known yet");
        case Qt::ToolTipRole:
            return row.known ? tr("%1 reads this file and grants its tools.").arg(Runtimes::name(row.grants.runtime())) : QString();
        default:
            return {};
        }
    }

    const int columnIndex = m_visible.at(index.column() - FirstToolColumn);
    const MatrixColumn &column = m_columns.at(columnIndex);
    QStringList summaryTools;
    const ToolGrant grant = cell(row, columnIndex, &summaryTools);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(grant, column, summaryTools);
    case Qt::AccessibleTextRole:
        return cellWords(row, grant, column, summaryTools);
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %2").arg(column.key, cellWords(row, grant, column, summaryTools));
        const Runtime runtime = row.known ? row.grants.runtime() : Runtime::ClaudeCode;
        if (runtime != Runtime::ClaudeCode) {
            const QStringList names = row.grants.runtimeNames(column.key);
            if (!names.isEmpty())
                tip += u'\n' + tr("In %1: %2").arg(Runtimes::name(runtime), names.join(QStringLiteral(", ")));
        }
        if (grant.line >= 0 && !grant.tokens.isEmpty()) {
            const bool fromDisallowed = row.grants.mode() == AgentGrants::Mode::Inherit && !row.grants.hasWildcard();
            const QString key = runtime == Runtime::OpenCode ? QStringLiteral("permission")
                : fromDisallowed                             ? QStringLiteral("disallowedTools")
                                                             : QStringLiteral("tools");
            tip += u'\n' + tr("%1, line %2: %3").arg(key).arg(grant.line + 1).arg(grant.tokens.join(QStringLiteral(", ")));
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case GrantStateRole:
        return row.known ? QVariant(int(grant.state)) : QVariant();
    case PatternsRole:
        return column.kind == MatrixColumn::Kind::McpServer && grant.state == GrantState::Pattern ? summaryTools : grant.patterns;
    case SourceLineRole:
        return grant.line;
    default:
        return {};
    }
}

QVariant PermissionMatrixModel::headerTip(const MatrixColumn &column, int section) const
{
    QStringList lines;
    switch (column.kind) {
    case MatrixColumn::Kind::Tool:
        if (!m_catalog.find(column.key)) {
            QStringList runtimes;
            for (const Runtime runtime : Runtimes::all()) {
                const RuntimeTools *tools = m_catalog.runtimeTools(runtime);
                if (tools && tools->columns().contains(column.key))
                    runtimes.append(Runtimes::name(runtime));
            }
            lines << tr("A tool of %1 that Claude Code has no counterpart of.").arg(runtimes.join(QStringLiteral(", ")));
        } else if (const ToolInfo *tool = m_catalog.find(column.key)) {
            lines << tool->displayDescription();
            const QString risk = tool->risk == ToolRisk::High ? tr("high") : tool->risk == ToolRisk::Medium ? tr("medium") : tr("low");
            lines << tr("Risk: %1. %2").arg(risk, tool->displayRiskReason());
            if (tool->legacy)
                lines << tr("Claude Code %1 no longer offers this tool: naming it grants nothing.").arg(m_catalog.clientVersion());
        }
        break;
    case MatrixColumn::Kind::McpServer:
        lines << tr("Every tool of the MCP server %1.").arg(column.group);
        break;
    case MatrixColumn::Kind::McpTool:
        lines << tr("The tool %1 of the MCP server %2.").arg(ToolCatalog::parseMcpName(column.key)->tool, column.group);
        break;
    case MatrixColumn::Kind::Unknown:
        lines << tr("No tool of the agent's runtime answers to this name (OpenCode: a custom or MCP tool's permission).");
        break;
    }
    lines << tr("%n agent(s) can use it.", nullptr, agentsGranted(section));
    return lines.join(u'\n');
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const MatrixColumn *shown = column(section);
    if (!shown) {
        switch (role) {
        case Qt::DisplayRole:
            return section == NameColumn ? tr("Agent") : section == RiskColumn ? tr("Risk") : section == RuntimeColumn ? tr("Runtime") : QVariant();
        case ColumnKindRole:
            return -1;
        default:
            return {};
        }
    }
    const std::optional<McpToolName> mcp = ToolCatalog::parseMcpName(shown->key);
    switch (role) {
    case Qt::DisplayRole:
        if (shown->kind == MatrixColumn::Kind::McpServer)
            return mcp->server;
        if (shown->kind == MatrixColumn::Kind::McpTool)
            return mcp->tool;
        return shown->key;
    case Qt::ToolTipRole:
        return headerTip(*shown, section);
    case ColumnKindRole:
        return int(shown->kind);
    case ColumnKeyRole:
        return shown->key;
    case GroupRole:
        return MatrixColumns::groupLabel(*shown, m_catalog);
    case GroupIdRole:
        return shown->group;
    case LegacyRole:
        return shown->legacy;
    case ExpandedRole:
        return shown->kind == MatrixColumn::Kind::McpServer ? QVariant(m_expanded.contains(shown->group)) : QVariant();
    case TotalRole:
        return agentsGranted(section);
    default:
        return {};
    }
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool PermissionMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !column(index.column()))
        return false;
    return setGrant(index, value.toBool()).isChanged();
}

int PermissionMatrixModel::grantedCount(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).known)
        return 0;
    const AgentGrants &grants = m_rows.at(row).grants;
    int granted = 0;
    for (const MatrixColumn &column : m_columns)
        granted += int(usable(grants.grant(column.key).state));
    return granted;
}

int PermissionMatrixModel::agentsGranted(int section) const
{
    const int visible = section - FirstToolColumn;
    if (visible < 0 || visible >= m_totals.size())
        return 0;
    if (m_totals.at(visible) < 0) {
        int total = 0;
        for (const Row &row : m_rows)
            total += int(usable(cell(row, m_visible.at(visible)).state));
        m_totals[visible] = total;
    }
    return m_totals.at(visible);
}

void PermissionMatrixModel::setExpanded(const QString &server, bool expanded)
{
    if (expanded == m_expanded.contains(server))
        return;
    const int serverSection = sectionOf(QStringLiteral("mcp__") + server);
    int tools = 0;
    if (serverSection >= 0) {
        const int first = m_visible.at(serverSection - FirstToolColumn);
        while (first + tools + 1 < m_columns.size() && m_columns.at(first + tools + 1).kind == MatrixColumn::Kind::McpTool)
            ++tools;
    }
    if (tools == 0) {
        if (expanded)
            m_expanded.insert(server);
        else
            m_expanded.remove(server);
        updateVisible();
    } else if (expanded) {
        beginInsertColumns(QModelIndex(), serverSection + 1, serverSection + tools);
        m_expanded.insert(server);
        updateVisible();
        endInsertColumns();
    } else {
        beginRemoveColumns(QModelIndex(), serverSection + 1, serverSection + tools);
        m_expanded.remove(server);
        updateVisible();
        endRemoveColumns();
    }
    if (serverSection >= 0 && !m_rows.isEmpty()) {
        emit headerDataChanged(Qt::Horizontal, serverSection, serverSection);
        emit dataChanged(index(0, serverSection), index(rowCount() - 1, serverSection));
    }
}

GrantPatch PermissionMatrixModel::edit(int row, const std::function<GrantPatch(const GrantPatcher &)> &make)
{
    AgentDocument *doc = document(row);
    const auto refused = [](const QString &message) { return GrantPatch{GrantPatch::Status::Refused, {}, {}, message}; };
    if (!doc)
        return refused(tr("The file could not be read."));
    if (doc->isReadOnly())
        return refused(doc->readOnlyReason());
    // The edit must start from what the client reads in the document's current bytes.
    refresh({row}, Reading::ReadIfEdited);
    if (!m_rows.at(row).known)
        refresh({row}, Reading::ReadNow);
    const Row &current = m_rows.at(row);
    const GrantPatch result = make(GrantPatcher(doc->text(), current.grants, m_catalog));
    if (result.isChanged())
        doc->edit(result.edits, result.label);
    return result;
}

GrantPatch PermissionMatrixModel::setGrant(const QModelIndex &index, bool granted)
{
    const MatrixColumn *shown = index.isValid() ? column(index.column()) : nullptr;
    if (!shown)
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, tr("Only a tool's cell grants or revokes a tool.")};
    const QString key = shown->key;
    return edit(index.row(), [&key, granted](const GrantPatcher &edit) { return granted ? edit.grant(key) : edit.revoke(key); });
}

GrantPatch PermissionMatrixModel::setPatterns(const QModelIndex &index, const QStringList &patterns)
{
    const MatrixColumn *shown = index.isValid() ? column(index.column()) : nullptr;
    if (!shown)
        return GrantPatch{GrantPatch::Status::Refused, {}, {}, tr("Only a tool's cell takes patterns.")};
    const QString key = shown->key;
    return edit(index.row(), [&key, &patterns](const GrantPatcher &edit) { return edit.setPatterns(key, patterns); });
}

QVector<AgentDocument *> PermissionMatrixModel::applyToCells(const QModelIndexList &cells, Action action, QStringList *refusals)
{
    // By row first: rows and columns may move once the first document changes.
    QMap<int, QStringList> keys;
    for (const QModelIndex &cell : cells) {
        if (!cell.isValid() || cell.model() != this)
            continue;
        QStringList &row = keys[cell.row()];
        if (const MatrixColumn *shown = column(cell.column()); shown && !row.contains(shown->key))
            row.append(shown->key);
    }
    QVector<const AgentDocument *> documents;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        documents.append(document(it.key()));

    QVector<AgentDocument *> touched;
    int i = 0;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it, ++i) {
        if (action != Action::MakeExplicit && it->isEmpty())
            continue;
        if (!documents.at(i)) {
            if (refusals)
                refusals->append(tr("%1: %2").arg(agentName(it.key()), tr("The file could not be read.")));
            continue;
        }
        const int row = m_library->indexOf(documents.at(i));
        if (row < 0)
            continue;
        const QStringList &columns = *it;
        const GrantPatch result = edit(row, [action, &columns](const GrantPatcher &edit) {
            switch (action) {
            case Action::Grant:
                return edit.grant(columns);
            case Action::Revoke:
                return edit.revoke(columns);
            case Action::Ask:
                return edit.ask(columns);
            case Action::MakeExplicit:
                break;
            }
            return edit.makeExplicit();
        });
        if (result.isChanged())
            touched.append(document(row));
        else if (result.status == GrantPatch::Status::Refused && refusals)
            refusals->append(tr("%1: %2").arg(agentName(row), result.message));
    }
    return touched;
}

} // namespace Agentry
