// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlewriter.h"
#include "conversion/agentconverter.h"
#include "corpusagents.h"
#include "runtimeoracle.h"
#include "scratchfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Agentry;

// Bundles for the other runtimes, loaded by the real runtimes (the pinned ones
// scripts/runtimes.sh installs; skipped without them): a Gemini CLI extension and a Qwen Code
// extension are installed with their own `extensions install` and listed with their agents;
// an OpenCode folder is read by `opencode debug config`. Each runs offline, in a home of its own.
class TestBundleRuntimes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void geminiInstallsTheExtension();
    void qwenInstallsTheExtension();
    void openCodeReadsTheFolder();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // `program` with `arguments` in `folder`, with a home, configuration and temp folders of its own.
    Run run(const QString &program, const QStringList &arguments, const QString &folder, const QStringList &environment = {});
    // Exports the agents for `runtime` into a new folder; the names of the agents written.
    QString exportFor(Runtime runtime, QSet<QString> *names);

    QTemporaryDir m_dir;
    QVector<BundleAgent> m_agents;
};

void TestBundleRuntimes::initTestCase()
{
    if (const QString why = RuntimeOracle::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    // The corpus's first 24 agents of wshobson's plugins: real descriptions, models and tools.
    const AgentConverter qwen(Runtime::QwenCode);
    for (const CorpusAgent &agent : corpusAgents()) {
        const QByteArray bytes = readScratchFile(agent.path);
        // Qwen Code cannot say "no tools": such an agent is left out here.
        if (agent.path.contains(QLatin1String("wshobson__agents")) && m_agents.size() < 24 && !qwen.convert(agent.path, bytes, agent.scope).hasErrors())
            m_agents.append({agent.path, bytes});
    }
    if (m_agents.isEmpty())
        QSKIP("../shared/corpus is not here");
}

TestBundleRuntimes::Run TestBundleRuntimes::run(const QString &program, const QStringList &arguments, const QString &folder, const QStringList &environment)
{
    const QString home = m_dir.filePath(QStringLiteral("home-") + QFileInfo(folder).fileName());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), home + QStringLiteral("/home"));
    for (const QString &name : {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME"), QStringLiteral("XDG_CACHE_HOME"),
                                QStringLiteral("XDG_STATE_HOME"), QStringLiteral("TMPDIR")}) {
        env.insert(name, home + u'/' + name.toLower());
        QDir().mkpath(home + u'/' + name.toLower());
    }
    QDir().mkpath(home + QStringLiteral("/home"));
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    // Node and Bun cut their output to a pipe short when they exit: it goes to files.
    const QString out = home + QStringLiteral("/stdout");
    const QString err = home + QStringLiteral("/stderr");
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.setStandardOutputFile(out);
    process.setStandardErrorFile(err);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = readScratchFile(out);
    result.err = readScratchFile(err);
    return result;
}

QString TestBundleRuntimes::exportFor(Runtime runtime, QSet<QString> *names)
{
    BundleRequest request;
    request.manifest.name = QStringLiteral("team-agents");
    request.manifest.version = QStringLiteral("1.0.0");
    request.manifest.description = QStringLiteral("Agents our team shares.");
    request.manifest.license = QStringLiteral("MIT");
    request.agents = m_agents;
    request.runtimes = {runtime};
    request.acceptWarnings = true;
    request.outputPath = m_dir.filePath(Runtimes::id(runtime));
    const BundleResult result = BundleWriter::write(request);
    if (!result.ok)
        qWarning("%s", qPrintable(result.error));
    for (const QString &file : result.writtenFiles) {
        if (file.endsWith(QLatin1String(".md")) && file != QLatin1String("README.md"))
            names->insert(QFileInfo(file).completeBaseName());
    }
    return result.ok ? request.outputPath : QString();
}

