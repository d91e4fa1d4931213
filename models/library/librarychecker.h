// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/folderruntimes.h"
#include "validation/agentvalidator.h"
#include "validation/crossagentvalidator.h"
#include "validation/diagnostic.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace Agentry {

class AgentDocument;
class AgentLibrary;

// How many findings of each severity.
struct DiagnosticCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;

    int total() const { return errors + warnings + infos; }
    void add(Severity severity);
    DiagnosticCounts &operator+=(const DiagnosticCounts &other);
    DiagnosticCounts &operator-=(const DiagnosticCounts &other);
    bool operator==(const DiagnosticCounts &other) const = default;
};

// What checking one agent found, and the bytes it was found in: fixes apply to those bytes only.
struct CheckedAgent
{
    QString path;
    AgentScope scope = AgentScope::Folder;
    AgentText text;
    AgentReading reading;
    QVector<Diagnostic> diagnostics; // its own and the cross-agent ones, by position
    CrossAgentEntry entry;           // what the cross-agent rules compare
    DiagnosticCounts counts;
    bool fixes = false; // the diagnostics carry their fixes (working them out costs more than finding them)
    quint64 revision = 0; // changes whenever the findings do, across all agents: views compare it to skip work
    // The verdict of its own reading, when another file of its name displaces it: `reading`
    // then says it does not load, as the runtime would.
    std::optional<ScopeVerdict> ownVerdict;
    QVector<AgentReading> alsoReadBy; // the other runtimes that read its folder too (AgentValidator::alsoReadBy)
};

// Keeps every agent of a library checked: agents are checked as they load on a worker thread
// (with a low-priority helper once loading is done), without fixes, which are worked out when
// asked for; an edited agent again once typing pauses (on the GUI thread, with fixes:
// a few milliseconds); and the cross-agent rules on the worker after either. Until those
// rerun, an edited agent keeps its last cross-agent findings.
class LibraryChecker : public QObject
{
    Q_OBJECT

public:
    // `library` is not owned and must outlive this object.
    explicit LibraryChecker(AgentLibrary *library, QObject *parent = nullptr);
    ~LibraryChecker() override;

    // What item `index` was last checked to hold; null until it is first checked (or when it
    // could not be read at all).
    const CheckedAgent *check(int index) const;
    const CheckedAgent *check(const AgentDocument *document) const;
    // The runtime's reading of `document` as it is now; null while an edit awaits its check.
    const AgentReading *currentReading(const AgentDocument *document) const;
    // The name `document` is shown by (displayName()), with the current reading when there is one.
    QString nameOf(const AgentDocument *document) const;
    // The same, with the fixes worked out: agents checked in the background come without
    // them. The findings stay as they are, so checked() is not emitted. Null when the agent
    // is not checked yet.
    const CheckedAgent *checkWithFixes(const AgentDocument *document);
    // The findings of item `index`'s own check, without the cross-agent ones.
    QVector<Diagnostic> ownDiagnostics(int index) const;
    DiagnosticCounts totals() const { return m_totals; }
    // True while agents wait to be checked.
    bool isBusy() const;

    // How long typing must pause before an edited agent is checked again.
    void setDelay(int milliseconds) { m_editTimer.setInterval(milliseconds); }
    // Checks the edited agents and reruns the cross-agent rules now, rather than after the
    // pause: before fixes are offered.
    void flush();

    const AgentValidator &validator() const { return m_validator; }

