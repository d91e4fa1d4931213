#include "agentdocument.h"

#include "filewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

AgentDocument::AgentDocument(const QString &path, const AgentText &text, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_text(text)
    , m_savedBytes(text.bytes)
    , m_dialect(detectDialect(QFileInfo(path).fileName(), text.frontmatter))
{
}

std::optional<QByteArray> AgentDocument::readBytes(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("AgentDocument", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::unique_ptr<AgentDocument> AgentDocument::load(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = readBytes(path, error);
    if (!bytes)
        return nullptr;
    return std::make_unique<AgentDocument>(path, AgentText::fromBytes(*bytes));
}

void AgentDocument::applyEdit(const TextEdit &edit)
{
    setBytes(edit.appliedTo(m_text.bytes));
}

void AgentDocument::setBytes(const QByteArray &bytes)
{
    const bool wasModified = isModified();
    m_text = AgentText::fromBytes(bytes);
    m_dialect = detectDialect(QFileInfo(m_path).fileName(), m_text.frontmatter);
    emit changed();
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

QString AgentDocument::save()
{
    const QString error = FileWriter::write(m_path, m_text.bytes);
    if (error.isEmpty() && isModified()) {
        m_savedBytes = m_text.bytes;
        emit modifiedChanged(false);
    }
    return error;
}
