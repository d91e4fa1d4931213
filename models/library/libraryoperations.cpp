// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/libraryoperations.h"

#include "document/agentdocument.h"
#include "document/agentfiles.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "library/libraryhistory.h"
#include "runtime/dataresource.h"
#include "text/frontmatterpatcher.h"
#include "text/unifieddiff.h"
#include "validation/safefixer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Agentry {

LibraryOperations::LibraryOperations(AgentLibrary *library, LibraryChecker *checker, LibraryHistory *history)
    : m_library(library)
    , m_checker(checker)
    , m_history(history)
{
}

LibraryOperations::~LibraryOperations() = default;

std::optional<LibraryOperations::FixAllPlan> LibraryOperations::planFixAll(const QString &code,
                                                                           const std::function<bool(int, int)> &progress)
{
    m_checker->flush();
    FixAllPlan plan;
    plan.code = code;
    LibraryFixGuard judge = guard();
    QVector<QByteArray> fixedBytes(m_library->count());
    const int count = m_library->count();
    for (int i = 0; i < count; ++i) {
        if (progress && !progress(i, count))
            return std::nullopt;
        const CheckedAgent *check = m_checker->check(i);
        AgentDocument *document = m_library->item(i).document;
        if (!check || !document
            || std::none_of(check->diagnostics.cbegin(), check->diagnostics.cend(), [&code](const Diagnostic &d) { return d.code == code; }))
            continue;
        if (document->isReadOnly()) {
            ++plan.readOnly;
            continue;
        }
        const QByteArray &before = document->text().bytes;
        const QByteArray after = SafeFixer::apply(before, document->path(), check->scope, SafeFixer::Options{{code}, judge.takenNames(i), false},
                                                  m_checker->validator());
        if (after == before)
            continue;
        judge.propose(i, guardFile(document, after, check->scope));
        fixedBytes[i] = after;
    }
    const QHash<int, QString> withdrawn = judge.settle();
    for (int i = 0; i < count; ++i) {
        if (withdrawn.contains(i))
            plan.leftOut.append(tr("%1: %2").arg(QDir(m_library->folder()).relativeFilePath(m_library->item(i).file.path), withdrawn.value(i)));
        if (!judge.isTaken(i))
            continue;
        AgentDocument *document = m_library->item(i).document;
        const QByteArray &before = document->text().bytes;
        plan.changes.append({document, ByteEdit::between(before, fixedBytes.at(i))});
        const QString file = QDir(m_library->folder()).relativeFilePath(document->path());
        plan.diff += UnifiedDiff::make(before, fixedBytes.at(i), file, file);
    }
    return plan;
}

int LibraryOperations::applyFixAll(const FixAllPlan &plan)
{
    QVector<AgentDocument *> changed;
    for (const FixAllPlan::Change &change : plan.changes) {
        if (change.document) {
            change.document->edit({change.edit}, tr("Fix all %1 problems").arg(plan.code));
            changed.append(change.document);
        }
    }
    m_history->record(tr("Fix All %1").arg(plan.code), changed);
    m_checker->flush();
    return int(changed.size());
}

std::optional<QByteArray> LibraryOperations::fixed(const AgentDocument *document, const QByteArray &foundIn, const Fix &fix) const
{
    // A fix is an edit of the text it was found in, and of no other.
    if (!document || document->isReadOnly() || document->text().bytes != foundIn || fix.edit.start < 0
        || fix.edit.start + fix.edit.length > foundIn.size())
        return std::nullopt;
    return fix.edit.appliedTo(foundIn);
}

QString LibraryOperations::worsening(const AgentDocument *document, const QByteArray &after) const
{
    const int index = m_library->indexOf(document);
    const CheckedAgent *check = index < 0 ? nullptr : m_checker->check(index);
    if (!check)
        return {};
    LibraryFixGuard judge = guard();
    judge.propose(index, guardFile(document, after, check->scope));
    return judge.settle().value(index);
}

LibraryFixGuard LibraryOperations::guard() const
{
    QVector<LibraryFixGuard::File> files(m_library->count());
    for (int i = 0; i < files.size(); ++i) {
        if (const CheckedAgent *check = m_checker->check(i)) {
            files[i] = LibraryFixGuard::File::of({check->reading, m_checker->ownDiagnostics(i), check->entry}, check->scope);
            if (check->ownVerdict)
                files[i].loads = check->ownVerdict->loads; // the guard itself works out who displaces whom
        }
    }
    return LibraryFixGuard(std::move(files));
}

LibraryFixGuard::File LibraryOperations::guardFile(const AgentDocument *document, const QByteArray &bytes, AgentScope scope) const
{
    const AgentFindings findings = m_checker->validator().validate(document->path(), AgentText::fromBytes(bytes), scope, RuleContext::Fixes::Skip);
    return LibraryFixGuard::File::of(findings, scope);
}

void LibraryOperations::applyFix(AgentDocument *document, const Fix &fix)
{
    document->edit({fix.edit}, fix.title);
    m_checker->flush();
}