    // Reads the files under `folder` as `runtime` from now on (nothing: as their folder and
    // frontmatter say), and checks them again.
    void setFolderRuntime(const QString &folder, std::optional<Runtime> runtime);
    const FolderRuntimes &folderRuntimes() const { return m_folderRuntimes; }

signals:
    // The findings of these library items changed.
    void checked(const QVector<int> &indices);
    // With their findings, these items' runtimes read another name than before (writtenName()):
    // emitted before checked().
    void renamed(const QVector<int> &indices);
    // Items were removed or the library was reset: every index may have moved.
    void reset();
    void totalsChanged();
    // A folder's runtime was chosen or forgotten: its agents may belong to another runtime.
    void folderRuntimesChanged();

private:
    struct Job
    {
        const AgentDocument *document; // a key only: never touched on a worker thread
        QString path;
        AgentText text;
        AgentScope scope;
    };
    // What a worker did: checked some agents, or ran the cross-agent rules over a snapshot.
    struct Batch
    {
        std::shared_ptr<std::atomic_bool> cancelled; // set when the library was reset meanwhile
        QVector<const AgentDocument *> documents;
        QVector<CheckedAgent> checks;                  // agent batches: what each document was found to hold
        QVector<QVector<Diagnostic>> cross;          // library batches: each document's cross-agent findings
        QVector<QString> displaced;                  // library batches: why another file displaces each, or empty
        QVector<QByteArray> bytes;                   // library batches: the text each was found in
        int generation = 0;                          // library batches: m_libraryGeneration when started
    };
    static CheckedAgent run(const AgentValidator &validator, const QString &path, const AgentText &text, AgentScope scope,
                            RuleContext::Fixes fixes, const TakenNames &takenNames = {});

    // How many agents of `entry`'s folder load under each name: a fix that names the agent picks
    // a name none of the others has.
    QHash<QString, int> namesBeside(const CrossAgentEntry &entry) const;
    void queue(int first, int count);
    void startJobs();
    void takeJobs();
    void removing(int index);
    void edited(int index);
    void checkEdited();
    void checkEditedNow(QSet<int> &changed);
    // The cross-agent rules need every agent, so they run on a worker after agents were checked.
    void scheduleLibraryCheck();
    void checkLibraryNow(QSet<int> &changed);
    void applySome();
    // Stores the agent checks `first` to `end` of `batch`; an agent edited meanwhile waits for its next check.
    void applyChecks(const Batch &batch, int first, int end, QSet<int> &changed);
    // The cross-agent findings of `entries`, and which of them other files displace.
    static void compareAgents(const CrossAgentValidator &validator, const QVector<CrossAgentEntry> &entries, Batch &batch);
    void applyCross(const Batch &batch, int first, int end, QSet<int> &changed);
    void store(int index, CheckedAgent check, QSet<int> &changed);
    void combine(const AgentDocument *document);
    void finish(const QSet<int> &changed);
    void clear();

    AgentLibrary *m_library;
    FolderRuntimes m_folderRuntimes;
    AgentValidator m_validator;
    CrossAgentValidator m_libraryValidator;
    // By document; each keeps its own findings apart from the cross-agent ones.
    QHash<const AgentDocument *, CheckedAgent> m_checks;
    QHash<const AgentDocument *, QVector<Diagnostic>> m_own;
    QHash<const AgentDocument *, QVector<Diagnostic>> m_cross;
    QHash<const AgentDocument *, QString> m_displaced; // why another file of its name displaces it
    QVector<Job> m_pending; // waiting for the worker thread
    QFutureWatcher<Batch> m_watcher;
    bool m_running = false;        // from starting a batch until its results are taken
    struct Unapplied
    {
        Batch batch;
        int done = 0; // how many of its documents are applied
    };
    QVector<Unapplied> m_unapplied; // taken from the worker, applied a slice at a time
    bool m_libraryStale = false;   // agents changed since the cross-agent rules last ran
    int m_libraryGeneration = 0;   // bumped when the cross-agent rules run on the GUI thread
    std::shared_ptr<std::atomic_bool> m_cancel; // tells the running jobs to stop early
    QThreadPool m_pool;       // the checking thread
    QThreadPool m_helperPool; // a helper once loading is done, at low priority
    QSet<const AgentDocument *> m_edited; // waiting for typing to pause
    QSet<int> m_renamed;                  // stored since finish() last told
    QTimer m_editTimer;
    DiagnosticCounts m_counted; // the sum of every check's counts, kept as each is stored
    DiagnosticCounts m_totals;  // as totalsChanged() last told them
    quint64 m_revision = 0;
};

} // namespace Agentry
