// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlewriter.h"
#include "findingtexts.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// The real client accepts what BundleWriter writes: every agent of the wshobson__agents corpus
// exported as one plugin and as one marketplace passes `claude plugin validate --strict`, and
// installs offline with `claude plugin marketplace add` + `claude plugin install`, after which
// `claude plugin details` lists every agent; with a license the plugin also passes the plugin
// directory's checks. Skipped when the client or the corpus is missing.
class TestBundleClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plugin();
    void marketplace();
    void directoryProfile();

private:
    struct Run
    {
        int code = -1;
        QString output; // stdout and stderr
    };
    Run claude(const QStringList &arguments, qint64 *milliseconds = nullptr) const;
    BundleRequest request() const;

    QString m_claude;
    QTemporaryDir m_home; // the client's HOME: its settings and installed plugins go here
    QTemporaryDir m_out;
    QVector<BundleAgent> m_agents; // every agent of the corpus
    QStringList m_names;           // their names, as the plugin's agent files are named
};

TestBundleClient::Run TestBundleClient::claude(const QStringList &arguments, qint64 *milliseconds) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("DISABLE_TELEMETRY"), QStringLiteral("1"));
    environment.insert(QStringLiteral("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DISABLE_AUTOUPDATER"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_out.path());
    QElapsedTimer timer;
    timer.start();
    process.start(m_claude, arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("timed out: ") + QString::fromUtf8(process.readAll())};
    }
    if (milliseconds)
        *milliseconds = timer.elapsed();
    qInfo().noquote() << QStringLiteral("claude %1: exit %2, %3 ms").arg(arguments.join(u' ')).arg(process.exitCode()).arg(timer.elapsed());
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAll())};
}

void TestBundleClient::initTestCase()
{
    m_claude = qEnvironmentVariable("AGENTRY_CLAUDE");
    if (m_claude.isEmpty())
        m_claude = QStandardPaths::findExecutable(QStringLiteral("claude"));
    if (m_claude.isEmpty() && QFileInfo(QStringLiteral("/tmp/cc/node_modules/.bin/claude")).isExecutable())
        m_claude = QStringLiteral("/tmp/cc/node_modules/.bin/claude");
    if (m_claude.isEmpty())
        QSKIP("Claude Code is not installed: set AGENTRY_CLAUDE to its `claude` (npm install @anthropic-ai/claude-code@2.1.332)");
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents/plugins");
    if (!QFileInfo(corpus).isDir())
        QSKIP("The corpus is missing: " AGENTRY_CORPUS_DIR "/wshobson__agents");
    QVERIFY(m_home.isValid() && m_out.isValid());
    const Run version = claude({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    qInfo().noquote() << QStringLiteral("client: %1 (%2)").arg(version.output.trimmed(), m_claude);

    // Every agent file, in path order.
    QStringList paths;
    QDirIterator it(corpus, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).dir().dirName() == QLatin1String("agents"))
            paths.append(path);
    }
    paths.sort();
    QVector<BundleAgent> all;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        all.append({QDir(corpus).relativeFilePath(path), file.readAll()});
    }
    QCOMPARE(all.size(), 197);

    // The corpus's plugins reuse file names (197 files, 136 distinct names) but every agent's
    // `name` is unique (the plugin's name is part of it): named after their agents, all 197 fit
    // in one plugin without a collision. None has an error; 7 warnings are accepted.
    m_agents = all;
    BundleRequest unaccepted = request();
    unaccepted.acceptWarnings = false;
    const BundleResult gate = BundleWriter::check(unaccepted);
    QVERIFY(!gate.ok);
    QCOMPARE(findingTexts(gate, Severity::Error), QStringList());
    QCOMPARE(findingTexts(gate, Severity::Warning).size(), 7);
    const BundleResult passed = BundleWriter::check(request());
    QVERIFY2(passed.ok, qPrintable(passed.error));
    for (const QString &file : passed.writtenFiles) {
        if (file.startsWith(QLatin1String("agents/")))
            m_names.append(file.mid(7, file.size() - 10));
    }
    m_names.sort();
    QCOMPARE(m_names.size(), 197);
}

BundleRequest TestBundleClient::request() const
{
    BundleRequest request;
    request.manifest.name = QStringLiteral("wshobson-agents");
    request.manifest.version = QStringLiteral("1.0.0");
    request.manifest.description = QStringLiteral("Every agent of wshobson/agents in one plugin, exported by Agentry.");
    request.manifest.author = {QStringLiteral("Agentry tests"), QStringLiteral("tests@example.invalid"), {}};
    request.manifest.license = QStringLiteral("MIT");
    request.agents = m_agents;
    request.acceptWarnings = true;
    request.outputPath = m_out.filePath(QStringLiteral("checked-only")); // check() needs a place; nothing is written there
    return request;
}

