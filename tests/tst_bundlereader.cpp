// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlereader.h"
#include "bundles/bundlewriter.h"
#include "scratchfiles.h"
#include "writefaults.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Agentry;

// BundleReader: plugin folders, marketplaces and zips read back; hostile archives refused
// with a message naming the entry, and nothing written outside the target.
class TestBundleReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportedFolder();
    void exportedMarketplace();
    void exportedZip();
    void zipWithOneFolder();
    void hostileArchives_data();
    void hostileArchives();
    void limits_data();
    void limits();
    void targetMustBeEmpty();
    void marketplaceSources();
    void optionalDependencies_data();
    void optionalDependencies();
    void marketplaceEntryFields();
    void symlinkedAgentSkipped();
    void copyAgents();
    void copyAgentsFailingPartwayChangesNothing();

private:
    // One entry of a test archive: Unix mode with its type bits, stored or deflated.
    struct Entry
    {
        QString name;
        QByteArray bytes;
        quint32 mode = 0100644;
        bool stored = false;
    };
    static QByteArray zipOf(const QVector<Entry> &entries);
    QString write(const QString &name, const QByteArray &bytes);
    BundleRequest request(const QString &out) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QByteArray kReviewer = "---\nname: reviewer\ndescription: Reviews diffs for bugs.\ntools: Read, Grep\n---\nReview the diff.\n";

void TestBundleReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestBundleReader::zipOf(const QVector<Entry> &entries)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create a zip");
    for (const Entry &entry : entries) {
        QuaZipNewInfo info(entry.name);
        info.externalAttr = entry.mode << 16;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, entry.stored ? 0 : Z_DEFLATED, entry.stored ? 0 : Z_DEFAULT_COMPRESSION)
            || file.write(entry.bytes) != entry.bytes.size())
            qFatal("cannot add %s", qPrintable(entry.name));
        file.close();
    }
    zip.close();
    return buffer.data();
}

QString TestBundleReader::write(const QString &name, const QByteArray &bytes)
{
    return writeScratchFileOrAbort(m_dir->filePath(name), bytes);
}

BundleRequest TestBundleReader::request(const QString &out) const
{
    BundleRequest request;
    request.manifest.name = QStringLiteral("team-agents");
    request.manifest.version = QStringLiteral("2.0.0");
    request.manifest.author.name = QStringLiteral("Jane");
    request.manifest.license = QStringLiteral("MIT");
    request.agents = {{QStringLiteral("reviewer.md"), kReviewer}};
    request.outputPath = out.isEmpty() ? QString() : m_dir->filePath(out);
    request.output = out.endsWith(QLatin1String(".zip")) ? BundleRequest::Output::Zip : BundleRequest::Output::Folder;
    return request;
}

void TestBundleReader::exportedFolder()
{
    QVERIFY(BundleWriter::write(request(QStringLiteral("plugin"))).ok);
    const BundleContents contents = BundleReader::read(m_dir->filePath(QStringLiteral("plugin")), QString());
    QVERIFY2(contents.ok, qPrintable(contents.error));
    QCOMPARE(contents.marketplaceName, QString());
    QCOMPARE(contents.plugins.size(), 1);
    const BundlePlugin &plugin = contents.plugins.first();
    QCOMPARE(plugin.manifest.name, QStringLiteral("team-agents"));
    QCOMPARE(plugin.manifest.version, QStringLiteral("2.0.0"));
    QCOMPARE(plugin.manifest.author.name, QStringLiteral("Jane"));
    QCOMPARE(plugin.agentFiles, QStringList{m_dir->filePath(QStringLiteral("plugin/agents/reviewer.md"))});
}

