#pragma once

#include "agentfolderscanner.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QVector>

// The agents of one folder as a table (name, description, file), read and parsed off the
// GUI thread; the GUI thread only swaps the finished rows in.
class AgentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { NameColumn, DescriptionColumn, FileColumn, ColumnCount };
    enum Roles : int {
        PathRole = Qt::UserRole + 1, // QString: the file's absolute path
        ScopeRole,                   // int: the AgentScope the file was found in
        PluginNameRole,              // QString: the plugin's name, plugin scope only
        HasNameRole,                 // bool: false when the Name column shows the file's base name instead
    };

    explicit AgentListModel(QObject *parent = nullptr);
    ~AgentListModel() override;

    // Empties the table and starts loading the agents of `folder` (see AgentFolderScanner);
    // loadingFinished() follows. A load still running is abandoned and never reports.
    void loadFolder(const QString &folder);
    // The absolute path of the folder last passed to loadFolder(), empty before that.
    const QString &folder() const { return m_folder; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // `done` of `total` files read; the scan that finds them reports nothing.
    void loadingProgress(int done, int total);
    void loadingFinished();

private:
    // What one row shows, taken from one file.
    struct Entry
    {
        FoundAgentFile file;
        QString name;        // the frontmatter's `name` string, empty when there is none
        QString description; // the frontmatter's `description` string, empty when there is none
        QString summary;     // the description's first non-empty line
        QString problem;     // why there is no name, for the tooltip; empty when there is one
    };

    // Runs on a worker thread: touches nothing but its argument.
    static Entry loadEntry(const FoundAgentFile &file);
    void startReading();
    void finishReading();
    QVariant nameData(const Entry &entry, int role) const;
    QVariant descriptionData(const Entry &entry, int role) const;
    QVariant fileData(const Entry &entry, int role) const;

    QString m_folder;
    QList<Entry> m_entries;
    bool m_loading = false;
    QFutureWatcher<QVector<FoundAgentFile>> m_scanWatcher;
    QFutureWatcher<Entry> m_readWatcher;
};