void TestBundleClient::plugin()
{
    BundleRequest r = request();
    r.outputPath = m_out.filePath(QStringLiteral("plugin/wshobson-agents"));
    QElapsedTimer timer;
    timer.start();
    const BundleResult result = BundleWriter::write(r);
    QVERIFY2(result.ok, qPrintable(result.error + findingTexts(result, Severity::Error).join(u'\n')));
    qInfo().noquote() << QStringLiteral("exported %1 agents as a plugin in %2 ms").arg(m_agents.size()).arg(timer.elapsed());
    QCOMPARE(result.writtenFiles.filter(QStringLiteral("agents/")).size(), 197);

    const Run validate = claude({QStringLiteral("plugin"), QStringLiteral("validate"), QStringLiteral("--strict"), r.outputPath});
    QVERIFY2(validate.code == 0, qPrintable(validate.output));
}

void TestBundleClient::marketplace()
{
    BundleRequest r = request();
    r.outputPath.clear(); // <marketplace>/plugins/wshobson-agents
    r.marketplacePath = m_out.filePath(QStringLiteral("agentry-market"));
    QElapsedTimer timer;
    timer.start();
    const BundleResult result = BundleWriter::write(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    qInfo().noquote() << QStringLiteral("exported %1 agents as a marketplace in %2 ms").arg(m_agents.size()).arg(timer.elapsed());

    Run run = claude({QStringLiteral("plugin"), QStringLiteral("validate"), QStringLiteral("--strict"), r.marketplacePath});
    QVERIFY2(run.code == 0, qPrintable(run.output));
    run = claude({QStringLiteral("plugin"), QStringLiteral("marketplace"), QStringLiteral("add"), r.marketplacePath});
    QVERIFY2(run.code == 0, qPrintable(run.output));
    run = claude({QStringLiteral("plugin"), QStringLiteral("install"), QStringLiteral("wshobson-agents@agentry-market")});
    QVERIFY2(run.code == 0, qPrintable(run.output));
    run = claude({QStringLiteral("plugin"), QStringLiteral("details"), QStringLiteral("wshobson-agents")});
    QVERIFY2(run.code == 0, qPrintable(run.output));
    // "  Agents (197)  name, name, ..." in the component inventory.
    const QRegularExpressionMatch agents = QRegularExpression(QStringLiteral("(?m)^\\s*Agents \\((\\d+)\\)\\s+(.*)$")).match(run.output);
    QVERIFY2(agents.hasMatch(), qPrintable(run.output));
    QCOMPARE(agents.captured(1).toInt(), 197);
    QStringList listed = agents.captured(2).trimmed().split(QStringLiteral(", "));
    listed.sort();
    QStringList missing;
    for (const QString &name : std::as_const(m_names)) {
        if (!listed.contains(name))
            missing.append(name);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not listed: %1\n%2").arg(missing.join(QLatin1String(", ")), run.output)));
    QCOMPARE(listed, m_names);
}

// With a license the export is ready for the plugin directory: README of 40 words, LICENSE and
// the generated icon pass `--profile directory`. Without one the directory refuses it.
void TestBundleClient::directoryProfile()
{
    BundleRequest r = request();
    r.outputPath = m_out.filePath(QStringLiteral("directory/wshobson-agents"));
    const BundleResult result = BundleWriter::write(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList validate{QStringLiteral("plugin"), QStringLiteral("validate"), QStringLiteral("--strict"),
                               QStringLiteral("--profile"), QStringLiteral("directory")};
    const Run ready = claude(validate + QStringList{r.outputPath});
    QVERIFY2(ready.code == 0, qPrintable(ready.output));
    for (const char *code : {"README_MISSING", "README_TRIVIAL", "LICENSE_MISSING", "ICON_MISSING", "ICON_"})
        QVERIFY2(!ready.output.contains(QLatin1String(code)), qPrintable(ready.output));

    r.manifest.license.clear();
    r.outputPath = m_out.filePath(QStringLiteral("directory/unlicensed"));
    QVERIFY(BundleWriter::write(r).ok);
    const Run refused = claude(validate + QStringList{r.outputPath});
    QVERIFY2(refused.code != 0 && refused.output.contains(QLatin1String("LICENSE_MISSING")), qPrintable(refused.output));
}

QTEST_GUILESS_MAIN(TestBundleClient)
#include "tst_bundleclient.moc"