void TestBundleReader::exportedMarketplace()
{
    BundleRequest r = request(QString());
    r.marketplacePath = m_dir->filePath(QStringLiteral("market"));
    QVERIFY(BundleWriter::write(r).ok);
    r.manifest.name = QStringLiteral("second");
    QVERIFY(BundleWriter::write(r).ok);
    const BundleContents contents = BundleReader::read(r.marketplacePath, QString());
    QVERIFY2(contents.ok, qPrintable(contents.error));
    QCOMPARE(contents.marketplaceName, QStringLiteral("market"));
    QCOMPARE(contents.plugins.size(), 2);
    QCOMPARE(contents.plugins.at(0).manifest.name, QStringLiteral("team-agents"));
    QCOMPARE(contents.plugins.at(1).manifest.name, QStringLiteral("second"));
    QCOMPARE(contents.plugins.at(1).agentFiles, QStringList{r.marketplacePath + QLatin1String("/plugins/second/agents/reviewer.md")});
}

void TestBundleReader::exportedZip()
{
    QVERIFY(BundleWriter::write(request(QStringLiteral("team.zip"))).ok);
    const QString target = m_dir->filePath(QStringLiteral("unpacked"));
    const BundleContents contents = BundleReader::read(m_dir->filePath(QStringLiteral("team.zip")), target);
    QVERIFY2(contents.ok, qPrintable(contents.error));
    QCOMPARE(contents.root, target);
    QCOMPARE(contents.plugins.size(), 1);
    QCOMPARE(contents.plugins.first().agentFiles, QStringList{target + QLatin1String("/agents/reviewer.md")});
    QFile agent(contents.plugins.first().agentFiles.first());
    QVERIFY(agent.open(QIODevice::ReadOnly));
    QCOMPARE(agent.readAll(), kReviewer);
}

void TestBundleReader::zipWithOneFolder()
{
    // As `zip -r team.zip team/` makes it, with folder entries.
    write(QStringLiteral("team.zip"), zipOf({{QStringLiteral("team/"), {}, 040755},
                                             {QStringLiteral("team/.claude-plugin/plugin.json"), "{\"name\": \"team\", \"version\": \"1.0.0\"}"},
                                             {QStringLiteral("team/agents/reviewer.md"), kReviewer},
                                             {QStringLiteral("team/commands/hello.md"), "Hello"}}));
    const QString target = m_dir->filePath(QStringLiteral("unpacked"));
    const BundleContents contents = BundleReader::read(m_dir->filePath(QStringLiteral("team.zip")), target);
    QVERIFY2(contents.ok, qPrintable(contents.error));
    QCOMPARE(contents.root, target + QLatin1String("/team"));
    QCOMPARE(contents.plugins.first().manifest.name, QStringLiteral("team"));
    QCOMPARE(contents.plugins.first().agentFiles.size(), 1);
    QVERIFY(QFileInfo(target + QLatin1String("/team/commands/hello.md")).isFile()); // other components are kept
}

