// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/specreader.h"
#include "text/agenttext.h"
#include "validation/agentvalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

Q_DECLARE_METATYPE(Runtime)

// Agentry's verdict on the files a runtime finds hardest, beside the real runtime's: the pinned
// OpenCode, Gemini CLI, Qwen Code and Copilot CLI, asked offline by
// ../shared/tools/runtime_oracle.py. Needs the runtimes scripts/runtimes.sh installs
// (AGENTRY_RUNTIMES names their folder; scripts/test.sh sets it); skips without them.
class TestRuntimeOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithTheRuntime_data();
    void agreesWithTheRuntime();

private:
    QString m_root;
    QString m_oracle;
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
    m_root = qEnvironmentVariable("AGENTRY_RUNTIMES");
    m_oracle = QStringLiteral(AGENTRY_CORPUS_DIR "/../tools/runtime_oracle.py");
    if (m_root.isEmpty())
        QSKIP("AGENTRY_RUNTIMES is not set: scripts/runtimes.sh installs the runtimes and scripts/test.sh sets it");
    if (!QFile::exists(m_oracle))
        QSKIP("../shared/tools/runtime_oracle.py is not here");
    QVERIFY(m_dir.isValid());
    for (const auto &[name, bytes] : cases()) {
        QFile file(m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".md")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        m_files.append(file.fileName());
    }
}

void TestRuntimeOracle::agreesWithTheRuntime_data()
{
    QTest::addColumn<QString>("oracleName");
    QTest::addColumn<QString>("package");
    QTest::addColumn<Runtime>("runtime");
    QTest::newRow("opencode") << "opencode" << "opencode-ai" << Runtime::OpenCode;
    QTest::newRow("gemini") << "gemini" << "@google/gemini-cli" << Runtime::GeminiCli;
    QTest::newRow("qwen") << "qwen" << "@qwen-code/qwen-code" << Runtime::QwenCode;
    QTest::newRow("copilot") << "copilot" << "@github/copilot" << Runtime::Copilot;
}

void TestRuntimeOracle::agreesWithTheRuntime()
{
    QFETCH(QString, oracleName);
    QFETCH(QString, package);
    QFETCH(Runtime, runtime);
    if (!QFile::exists(m_root + u'/' + oracleName + QStringLiteral("/node_modules/") + package + QStringLiteral("/package.json")))
        QSKIP("This runtime is not installed (scripts/runtimes.sh)");
    const QString out = m_dir.filePath(oracleName + QStringLiteral(".json"));
    QProcess oracle;
    oracle.setProcessChannelMode(QProcess::MergedChannels);
    oracle.start(QStringLiteral("python3"), QStringList{m_oracle, QStringLiteral("--rt-root"), m_root, oracleName, out} + m_files);
    QVERIFY(oracle.waitForFinished(600000));
    QVERIFY2(oracle.exitCode() == 0, oracle.readAll().constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject verdicts = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("files")).toObject();
    QCOMPARE(verdicts.size(), m_files.size());

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
