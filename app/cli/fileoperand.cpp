// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/fileoperand.h"

#include "cli/commandline.h"
#include "document/agentdocument.h"
#include "text/frontmatterpatcher.h"

#include <QFileInfo>
#include <QTextStream>

namespace Agentry {

std::unique_ptr<AgentDocument> FileOperand::load(const QString &path, QTextStream &err)
{
    if (QFileInfo(path).isDir()) {
        err << tr("agentry: %1 is a folder, not an agent file").arg(path) << '\n';
        return nullptr;
    }
    QString error;
    std::unique_ptr<AgentDocument> document = AgentDocument::load(path, &error);
    if (!document)
        err << QStringLiteral("agentry: ") << error << '\n';
    return document;
}

int FileOperand::applyAndSave(AgentDocument &document, const FieldPatch &patch, QTextStream &err)
{
    switch (patch.status) {
    case FieldPatch::Status::Refused:
        err << QStringLiteral("agentry: %1: %2").arg(document.path(), patch.message) << '\n';
        return CommandLine::Failure;
    case FieldPatch::Status::Unchanged:
        return CommandLine::Success;
    case FieldPatch::Status::Changed:
        break;
    }
    document.edit({patch.edit}, QString());
    const QString error = document.save();
    if (!error.isEmpty()) {
        err << QStringLiteral("agentry: ") << error << '\n';
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}

} // namespace Agentry