void TestBundleReader::hostileArchives_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("message");

    const Entry agent{QStringLiteral("agents/a.md"), kReviewer};
    QTest::newRow("zip slip") << zipOf({agent, {QStringLiteral("../x"), "evil"}}) << "The archive entry \"../x\" climbs out";
    QTest::newRow("zip slip deeper") << zipOf({{QStringLiteral("agents/../../x.md"), "evil"}}) << "The archive entry \"agents/../../x.md\" climbs out";
    QTest::newRow("absolute") << zipOf({{QStringLiteral("/tmp/x"), "evil"}}) << "The archive entry \"/tmp/x\" has an absolute path";
    QTest::newRow("drive") << zipOf({{QStringLiteral("C:/x"), "evil"}}) << "The archive entry \"C:/x\" has an absolute path";
    QTest::newRow("backslash") << zipOf({{QStringLiteral("..\\x"), "evil"}}) << "The archive entry \"..\\x\" has a backslash";
    QTest::newRow("symlink") << zipOf({agent, {QStringLiteral("agents/link.md"), "/etc/passwd", 0120777}})
                             << "The archive entry \"agents/link.md\" is a symbolic link";
    QTest::newRow("fifo") << zipOf({{QStringLiteral("pipe"), {}, 010644}}) << "The archive entry \"pipe\" is neither a file nor a folder";
    QTest::newRow("invalid name") << zipOf({{QStringLiteral("agents/a?.md"), kReviewer}}) << "The archive entry \"agents/a?.md\" is not a valid file name";
    QTest::newRow("device name") << zipOf({{QStringLiteral("agents/NUL.md"), kReviewer}}) << "The archive entry \"agents/NUL.md\" is not a valid file name";
    QTest::newRow("twice") << zipOf({agent, {QStringLiteral("agents/A.md"), kReviewer}}) << "The archive holds \"agents/A.md\" twice";
    QTest::newRow("bomb ratio") << zipOf({agent, {QStringLiteral("agents/zeros.md"), QByteArray(4 * 1024 * 1024, '\0')}})
                                << "The archive entry \"agents/zeros.md\" is compressed more than 100 times";
    QTest::newRow("bomb size") << zipOf({{QStringLiteral("big.md"), QByteArray(17 * 1024 * 1024, 'a')}})
                               << "The archive entry \"big.md\" unpacks to 17825792 bytes; at most 16777216";
    QTest::newRow("non-zip") << QByteArray("---\nname: not a zip\n---\n") << "is not a zip archive";
    const QByteArray good = zipOf({agent, {QStringLiteral(".claude-plugin/plugin.json"), "{\"name\": \"p\"}"}});
    QTest::newRow("truncated") << good.left(good.size() - 30) << "is damaged or truncated";
    QTest::newRow("truncated half") << good.left(good.size() / 2) << "is damaged or truncated";
    // A stored entry whose bytes were changed after its checksum was taken.
    QByteArray corrupt = zipOf({{QStringLiteral("agents/a.md"), kReviewer, 0100644, true}});
    corrupt.replace("Review the diff.", "Review the DIFF.");
    QTest::newRow("checksum") << corrupt << "The archive entry \"agents/a.md\" is damaged";
}

void TestBundleReader::hostileArchives()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, message);
    const QString zip = write(QStringLiteral("bundle.zip"), archive);
    const bool absoluteExisted = QFileInfo::exists(QStringLiteral("/tmp/x"));
    const BundleContents contents = BundleReader::read(zip, m_dir->filePath(QStringLiteral("target")));
    QVERIFY(!contents.ok);
    QVERIFY2(contents.error.contains(message), qPrintable(contents.error));
    QVERIFY(contents.plugins.isEmpty());
    // Nothing written, inside the target or beside it.
    QCOMPARE(scratchTree(m_dir->path(), QDir::System), QStringList{QStringLiteral("bundle.zip")});
    QCOMPARE(QFileInfo::exists(QStringLiteral("/tmp/x")), absoluteExisted);
}

void TestBundleReader::limits_data()
{
    QTest::addColumn<int>("entries");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("message");
    QTest::newRow("too many entries") << 3 << qint64(1 << 20) << "holds 4 entries; at most 3";
    QTest::newRow("too much in all") << 100 << qint64(3 * kReviewer.size()) << "unpacks to more than";
}

void TestBundleReader::limits()
{
    QFETCH(int, entries);
    QFETCH(qint64, total);
    QFETCH(QString, message);
    QVector<Entry> files;
    for (int i = 0; i < 4; ++i)
        files.append({QStringLiteral("agents/a%1.md").arg(i), kReviewer});
    const QString zip = write(QStringLiteral("bundle.zip"), zipOf(files));
    ExtractionLimits limits;
    limits.maxEntries = entries;
    limits.maxTotalSize = total;
    const BundleContents contents = BundleReader::read(zip, m_dir->filePath(QStringLiteral("target")), limits);
    QVERIFY(!contents.ok);
    QVERIFY2(contents.error.contains(message), qPrintable(contents.error));
    QCOMPARE(scratchTree(m_dir->path(), QDir::System), QStringList{QStringLiteral("bundle.zip")});
    // Within the limits the same archive unpacks: a plugin without plugin.json, named after its folder.
    const BundleContents unpacked = BundleReader::read(zip, m_dir->filePath(QStringLiteral("target")), {});
    QVERIFY2(unpacked.ok, qPrintable(unpacked.error));
    QCOMPARE(unpacked.plugins.first().agentFiles.size(), 4);
    QCOMPARE(unpacked.plugins.first().manifest.name, QStringLiteral("target"));
}