int LibraryOperations::add(const QString &path, const QByteArray &bytes, AgentScope scope, const QString &pluginName)
{
    return m_library->add(FoundAgentFile{path, scope, pluginName}, AgentText::fromBytes(bytes));
}

LibraryOperations::Created LibraryOperations::createAgent(const QString &folder, const QString &name, const QString &description,
                                                          AgentScope scope)
{
    loadDataResource();
    QFile templ(QStringLiteral(":/agentry/templates/agent.md"));
    if (!templ.open(QIODevice::ReadOnly))
        return {-1, tr("The agent template cannot be read: %1").arg(templ.errorString())};
    const QString path = AgentFiles::freePath(folder, AgentFiles::slug(name));
    const QByteArray bytes = AgentFiles::fromTemplate(templ.readAll(), name, description);
    if (const QString error = AgentFiles::create(path, bytes); !error.isEmpty())
        return {-1, error};
    return {add(path, bytes, scope), {}};
}

LibraryOperations::Created LibraryOperations::duplicate(const AgentDocument *document)
{
    const QString name = m_checker->nameOf(document) + QStringLiteral("-copy");
    QByteArray bytes = document->text().bytes;
    const FieldPatch renamed = FrontmatterPatcher(document->text()).setValue(QStringLiteral("name"), name);
    if (renamed.status == FieldPatch::Status::Changed)
        bytes = renamed.edit.appliedTo(bytes);
    const FoundAgentFile original = m_library->item(m_library->indexOf(document)).file;
    const QString path = AgentFiles::freePath(QFileInfo(document->path()).absolutePath(), AgentFiles::slug(name));
    if (const QString error = AgentFiles::create(path, bytes); !error.isEmpty())
        return {-1, error};
    return {add(path, bytes, original.scope, original.pluginName), {}};
}

QString LibraryOperations::renamedPath(const AgentDocument *document, const QString &name)
{
    const QString path = QFileInfo(document->path()).absoluteDir().filePath(AgentFiles::slug(name) + QStringLiteral(".md"));
    return path == document->path() || QFileInfo::exists(path) ? QString() : path;
}

QString LibraryOperations::moveFile(AgentDocument *document, const QString &newPath)
{
    const QString error = AgentFiles::rename(document->path(), newPath);
    if (error.isEmpty())
        document->setPath(newPath);
    return error;
}

QString LibraryOperations::trash(AgentDocument *document)
{
    const QString error = AgentFiles::moveToTrash(document->path());
    if (error.isEmpty())
        m_library->remove(m_library->indexOf(document));
    return error;
}

QString LibraryOperations::revert(AgentDocument *document)
{
    QString error;
    const std::optional<QByteArray> bytes = AgentDocument::readBytes(document->path(), &error);
    if (bytes)
        document->reload(*bytes);
    return error;
}

int LibraryOperations::addCopies(const QStringList &paths)
{
    // Copies into the open folder join the library at once; others show when their folder opens.
    if (m_library->folder().isEmpty())
        return 0;
    const QString root = QDir(m_library->folder()).absolutePath() + u'/';
    int added = 0;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!absolute.startsWith(root) || m_library->indexOfPath(absolute) >= 0)
            continue;
        QString error;
        if (const std::optional<QByteArray> bytes = AgentDocument::readBytes(absolute, &error)) {
            add(absolute, *bytes, AgentScope::Project);
            ++added;
        }
    }
    return added;
}

LibraryOperations::Shown LibraryOperations::showBundle(const QVector<BundlePlugin> &plugins)
{
    forgetBundle();
    if (plugins.isEmpty())
        return {0, {}};
    m_bundleDir = std::make_unique<QTemporaryDir>();
    if (!m_bundleDir->isValid()) {
        const QString error = tr("Cannot show the bundle's agents: %1").arg(m_bundleDir->errorString());
        m_bundleDir.reset();
        return {0, error};
    }
    int shown = 0;
    for (const BundlePlugin &plugin : plugins) {
        const QString folder = m_bundleDir->filePath(plugin.name + QStringLiteral("/agents"));
        QDir().mkpath(folder);
        for (const QString &file : plugin.agentFiles) {
            QString error;
            const std::optional<QByteArray> bytes = AgentDocument::readBytes(file, &error);
            const QString copy = folder + u'/' + QFileInfo(file).fileName();
            if (!bytes || !QFile::copy(file, copy))
                continue;
            if (AgentDocument *document = m_library->item(add(copy, *bytes, AgentScope::Plugin, plugin.name)).document)
                document->setReadOnlyReason(tr("This agent belongs to an imported bundle; use File ▸ Import Bundle… and "
                                               "Add to Project to keep it."));
            ++shown;
        }
    }
    return {shown, {}};
}

void LibraryOperations::forgetBundle()
{
    if (!m_bundleDir)
        return;
    const QString prefix = m_bundleDir->path() + u'/';
    for (int i = m_library->count() - 1; i >= 0; --i) {
        if (m_library->item(i).file.path.startsWith(prefix))
            m_library->remove(i);
    }
    m_bundleDir.reset();
}

} // namespace Agentry
