#include "agentlistmodel.h"

#include "agentdocument.h"
#include "agenttext.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QtConcurrent>

namespace {

// Long descriptions (whole <example> dialogues) would make tooltips cover the screen.
constexpr int kTooltipLimit = 1000;

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return QString();
}

QString stringField(const Frontmatter &frontmatter, const QString &key)
{
    const FrontmatterField *field = frontmatter.field(key);
    return field && field->value.isString() ? field->value.toString() : QString();
}

} // namespace

AgentListModel::AgentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_scanWatcher, &QFutureWatcherBase::finished, this, &AgentListModel::startReading);
    connect(&m_readWatcher, &QFutureWatcherBase::finished, this, &AgentListModel::finishReading);
    connect(&m_readWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int done) {
        if (!m_readWatcher.isCanceled())
            emit loadingProgress(done, m_readWatcher.progressMaximum());
    });
}

AgentListModel::~AgentListModel()
{
    // Files not read yet are not needed any more; the ones being read finish on their own
    // and touch nothing of this object.
    m_readWatcher.cancel();
}

void AgentListModel::loadFolder(const QString &folder)
{
    m_readWatcher.cancel();
    beginResetModel();
    m_entries.clear();
    m_folder = QDir(folder).absolutePath();
    endResetModel();
    m_loading = true;
    const QString root = m_folder;
    m_scanWatcher.setFuture(QtConcurrent::run([root] { return AgentFolderScanner::scan(root); }));
}

void AgentListModel::startReading()
{
    const QVector<FoundAgentFile> files = m_scanWatcher.result();
    emit loadingProgress(0, int(files.size()));
    m_readWatcher.setFuture(QtConcurrent::mapped(files, &AgentListModel::loadEntry));
}

void AgentListModel::finishReading()
{
    // A cancelled read belongs to a folder that was replaced; its successor reports.
    if (m_readWatcher.isCanceled())
        return;
    beginResetModel();
    m_entries = m_readWatcher.future().results();
    endResetModel();
    m_loading = false;
    emit loadingFinished();
}

AgentListModel::Entry AgentListModel::loadEntry(const FoundAgentFile &file)
{
    Entry entry;
    entry.file = file;
    QString error;
    const std::optional<QByteArray> bytes = AgentDocument::readBytes(file.path, &error);
    if (!bytes) {
        entry.problem = error;
        return entry;
    }
    const AgentText text = AgentText::fromBytes(*bytes);
    const Frontmatter &frontmatter = text.frontmatter;
    entry.name = stringField(frontmatter, QStringLiteral("name"));
    // Claude Code turns a literal \n in a description into a line break; so does the list.
    entry.description = stringField(frontmatter, QStringLiteral("description")).replace(QLatin1String("\\n"), QLatin1String("\n"));
    entry.summary = firstLine(entry.description);
    if (!text.block.isPresent())
        entry.problem = tr("The file has no frontmatter.");
    else if (const std::optional<YamlError> &yamlError = frontmatter.error())
        entry.problem = tr("The frontmatter does not parse (line %1): %2").arg(yamlError->line).arg(yamlError->message);
    else if (entry.name.isEmpty())
        entry.problem = tr("The frontmatter has no name.");
    return entry;
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AgentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case PathRole:
        return entry.file.path;
    case ScopeRole:
        return int(entry.file.scope);
    case PluginNameRole:
        return entry.file.pluginName;
    case HasNameRole:
        return !entry.name.isEmpty();
    }
    switch (index.column()) {
    case NameColumn:
        return nameData(entry, role);
    case DescriptionColumn:
        return descriptionData(entry, role);
    case FileColumn:
        return fileData(entry, role);
    }
    return QVariant();
}

QVariant AgentListModel::nameData(const Entry &entry, int role) const
{
    const bool hasName = !entry.name.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return hasName ? entry.name : QFileInfo(entry.file.path).completeBaseName();
    case Qt::ToolTipRole:
        if (!entry.problem.isEmpty())
            return entry.problem;
        if (entry.file.scope == AgentScope::Plugin)
            return tr("Claude Code calls it %1:%2").arg(entry.file.pluginName, entry.name);
        return QVariant();
    // The file's base name stands in for a missing name: set it apart.
    case Qt::FontRole:
        if (!hasName) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        return hasName ? QVariant() : QVariant(QColor(Qt::gray));
    }
    return QVariant();
}

QVariant AgentListModel::descriptionData(const Entry &entry, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return entry.summary;
    case Qt::ToolTipRole:
        if (entry.description.size() > kTooltipLimit)
            return QString(entry.description.left(kTooltipLimit) + QChar(0x2026));
        return entry.description.isEmpty() ? QVariant() : QVariant(entry.description);
    }
    return QVariant();
}

QVariant AgentListModel::fileData(const Entry &entry, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QDir(m_folder).relativeFilePath(entry.file.path);
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(entry.file.path);
    }
    return QVariant();
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case FileColumn:
        return tr("File");
    }
    return QVariant();
}