void TestBundleReader::targetMustBeEmpty()
{
    const QString zip = write(QStringLiteral("bundle.zip"), zipOf({{QStringLiteral("agents/a.md"), kReviewer}}));
    write(QStringLiteral("target/mine.txt"), "mine");
    const BundleContents contents = BundleReader::read(zip, m_dir->filePath(QStringLiteral("target")));
    QVERIFY(!contents.ok);
    QVERIFY(contents.error.contains(QLatin1String("not empty")));
    QCOMPARE(scratchTree(m_dir->filePath(QStringLiteral("target")), QDir::System), QStringList{QStringLiteral("mine.txt")});
}

void TestBundleReader::marketplaceSources()
{
    write(QStringLiteral("outside/agents/x.md"), kReviewer);
    write(QStringLiteral("market/plugins/ok/agents/ok.md"), kReviewer);
    const QByteArray head = "{\"name\": \"m\", \"plugins\": [{\"name\": \"ok\", \"source\": \"./plugins/ok\"}, ";
    write(QStringLiteral("market/.claude-plugin/marketplace.json"), head + "{\"name\": \"up\", \"source\": \"../outside\"}]}");
    BundleContents contents = BundleReader::read(m_dir->filePath(QStringLiteral("market")), QString());
    QVERIFY(!contents.ok);
    QVERIFY2(contents.error.contains(QLatin1String("\"up\" has the source \"../outside\", which leads outside")), qPrintable(contents.error));

    write(QStringLiteral("market/.claude-plugin/marketplace.json"), head + "{\"name\": \"abs\", \"source\": \"" + m_dir->filePath(QStringLiteral("outside")).toUtf8() + "\"}]}");
    contents = BundleReader::read(m_dir->filePath(QStringLiteral("market")), QString());
    QVERIFY(!contents.ok);
    QVERIFY(contents.error.contains(QLatin1String("\"abs\"")));

    // A link inside the marketplace that leads out of it is refused too.
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("outside")), m_dir->filePath(QStringLiteral("market/plugins/linked"))));
    write(QStringLiteral("market/.claude-plugin/marketplace.json"), head + "{\"name\": \"linked\", \"source\": \"./plugins/linked\"}]}");
    contents = BundleReader::read(m_dir->filePath(QStringLiteral("market")), QString());
    QVERIFY(!contents.ok);
    QVERIFY(contents.error.contains(QLatin1String("\"linked\"")));

    write(QStringLiteral("market/.claude-plugin/marketplace.json"),
          head + "{\"name\": \"remote\", \"source\": {\"source\": \"github\", \"repo\": \"a/b\"}}]}");
    contents = BundleReader::read(m_dir->filePath(QStringLiteral("market")), QString());
    QVERIFY2(contents.ok, qPrintable(contents.error));
    QCOMPARE(contents.plugins.size(), 1);
    QCOMPARE(contents.plugins.first().manifest.name, QStringLiteral("ok"));
    QCOMPARE(contents.skipped.size(), 1);
    QVERIFY(contents.skipped.first().startsWith(QLatin1String("remote: ")));
}

