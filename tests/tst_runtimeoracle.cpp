// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/specreader.h"
#include "text/agenttext.h"
#include "validation/agentvalidator.h"
#include "runtimeoracle.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// Agentry's verdict on the files a runtime finds hardest, beside the real runtime's: the pinned
// OpenCode, Gemini CLI, Qwen Code and Copilot CLI (RuntimeOracle).
class TestRuntimeOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithTheRuntime_data();
    void agreesWithTheRuntime();

private:
    QTemporaryDir m_dir;
    QStringList m_files;
};

namespace {

const QByteArray kBody = "You review the diff carefully and report each bug you find.\n";

QByteArray agent(const QByteArray &frontmatter, const QByteArray &body = kBody)
{
    return "---\n" + frontmatter + "\n---\n" + body;
}

// Every shape a reader could get wrong, written once and given to each runtime.
QVector<std::pair<const char *, QByteArray>> cases()
{
    const QByteArray good = "name: reviewer\ndescription: Reviews diffs";
    return {
        {"claude-style", agent(good + "\ntools: Read, Grep\nmodel: sonnet")},
        {"opencode-style", agent("description: Reviews diffs\nmode: subagent\ntools:\n  write: false\n  bash: false")},
        {"gemini-style", agent(good + "\ntools: [read_file, grep_search]\nmax_turns: 5")},
        {"qwen-style", agent(good + "\ntools: [read_file, Grep]\napprovalMode: plan")},
        {"copilot-style", agent("description: Reviews diffs\ntools: [read, edit]\nmodel: gpt-5")},
        {"colon-in-value", agent("name: reviewer\ndescription: Use this: for reviews")},
        {"colon-and-broken-list", agent("name: reviewer\ndescription: Use this: for reviews\nmode: [x")},
        {"duplicate-key", agent(good + "\ndescription: again")},
        {"unclosed-list", agent("name: reviewer\ndescription: [unclosed")},
        {"never-closed", "---\nname: reviewer\ndescription: Reviews diffs\n\n" + kBody},
        {"four-dashes", "----\nname: reviewer\ndescription: Reviews diffs\n----\n" + kBody},
        {"bom", "\xEF\xBB\xBF" + agent(good)},
        {"crlf", "---\r\nname: reviewer\r\ndescription: Reviews diffs\r\n---\r\n" + kBody},
        {"leading-blank-line", "\n" + agent(good)},
        {"empty-block", "---\n---\n" + kBody},
        {"comments-only", agent("# nothing here")},
        {"scalar", agent("just some text")},
        {"list", agent("- name\n- description")},
        {"closed-without-newline", "---\nname: reviewer\ndescription: Reviews diffs\n---"},
        {"mode-banana", agent(good + "\nmode: banana")},
        {"temperature-text", agent(good + "\ntemperature: hot")},
        {"hidden-yes", agent(good + "\nhidden: yes")},
        {"empty-description", agent("name: reviewer\ndescription:")},
        {"date-description", agent("name: reviewer\ndescription: 2024-01-01")},
        {"number-description", agent("name: reviewer\ndescription: 123")},
        {"color-quoted-hex", agent(good + "\ncolor: \"#FF5733\"")},
        {"color-word", agent(good + "\ncolor: red")},
        {"name-with-space", agent("name: Code Reviewer\ndescription: Reviews diffs")},
        {"name-reserved", agent("name: System\ndescription: Reviews diffs")},
        {"name-number", agent("name: 123\ndescription: Reviews diffs")},
        {"name-general-purpose", agent("name: general-purpose\ndescription: Reviews diffs")},
        {"no-description", agent("name: reviewer")},
        {"short-body", agent(good, "Short.\n")},
        {"empty-body", agent(good, "")},
        {"approval-weird", agent(good + "\napprovalMode: weird")},
        {"unknown-key", agent(good + "\nfoo: bar")},
        {"mcpServers-key", agent(good + "\nmcpServers: {}")},
        {"tools-string", agent(good + "\ntools: read_file")},
        {"tools-claude-names", agent(good + "\ntools: [Read, Bash]")},
        {"max-turns-zero", agent(good + "\nmax_turns: 0")},
        {"steps-zero", agent(good + "\nsteps: 0")},
        {"model-empty-list", agent(good + "\nmodel: []")},
        {"infer-yes", agent(good + "\ninfer: yes")},
        {"permission-webfetch-map", agent(good + "\npermission:\n  webfetch:\n    \"*\": allow")},
        {"permission-bash-patterns", agent(good + "\npermission:\n  bash:\n    \"git *\": allow\n    \"*\": ask")},
        {"tab-indent", agent("name: reviewer\ndescription: Reviews diffs\ntools:\n\t- read_file")},
        {"invalid-utf8", agent(good, "caf\xE9 review.\n")},
        {"plain-markdown", "# Reviewer\n\nReviews diffs.\n"},
    };
}

} // namespace

