// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"
#include "text/byteedit.h"
#include "validation/libraryfixguard.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace Agentry {

class AgentDocument;
class AgentLibrary;
class LibraryChecker;
class LibraryHistory;
struct Fix;

// The library-wide operations the window offers, without any widget: Fix All, quick fixes,
// new, duplicate, rename and trash, agents copied in, and agents shown read-only from an
// opened bundle. The window asks, shows the answer and does the asking of the user (previews,
// questions). The user's files are written through AgentFiles or the documents (atomically);
// every edit is an undo step. GUI thread only; none of the pointers is owned.
class LibraryOperations
{
    Q_DECLARE_TR_FUNCTIONS(LibraryOperations)

public:
    LibraryOperations(AgentLibrary *library, LibraryChecker *checker, LibraryHistory *history);
    ~LibraryOperations();

    // What Fix All would change: one minimal edit per agent and their diff.
    struct FixAllPlan
    {
        struct Change
        {
            QPointer<AgentDocument> document;
            ByteEdit edit;
        };
        QString code;
        QVector<Change> changes;
        QString diff;     // unified, every changed agent, paths relative to the library's folder
        int readOnly = 0; // agents with the problem that must not change
        QStringList leftOut; // why the fixes of some agents are left out: they would make the library worse
    };
    // The safe fix of every `code` problem in the library, after checking what was edited;
    // a fix that would make the library worse (LibraryFixGuard) is left out.
    // `progress(done, total)` returns false to cancel (then nothing is returned).
    std::optional<FixAllPlan> planFixAll(const QString &code, const std::function<bool(int, int)> &progress = {});
    // Applies a plan as one undo step per agent and one across the library; returns how many
    // agents changed.
    int applyFixAll(const FixAllPlan &plan);

    // The bytes `fix` makes of `document`, or nothing when the fix was found in other text
    // than the document holds now, or the document must not change.
    std::optional<QByteArray> fixed(const AgentDocument *document, const QByteArray &foundIn, const Fix &fix) const;
    // Why making `document` hold `after` would make the library worse (LibraryFixGuard), or empty.
    QString worsening(const AgentDocument *document, const QByteArray &after) const;
    // Applies `fix` as one undo step and checks the agent again at once.
    void applyFix(AgentDocument *document, const Fix &fix);

    // An operation that writes a file: the new item's index, or why it failed.
    struct Created
    {
        int index = -1;
        QString error;
    };
    // A new agent from the built-in template in `folder`, its file named after `name`.
    Created createAgent(const QString &folder, const QString &name, const QString &description, AgentScope scope);
    // A copy of `document` beside it, named "<name>-copy", in the original's scope.
    Created duplicate(const AgentDocument *document);
    // Where renaming the agent to `name` would move its file: empty when the file already
    // has that name or another file has it.
    static QString renamedPath(const AgentDocument *document, const QString &name);
    // Moves `document`'s file to `newPath`; returns an error message or empty.
    static QString moveFile(AgentDocument *document, const QString &newPath);
    // Moves `document`'s file to the trash and forgets it; returns an error message or empty.
    QString trash(AgentDocument *document);
    // Reads `document`'s file again (undoably); returns an error message or empty.
    static QString revert(AgentDocument *document);

    // Adds copies just written into the open folder to the library; returns how many joined.
    int addCopies(const QStringList &paths);

    // One plugin of an opened bundle: its name and its agent files.
    struct BundlePlugin
    {
        QString name;
        QStringList agentFiles;
    };
    struct Shown
    {
        int agents = 0;
        QString error;
    };
    // Shows a bundle's agents in the library as read-only plugin agents, copied out to a
    // temporary folder (a zip's extraction goes with its dialog), replacing the bundle shown
    // before; no plugins only removes it.
    Shown showBundle(const QVector<BundlePlugin> &plugins);
    // Forgets the bundle shown (when another folder opens): its copies were never the user's.
    void forgetBundle();

private:
    // The library as last checked, for judging fixes: file i is library item i.
    LibraryFixGuard guard() const;
    // What the guard needs of `bytes` as `document`'s text.
    LibraryFixGuard::File guardFile(const AgentDocument *document, const QByteArray &bytes, AgentScope scope) const;

    int add(const QString &path, const QByteArray &bytes, AgentScope scope, const QString &pluginName = {});

    AgentLibrary *m_library;
    LibraryChecker *m_checker;
    LibraryHistory *m_history;
    std::unique_ptr<QTemporaryDir> m_bundleDir; // the copies of the bundle shown
};

} // namespace Agentry