// `optionalDependencies` is a field of plugin.json from Claude Code 2.1.332 on; 2.1.330 calls it
// unknown, which fails `claude plugin validate --strict`.
void TestBundleReader::optionalDependencies_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("warnings");
    const QString file = QStringLiteral(".claude-plugin/plugin.json: ");
    const QString unknown = file + QStringLiteral("optionalDependencies: Claude Code 2.1.330 knows no field \"optionalDependencies\" "
                                                  "and ignores it; `claude plugin validate --strict` fails on it.");
    QTest::newRow("2.1.330") << QStringLiteral("2.1.330") << QByteArray(R"(["linter", "docs@tools"])") << QStringList{unknown};
    QTest::newRow("2.1.330, not a list") << QStringLiteral("2.1.330") << QByteArray(R"("linter")") << QStringList{unknown};
    QTest::newRow("2.1.332") << QStringLiteral("2.1.332") << QByteArray(R"(["linter", "docs@tools", {"name": "x", "marketplace": "m"}])")
                             << QStringList{};
    QTest::newRow("2.1.332, not a list") << QStringLiteral("2.1.332") << QByteArray(R"("linter")")
                                         << QStringList{file + QStringLiteral("optionalDependencies: must be a list of plugin names; "
                                                                              "Claude Code 2.1.332 ignores it.")};
    QTest::newRow("2.1.332, bad name") << QStringLiteral("2.1.332") << QByteArray(R"(["linter", "Bad Name", 3])")
                                       << QStringList{file + QStringLiteral("optionalDependencies[1]: must be \"name\", \"name@marketplace\" or an "
                                                                            "object with a name; Claude Code 2.1.332 ignores it."),
                                                      file + QStringLiteral("optionalDependencies[2]: must be \"name\", \"name@marketplace\" or an "
                                                                            "object with a name; Claude Code 2.1.332 ignores it.")};
}

void TestBundleReader::optionalDependencies()
{
    QFETCH(QString, client);
    QFETCH(QByteArray, value);
    QFETCH(QStringList, warnings);
    write(QStringLiteral("plugin/.claude-plugin/plugin.json"), R"({"name": "p", "version": "1.0.0", "optionalDependencies": )" + value + '}');
    write(QStringLiteral("plugin/agents/reviewer.md"), kReviewer);
    const BundleContents contents = BundleReader::read(m_dir->filePath(QStringLiteral("plugin")), QString(), {}, *RuntimeProfile::find(client));
    QVERIFY2(contents.ok, qPrintable(contents.error));
    QCOMPARE(contents.warnings, warnings);
}

// A marketplace entry's fields, by client: plugin.json's and the entry's own (source, strict, ...).
void TestBundleReader::marketplaceEntryFields()
{
    write(QStringLiteral("market/plugins/ok/agents/ok.md"), kReviewer);
    write(QStringLiteral("market/.claude-plugin/marketplace.json"),
          R"({"name": "m", "plugins": [{"name": "ok", "source": "./plugins/ok", "strict": false, "category": "review",
              "optionalDependencies": ["linter"], "colour": "red"}]})");
    const QString market = m_dir->filePath(QStringLiteral("market"));
    const QString prefix = QStringLiteral(".claude-plugin/marketplace.json: plugins[0].");
    const BundleContents latest = BundleReader::read(market, QString(), {}, *RuntimeProfile::find(QStringLiteral("2.1.332")));
    QVERIFY2(latest.ok, qPrintable(latest.error));
    QCOMPARE(latest.warnings, QStringList{prefix + QStringLiteral("colour: Claude Code 2.1.332 knows no field \"colour\" and ignores it; "
                                                                  "`claude plugin validate --strict` fails on it.")});
    const BundleContents older = BundleReader::read(market, QString(), {}, *RuntimeProfile::find(QStringLiteral("2.1.330")));
    QCOMPARE(older.warnings.size(), 2);
    QVERIFY(older.warnings.first().startsWith(prefix + QStringLiteral("colour: ")));
    QVERIFY(older.warnings.last().startsWith(prefix + QStringLiteral("optionalDependencies: Claude Code 2.1.330 knows no field")));
    // A client whose keys are not recorded checks nothing.
    QCOMPARE(BundleReader::read(market, QString(), {}, *RuntimeProfile::find(QStringLiteral("2.1.197"))).warnings, QStringList());
}

