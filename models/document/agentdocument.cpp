// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"

#include "document/filewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Agentry {

AgentDocument::AgentDocument(const QString &path, const AgentText &text, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_text(text)
    , m_savedBytes(text.bytes)
    , m_dialect(detectDialect(path, text.frontmatter))
{
    if (!text.facts.validUtf8)
        m_readOnlyReason = tr("The file is not valid UTF-8; it opens read-only so that no byte is lost.");
}

std::optional<QByteArray> AgentDocument::readBytes(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    // Agent files are small and read by the thousand: one open, one fstat and one read each,
    // where QFile stats three times and reads once more to find the end.
    constexpr qint64 kMostBytes = qint64(1) << 30; // far past any agent file; Qt 5's QByteArray holds no more
    const auto failed = [&path, error](int code) -> std::optional<QByteArray> {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, qt_error_string(code));
        return std::nullopt;
    };
    int fd = -1;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return failed(errno);
    const auto closing = qScopeGuard([fd] { ::close(fd); });
    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        return failed(errno);
    if (S_ISDIR(info.st_mode))
        return failed(EISDIR);
    if (info.st_size > kMostBytes)
        return failed(EFBIG);
    // One byte more than the size: a file that fills less is read to its end. A size of 0 may
    // be unknown (procfs), so that file is read until a read returns nothing.
    const bool sized = S_ISREG(info.st_mode) && info.st_size > 0;
    QByteArray bytes(sized ? qsizetype(info.st_size) + 1 : 4096, Qt::Uninitialized);
    qsizetype size = 0;
    for (;;) {
        if (size == bytes.size()) {
            if (size > kMostBytes)
                return failed(EFBIG);
            bytes.resize(qMin(size * 2, qsizetype(kMostBytes) + 1)); // one byte past the bound tells a longer file
        }
        const ssize_t got = ::read(fd, bytes.data() + size, size_t(bytes.size() - size));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return failed(errno);
        size += got;
        if (got == 0 || (sized && size < bytes.size()))
            break;
    }
    bytes.truncate(size);
    return bytes;
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
#endif
}

std::unique_ptr<AgentDocument> AgentDocument::load(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = readBytes(path, error);
    if (!bytes)
        return nullptr;
    return std::make_unique<AgentDocument>(path, AgentText::fromBytes(*bytes));
}

void AgentDocument::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_dialect = m_chosenRuntime ? dialectOf(*m_chosenRuntime) : detectDialect(m_path, m_text.frontmatter);
    emit pathChanged(path);
}

void AgentDocument::setChosenRuntime(std::optional<Runtime> runtime)
{
    if (runtime == m_chosenRuntime)
        return;
    m_chosenRuntime = runtime;
    const Dialect before = m_dialect;
    m_dialect = m_chosenRuntime ? dialectOf(*m_chosenRuntime) : detectDialect(m_path, m_text.frontmatter);
    if (m_dialect != before)
        emit dialectChanged();
}

void AgentDocument::setReadOnlyReason(const QString &reason)
{
    if (reason == m_readOnlyReason)
        return;
    const bool was = isReadOnly();
    m_readOnlyReason = reason;
    if (was != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

ByteEdit AgentDocument::apply(const ByteEdit &edit)
{
    const QByteArray removed = m_text.bytes.mid(edit.start, edit.length);
    m_text = AgentText::fromBytes(edit.appliedTo(m_text.bytes));
    emit edited(edit, removed);
    return ByteEdit{edit.start, edit.text.size(), removed};
}

void AgentDocument::applyAll(const QVector<ByteEdit> &edits)
{
    for (const ByteEdit &edit : edits)
        apply(edit);
}

void AgentDocument::updateModified()
{
    const bool modified = m_text.bytes.constData() != m_savedBytes.constData() && m_text.bytes != m_savedBytes;
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void AgentDocument::finishChange()
{
    m_dialect = m_chosenRuntime ? dialectOf(*m_chosenRuntime) : detectDialect(m_path, m_text.frontmatter);
    emit changed();
    updateModified();
}

void AgentDocument::edit(const QVector<ByteEdit> &edits, const QString &label, EditStep::Merge merge, const QString &mergeKey)
{
    if (edits.isEmpty())
        return;
    EditStep step{label, merge, mergeKey, edits, {}};
    for (const ByteEdit &edit : edits)
        step.inverse.append(apply(edit));
    m_history.push(std::move(step));
    finishChange();
}

FieldPatch AgentDocument::change(const FieldChange &change)
{
    if (isReadOnly())
        return FieldPatch::refused(m_readOnlyReason);
    const FieldPatch result = FrontmatterPatcher(m_text).apply(change);
    if (result.status == FieldPatch::Status::Changed) {
        const QString label = change.kind == FieldChange::Kind::Remove ? tr("Remove %1").arg(change.key) : tr("Set %1").arg(change.key);
        edit({result.edit}, label, EditStep::Merge::SameKey, QStringLiteral("field:") + change.key);
    }
    return result;
}

void AgentDocument::undo()
{
    const QVector<ByteEdit> edits = m_history.undo();
    if (edits.isEmpty())
        return;
    applyAll(edits);
    finishChange();
}

void AgentDocument::redo()
{
    const QVector<ByteEdit> edits = m_history.redo();
    if (edits.isEmpty())
        return;
    applyAll(edits);
    finishChange();
}

QString AgentDocument::save()
{
    if (!m_text.facts.validUtf8)
        return tr("%1 is not valid UTF-8 and is never written by Agentry.").arg(m_path);
    const QString error = FileWriter::replace(m_path, m_savedBytes, m_text.bytes);
    if (!error.isEmpty())
        return error;
    m_savedBytes = m_text.bytes;
    m_history.setClean();
    updateModified();
    return {};
}

void AgentDocument::reload(const QByteArray &bytes)
{
    // The smallest edit that turns the current text into `bytes`, so views keep their place.
    const QByteArray &current = m_text.bytes;
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(current.size(), bytes.size());
    while (prefix < shorter && current.at(prefix) == bytes.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && current.at(current.size() - 1 - suffix) == bytes.at(bytes.size() - 1 - suffix))
        ++suffix;
    m_savedBytes = bytes;
    if (prefix == current.size() && prefix == bytes.size()) {
        m_history.setClean();
        updateModified();
        return;
    }
    edit({ByteEdit{prefix, current.size() - prefix - suffix, bytes.mid(prefix, bytes.size() - prefix - suffix)}}, tr("Reload from disk"));
    m_history.setClean();
    if (!text().facts.validUtf8 && !isReadOnly())
        setReadOnlyReason(tr("The file is not valid UTF-8; it opens read-only so that no byte is lost."));
}

void AgentDocument::setDiskBytes(const QByteArray &bytes)
{
    m_savedBytes = bytes;
    m_history.setClean(-1);
    updateModified();
}

} // namespace Agentry
