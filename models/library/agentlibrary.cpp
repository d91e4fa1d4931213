// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/agentlibrary.h"

#include "document/agentdocument.h"
#include "runtime/displayname.h"
#include "text/agenttext.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace Agentry {

namespace {

constexpr int kGatherInterval = 100; // ms that read files gather before they are added
constexpr int kFlushSlice = 500;     // files added at most in one turn of the event loop

} // namespace

AgentLibrary::AgentLibrary(QObject *parent)
    : QObject(parent)
{
    connect(&m_scanWatcher, &QFutureWatcherBase::finished, this, &AgentLibrary::startReading);
    connect(&m_readWatcher, &QFutureWatcherBase::resultsReadyAt, this, &AgentLibrary::takeResults);
    connect(&m_readWatcher, &QFutureWatcherBase::finished, this, &AgentLibrary::finishReading);
    // The first batch shows at once; later ones gather for a moment.
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &AgentLibrary::flushResults);
}

AgentLibrary::~AgentLibrary()
{
    // Files not read yet are not needed any more; those being read touch nothing of ours.
    m_readWatcher.cancel();
    m_readWatcher.waitForFinished();
    m_scanWatcher.waitForFinished();
}

void AgentLibrary::open(const QString &folder, const QString &userHome)
{
    m_readWatcher.cancel();
    m_readWatcher.waitForFinished();
    m_flushTimer.stop();
    m_pendingResults.clear();
    m_readingDone = false;
    emit aboutToReset();
    m_items.clear();
    m_indexOf.clear();
    m_documents.clear();
    m_shadowedStale = true;
    m_folder = QDir(folder).absolutePath();
    m_userHome = userHome;
    emit reset();
    m_loading = true;
    const QString root = m_folder;
    m_scanWatcher.setFuture(QtConcurrent::run(&m_pool, [root, userHome] {
        QVector<FoundAgentFile> files = AgentFolderScanner::scan(root);
        if (!userHome.isEmpty())
            files += AgentFolderScanner::scanUser(userHome);
        return files;
    }));
}

AgentLibrary::Loaded AgentLibrary::load(const FoundAgentFile &file)
{
    const QFileInfo info(file.path);
    Loaded loaded{file, std::nullopt, {}, info.lastModified(), info.isWritable()};
    QString error;
    const std::optional<QByteArray> bytes = AgentDocument::readBytes(file.path, &error);
    if (!bytes)
        loaded.problem = error;
    else if (bytes->contains('\0'))
        loaded.problem = tr("%1 is a binary file, not an agent.").arg(QDir::toNativeSeparators(file.path));
    else
        loaded.text = AgentText::fromBytes(*bytes);
    return loaded;
}

void AgentLibrary::startReading()
{
    const QVector<FoundAgentFile> files = m_scanWatcher.result();
    m_total = int(files.size());
    emit loadingProgress(0, m_total);
    if (files.isEmpty()) {
        finishReading();
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    m_readWatcher.setFuture(QtConcurrent::mapped(&m_pool, files, &AgentLibrary::load));
#else
    m_readWatcher.setFuture(QtConcurrent::mapped(files, &AgentLibrary::load));
#endif
}

void AgentLibrary::takeResults(int begin, int end)
{
    if (m_readWatcher.isCanceled())
        return;
    for (int i = begin; i < end; ++i)
        m_pendingResults.append(i);
    if (count() == 0 && m_pendingResults.size() >= 64)
        flushResults();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(kGatherInterval);
}

void AgentLibrary::flushResults()
{
    m_flushTimer.stop();
    // A slice at a time, each in its own turn of the event loop: the views that follow sort
    // and lay out a few thousand rows at once in a noticeable pause.
    const int slice = int(qMin<qsizetype>(m_pendingResults.size(), kFlushSlice));
    if (slice > 0) {
        const int first = count();
        for (int i = 0; i < slice; ++i)
            append(m_readWatcher.resultAt(m_pendingResults.at(i)));
        m_pendingResults.remove(0, slice);
        emit itemsAdded(first, count() - first);
        emit loadingProgress(count(), m_total);
    }
    if (!m_pendingResults.isEmpty()) {
        m_flushTimer.start(0);
    } else if (m_readingDone && m_loading) {
        m_loading = false;
        emit loadingFinished();
    }
}

void AgentLibrary::finishReading()
{
    if (m_readWatcher.isCanceled() && m_total > 0)
        return;
    m_readingDone = true;
    flushResults();
}

int AgentLibrary::append(const Loaded &loaded)
{
    LibraryItem item{loaded.file, nullptr, loaded.problem, loaded.modified};
    if (loaded.text) {
        m_documents.push_back(std::make_unique<AgentDocument>(loaded.file.path, *loaded.text));
        item.document = m_documents.back().get();
        if (!loaded.writable)
            item.document->setReadOnlyReason(tr("The file is read-only."));
        watch(item.document);
        m_indexOf.insert(item.document, count());
    }
    m_items.append(item);
    m_shadowedStale = true;
    return count() - 1;
}

void AgentLibrary::watch(AgentDocument *document)
{
    const auto changed = [this, document] {
        m_shadowedStale = true;
        const int index = indexOf(document);
        if (index >= 0)
            emit itemChanged(index);
    };
    connect(document, &AgentDocument::changed, this, changed);
    connect(document, &AgentDocument::modifiedChanged, this, changed);
    connect(document, &AgentDocument::pathChanged, this, [this, document, changed](const QString &path) {
        const int index = indexOf(document);
        if (index >= 0)
            m_items[index].file.path = path;
        changed();
    });
}

int AgentLibrary::indexOf(const AgentDocument *document) const
{
    return document ? m_indexOf.value(document, -1) : -1;
}

int AgentLibrary::indexOfPath(const QString &path) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_items.at(i).file.path == path)
            return i;
    }
    return -1;
}

static QString agentName(const LibraryItem &item)
{
    return item.document ? writtenName(nullptr, &item.document->text().frontmatter) : QString();
}

bool AgentLibrary::isShadowed(int index) const
{
    if (m_shadowedStale)
        updateShadowed();
    return m_shadowed.contains(index);
}

void AgentLibrary::updateShadowed() const
{
    QSet<QString> projectNames;
    for (const LibraryItem &item : m_items) {
        if (item.file.scope == AgentScope::Project)
            projectNames.insert(agentName(item));
    }
    projectNames.remove(QString());
    m_shadowed.clear();
    for (int i = 0; i < count(); ++i) {
        if (m_items.at(i).file.scope == AgentScope::User && projectNames.contains(agentName(m_items.at(i))))
            m_shadowed.insert(i);
    }
    m_shadowedStale = false;
}

int AgentLibrary::add(const FoundAgentFile &file, const AgentText &text)
{
    const QFileInfo info(file.path);
    const int index = append(Loaded{file, text, {}, info.lastModified(), info.isWritable()});
    emit itemsAdded(index, 1);
    return index;
}

void AgentLibrary::remove(int index)
{
    emit itemAboutToBeRemoved(index);
    AgentDocument *document = m_items.at(index).document;
    m_items.removeAt(index);
    m_indexOf.remove(document);
    for (int i = index; i < count(); ++i) {
        if (m_items.at(i).document)
            m_indexOf[m_items.at(i).document] = i;
    }
    m_shadowedStale = true;
    m_documents.erase(std::remove_if(m_documents.begin(), m_documents.end(),
                                     [document](const std::unique_ptr<AgentDocument> &d) { return d.get() == document; }),
                      m_documents.end());
    emit itemRemoved(index);
}

} // namespace Agentry
