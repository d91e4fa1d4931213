// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/unsetcommand.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/fileoperand.h"
#include "document/agentdocument.h"
#include "text/frontmatterpatcher.h"

namespace Agentry {

int UnsetCommand::run(const QStringList &arguments, QTextStream &, QTextStream &err)
{
    ArgumentReader reader(arguments);
    const std::optional<QStringList> flags = reader.flags({});
    const QStringList &operands = reader.operands();
    if (!flags || operands.size() != 2)
        return CommandLine::usageError(err);
    const std::unique_ptr<AgentDocument> document = FileOperand::load(operands.first(), err);
    if (!document)
        return CommandLine::Failure;
    return FileOperand::applyAndSave(*document, FrontmatterPatcher(document->text()).remove(operands.at(1)), err);
}

} // namespace Agentry
