// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentreading.h"
#include "runtime/agentscope.h"
#include "runtime/fieldlocator.h"
#include "runtime/runtimeprofile.h"
#include "text/agenttext.h"
#include "text/lineindex.h"
#include "validation/diagnostic.h"
#include "validation/takennames.h"

#include <QString>
#include <QVector>

#include <utility>

namespace Agentry {

class ToolCatalog;
class ToolEntries;

// Everything a rule may look at for one file: its bytes and Agentry's reading of them, the
// client's reading, the client profile and tool catalog, and helpers to position findings.
struct RuleContext
{
    // Whether rules work out their fixes: a fix is checked by reading the fixed bytes again,
    // which a batch check that never applies them (`agentry check` as text or JSON) can skip.
    enum class Fixes { Compute, Skip };

    QString path;     // as the caller names the file
    QString fileName; // without folders: `code-reviewer.md`
    AgentScope scope = AgentScope::Folder;
    const AgentText &text;
    const AgentReading &reading;
    const RuntimeProfile &profile;
    const ToolCatalog &tools;
    const LineIndex &lines;
    const FieldLocator &fields;
    Fixes fixes = Fixes::Compute;
    // The names other agents of the file's folder load under: a fix that names the agent picks a
    // name none of them loads under.
    const TakenNames &takenNames;
    // The file's non-ASCII byte runs (RuleHelpers::nonAsciiRuns), found once for the rules that
    // look only at non-ASCII text.
    const QVector<std::pair<qsizetype, qsizetype>> &nonAsciiRuns;
    // The entries of `tools`, read once for all the rules about tools.
    const ToolEntries &toolEntries;

    bool wantsFixes() const { return fixes == Fixes::Compute; }

    // A diagnostic over the bytes [start, end).
    Diagnostic diagnostic(const QString &code, Severity severity, const QString &message, qsizetype start, qsizetype end,
                          const QString &field = QString()) const;
    // A place of a finding over the bytes [start, end).
    DiagnosticPlace place(qsizetype start, qsizetype end, const QString &note) const;
    // A diagnostic on a field's value (its key when the value is empty), or on line 1 when the key is absent.
    Diagnostic onField(const QString &code, Severity severity, const QString &message, const QString &key) const;
    // The verdict of the scope the file is in: plugin agents load by the plugin rules, every other
    // file by the project rules (a loose folder is judged as if it were .claude/agents/).
    const ScopeVerdict &verdict() const;
    bool isPlugin() const { return scope == AgentScope::Plugin; }
};

// One check with a stable code. Rules are small, stateless and independent: each reads the
// context and appends its findings; none depends on another's result.
class Rule
{
public:
    virtual ~Rule() = default;

    virtual QString code() const = 0;            // "AG104"
    virtual Severity defaultSeverity() const = 0; // the usual severity; a finding may differ by scope
    virtual QString title() const = 0;           // a short name for lists and SARIF: "Closed early by ---"
    // The runtimes whose files it checks: Claude Code's reading unless a rule says otherwise.
    virtual bool appliesTo(Runtime runtime) const { return runtime == Runtime::ClaudeCode; }
    virtual void check(const RuleContext &context, QVector<Diagnostic> &out) const = 0;
};

} // namespace Agentry