void TestBundleRuntimes::geminiInstallsTheExtension()
{
    if (!RuntimeOracle::isInstalled(QStringLiteral("gemini"), QStringLiteral("@google/gemini-cli")))
        QSKIP("Gemini CLI is not installed (scripts/runtimes.sh)");
    QSet<QString> names;
    const QString extension = exportFor(Runtime::GeminiCli, &names);
    QVERIFY(!extension.isEmpty());
    QCOMPARE(names.size(), m_agents.size());
    const QString gemini = RuntimeOracle::root() + QStringLiteral("/gemini/node_modules/@google/gemini-cli/bundle/gemini.js");
    const QStringList trust{QStringLiteral("GEMINI_CLI_TRUST_WORKSPACE=true")};
    const Run install = run(QStringLiteral("node"), {gemini, QStringLiteral("extensions"), QStringLiteral("install"), extension, QStringLiteral("--consent")},
                            m_dir.path(), trust);
    QVERIFY2(install.code == 0, install.err.constData());
    QVERIFY2(install.err.contains("Extension \"team-agents\" installed successfully and enabled."), install.err.constData());
    const Run list = run(QStringLiteral("node"), {gemini, QStringLiteral("extensions"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")},
                         m_dir.path(), trust);
    QVERIFY2(list.code == 0, list.err.constData());
    // The list is JSON on standard error, after any warnings.
    const QByteArray text = list.err.mid(list.err.indexOf('['), list.err.lastIndexOf(']') + 1 - list.err.indexOf('['));
    QJsonParseError error;
    const QJsonArray extensions = QJsonDocument::fromJson(text, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QString::number(error.offset)));
    QVERIFY2(extensions.size() == 1, text.constData());
    QSet<QString> loaded;
    for (const QJsonValue &agent : extensions.first().toObject().value(QLatin1String("agents")).toArray())
        loaded.insert(agent.toObject().value(QLatin1String("name")).toString());
    QCOMPARE(loaded, names);
}

void TestBundleRuntimes::qwenInstallsTheExtension()
{
    if (!RuntimeOracle::isInstalled(QStringLiteral("qwen"), QStringLiteral("@qwen-code/qwen-code")))
        QSKIP("Qwen Code is not installed (scripts/runtimes.sh)");
    QSet<QString> names;
    const QString extension = exportFor(Runtime::QwenCode, &names);
    QVERIFY(!extension.isEmpty());
    QCOMPARE(names.size(), m_agents.size());
    const QString qwen = RuntimeOracle::root() + QStringLiteral("/qwen/node_modules/@qwen-code/qwen-code/cli-entry.js");
    const Run install = run(QStringLiteral("node"), {qwen, QStringLiteral("extensions"), QStringLiteral("install"), extension, QStringLiteral("--consent")},
                            m_dir.path());
    QVERIFY2(install.code == 0, install.err.constData());
    QVERIFY2(install.out.contains("Extension \"team-agents\" installed successfully and enabled."), install.out.constData());
    const Run list = run(QStringLiteral("node"), {qwen, QStringLiteral("extensions"), QStringLiteral("list")}, m_dir.path());
    QVERIFY2(list.code == 0, list.err.constData());
    // "Agents:" and then one indented name a line.
    const QString text = QString::fromUtf8(list.out);
    const qsizetype agents = text.indexOf(QLatin1String("Agents:"));
    QVERIFY2(agents >= 0, qPrintable(text));
    QSet<QString> loaded;
    for (const QString &line : text.mid(agents).split(u'\n').mid(1)) {
        static const QRegularExpression name(QStringLiteral("^\\s+(\\S+)\\s*$"));
        const QRegularExpressionMatch match = name.match(line);
        if (!match.hasMatch())
            break;
        loaded.insert(match.captured(1));
    }
    QCOMPARE(loaded, names);
}

void TestBundleRuntimes::openCodeReadsTheFolder()
{
    if (!RuntimeOracle::isInstalled(QStringLiteral("opencode"), QStringLiteral("opencode-ai")))
        QSKIP("OpenCode is not installed (scripts/runtimes.sh)");
    QSet<QString> names;
    const QString folder = exportFor(Runtime::OpenCode, &names);
    QVERIFY(!folder.isEmpty());
    QCOMPARE(names.size(), m_agents.size());
    QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")}, folder).code, 0);
    const Run config = run(RuntimeOracle::root() + QStringLiteral("/opencode/node_modules/.bin/opencode"), {QStringLiteral("debug"), QStringLiteral("config")},
                           folder, {QStringLiteral("OPENCODE_DISABLE_MODELS_FETCH=1")});
    QVERIFY2(config.code == 0, config.err.constData());
    const QJsonObject agents = QJsonDocument::fromJson(config.out).object().value(QLatin1String("agent")).toObject();
    for (const QString &name : std::as_const(names)) {
        QVERIFY2(agents.contains(name), qPrintable(name + u' ' + agents.keys().join(u' ') + QString::fromUtf8(config.err)));
        QCOMPARE(agents.value(name).toObject().value(QLatin1String("mode")).toString(), QStringLiteral("subagent"));
    }
}

QTEST_GUILESS_MAIN(TestBundleRuntimes)
#include "tst_bundleruntimes.moc"