void TestBundleReader::symlinkedAgentSkipped()
{
    QVERIFY(BundleWriter::write(request(QStringLiteral("plugin"))).ok);
    write(QStringLiteral("elsewhere.md"), kReviewer);
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("elsewhere.md")), m_dir->filePath(QStringLiteral("plugin/agents/linked.md"))));
    const BundleContents contents = BundleReader::read(m_dir->filePath(QStringLiteral("plugin")), QString());
    QVERIFY(contents.ok);
    QCOMPARE(contents.plugins.first().agentFiles, QStringList{m_dir->filePath(QStringLiteral("plugin/agents/reviewer.md"))});
}

void TestBundleReader::copyAgents()
{
    const QString a = write(QStringLiteral("in/a.md"), "A");
    const QString b = write(QStringLiteral("in/b.md"), "B");
    const QString agents = m_dir->filePath(QStringLiteral("project/.claude/agents"));
    write(QStringLiteral("project/.claude/agents/b.md"), "mine");
    QCOMPARE(BundleReader::conflicts({a, b}, agents), QStringList{b});

    QStringList copied;
    QString error = BundleReader::copyAgents({a, b}, agents, {}, &copied);
    QVERIFY2(error.contains(QLatin1String("b.md")), qPrintable(error));
    QVERIFY(copied.isEmpty());
    QVERIFY(!QFileInfo::exists(agents + QLatin1String("/a.md")));

    error = BundleReader::copyAgents({a, b}, agents, {b}, &copied);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(copied, (QStringList{agents + QLatin1String("/a.md"), agents + QLatin1String("/b.md")}));
    QFile file(agents + QLatin1String("/b.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("B"));

    const QString other = write(QStringLiteral("in2/a.md"), "A2");
    error = BundleReader::copyAgents({a, other}, m_dir->filePath(QStringLiteral("fresh")), {}, nullptr);
    QVERIFY(error.contains(QLatin1String("a.md")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("fresh"))));
}

void TestBundleReader::copyAgentsFailingPartwayChangesNothing()
{
    QStringList agents;
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})
        agents.append(write(QStringLiteral("in/%1.md").arg(name), name.toUtf8()));
    const QString folder = m_dir->filePath(QStringLiteral("project/.claude/agents"));
    write(QStringLiteral("project/.claude/agents/a.md"), "mine");
    write(QStringLiteral("project/.claude/agents/c.md/notes.txt"), "a folder where c.md would go");
    const QMap<QString, QByteArray> before = scratchSnapshot(folder);

    // a.md is replaced and b.md made before c.md fails: both are taken back.
    QStringList copied;
    QString error = BundleReader::copyAgents(agents, folder, {agents.at(0), agents.at(2)}, &copied);
    QVERIFY2(error.contains(folder + QLatin1String("/c.md")) && error.contains(QLatin1String("No agent was copied")), qPrintable(error));
    QCOMPARE(scratchSnapshot(folder), before);
    QVERIFY(copied.isEmpty());

    // Into a folder that did not exist: it does not exist afterwards either.
    int writes = 0;
    const WriterHook thirdFails([&writes](const QString &) { return ++writes == 3 ? permissionDenied() : QString(); });
    const QString fresh = m_dir->filePath(QStringLiteral("fresh/.claude/agents"));
    error = BundleReader::copyAgents(agents, fresh, {}, &copied);
    QVERIFY2(error.contains(fresh + QLatin1String("/c.md: ") + permissionDenied()), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("fresh"))));
    QVERIFY(copied.isEmpty());
}

QTEST_GUILESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
