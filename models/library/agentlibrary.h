// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "library/agentfolderscanner.h"
#include "text/agenttext.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace Agentry {

class AgentDocument;

// One file of the library: its document, or why it could not be opened.
struct LibraryItem
{
    FoundAgentFile file;
    AgentDocument *document = nullptr; // owned by the library; null when `problem` is set
    QString problem;                   // unreadable, binary, …
    QDateTime modified;                // the file's time when it was read
};

// Every agent file of an opened folder (and, on request, of the user's ~/.claude/agents),
// read and parsed off the GUI thread in batches, so the first rows show at once and the
// window stays responsive. Owns the documents.
class AgentLibrary : public QObject
{
    Q_OBJECT

public:
    explicit AgentLibrary(QObject *parent = nullptr);
    ~AgentLibrary() override;

    // Forgets the current folder and starts loading `folder`; with `userHome`, also the
    // agents under `<userHome>/.claude/agents`. itemsAdded() reports each batch.
    void open(const QString &folder, const QString &userHome = {});
    const QString &folder() const { return m_folder; }
    bool isLoading() const { return m_loading; }

    int count() const { return int(m_items.size()); }
    const LibraryItem &item(int index) const { return m_items.at(index); }
    // -1 when `document` is none of the items'. Constant time: the checker asks for thousands.
    int indexOf(const AgentDocument *document) const;
    int indexOfPath(const QString &path) const;
    // True when a higher-precedence scope (project over user) has an agent of the same name.
    bool isShadowed(int index) const;

    // Adds a file written by the app (a new or duplicated agent); returns its index.
    int add(const FoundAgentFile &file, const AgentText &text);
    // Forgets an item (its file was deleted or moved away).
    void remove(int index);

signals:
    void aboutToReset();
    void reset();
    void itemsAdded(int first, int count);
    void itemAboutToBeRemoved(int index);
    void itemRemoved(int index);
    void itemChanged(int index); // its text, modified state or path changed
    void loadingProgress(int done, int total);
    void loadingFinished();

private:
    struct Loaded
    {
        FoundAgentFile file;
        std::optional<AgentText> text;
        QString problem;
        QDateTime modified;
        bool writable = true;
    };
    // Runs on a worker thread: touches nothing but its argument.
    static Loaded load(const FoundAgentFile &file);
    void startReading();
    void takeResults(int begin, int end);
    void flushResults();
    void finishReading();
    int append(const Loaded &loaded);
    void watch(AgentDocument *document);
    void updateShadowed() const;

    QString m_folder;
    QString m_userHome;
    QVector<LibraryItem> m_items;
    QHash<const AgentDocument *, int> m_indexOf; // each item's document and its index
    std::vector<std::unique_ptr<AgentDocument>> m_documents;
    bool m_loading = false;
    bool m_readingDone = false; // every file is read; loading ends once all are added
    int m_total = 0;
    QFutureWatcher<QVector<FoundAgentFile>> m_scanWatcher;
    QFutureWatcher<Loaded> m_readWatcher;
    // Reading has threads of its own: Qt paints with the global pool, and a window whose
    // painting waits behind file parsing stalls.
    QThreadPool m_pool;
    QVector<int> m_pendingResults; // read but not yet added: added in batches, so views sort and paint less often
    QTimer m_flushTimer;
    mutable QSet<int> m_shadowed;       // indices of shadowed items
    mutable bool m_shadowedStale = true; // names changed since m_shadowed was computed
};

} // namespace Agentry
