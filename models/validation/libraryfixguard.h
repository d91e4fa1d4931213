// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/agentvalidator.h"
#include "validation/crossagentvalidator.h"
#include "validation/takennames.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

namespace Agentry {

// Decides which fixes a library takes: the fixed files together must leave no agent that
// loaded unloaded and give no agent an error it did not have. Agents meet only through the
// cross-agent rules (a fix that renames one can displace another), so each proposal is judged
// with the whole library.
class LibraryFixGuard
{
    Q_DECLARE_TR_FUNCTIONS(LibraryFixGuard)

public:
    // One file as checking it found it: what the cross-agent rules compare, whether it loads
    // on its own, and its own errors.
    struct File
    {
        CrossAgentEntry entry;
        bool loads = false;
        QVector<Diagnostic> errors;

        static File of(const AgentFindings &findings, AgentScope scope);
    };

    explicit LibraryFixGuard(QVector<File> library);

    // Offers `fixed` for file `index`, replacing an earlier proposal for it.
    void propose(int index, File fixed);
    // Withdraws proposals until the others together make nothing worse. Returns why each
    // withdrawn one was: by file index, in plain words.
    QHash<int, QString> settle();
    bool isTaken(int index) const { return m_proposals.contains(index); }

    // The names the other agents of file `index`'s folder load under, for a fix that names it.
    TakenNames takenNames(int index) const;

private:
    // The library as the runtime would see it with the taken proposals: per file, whether it
    // loads and each error code's findings.
    struct Outcome
    {
        QVector<bool> loads;
        QVector<QMap<QString, QVector<Diagnostic>>> errors;
    };
    Outcome outcome(const QVector<File> &files) const;
    QVector<File> withProposals() const;
    // Why file `index` is worse in `now` than before, or empty.
    QString worse(int index, const Outcome &now) const;
    // The proposals to withdraw for file `index` being worse.
    QVector<int> culprits(int index, const QVector<File> &now) const;

    QVector<File> m_library;
    QHash<int, File> m_proposals;
    CrossAgentValidator m_rules;
    QHash<QString, QHash<QString, int>> m_names; // clash folder and scope → name → agents loading under it
    Outcome m_before;
};

} // namespace Agentry
