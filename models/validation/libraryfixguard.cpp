// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/libraryfixguard.h"

#include "validation/nameclashes.h"

namespace Agentry {

namespace {

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// Each error code's findings among `diagnostics`.
void addErrors(const QVector<Diagnostic> &diagnostics, QMap<QString, QVector<Diagnostic>> &into)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            into[d.code].append(d);
    }
}

// The first finding of `after` whose code has more findings than in `before`.
const Diagnostic *newError(const QMap<QString, QVector<Diagnostic>> &before, const QMap<QString, QVector<Diagnostic>> &after)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it->size() > before.value(it.key()).size())
            return &it->first();
    }
    return nullptr;
}

} // namespace

LibraryFixGuard::File LibraryFixGuard::File::of(const AgentFindings &findings, AgentScope scope)
{
    File file{findings.entry, findings.reading.verdictIn(scope).loads, {}};
    for (const Diagnostic &d : findings.diagnostics) {
        if (d.severity == Severity::Error)
            file.errors.append(d);
    }
    return file;
}

LibraryFixGuard::LibraryFixGuard(QVector<File> library)
    : m_library(std::move(library))
{
    m_before = outcome(m_library);
    for (const File &file : std::as_const(m_library)) {
        if (!file.entry.loadedName.isEmpty())
            ++m_names[NameClashes::folderKey(file.entry)][file.entry.loadedName];
    }
}

void LibraryFixGuard::propose(int index, File fixed)
{
    m_proposals.insert(index, std::move(fixed));
}

TakenNames LibraryFixGuard::takenNames(int index) const
{
    const CrossAgentEntry &entry = m_library.at(index).entry;
    const auto folder = m_names.constFind(NameClashes::folderKey(entry));
    return folder == m_names.cend() ? TakenNames() : TakenNames(&*folder, entry.loadedName);
}

QHash<int, QString> LibraryFixGuard::settle()
{
    QHash<int, QString> withdrawn;
    while (!m_proposals.isEmpty()) {
        const QVector<File> now = withProposals();
        const Outcome result = outcome(now);
        QHash<int, QString> out;
        for (int i = 0; i < now.size(); ++i) {
            const QString why = worse(i, result);
            if (why.isEmpty())
                continue;
            QVector<int> found = culprits(i, now);
            if (found.isEmpty())
                found = QVector<int>(m_proposals.keyBegin(), m_proposals.keyEnd()); // nothing to blame: take none
            for (const int culprit : std::as_const(found)) {
                if (!out.contains(culprit))
                    out.insert(culprit, why);
            }
        }
        if (out.isEmpty())
            break;
        for (auto it = out.cbegin(); it != out.cend(); ++it) {
            m_proposals.remove(it.key());
            withdrawn.insert(it.key(), it.value());
        }
    }
    return withdrawn;
}

LibraryFixGuard::Outcome LibraryFixGuard::outcome(const QVector<File> &files) const
{
    QVector<CrossAgentEntry> entries;
    entries.reserve(files.size());
    for (const File &file : files)
        entries.append(file.entry);
    const CrossAgentFindings across = m_rules.validate(entries);
    Outcome result{QVector<bool>(files.size()), QVector<QMap<QString, QVector<Diagnostic>>>(files.size())};
    for (int i = 0; i < files.size(); ++i) {
        result.loads[i] = files.at(i).loads && across.clashes.keptInsteadOf(i) < 0;
        addErrors(files.at(i).errors, result.errors[i]);
        addErrors(across.perEntry.at(i), result.errors[i]);
    }
    return result;
}

QVector<LibraryFixGuard::File> LibraryFixGuard::withProposals() const
{
    QVector<File> files = m_library;
    for (auto it = m_proposals.cbegin(); it != m_proposals.cend(); ++it)
        files[it.key()] = it.value();
    return files;
}

QString LibraryFixGuard::worse(int index, const Outcome &now) const
{
    const QString name = fileName(m_library.at(index).entry.path);
    if (const Diagnostic *error = newError(m_before.errors.at(index), now.errors.at(index)))
        return tr("%1 would get a new error: %2").arg(name, error->message);
    if (m_before.loads.at(index) && !now.loads.at(index))
        return tr("%1 would no longer load.").arg(name);
    return {};
}

QVector<int> LibraryFixGuard::culprits(int index, const QVector<File> &now) const
{
    const File &before = m_library.at(index);
    if (const auto own = m_proposals.constFind(index); own != m_proposals.cend()) {
        QMap<QString, QVector<Diagnostic>> beforeErrors;
        QMap<QString, QVector<Diagnostic>> afterErrors;
        addErrors(before.errors, beforeErrors);
        addErrors(own->errors, afterErrors);
        if ((before.loads && !own->loads) || newError(beforeErrors, afterErrors))
            return {index};
    }
    // Agents meet by name: blame the fixes that gave an agent of this folder one of its names.
    const QString folder = NameClashes::folderKey(before.entry);
    const QString &nameBefore = before.entry.loadedName;
    const QString &nameNow = now.at(index).entry.loadedName;
    QVector<int> found;
    QVector<int> sameFolder;
    for (auto it = m_proposals.cbegin(); it != m_proposals.cend(); ++it) {
        const CrossAgentEntry &fixed = it->entry;
        if (NameClashes::folderKey(fixed) != folder)
            continue;
        sameFolder.append(it.key());
        const bool renamed = fixed.loadedName != m_library.at(it.key()).entry.loadedName;
        if (renamed && !fixed.loadedName.isEmpty() && (fixed.loadedName == nameBefore || fixed.loadedName == nameNow))
            found.append(it.key());
    }
    // Two fixes that pick one name: the agent that would be dropped gives its fix up, the kept one keeps it.
    if (found.contains(index))
        return {index};
    return found.isEmpty() ? sameFolder : found;
}

} // namespace Agentry
