// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "matrix/agentgrants.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Agentry {

class RuntimeProfile;
class ToolCatalog;

// The agent files of a folder as they were, to compare the permission matrix with: the agents
// of another folder, or of the same folder at a git revision. Files are keyed by their path
// relative to the folder ('/' separators), so that they meet the current files of the same
// place. A plain value without GUI types: read it on a worker thread, hand it to the GUI.
class MatrixBaseline
{
    Q_DECLARE_TR_FUNCTIONS(MatrixBaseline)

public:
    // `spec` as the command line takes it: `git:REV` (`git:` alone is HEAD) for `folder` at a
    // revision of its repository, anything else another folder. Nothing, with a message in
    // `error`, when the baseline cannot be read.
    static std::optional<MatrixBaseline> read(const QString &spec, const QString &folder, QString *error);
    // The agents AgentFolderScanner finds in `baselineFolder`.
    static std::optional<MatrixBaseline> fromFolder(const QString &baselineFolder, QString *error);
    // The agents AgentFolderScanner would find in `folder` as the revision has it, read with
    // the `git` command (no shell).
    static std::optional<MatrixBaseline> fromGit(const QString &folder, const QString &revision, QString *error);

    // What the baseline is, for people: `git:HEAD` or the folder as named.
    const QString &label() const { return m_label; }
    // The agent files' bytes by relative path.
    const QHash<QString, QByteArray> &files() const { return m_files; }
    // The agents' grants as `profile` reads them, by relative path; `catalog` must outlive them.
    QHash<QString, AgentGrants> grants(const RuntimeProfile &profile, const ToolCatalog &catalog) const;

private:
    QString m_label;
    QHash<QString, QByteArray> m_files;
};

} // namespace Agentry
