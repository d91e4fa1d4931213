// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/edithistory.h"
#include "runtime/dialect.h"
#include "text/agenttext.h"
#include "text/byteedit.h"
#include "text/fieldchange.h"
#include "text/frontmatterpatcher.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Agentry {

// One agent file: the exact bytes read, what is derived from them, and the one undo
// history every view edits through. Every change arrives as a ByteEdit; nothing else
// writes the text.
class AgentDocument : public QObject
{
    Q_OBJECT

public:
    // `text` is what was read from `path`, byte for byte.
    AgentDocument(const QString &path, const AgentText &text, QObject *parent = nullptr);

    // Reads `path`; on failure returns null and sets `error` to a message for the user.
    static std::unique_ptr<AgentDocument> load(const QString &path, QString *error);
    // The bytes of `path`, or nothing with `error` set.
    static std::optional<QByteArray> readBytes(const QString &path, QString *error);

    const QString &path() const { return m_path; }
    void setPath(const QString &path);
    const AgentText &text() const { return m_text; }
    Dialect dialect() const { return m_dialect; }
    // The runtime the user chose for the file's folder: its dialect wins over the one the
    // path and the frontmatter suggest. Nothing goes back to those.
    void setChosenRuntime(std::optional<Runtime> runtime);
    bool isModified() const { return m_modified; }
    const QByteArray &savedBytes() const { return m_savedBytes; }
    EditHistory *history() { return &m_history; }

    // Why the text cannot be edited (not UTF-8, a read-only file), or empty.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    void setReadOnlyReason(const QString &reason);

    // Applies `edits` in order as one undoable step labelled `label`.
    void edit(const QVector<ByteEdit> &edits, const QString &label, EditStep::Merge merge = EditStep::Merge::Never,
              const QString &mergeKey = {});
    // Applies a frontmatter change as one step; consecutive changes of the same key merge.
    FieldPatch change(const FieldChange &change);
    void undo();
    void redo();

    // Writes the bytes atomically; returns an empty string or the error message. Refuses when the
    // file no longer holds the saved bytes: another program changed it since it was read.
    QString save();
    // Takes `bytes` (read from disk again) as the text, undoably, and as the saved state.
    void reload(const QByteArray &bytes);
    // Records that the file now holds `bytes` while the text stays as it is (the user keeps
    // their version of a file another program changed).
    void setDiskBytes(const QByteArray &bytes);

signals:
    // After each primitive edit: `edit` was applied and replaced `removed`.
    void edited(const ByteEdit &edit, const QByteArray &removed);
    void changed(); // after a whole step, an undo or a redo
    void dialectChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);

private:
    // Applies `edit` and returns the edit that undoes it.
    ByteEdit apply(const ByteEdit &edit);
    void applyAll(const QVector<ByteEdit> &edits);
    void finishChange();
    // Compares the text with the saved bytes (once per change, not per question).
    void updateModified();

    QString m_path;
    AgentText m_text;
    QByteArray m_savedBytes;
    bool m_modified = false;
    Dialect m_dialect;
    std::optional<Runtime> m_chosenRuntime;
    EditHistory m_history;
    QString m_readOnlyReason;
};

} // namespace Agentry
