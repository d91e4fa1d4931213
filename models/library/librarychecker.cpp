// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/librarychecker.h"

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "runtime/displayname.h"
#include "validation/nameclashes.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Agentry {

namespace {

bool sameFindings(const QVector<Diagnostic> &a, const QVector<Diagnostic> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Diagnostic &x, const Diagnostic &y) {
        return x.code == y.code && x.start == y.start && x.end == y.end && x.severity == y.severity && x.message == y.message;
    });
}

// Lowers the calling thread's priority for good: below the window's and other programs'.
void lowerPriority()
{
    thread_local bool lowered = false;
    if (std::exchange(lowered, true))
        return;
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value; QThread's priorities do nothing there.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

QVector<int> sorted(const QSet<int> &indices)
{
    QVector<int> result(indices.cbegin(), indices.cend());
    std::sort(result.begin(), result.end());
    return result;
}

// How long typing must pause before an edited agent is checked again.
constexpr int kEditDelay = 250;
// How long results are taken in one turn of the event loop, before the views follow them,
// and how many are taken between two looks at the clock.
constexpr int kSliceTime = 5;
constexpr int kStep = 25;
// Agents a worker checks before its results are taken: those queued after loading ends are
// checked with a helper.
constexpr int kBatchMost = 1000;

} // namespace

void DiagnosticCounts::add(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        ++errors;
        break;
    case Severity::Warning:
        ++warnings;
        break;
    case Severity::Info:
        ++infos;
        break;
    }
}

DiagnosticCounts &DiagnosticCounts::operator+=(const DiagnosticCounts &other)
{
    errors += other.errors;
    warnings += other.warnings;
    infos += other.infos;
    return *this;
}

DiagnosticCounts &DiagnosticCounts::operator-=(const DiagnosticCounts &other)
{
    errors -= other.errors;
    warnings -= other.warnings;
    infos -= other.infos;
    return *this;
}

LibraryChecker::LibraryChecker(AgentLibrary *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_validator.setFolderRuntimes(&m_folderRuntimes);
    m_pool.setMaxThreadCount(1);
    m_helperPool.setMaxThreadCount(1);
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(kEditDelay);
    connect(&m_editTimer, &QTimer::timeout, this, &LibraryChecker::checkEdited);
    connect(&m_watcher, &QFutureWatcher<Batch>::finished, this, &LibraryChecker::takeJobs);
    connect(library, &AgentLibrary::aboutToReset, this, &LibraryChecker::clear);
    connect(library, &AgentLibrary::reset, this, [this] {
        emit reset();
        emit totalsChanged();
    });
    connect(library, &AgentLibrary::itemsAdded, this, &LibraryChecker::queue);
    connect(library, &AgentLibrary::itemChanged, this, &LibraryChecker::edited);
    connect(library, &AgentLibrary::itemAboutToBeRemoved, this, &LibraryChecker::removing);
    connect(library, &AgentLibrary::itemRemoved, this, [this] {
        scheduleLibraryCheck();
        finish({});
        emit reset();
    });
    queue(0, library->count());
}

LibraryChecker::~LibraryChecker()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

CheckedAgent LibraryChecker::run(const AgentValidator &validator, const QString &path, const AgentText &text, AgentScope scope,
                                  RuleContext::Fixes fixes, const TakenNames &takenNames)
{
    AgentFindings result = validator.validate(path, text, scope, fixes, takenNames);
    CheckedAgent check{path,
                       scope,
                       text,
                       std::move(result.reading),
                       std::move(result.diagnostics),
                       std::move(result.entry),
                       {},
                       fixes == RuleContext::Fixes::Compute,
                       0,
                       {},
                       {}};
    check.alsoReadBy = validator.alsoReadBy(path, text.bytes, check.reading.runtime);
    for (const Diagnostic &d : std::as_const(check.diagnostics))
        check.counts.add(d.severity);
    return check;
}

QVector<Diagnostic> LibraryChecker::ownDiagnostics(int index) const
{
    return m_own.value(m_library->item(index).document);
}

const CheckedAgent *LibraryChecker::check(int index) const
{
    return index >= 0 && index < m_library->count() ? check(m_library->item(index).document) : nullptr;
}

const CheckedAgent *LibraryChecker::check(const AgentDocument *document) const
{
    const auto found = m_checks.constFind(document);
    return found == m_checks.cend() ? nullptr : &found.value();
}

const AgentReading *LibraryChecker::currentReading(const AgentDocument *document) const
{
    const CheckedAgent *found = check(document);
    return found && sameBytes(found->text.bytes, document->text().bytes) ? &found->reading : nullptr;
}

