#pragma once

#include "agenttext.h"
#include "dialect.h"
#include "textedit.h"

#include <QObject>
#include <QString>

#include <memory>

// One agent file: the exact bytes read, what is derived from them, and whether they differ
// from the disk. Every change arrives as a TextEdit; nothing else writes the text.
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
    const AgentText &text() const { return m_text; }
    Dialect dialect() const { return m_dialect; }
    bool isModified() const { return m_text.bytes != m_savedBytes; }

    void applyEdit(const TextEdit &edit);
    // Writes the bytes atomically; returns an empty string or the error message.
    QString save();

signals:
    void changed();
    void modifiedChanged(bool modified);

private:
    void setBytes(const QByteArray &bytes);

    QString m_path;
    AgentText m_text;
    QByteArray m_savedBytes;
    Dialect m_dialect;
};
