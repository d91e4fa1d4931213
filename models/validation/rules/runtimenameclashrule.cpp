// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/runtimelocator.h"
#include "validation/crossagentrule.h"
#include "validation/rules/rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Agentry {

namespace {

// The name as the runtime compares names: Qwen Code ignores case; Factory Droid folds a name
// to lowercase letters, digits, `-` and `_`, each run of others one `-`.
QString comparedName(Runtime runtime, const QString &name)
{
    if (runtime == Runtime::QwenCode)
        return name.toLower();
    if (runtime != Runtime::FactoryDroid)
        return name;
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_-]"));
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    return name.toLower().replace(other, QStringLiteral("-")).replace(dashes, QStringLiteral("-"));
}

QString folderOf(const QString &path)
{
    return path.left(path.lastIndexOf(u'/'));
}

// Where a file stands in its runtime's order of folders, first read first. Gemini CLI, Qwen
// Code and Factory Droid read the project's agents before the user's, and the first of a name
// wins; Copilot reads the user's first, then the `.github/agents` chain, then `.claude/agents`;
// OpenCode reads ~/.config/opencode, the project's `.opencode`, then ~/.opencode, and merges
// each later file of a name over the earlier one.
int levelOf(const CrossAgentEntry &entry)
{
    static const QString home = QDir::fromNativeSeparators(QDir::homePath());
    const std::optional<RuntimeLocator::Located> located = RuntimeLocator::locate(entry.path, home);
    const bool user = entry.scope == AgentScope::User || (located && located->place.scope == AgentScope::User);
    switch (entry.runtime) {
    case Runtime::Copilot:
        return user ? 0 : entry.path.contains(QLatin1String("/.github/agents/")) ? 1 : 2;
    case Runtime::OpenCode:
        return !user ? 1 : entry.path.contains(QLatin1String("/.config/opencode/")) ? 0 : 2;
    case Runtime::ClaudeCode:
    case Runtime::GeminiCli:
    case Runtime::QwenCode:
    case Runtime::FactoryDroid:
        break;
    }
    return user ? 1 : 0;
}

// RT501: agents that one runtime other than Claude Code loads under the same name. What the
// runtime then does is its own: one wins by the order of its folders, a file listing decides
// within one folder, or OpenCode merges them.
class RuntimeNameClashRule : public CrossAgentRule
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeNameClashRule)

public:
    QString code() const override { return QStringLiteral("RT501"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Another agent of the runtime has this name"); }

    void check(const LibraryContext &context, QVector<LibraryFinding> &out) const override
    {
        QHash<QString, QVector<int>> byName;
        for (int i = 0; i < context.entries().size(); ++i) {
            const CrossAgentEntry &entry = context.entries().at(i);
            if (entry.runtime != Runtime::ClaudeCode && !entry.runtimeName.isEmpty())
                byName[Runtimes::id(entry.runtime) + u'\n' + comparedName(entry.runtime, entry.runtimeName)].append(i);
        }
        for (QVector<int> group : std::as_const(byName)) {
            if (group.size() < 2)
                continue;
            QHash<int, int> level; // each entry's place in its runtime's order of folders, worked out once
            for (const int i : std::as_const(group))
                level.insert(i, levelOf(context.entries().at(i)));
            std::sort(group.begin(), group.end(), [&context, &level](int a, int b) {
                return std::pair(level.value(a), context.entries().at(a).path) < std::pair(level.value(b), context.entries().at(b).path);
            });
            for (const int i : std::as_const(group)) {
                const CrossAgentEntry &entry = context.entries().at(i);
                QStringList sameFolder; // file names: a file listing decides between them
                QStringList others;     // paths: the runtime's order of folders decides
                for (const int j : std::as_const(group)) {
                    const QString &path = context.entries().at(j).path;
                    if (j == i)
                        continue;
                    if (level.value(j) == level.value(i) && folderOf(path) == folderOf(entry.path))
                        sameFolder.append(path.mid(path.lastIndexOf(u'/') + 1));
                    else
                        others.append(QDir::toNativeSeparators(path));
                }
                const bool first = level.value(i) == level.value(group.first());
                // The agent the runtime keeps (or merges the others over) only hears of it.
                const Severity severity = first && sameFolder.isEmpty() ? Severity::Info : Severity::Warning;
                out.append({i, context.onField(i, code(), severity, message(entry, sameFolder, others, first), QStringLiteral("name"))});
            }
        }
    }

private:
    static QString message(const CrossAgentEntry &entry, const QStringList &sameFolder, const QStringList &others, bool first)
    {
        const QString runtime = Runtimes::name(entry.runtime);
        const QString &name = entry.runtimeName;
        if (!sameFolder.isEmpty()) {
            if (entry.runtime == Runtime::OpenCode)
                return tr("%1 also loads as \"%2\" from the same folder; OpenCode merges the two in the order it happens to list "
                          "them, so which keys win is left to chance.").arg(sameFolder.join(QStringLiteral(", ")), name);
            if (entry.runtime == Runtime::FactoryDroid)
                return tr("%1 in the same folder is also \"%2\"; Factory Droid keeps both, and its Task tool takes whichever it "
                          "finds first.").arg(sameFolder.join(QStringLiteral(", ")), name);
            return tr("%1 in the same folder is also \"%2\"; %3 loads whichever the file system lists first and ignores the "
                      "other.").arg(sameFolder.join(QStringLiteral(", ")), name, runtime);
        }
        const QString other = others.join(QStringLiteral(", "));
        switch (entry.runtime) {
        case Runtime::OpenCode:
            return first ? tr("OpenCode merges %1 over this agent: the keys it sets win, the others come from here.").arg(other)
                         : tr("OpenCode merges this agent over %1, also \"%2\": every key this file does not set still "
                              "comes from there.").arg(other, name);
        case Runtime::Copilot:
            return first ? tr("%1 has the id \"%2\" too; GitHub Copilot reads this folder first, so this agent wins.").arg(other, name)
                         : tr("%1 has the id \"%2\" too; GitHub Copilot reads it first (your own agents before the project's, "
                              ".github/agents before .claude/agents) and never loads this one.").arg(other, name);
        case Runtime::GeminiCli:
            return first ? tr("%1 is also \"%2\"; Gemini CLI registers this project agent first and ignores that one.").arg(other, name)
                         : tr("%1 is also \"%2\"; Gemini CLI registers the project's agent first and ignores this one: "
                              "Duplicate agent name '%2' detected.").arg(other, name);
        case Runtime::ClaudeCode:
        case Runtime::QwenCode:
        case Runtime::FactoryDroid:
            break;
        }
        return first ? tr("%1 is also \"%2\"; %3 looks in the project first, so this agent wins.").arg(other, name, runtime)
                     : tr("%1 is also \"%2\"; %3 looks in the project first and never reaches this agent.").arg(other, name, runtime);
    }
};

} // namespace

std::unique_ptr<CrossAgentRule> Rules::runtimeNameClash()
{
    return std::make_unique<RuntimeNameClashRule>();
}

} // namespace Agentry
