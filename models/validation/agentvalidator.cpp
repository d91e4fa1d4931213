// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/agentvalidator.h"

#include "rules/rulehelpers.h"
#include "rules/rules.h"
#include "rules/toolentries.h"
#include "runtime/fieldlocator.h"
#include "runtime/folderruntimes.h"
#include "runtime/runtimelocator.h"
#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"
#include "text/lineindex.h"
#include "validation/rule.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

namespace Agentry {

AgentValidator::AgentValidator(const RuntimeProfile &profile, const ToolCatalog &tools, std::optional<Runtime> runtime)
    : m_profile(profile)
    , m_tools(tools)
    , m_runtime(runtime)
    , m_rules(Rules::documentRules())
    , m_home(QDir::fromNativeSeparators(QDir::homePath()))
{
}

AgentValidator::AgentValidator()
    : AgentValidator(RuntimeProfile::latest(), ToolCatalog::builtin())
{
}

AgentValidator::~AgentValidator() = default;

const Rule *AgentValidator::rule(const QString &code) const
{
    for (const std::unique_ptr<Rule> &rule : m_rules) {
        if (rule->code() == code)
            return rule.get();
    }
    return nullptr;
}

AgentReading AgentValidator::read(const QString &path, const QByteArray &bytes, AgentScope scope, std::optional<Runtime> runtime) const
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    const QString absolute = QDir::fromNativeSeparators(info.absoluteFilePath());
    if (!runtime && m_folders)
        runtime = m_folders->runtimeFor(absolute);
    if (!runtime)
        runtime = m_runtime;
    const std::optional<RuntimeLocator::Located> located = runtime ? std::nullopt : RuntimeLocator::locate(absolute, m_home);
    if (located)
        runtime = located->runtime;
    // Claude Code's reading is wanted for its own files, and for the frontmatter's keys that tell
    // a loose file's runtime; a file another runtime's folder holds is read by that runtime only.
    AgentReading reading;
    if (!runtime || *runtime == Runtime::ClaudeCode) {
        reading = RuntimeReader(m_profile).read(bytes, fileName);
        if (!runtime)
            runtime = RuntimeLocator::byContent(fileName, reading.fields);
    }
    if (const SpecReader *reader = SpecReader::of(*runtime)) {
        SpecReader::Place place = located ? located->place : RuntimeLocator::placeFor(*runtime, absolute, m_home);
        if (scope == AgentScope::User)
            place.scope = AgentScope::User; // the caller knows the user's folders best (a library opened with another home)
        reading = reader->read(bytes, place);
    }
    return reading;
}

QVector<AgentReading> AgentValidator::alsoReadBy(const QString &path, const QByteArray &bytes, Runtime runtime) const
{
    QVector<AgentReading> readings;
    const QString absolute = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath());
    for (const RuntimeLocator::Located &other : RuntimeLocator::alsoReadBy(absolute, m_home)) {
        if (other.runtime != runtime)
            readings.append(SpecReader::of(other.runtime)->read(bytes, other.place));
    }
    return readings;
}

AgentFindings AgentValidator::validate(const QString &path, const AgentText &text, AgentScope scope, RuleContext::Fixes fixes,
                                       const TakenNames &takenNames, std::optional<Runtime> runtime) const
{
    AgentFindings result;
    result.reading = read(path, text.bytes, scope, runtime);
    const QString fileName = QFileInfo(path).fileName();
    const LineIndex lines(text.bytes, text.facts);
    const FieldLocator fields(text.bytes, result.reading);
    const QVector<std::pair<qsizetype, qsizetype>> nonAsciiRuns = RuleHelpers::nonAsciiRuns(text.bytes);
    const ToolEntries toolEntries(result.reading, fields, text.bytes, lines);
    const RuleContext context{path, fileName, scope, text, result.reading, m_profile, m_tools, lines, fields, fixes, takenNames, nonAsciiRuns,
                              toolEntries};
    for (const std::unique_ptr<Rule> &rule : m_rules) {
        if (rule->appliesTo(result.reading.runtime))
            rule->check(context, result.diagnostics);
    }
    result.entry = CrossAgentEntry::of(context);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.start, a.code) < std::tie(b.start, b.code);
    });
    return result;
}

} // namespace Agentry