QString LibraryChecker::nameOf(const AgentDocument *document) const
{
    return displayName(currentReading(document), &document->text().frontmatter, document->path());
}

const CheckedAgent *LibraryChecker::checkWithFixes(const AgentDocument *document)
{
    const CheckedAgent *found = check(document);
    if (!found || found->fixes)
        return found;
    const int index = m_library->indexOf(document);
    // The same text, so the same findings in the same order, now with their fixes.
    const QHash<QString, int> names = namesBeside(found->entry);
    CheckedAgent withFixes = run(m_validator, found->path, found->text, found->scope, RuleContext::Fixes::Compute,
                                 TakenNames(&names, found->entry.loadedName));
    // The findings are the same, so nobody is told: views of them need not redo their work.
    QSet<int> unchanged;
    store(index, std::move(withFixes), unchanged);
    return check(document);
}

QHash<QString, int> LibraryChecker::namesBeside(const CrossAgentEntry &entry) const
{
    QHash<QString, int> names;
    const QString folder = NameClashes::folderKey(entry);
    for (const CheckedAgent &other : std::as_const(m_checks)) {
        if (!other.entry.loadedName.isEmpty() && NameClashes::folderKey(other.entry) == folder)
            ++names[other.entry.loadedName];
    }
    return names;
}

bool LibraryChecker::isBusy() const
{
    return m_running || m_libraryStale || !m_unapplied.isEmpty() || !m_pending.isEmpty() || !m_edited.isEmpty();
}

void LibraryChecker::setFolderRuntime(const QString &folder, std::optional<Runtime> runtime)
{
    if (m_folderRuntimes.chosenFor(folder) == runtime)
        return;
    m_folderRuntimes.set(folder, runtime);
    const QString prefix = folder.endsWith(u'/') ? folder : folder + u'/';
    for (int i = 0; i < m_library->count(); ++i) {
        const LibraryItem &item = m_library->item(i);
        if (!item.document || !item.file.path.startsWith(prefix))
            continue;
        item.document->setChosenRuntime(m_folderRuntimes.runtimeFor(item.file.path));
        m_pending.append(Job{item.document, item.document->path(), item.document->text(), item.file.scope});
    }
    emit folderRuntimesChanged();
    scheduleLibraryCheck();
}

void LibraryChecker::queue(int first, int count)
{
    for (int i = first; i < first + count; ++i) {
        const LibraryItem &item = m_library->item(i);
        if (!item.document)
            continue;
        if (const std::optional<Runtime> chosen = m_folderRuntimes.runtimeFor(item.file.path))
            item.document->setChosenRuntime(chosen);
        m_pending.append(Job{item.document, item.document->path(), item.document->text(), item.file.scope});
    }
    startJobs();
}

void LibraryChecker::scheduleLibraryCheck()
{
    m_libraryStale = true;
    startJobs();
}

void LibraryChecker::startJobs()
{
    if (m_running)
        return;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    if (!m_pending.isEmpty()) {
        const QVector<Job> jobs = m_pending.mid(0, kBatchMost);
        m_pending.remove(0, jobs.size());
        // While loading, the reading comes first: one thread checks. Once the library is read,
        // a helper takes agents too, at a low priority: it uses a core that the window and
        // other programs leave free, and when there is none the checking thread does it all.
        QThreadPool *helperPool = m_library->isLoading() ? nullptr : &m_helperPool;
        const AgentValidator *validator = &m_validator;
        m_running = true;
        m_watcher.setFuture(QtConcurrent::run(&m_pool, [jobs, helperPool, validator, cancel] {
            QVector<CheckedAgent> checks(jobs.size());
            CheckedAgent *const results = checks.data();
            std::atomic<qsizetype> next{0};
            const auto checkSome = [&] {
                for (qsizetype i = next++; i < jobs.size() && !cancel->load(); i = next++)
                    results[i] = run(*validator, jobs.at(i).path, jobs.at(i).text, jobs.at(i).scope, RuleContext::Fixes::Skip);
            };
            QFuture<void> helper;
            if (helperPool) {
                helper = QtConcurrent::run(helperPool, [&] {
                    // Nothing left (and this may then run on the waiting thread itself).
                    if (next.load() >= jobs.size() || cancel->load())
                        return;
                    lowerPriority();
                    checkSome();
                });
            }
            checkSome();
            helper.waitForFinished();
            Batch batch{cancel, {}, {}, {}, {}, {}, 0};
            if (cancel->load())
                return batch; // the library was reset, and the batch is dropped
            batch.checks = std::move(checks);
            batch.documents.reserve(jobs.size());
            for (const Job &job : jobs)
                batch.documents.append(job.document);
            return batch;
        }));
        return;
    }
    if (!m_libraryStale || !m_unapplied.isEmpty())
        return;
    m_libraryStale = false;
    // A snapshot the worker owns: a copy of the checks shares them until either side changes
    // one, and no results are stored until the worker is done (an edit or a fix asked for
    // meanwhile copies them then).
    QVector<const AgentDocument *> documents;
    documents.reserve(m_library->count());
    for (int i = 0; i < m_library->count(); ++i) {
        const AgentDocument *document = m_library->item(i).document;
        if (m_checks.contains(document))
            documents.append(document);
    }
    const QHash<const AgentDocument *, CheckedAgent> checks = m_checks;
    const CrossAgentValidator *validator = &m_libraryValidator;
    const int generation = m_libraryGeneration;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [documents, checks, validator, cancel, generation] {
        Batch batch{cancel, documents, {}, {}, {}, {}, generation};
        QVector<CrossAgentEntry> entries;
        entries.reserve(documents.size());
        batch.bytes.reserve(documents.size());
        for (const AgentDocument *document : documents) {
            const CheckedAgent &check = *checks.constFind(document);
            entries.append(check.entry);
            batch.bytes.append(check.text.bytes);
        }
        compareAgents(*validator, entries, batch);
        return batch;
    }));
}