void TestRuntimeOracle::initTestCase()
{
    if (const QString why = RuntimeOracle::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    for (const auto &[name, bytes] : cases()) {
        QFile file(m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".md")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        m_files.append(file.fileName());
    }
}

void TestRuntimeOracle::agreesWithTheRuntime_data()
{
    RuntimeOracle::addRows({Runtime::OpenCode, Runtime::GeminiCli, Runtime::QwenCode, Runtime::Copilot});
}

void TestRuntimeOracle::agreesWithTheRuntime()
{
    QFETCH(QString, oracleName);
    QFETCH(QString, package);
    QFETCH(Runtime, runtime);
    if (!RuntimeOracle::isInstalled(oracleName, package))
        QSKIP("This runtime is not installed (scripts/runtimes.sh)");
    QJsonObject verdicts;
    RuntimeOracle::ask(oracleName, {}, m_files, m_dir.filePath(oracleName + QStringLiteral(".json")), &verdicts);
    if (QTest::currentTestFailed())
        return;

    const AgentValidator validator;
    QStringList differ;
    for (const QString &path : std::as_const(m_files)) {
        const QJsonObject said = verdicts.value(path).toObject();
        QFile agentFile(path);
        QVERIFY(agentFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = agentFile.readAll();
        const bool bytesHadBlock = bytes.contains("---");
        const AgentReading reading = validator.validate(path, AgentText::fromBytes(bytes), AgentScope::Project,
                                                        RuleContext::Fixes::Skip, {}, runtime)
                                         .reading;
        const bool loads = said.value(QLatin1String("loads")).toBool();
        const bool breaks = said.value(QLatin1String("breaks_runtime")).toBool();
        const bool whole = said.value(QLatin1String("prompt_is_whole_file")).toBool();
        const QString name = QFileInfo(path).completeBaseName();
        if (reading.project.loads != loads || reading.project.breaksRuntime != breaks)
            differ.append(QStringLiteral("%1: runtime loads=%2 breaks=%3 (%4), Agentry loads=%5 breaks=%6 (%7)")
                              .arg(name)
                              .arg(loads)
                              .arg(breaks)
                              .arg(said.value(QLatin1String("error")).toString().left(160))
                              .arg(reading.project.loads)
                              .arg(reading.project.breaksRuntime)
                              .arg(reading.project.reason.left(160)));
        // A file with no frontmatter at all is its own prompt by design; one with a block lost its settings.
        else if (runtime == Runtime::OpenCode && loads && reading.project.withoutSettings != (whole && agentFile.size() > 0 && bytesHadBlock))
            differ.append(QStringLiteral("%1: runtime prompt_is_whole_file=%2, Agentry without settings=%3").arg(name).arg(whole).arg(reading.project.withoutSettings));
    }
    QVERIFY2(differ.isEmpty(), qPrintable(QStringLiteral("\n") + differ.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestRuntimeOracle)
#include "tst_runtimeoracle.moc"
