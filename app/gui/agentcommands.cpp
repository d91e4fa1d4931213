// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/agentcommands.h"

#include "document/agentdocument.h"
#include "gui/newagentdialog.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "library/libraryoperations.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace Agentry {

AgentCommands::AgentCommands(LibraryOperations *operations, AgentLibrary *library, LibraryChecker *checker, QWidget *window)
    : m_operations(operations)
    , m_library(library)
    , m_checker(checker)
    , m_window(window)
{
}

int AgentCommands::newAgent()
{
    const QString projectFolder = QDir(m_library->folder().isEmpty() ? QDir::currentPath() : m_library->folder())
                                      .filePath(QStringLiteral(".claude/agents"));
    NewAgentDialog dialog(projectFolder, QDir::home().filePath(QStringLiteral(".claude/agents")), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    const AgentScope scope = dialog.isUserScope() ? AgentScope::User : AgentScope::Project;
    const LibraryOperations::Created created = m_operations->createAgent(dialog.folder(), dialog.name(), dialog.description(), scope);
    if (!created.error.isEmpty())
        QMessageBox::warning(m_window, tr("New Agent"), created.error);
    return created.index;
}

int AgentCommands::duplicate(const AgentDocument *document)
{
    const LibraryOperations::Created created = m_operations->duplicate(document);
    if (!created.error.isEmpty())
        QMessageBox::warning(m_window, tr("New Agent"), created.error);
    return created.index;
}

void AgentCommands::rename(AgentDocument *document)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Rename Agent"), tr("New name:"), QLineEdit::Normal, m_checker->nameOf(document), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    const FieldPatch result = document->change(FieldChange::set(QStringLiteral("name"), name));
    if (result.status == FieldPatch::Status::Refused) {
        QMessageBox::warning(m_window, tr("Rename Agent"), result.message);
        return;
    }
    const QString newPath = LibraryOperations::renamedPath(document, name);
    if (newPath.isEmpty()
        || QMessageBox::question(m_window, tr("Rename Agent"), tr("Rename the file too, to %1?").arg(QFileInfo(newPath).fileName()))
            != QMessageBox::Yes)
        return;
    if (const QString error = LibraryOperations::moveFile(document, newPath); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Rename Agent"), error);
}

void AgentCommands::trash(AgentDocument *document)
{
    const QString question = document->isModified()
        ? tr("Move %1 to the trash? It has unsaved changes, which will be lost.").arg(m_checker->nameOf(document))
        : tr("Move %1 to the trash?").arg(m_checker->nameOf(document));
    if (QMessageBox::question(m_window, tr("Move to Trash"), question) != QMessageBox::Yes)
        return;
    if (const QString error = m_operations->trash(document); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Move to Trash"), error);
}

bool AgentCommands::revert(AgentDocument *document)
{
    if (const QString error = LibraryOperations::revert(document); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Revert"), error);
        return false;
    }
    return true;
}

} // namespace Agentry