void LibraryChecker::takeJobs()
{
    m_running = false;
    Batch batch = m_watcher.result();
    if (!batch.cancelled->load())
        m_unapplied.append(Unapplied{std::move(batch), 0});
    startJobs();
    applySome();
}

void LibraryChecker::applySome()
{
    if (m_unapplied.isEmpty())
        return;
    // A slice at a time, each with its own signals, so that the views that follow keep the
    // window responsive while thousands of agents are checked.
    Batch &batch = m_unapplied.first().batch;
    int &done = m_unapplied.first().done;
    QSet<int> changed;
    QElapsedTimer spent;
    spent.start();
    int end = done;
    do {
        const int first = end;
        end = qMin<int>(end + kStep, int(batch.documents.size()));
        if (!batch.checks.isEmpty())
            applyChecks(batch, first, end, changed);
        else if (batch.generation == m_libraryGeneration)
            applyCross(batch, first, end, changed);
    } while (end < batch.documents.size() && !spent.hasExpired(kSliceTime));
    done = end;
    if (done >= batch.documents.size())
        m_unapplied.removeFirst();
    finish(changed);
    if (m_unapplied.isEmpty())
        startJobs();
    else
        QTimer::singleShot(0, this, &LibraryChecker::applySome);
}

void LibraryChecker::applyChecks(const Batch &batch, int first, int end, QSet<int> &changed)
{
    for (int i = first; i < end; ++i) {
        const AgentDocument *document = batch.documents.at(i);
        const int index = m_library->indexOf(document);
        if (index < 0)
            continue;
        const CheckedAgent &check = batch.checks.at(i);
        // An agent edited while it was being checked is checked again as edited.
        if (!sameBytes(check.text.bytes, document->text().bytes) || check.path != document->path()) {
            m_edited.insert(document);
            m_editTimer.start();
            continue;
        }
        store(index, check, changed);
    }
    m_libraryStale = true;
}

void LibraryChecker::compareAgents(const CrossAgentValidator &validator, const QVector<CrossAgentEntry> &entries, Batch &batch)
{
    CrossAgentFindings found = validator.validate(entries);
    batch.cross = std::move(found.perEntry);
    batch.displaced.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i)
        batch.displaced.append(found.clashes.reason(i));
}

void LibraryChecker::applyCross(const Batch &batch, int first, int end, QSet<int> &changed)
{
    for (int e = first; e < end; ++e) {
        const AgentDocument *document = batch.documents.at(e);
        const int index = m_library->indexOf(document);
        const auto check = m_checks.find(document);
        if (index < 0 || check == m_checks.end())
            continue;
        // Found in other text than the agent's check: the next run will see the new text.
        if (!sameBytes(check->text.bytes, batch.bytes.at(e))) {
            m_libraryStale = true;
            continue;
        }
        if (sameFindings(m_cross.value(document), batch.cross.at(e)) && m_displaced.value(document) == batch.displaced.at(e))
            continue;
        m_cross.insert(document, batch.cross.at(e));
        if (batch.displaced.at(e).isEmpty())
            m_displaced.remove(document);
        else
            m_displaced.insert(document, batch.displaced.at(e));
        combine(document);
        changed.insert(index);
    }
}

