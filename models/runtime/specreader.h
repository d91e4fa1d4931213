// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/runtimespec.h"
#include "runtime/schemacheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Agentry {

// Reads agent files the way one runtime other than Claude Code does, by its spec and the
// quirks of its loader that each subclass reproduces. The verdict is `project` of the
// reading (the scope the file is in decides what it needs, such as acknowledging).
class SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(SpecReader)

public:
    // Where the file lies, as far as the runtime's reading depends on it.
    struct Place
    {
        QString derivedName; // the name its location gives it (OpenCode, Copilot, Factory), or the file's
        AgentScope scope = AgentScope::Project;
    };

    explicit SpecReader(const RuntimeSpec &spec);
    virtual ~SpecReader() = default;

    virtual AgentReading read(const QByteArray &bytes, const Place &place) const = 0;

    const RuntimeSpec &spec() const { return m_spec; }

    // The built-in reader of `runtime`; null for Claude Code, which RuntimeReader reads.
    static const SpecReader *of(Runtime runtime);
    // A line parser's value: trimmed, without the quotes around it.
    static QString unquoted(QString value);

protected:
    AgentReading start() const;
    // Records the block found at [contentStart, contentEnd) of `bytes`.
    static void setBlock(AgentReading &reading, const QByteArray &bytes, qsizetype contentStart, qsizetype contentEnd, qsizetype blockEnd);
    static qsizetype lineStart(const QByteArray &bytes, int line); // the end of the bytes past the last line
    // The byte of `bytes` where UTF-16 unit `units` of their decoded text starts (ill-formed
    // sequences decode to one U+FFFD each, so re-encoding the text would count wrong).
    static qsizetype byteAt(const QByteArray &bytes, qsizetype units);
    // Where the closing `---` line starts, after the line end that follows the block's text at `end`.
    static qsizetype closingLine(const QByteArray &bytes, qsizetype end);
    // An issue about a value at `yamlLine` of the block (or the whole file when -1).
    static void add(AgentReading &reading, RuntimeIssue::Effect effect, const QString &message, const QString &field = QString(), int yamlLine = -1,
                    const RuntimeIssue::Repair &repair = {});
    static void refuse(AgentReading &reading, const QString &reason, const QString &field = QString());
    // The spec's unknown-key policy and problems of `check`, as issues; true when one refuses the file.
    void reportUnknownKeys(AgentReading &reading, const YamlValue &frontmatter) const;
    // A file Claude Code reads a frontmatter from, so a reader that finds none drops the settings it holds.
    static bool looksLikeFrontmatter(const QByteArray &bytes);
    // The names in `tools` (a list, or a comma string) the runtime does not know, with their lines.
    void reportUnknownTools(AgentReading &reading, const YamlValue &frontmatter) const;

    const RuntimeSpec &m_spec;
    const SchemaCheck m_check;
};

} // namespace Agentry
