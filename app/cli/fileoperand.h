// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextStream;

namespace Agentry {

class AgentDocument;
struct FieldPatch;

// The FILE operand of `agentry show`, `set` and `unset`: the agent file loaded as a document,
// and saved again after a frontmatter patch. Failures go to `err` as `agentry: …`.
class FileOperand
{
    Q_DECLARE_TR_FUNCTIONS(FileOperand)

public:
    // The document at `path`, or nothing when it is a folder or cannot be read.
    static std::unique_ptr<AgentDocument> load(const QString &path, QTextStream &err);
    // Applies `patch` to `document` and saves it atomically: an exit code of CommandLine,
    // Failure when the patch was refused or the file not written. An unchanged document is
    // not written at all.
    static int applyAndSave(AgentDocument &document, const FieldPatch &patch, QTextStream &err);
};

} // namespace Agentry
