// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/filebatch.h"

#include "document/agentdocument.h"
#include "document/filewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Agentry {

QString FileBatch::write(const QString &path, const QByteArray &bytes)
{
    Previous previous{path, std::nullopt};
    if (QFileInfo(path).isFile()) {
        // A file that cannot be read could not be put back: it is not replaced.
        QString error;
        previous.bytes = AgentDocument::readBytes(path, &error);
        if (!previous.bytes)
            return error;
    }
    // Compared again right before writing: a file another program writes meanwhile is not overwritten.
    const QString error = FileWriter::replace(path, previous.bytes.value_or(QByteArray()), bytes);
    if (error.isEmpty())
        m_written.append(previous);
    return error;
}

QString FileBatch::rollBack()
{
    QStringList failures;
    while (!m_written.isEmpty()) {
        const Previous previous = m_written.takeLast();
        if (previous.bytes) {
            if (const QString error = FileWriter::write(previous.path, *previous.bytes); !error.isEmpty())
                failures.append(error);
        } else if (QFile file(previous.path); !file.remove()) {
            failures.append(tr("Cannot remove %1: %2").arg(QDir::toNativeSeparators(previous.path), file.errorString()));
        }
    }
    return failures.join(u'\n');
}

} // namespace Agentry