void LibraryChecker::checkLibraryNow(QSet<int> &changed)
{
    ++m_libraryGeneration; // a run still on the worker is older than this one
    m_libraryStale = false;
    QVector<CrossAgentEntry> entries;
    Batch batch;
    for (int i = 0; i < m_library->count(); ++i) {
        const AgentDocument *document = m_library->item(i).document;
        const auto found = m_checks.constFind(document);
        if (found == m_checks.cend())
            continue;
        entries.append(found->entry);
        batch.documents.append(document);
        batch.bytes.append(found->text.bytes);
    }
    compareAgents(m_libraryValidator, entries, batch);
    applyCross(batch, 0, int(batch.documents.size()), changed);
}

void LibraryChecker::store(int index, CheckedAgent check, QSet<int> &changed)
{
    const AgentDocument *document = m_library->item(index).document;
    const Frontmatter *frontmatter = &document->text().frontmatter;
    const QString nameBefore = writtenName(currentReading(document), frontmatter);
    m_own.insert(document, check.diagnostics);
    if (const auto before = m_checks.constFind(document); before != m_checks.cend())
        m_counted -= before->counts;
    check.counts = {}; // combine() counts the findings in
    m_checks[document] = std::move(check); // QHash::insert would copy it
    combine(document);
    changed.insert(index);
    if (writtenName(currentReading(document), frontmatter) != nameBefore)
        m_renamed.insert(index);
}

void LibraryChecker::combine(const AgentDocument *document)
{
    CheckedAgent &check = m_checks[document];
    check.diagnostics = m_own.value(document) + m_cross.value(document);
    ScopeVerdict &verdict = check.reading.verdictIn(check.scope);
    if (const QString displaced = m_displaced.value(document); !displaced.isEmpty()) {
        if (!check.ownVerdict)
            check.ownVerdict = verdict;
        NameClashes::displace(verdict, displaced);
    } else if (check.ownVerdict) {
        verdict = *check.ownVerdict;
        check.ownVerdict.reset();
    }
    std::stable_sort(check.diagnostics.begin(), check.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column, a.code) < std::tie(b.line, b.column, b.code);
    });
    m_counted -= check.counts;
    check.counts = {};
    for (const Diagnostic &d : std::as_const(check.diagnostics))
        check.counts.add(d.severity);
    m_counted += check.counts;
    check.revision = ++m_revision;
}

void LibraryChecker::edited(int index)
{
    const AgentDocument *document = m_library->item(index).document;
    if (!document)
        return;
    const CheckedAgent *last = check(document);
    if (last && last->text.bytes == document->text().bytes && last->path == document->path())
        return; // only its saved state changed
    m_edited.insert(document);
    m_editTimer.start();
}

void LibraryChecker::flush()
{
    QSet<int> changed;
    checkEditedNow(changed);
    if (m_libraryStale || !changed.isEmpty())
        checkLibraryNow(changed);
    finish(changed);
}

void LibraryChecker::checkEdited()
{
    QSet<int> changed;
    checkEditedNow(changed);
    finish(changed);
    if (!changed.isEmpty())
        scheduleLibraryCheck();
}

void LibraryChecker::checkEditedNow(QSet<int> &changed)
{
    m_editTimer.stop();
    for (const AgentDocument *document : std::exchange(m_edited, {})) {
        const int index = m_library->indexOf(document);
        if (index < 0)
            continue;
        const CrossAgentEntry before = m_checks.value(document).entry;
        const QHash<QString, int> names = namesBeside(before);
        store(index,
              run(m_validator, document->path(), document->text(), m_library->item(index).file.scope, RuleContext::Fixes::Compute,
                  TakenNames(&names, before.loadedName)),
              changed);
    }
}

void LibraryChecker::finish(const QSet<int> &changed)
{
    const DiagnosticCounts totals = m_counted;
    if (!m_renamed.isEmpty())
        emit renamed(sorted(std::exchange(m_renamed, {})));
    if (!changed.isEmpty())
        emit checked(sorted(changed));
    if (!(totals == m_totals)) {
        m_totals = totals;
        emit totalsChanged();
    }
}

void LibraryChecker::removing(int index)
{
    const AgentDocument *document = m_library->item(index).document;
    if (const auto found = m_checks.constFind(document); found != m_checks.cend())
        m_counted -= found->counts;
    m_checks.remove(document);
    m_own.remove(document);
    m_cross.remove(document);
    m_displaced.remove(document);
    m_edited.remove(document);
    m_renamed.clear(); // the indices move; a reset follows
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(), [document](const Job &job) { return job.document == document; }),
                    m_pending.end());
}

void LibraryChecker::clear()
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_checks.clear();
    m_counted = {};
    m_own.clear();
    m_cross.clear();
    m_displaced.clear();
    m_pending.clear();
    m_edited.clear();
    m_renamed.clear();
    m_unapplied.clear();
    m_editTimer.stop();
    m_libraryStale = false;
    m_totals = {};
}

} // namespace Agentry
