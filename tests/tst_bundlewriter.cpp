// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlewriter.h"
#include "bundles/licensefile.h"
#include "bundles/marketplacefile.h"
#include "bundles/pluginicon.h"
#include "bundles/pluginmanifest.h"
#include "bundles/runtimebundle.h"
#include "conversion/agentconverter.h"
#include "commandrun.h"
#include "findingtexts.h"
#include "scratchfiles.h"
#include "writefaults.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

using namespace Agentry;

Q_DECLARE_METATYPE(Runtime)

// BundleWriter: the gate, agent files named after their agents, plugin.json, the README,
// reproducible zips, marketplaces updated in place, atomic writes; `agentry export` and `import`.
class TestBundleWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void manifestText();
    void manifestChecks_data();
    void manifestChecks();
    void nextVersion_data();
    void nextVersion();
    void folderExport();
    void readme();
    void licenseFile_data();
    void licenseFile();
    void generatedIcon();
    void chosenIcon_data();
    void chosenIcon();
    void zipIsReproducible();
    void gateBlocksErrors();
    void warningsNeedAccepting();
    void nameCollisions();
    void unsafeAgentName();
    void unreadableAgentsAreNamedByTheirFiles();
    void existingOutput();
    void cancelLeavesNothing();
    void exportIntoAReadOnlyFolder();
    void exportFailingHalfwayChangesNothing();
    void exportRefusesAnOutsideChangeToTheMarketplace();
    void newMarketplace();
    void marketplaceUpdateKeepsFormatting();
    void marketplaceUpdateInPlace();
    void marketplaceOtherLayouts_data();
    void marketplaceOtherLayouts();
    void marketplaceRefusals();
    void exportCommand();
    void exportCommandGate();
    void importCommand();
    void runtimeBundles_data();
    void runtimeBundles();
    void allRuntimesSideBySide();
    void runtimeBundleRefusals();
    void runtimeBundleReplacesOnlyItsOwn();
    void exportCommandRuntime();

private:
    QString write(const QString &name, const QByteArray &bytes);
    BundleRequest request(const QString &out) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QByteArray kReviewer = "---\nname: reviewer\ndescription: Reviews diffs for bugs.\ntools: Read, Grep, Bash(git diff:*)\nmodel: sonnet\n---\nReview the diff.\n";
static const QByteArray kHelper = "---\nname: helper\ndescription: Helps with everything.\n---\nHelp.\r\n";
static const QByteArray kLenient = "---\nname: lenient\ndescription: Use it: always\n---\nHelp.\n";
// With a prompt long enough for Qwen Code.
static const QByteArray kHelperAtLength = "---\nname: helper\ndescription: Helps with everything.\n---\nHelp with whatever is asked.\r\n";
static const QByteArray kBroken = "---\nname: broken\ndescription: Use it. Examples:\nuser: hi\n---\nBroken.\n";

void TestBundleWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestBundleWriter::write(const QString &name, const QByteArray &bytes)
{
    return writeScratchFileOrAbort(m_dir->filePath(name), bytes);
}

BundleRequest TestBundleWriter::request(const QString &out) const
{
    BundleRequest request;
    request.manifest.name = QStringLiteral("team-agents");
    request.manifest.version = QStringLiteral("1.2.0");
    request.manifest.description = QStringLiteral("Agents our team shares.");
    request.manifest.author = {QStringLiteral("Jane Doe"), QStringLiteral("jane@example.com"), {}};
    request.manifest.license = QStringLiteral("MIT");
    request.agents = {{QStringLiteral("src/code-reviewer.md"), kReviewer}, {QStringLiteral("src/helper.md"), kHelper}};
    request.outputPath = out.isEmpty() ? QString() : m_dir->filePath(out);
    request.output = out.endsWith(QLatin1String(".zip")) ? BundleRequest::Output::Zip : BundleRequest::Output::Folder;
    return request;
}

void TestBundleWriter::manifestText()
{
    PluginManifest manifest;
    manifest.name = QStringLiteral("my-plugin");
    manifest.version = QStringLiteral("1.0.0");
    manifest.author = {QStringLiteral("Jane"), {}, QStringLiteral("https://example.com")};
    manifest.license = QStringLiteral("MIT");
    manifest.keywords = QStringList{QStringLiteral("review"), QStringLiteral("\"quoted\"")};
    QCOMPARE(QString::fromUtf8(manifest.toJsonText()),
             QStringLiteral("{\n  \"name\": \"my-plugin\",\n  \"version\": \"1.0.0\",\n  \"author\": {\n    \"name\": \"Jane\",\n"
                            "    \"url\": \"https://example.com\"\n  },\n  \"license\": \"MIT\",\n  \"keywords\": [\"review\", \"\\\"quoted\\\"\"]\n}\n"));
    const PluginManifest back = PluginManifest::fromJson(QJsonDocument::fromJson(manifest.toJsonText()).object());
    QCOMPARE(back.toJson(), manifest.toJson());
    QCOMPARE(back.author.url, QStringLiteral("https://example.com"));
    QCOMPARE(PluginManifest::fromJson(QJsonObject{{QStringLiteral("author"), QStringLiteral("Solo")}}).author.name, QStringLiteral("Solo"));
    QVERIFY(PluginManifest::spdxLicenses().startsWith(QStringLiteral("MIT")));
}

void TestBundleWriter::manifestChecks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("nameOk");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("versionOk");
    QTest::newRow("good") << "my-plugin-2" << true << "1.0.0-beta.1+build.5" << true;
    QTest::newRow("spaces") << "my plugin" << false << "1.0" << false;
    QTest::newRow("upper") << "MyPlugin" << false << "01.0.0" << false;
    QTest::newRow("double hyphen") << "my--plugin" << false << "" << true;
    QTest::newRow("empty") << "" << false << "v1.0.0" << false;
}

void TestBundleWriter::manifestChecks()
{
    QFETCH(QString, name);
    QFETCH(bool, nameOk);
    QFETCH(QString, version);
    QFETCH(bool, versionOk);
    QCOMPARE(PluginManifest::nameProblem(name).isEmpty(), nameOk);
    QCOMPARE(PluginManifest::versionProblem(version).isEmpty(), versionOk);
}

void TestBundleWriter::nextVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("next");
    QTest::newRow("patch") << "1.2.3" << "1.2.4";
    QTest::newRow("nine") << "0.9.9" << "0.9.10";
    QTest::newRow("pre-release") << "2.0.0-rc.1" << "2.0.0";
    QTest::newRow("empty") << "" << "0.1.0";
    QTest::newRow("invalid") << "one" << "0.1.0";
}

void TestBundleWriter::nextVersion()
{
    QFETCH(QString, version);
    QTEST(PluginManifest::nextVersion(version), "next");
}

void TestBundleWriter::folderExport()
{
    const BundleResult result = BundleWriter::write(request(QStringLiteral("out/team-agents")));
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString folder = m_dir->filePath(QStringLiteral("out/team-agents"));
    const QStringList files{QStringLiteral(".claude-plugin/plugin.json"), QStringLiteral("LICENSE"), QStringLiteral("README.md"),
                            QStringLiteral("agents/helper.md"), QStringLiteral("agents/reviewer.md"), QStringLiteral("assets/icon.png")};
    QCOMPARE(result.writtenFiles, files);
    QCOMPARE(result.sha256, QString());
    // Only the plugin: no staging folder left beside it.
    QCOMPARE(scratchTree(m_dir->filePath(QStringLiteral("out"))),
             (QStringList{QStringLiteral("team-agents"), QStringLiteral("team-agents/.claude-plugin"), QStringLiteral("team-agents/.claude-plugin/plugin.json"),
                          QStringLiteral("team-agents/LICENSE"), QStringLiteral("team-agents/README.md"), QStringLiteral("team-agents/agents"),
                          QStringLiteral("team-agents/agents/helper.md"), QStringLiteral("team-agents/agents/reviewer.md"), QStringLiteral("team-agents/assets"),
                          QStringLiteral("team-agents/assets/icon.png")}));
    // Byte for byte, named after the agent rather than the source file.
    QCOMPARE(readScratchFile(folder + QLatin1String("/agents/reviewer.md")), kReviewer);
    QCOMPARE(readScratchFile(folder + QLatin1String("/agents/helper.md")), kHelper);
    const QJsonObject manifest = QJsonDocument::fromJson(readScratchFile(folder + QLatin1String("/.claude-plugin/plugin.json"))).object();
    QCOMPARE(manifest.value(QLatin1String("name")).toString(), QStringLiteral("team-agents"));
    QCOMPARE(manifest.value(QLatin1String("license")).toString(), QStringLiteral("MIT"));
    QCOMPARE(manifest.value(QLatin1String("author")).toObject().value(QLatin1String("email")).toString(), QStringLiteral("jane@example.com"));
}

void TestBundleWriter::readme()
{
    QVERIFY(BundleWriter::write(request(QStringLiteral("p"))).ok);
    const QString readme = QString::fromUtf8(readScratchFile(m_dir->filePath(QStringLiteral("p/README.md"))));
    // The client's README_TRIVIAL check counts words; it asks for 40.
    QVERIFY2(readme.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size() >= 40, qPrintable(readme));
    QVERIFY(readme.startsWith(QLatin1String("# team-agents\n\nAgents our team shares.\n")));
    QVERIFY2(readme.contains(QLatin1String("### reviewer\n\nReviews diffs for bugs.\n\n- Model: `sonnet`\n- Tools: `Read`, `Grep`, `Bash` (only `git diff:*`)\n"
                                           "- File: `agents/reviewer.md`\n")),
             qPrintable(readme));
    QVERIFY2(readme.contains(QLatin1String("### helper\n\nHelps with everything.\n\n- Model: the session's model (inherited)\n"
                                           "- Tools: every tool of the session\n")),
             qPrintable(readme));
    QVERIFY(readme.indexOf(QLatin1String("### helper")) < readme.indexOf(QLatin1String("### reviewer")));
}

// LICENSE holds the license's standard text with the year and the author filled in; plugin.json
// names it either way.
void TestBundleWriter::licenseFile_data()
{
    QTest::addColumn<QString>("license");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("copyright"); // the line that names the holder; empty: no LICENSE
    QTest::addColumn<QString>("title");
    const QString year = QString::number(LicenseFile::currentYear());
    QTest::newRow("MIT") << "MIT" << "Jane Doe" << QStringLiteral("Copyright (c) %1 Jane Doe").arg(year) << "MIT License";
    QTest::newRow("BSD") << "BSD-3-Clause" << "Jane Doe" << QStringLiteral("Copyright (c) %1, Jane Doe").arg(year) << "BSD 3-Clause License";
    QTest::newRow("Apache") << "Apache-2.0" << "" << QStringLiteral("   Copyright %1 The team-agents authors").arg(year) << "Apache License";
    QTest::newRow("GPL") << "GPL-3.0-or-later" << "Jane Doe" << "    Copyright (C) <year>  <name of author>" << "GNU GENERAL PUBLIC LICENSE";
    QTest::newRow("no text") << "ISC" << "Jane Doe" << "" << "";
}

void TestBundleWriter::licenseFile()
{
    QFETCH(QString, license);
    QFETCH(QString, author);
    QFETCH(QString, copyright);
    QFETCH(QString, title);
    BundleRequest r = request(QStringLiteral("p"));
    r.manifest.license = license;
    r.manifest.author = {author, {}, {}};
    r.acceptWarnings = true; // no author
    const BundleResult result = BundleWriter::write(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(QJsonDocument::fromJson(readScratchFile(m_dir->filePath(QStringLiteral("p/.claude-plugin/plugin.json")))).object()
                 .value(QLatin1String("license")).toString(), license);
    QCOMPARE(result.writtenFiles.contains(QStringLiteral("LICENSE")), !copyright.isEmpty());
    if (copyright.isEmpty())
        return;
    const QStringList lines = QString::fromUtf8(readScratchFile(m_dir->filePath(QStringLiteral("p/LICENSE")))).split(u'\n');
    QVERIFY2(lines.contains(copyright), qPrintable(lines.join(u'\n').left(600)));
    QCOMPARE(lines.filter(title).isEmpty(), false);
    QVERIFY(!lines.join(u'\n').contains(QLatin1String("<copyright holders>")));
}

// Without a chosen icon the plugin gets one drawn from its name: a valid listing icon, the same
// bytes every time.
void TestBundleWriter::generatedIcon()
{
    const QByteArray icon = PluginIcon::generated(QStringLiteral("team-agents"));
    QCOMPARE(PluginIcon::problem(icon), QString());
    QImage image;
    QVERIFY(image.loadFromData(icon, "PNG"));
    QCOMPARE(image.size(), QSize(512, 512));
    QCOMPARE(PluginIcon::generated(QStringLiteral("team-agents")), icon);
    QVERIFY(PluginIcon::generated(QStringLiteral("other-agents")) != icon);

    QVERIFY(BundleWriter::write(request(QStringLiteral("p"))).ok);
    QCOMPARE(readScratchFile(m_dir->filePath(QStringLiteral("p/assets/icon.png"))), icon);
    QCOMPARE(QJsonDocument::fromJson(readScratchFile(m_dir->filePath(QStringLiteral("p/.claude-plugin/plugin.json")))).object()
                 .value(QLatin1String("icon")).toString(), QStringLiteral("assets/icon.png"));
}

static QByteArray encoded(const QSize &size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A chosen icon is written as it is, or refused with the plugin directory's rule.
void TestBundleWriter::chosenIcon_data()
{
    QTest::addColumn<QByteArray>("icon");
    QTest::addColumn<QString>("written"); // empty: refused
    QTest::addColumn<QString>("problem");
    QTest::newRow("png") << encoded(QSize(600, 600), "PNG") << "assets/icon.png" << "";
    QTest::newRow("jpeg") << encoded(QSize(1024, 1024), "JPG") << "assets/icon.jpg" << "";
    QTest::newRow("svg") << QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\"/>\n")
                         << "" << "does not accept SVG icons";
    QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << "" << "does not accept WebP icons";
    QTest::newRow("gif") << QByteArray("GIF89a") << "" << "must be a PNG or JPEG";
    QTest::newRow("not square") << encoded(QSize(600, 512), "PNG") << "" << "600 × 512 px; it must be square";
    QTest::newRow("small") << encoded(QSize(256, 256), "PNG") << "" << "256 px a side; the plugin directory takes 512 to 2048 px";
    QTest::newRow("large") << encoded(QSize(2049, 2049), "PNG") << "" << "2049 px a side";
    QTest::newRow("heavy") << QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(2 * 1024 * 1024, 'x') << "" << "under 2 MB";
}

void TestBundleWriter::chosenIcon()
{
    QFETCH(QByteArray, icon);
    QFETCH(QString, written);
    QFETCH(QString, problem);
    BundleRequest r = request(QStringLiteral("p"));
    r.icon = icon;
    const BundleResult result = BundleWriter::write(r);
    if (written.isEmpty()) {
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(problem), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("p"))));
        return;
    }
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(readScratchFile(m_dir->filePath(QStringLiteral("p/")) + written), icon);
    QCOMPARE(QJsonDocument::fromJson(readScratchFile(m_dir->filePath(QStringLiteral("p/.claude-plugin/plugin.json")))).object()
                 .value(QLatin1String("icon")).toString(), written);
}

void TestBundleWriter::zipIsReproducible()
{
    const BundleResult first = BundleWriter::write(request(QStringLiteral("a.zip")));
    QVERIFY2(first.ok, qPrintable(first.error));
    // Zip times count in two-second steps: a clock that leaked into the archive would show.
    QTest::qWait(2100);
    BundleRequest second = request(QStringLiteral("b.zip"));
    std::reverse(second.agents.begin(), second.agents.end()); // the input order does not matter either
    const BundleResult again = BundleWriter::write(second);
    QVERIFY2(again.ok, qPrintable(again.error));
    const QByteArray a = readScratchFile(m_dir->filePath(QStringLiteral("a.zip")));
    QVERIFY(!a.isEmpty());
    QCOMPARE(readScratchFile(m_dir->filePath(QStringLiteral("b.zip"))), a);
    QCOMPARE(first.sha256, QString::fromLatin1(QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(again.sha256, first.sha256);

    QuaZip zip(m_dir->filePath(QStringLiteral("a.zip")));
    QVERIFY(zip.open(QuaZip::mdUnzip));
    const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
    QStringList names;
    for (const QuaZipFileInfo64 &entry : entries) {
        names.append(entry.name);
        QCOMPARE(entry.dateTime, QDateTime(QDate(1980, 1, 1), QTime(0, 0)));
        QCOMPARE((entry.externalAttr >> 16) & 07777, 0644u);
        QCOMPARE((entry.externalAttr >> 16) & 0170000, 0100000u);
        QCOMPARE(entry.method, quint16(8)); // deflated
    }
    QCOMPARE(names, first.writtenFiles);
    QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
}

void TestBundleWriter::gateBlocksErrors()
{
    BundleRequest r = request(QStringLiteral("out/plugin"));
    r.agents.append({QStringLiteral("src/broken.md"), kBroken});
    r.acceptWarnings = true;
    const BundleResult checked = BundleWriter::check(r);
    QVERIFY(!checked.ok);
    QCOMPARE(findingTexts(checked, Severity::Error).size(), 1);
    QVERIFY2(findingTexts(checked, Severity::Error).first().startsWith(QLatin1String("src/broken.md:3: ")), qPrintable(findingTexts(checked, Severity::Error).first()));
    QVERIFY(findingTexts(checked, Severity::Error).first().endsWith(QLatin1String("[AG105]")));
    // The same as values: no one parses the text back.
    const BundleFinding finding = checked.findingsOf(Severity::Error).first();
    QCOMPARE(finding.path, QStringLiteral("src/broken.md"));
    QCOMPARE(finding.line, 3);
    QCOMPARE(finding.code, QStringLiteral("AG105"));
    QVERIFY(checked.error.contains(QLatin1String("1 agent")));
    const BundleResult written = BundleWriter::write(r);
    QVERIFY(!written.ok);
    QCOMPARE(findingTexts(written, Severity::Error), findingTexts(checked, Severity::Error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out"))));
}

void TestBundleWriter::warningsNeedAccepting()
{
    BundleRequest r = request(QStringLiteral("plugin"));
    r.agents.append({QStringLiteral("src/lenient.md"), kLenient});
    BundleResult result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY(findingTexts(result, Severity::Error).isEmpty());
    QVERIFY(!findingTexts(result, Severity::Warning).isEmpty());
    QVERIFY2(findingTexts(result, Severity::Warning).first().startsWith(QLatin1String("src/lenient.md:3: ")), qPrintable(findingTexts(result, Severity::Warning).first()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("plugin"))));
    r.acceptWarnings = true;
    result = BundleWriter::write(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(readScratchFile(m_dir->filePath(QStringLiteral("plugin/agents/lenient.md"))), kLenient);

    // A plugin without author or license draws the client's warnings too.
    BundleRequest bare = request(QStringLiteral("bare"));
    bare.manifest.author = {};
    bare.manifest.license.clear();
    result = BundleWriter::check(bare);
    QVERIFY(!result.ok);
    QCOMPARE(findingTexts(result, Severity::Warning).size(), 2);
    QVERIFY(findingTexts(result, Severity::Warning).last().contains(QLatin1String("LICENSE_MISSING")));
}

void TestBundleWriter::nameCollisions()
{
    BundleRequest r = request(QStringLiteral("plugin"));
    r.agents.append({QStringLiteral("other/reviewer.md"), kReviewer});
    r.agents.append({QStringLiteral("other/helper-copy.md"), QByteArray(kHelper).replace("name: helper", "name: Helper")});
    const BundleResult result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QCOMPARE(findingTexts(result, Severity::Error).size(), 2);
    QVERIFY2(findingTexts(result, Severity::Error).at(0).startsWith(QLatin1String("other/reviewer.md: src/code-reviewer.md is also named \"reviewer\"")),
             qPrintable(findingTexts(result, Severity::Error).at(0)));
    // Names that differ only in case collide on macOS and Windows.
    QVERIFY2(findingTexts(result, Severity::Error).at(1).startsWith(QLatin1String("other/helper-copy.md: src/helper.md is also named \"Helper\"")),
             qPrintable(findingTexts(result, Severity::Error).at(1)));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("plugin"))));
}

// A file the plugin loader does not read (over its size limit) has no name of its own: it is
// exported under its file's name, never as agents/.md.
void TestBundleWriter::unreadableAgentsAreNamedByTheirFiles()
{
    BundleRequest r = request(QStringLiteral("plugin"));
    r.acceptWarnings = true;
    const QByteArray huge = QByteArray("---\nname: huge\ndescription: Large.\n---\n") + QByteArray(1100 * 1024, 'x') + '\n';
    r.agents = {{QStringLiteral("src/first-big.md"), huge}, {QStringLiteral("src/second-big.md"), huge}};
    const BundleResult result = BundleWriter::write(r);
    QVERIFY2(result.ok, qPrintable(result.error + findingTexts(result, Severity::Error).join(u'\n')));
    QVERIFY(result.writtenFiles.contains(QStringLiteral("agents/first-big.md")));
    QVERIFY(result.writtenFiles.contains(QStringLiteral("agents/second-big.md")));
}

void TestBundleWriter::unsafeAgentName()
{
    BundleRequest r = request(QStringLiteral("plugin"));
    r.agents = {{QStringLiteral("src/sneaky.md"), "---\nname: ../../sneaky\ndescription: Climbs.\n---\nBody.\n"}};
    const BundleResult result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QCOMPARE(findingTexts(result, Severity::Error).size(), 1);
    QVERIFY2(findingTexts(result, Severity::Error).first().contains(QLatin1String("\"../../sneaky\" cannot be a file name")), qPrintable(findingTexts(result, Severity::Error).first()));
    QCOMPARE(scratchTree(m_dir->path()), QStringList());
}

void TestBundleWriter::existingOutput()
{
    write(QStringLiteral("taken/notes.txt"), "mine");
    BundleRequest r = request(QStringLiteral("taken"));
    BundleResult result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("not empty")));
    r.overwrite = true;
    result = BundleWriter::write(r);
    QVERIFY(!result.ok); // not a plugin: never replaced
    QVERIFY(result.error.contains(QLatin1String("not a bundle folder")));
    QCOMPARE(readScratchFile(m_dir->filePath(QStringLiteral("taken/notes.txt"))), QByteArray("mine"));

    // A previous export is replaced when asked, and only then.
    QVERIFY(BundleWriter::write(request(QStringLiteral("plugin"))).ok);
    write(QStringLiteral("plugin/agents/stale.md"), kHelper);
    r = request(QStringLiteral("plugin"));
    QVERIFY(!BundleWriter::write(r).ok);
    r.overwrite = true;
    QVERIFY(BundleWriter::write(r).ok);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("plugin/agents/stale.md"))));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("plugin/agents/reviewer.md"))));
    QCOMPARE(scratchTree(m_dir->path()).filter(QStringLiteral(".agentry-")), QStringList());

    // An empty folder is taken as it is.
    QDir().mkpath(m_dir->filePath(QStringLiteral("empty")));
    QVERIFY(BundleWriter::write(request(QStringLiteral("empty"))).ok);

    write(QStringLiteral("old.zip"), "not ours");
    r = request(QStringLiteral("old.zip"));
    result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("exists")));
    QCOMPARE(readScratchFile(m_dir->filePath(QStringLiteral("old.zip"))), QByteArray("not ours"));
    r.overwrite = true;
    QVERIFY(BundleWriter::write(r).ok);
    QVERIFY(readScratchFile(m_dir->filePath(QStringLiteral("old.zip"))).startsWith("PK"));
}

void TestBundleWriter::cancelLeavesNothing()
{
    for (const QString &out : {QStringLiteral("deep/er/plugin"), QStringLiteral("deep/er/plugin.zip")}) {
        int calls = 0;
        const BundleResult result = BundleWriter::write(request(out), [&calls](int done, int total) {
            [&] { QVERIFY(done <= total); }();
            return ++calls < 2;
        });
        QVERIFY(!result.ok);
        QCOMPARE(calls, 2);
        QVERIFY(result.error.contains(QLatin1String("cancelled")));
        // Not even the folders made on the way.
        QCOMPARE(scratchTree(m_dir->path()), QStringList());
    }
    BundleRequest r = request(QString());
    r.marketplacePath = m_dir->filePath(QStringLiteral("market"));
    QVERIFY(!BundleWriter::write(r, [](int, int) { return false; }).ok);
    QCOMPARE(scratchTree(m_dir->path()), QStringList());
}

void TestBundleWriter::exportIntoAReadOnlyFolder()
{
    write(QStringLiteral("locked/notes.txt"), "mine");
    BundleRequest market = request(QString());
    market.marketplacePath = m_dir->filePath(QStringLiteral("locked"));
    const QMap<QString, QByteArray> before = scratchSnapshot(m_dir->path());
    const ReadOnlyFolder readOnly(m_dir->filePath(QStringLiteral("locked")));
    for (const BundleRequest &r : {request(QStringLiteral("locked/plugin")), request(QStringLiteral("locked/plugin.zip")), market}) {
        const BundleResult result = BundleWriter::write(r);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(m_dir->filePath(QStringLiteral("locked"))) && result.error.contains(permissionDenied()), qPrintable(result.error));
        QCOMPARE(scratchSnapshot(m_dir->path()), before);
    }
}

// Every write of an export fails in turn, the plugin's files, the marketplace's last: each time
// the previous export, the marketplace and an empty folder stay exactly as they were.
void TestBundleWriter::exportFailingHalfwayChangesNothing()
{
    BundleRequest r = request(QString());
    r.marketplacePath = m_dir->filePath(QStringLiteral("market"));
    r.overwrite = true;
    QVERIFY(BundleWriter::write(r).ok);
    BundleRequest intoEmpty = r;
    intoEmpty.outputPath = m_dir->filePath(QStringLiteral("market/plugins/empty"));
    QVERIFY(QDir().mkpath(intoEmpty.outputPath));
    BundleRequest zip = request(QStringLiteral("team.zip"));
    zip.overwrite = true;
    QVERIFY(BundleWriter::write(zip).ok);
    r.manifest.version = intoEmpty.manifest.version = zip.manifest.version = QStringLiteral("1.3.0");
    const QMap<QString, QByteArray> before = scratchSnapshot(m_dir->path());
    for (const BundleRequest &request : {r, intoEmpty, zip}) {
        const int writes = request.output == BundleRequest::Output::Zip ? 1 : 5;
        for (int failing = 1; failing <= writes; ++failing) {
            int count = 0;
            const WriterHook fault([&count, failing](const QString &) { return ++count == failing ? permissionDenied() : QString(); });
            const BundleResult result = BundleWriter::write(request);
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(permissionDenied()) && !result.error.contains(QLatin1String(".agentry-")), qPrintable(result.error));
            QCOMPARE(scratchSnapshot(m_dir->path()), before);
        }
    }
}

void TestBundleWriter::exportRefusesAnOutsideChangeToTheMarketplace()
{
    BundleRequest r = request(QString());
    r.marketplacePath = m_dir->filePath(QStringLiteral("market"));
    QVERIFY(BundleWriter::write(r).ok);
    const QString marketplace = m_dir->filePath(QStringLiteral("market/.claude-plugin/marketplace.json"));
    const QByteArray theirs = readScratchFile(marketplace).replace("Agents our team shares.", "Theirs.");
    r.overwrite = true;
    r.manifest.version = QStringLiteral("1.3.0");
    const WriterHook outsideChange([&](const QString &path) {
        if (path == marketplace)
            writeScratchFileOrAbort(path, theirs);
        return QString();
    });
    const BundleResult result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(marketplace + QLatin1String(" was changed by another program")), qPrintable(result.error));
    QCOMPARE(readScratchFile(marketplace), theirs);
    QVERIFY(readScratchFile(m_dir->filePath(QStringLiteral("market/plugins/team-agents/.claude-plugin/plugin.json"))).contains("1.2.0"));
}

void TestBundleWriter::newMarketplace()
{
    BundleRequest r = request(QString());
    r.marketplacePath = m_dir->filePath(QStringLiteral("team-market"));
    int last = 0;
    const BundleResult result = BundleWriter::write(r, [&last](int done, int total) {
        last = done;
        return done <= total;
    });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(last, 7); // six plugin files and marketplace.json
    QVERIFY(result.writtenFiles.contains(QStringLiteral(".claude-plugin/marketplace.json")));
    QVERIFY(result.writtenFiles.contains(QStringLiteral("plugins/team-agents/agents/reviewer.md")));
    QCOMPARE(QString::fromUtf8(readScratchFile(r.marketplacePath + QLatin1String("/.claude-plugin/marketplace.json"))),
             QStringLiteral("{\n  \"name\": \"team-market\",\n  \"description\": \"Agents our team shares.\",\n  \"owner\": {\n    \"name\": \"Jane Doe\",\n    \"email\": \"jane@example.com\"\n  },\n"
                            "  \"plugins\": [\n    {\n      \"name\": \"team-agents\",\n      \"source\": \"./plugins/team-agents\",\n"
                            "      \"description\": \"Agents our team shares.\",\n      \"version\": \"1.2.0\"\n    }\n  ]\n}\n"));
    QVERIFY(QFileInfo(r.marketplacePath + QLatin1String("/plugins/team-agents/.claude-plugin/plugin.json")).isFile());
}

void TestBundleWriter::marketplaceUpdateKeepsFormatting()
{
    // Hand-written: four-space indent, its own key order, an extra key, another plugin.
    const QByteArray before = "{\n"
                              "    \"name\": \"shared\",\n"
                              "    \"owner\": {\"name\": \"Ops\"},\n"
                              "    \"metadata\": {\"description\": \"Everything we share\"},\n"
                              "    \"plugins\": [\n"
                              "        {\n"
                              "            \"source\": \"./tools/linter\",\n"
                              "            \"name\": \"linter\",\n"
                              "            \"strict\": false\n"
                              "        }\n"
                              "    ]\n"
                              "}\n";
    write(QStringLiteral("shared/.claude-plugin/marketplace.json"), before);
    BundleRequest r = request(QString());
    r.marketplacePath = m_dir->filePath(QStringLiteral("shared"));
    QVERIFY(BundleWriter::write(r).ok);
    const QByteArray added = readScratchFile(m_dir->filePath(QStringLiteral("shared/.claude-plugin/marketplace.json")));
    QCOMPARE(QString::fromUtf8(added), QString::fromUtf8(QByteArray(before).replace("        }\n    ]",
                                                                                   "        },\n"
                                                                                   "        {\n"
                                                                                   "            \"name\": \"team-agents\",\n"
                                                                                   "            \"source\": \"./plugins/team-agents\",\n"
                                                                                   "            \"description\": \"Agents our team shares.\",\n"
                                                                                   "            \"version\": \"1.2.0\"\n"
                                                                                   "        }\n    ]")));

    // A new version changes that one value and nothing else.
    r.manifest.version = QStringLiteral("1.3.0");
    r.overwrite = true;
    QVERIFY(BundleWriter::write(r).ok);
    QCOMPARE(readScratchFile(m_dir->filePath(QStringLiteral("shared/.claude-plugin/marketplace.json"))), QByteArray(added).replace("1.2.0", "1.3.0"));
    QCOMPARE(QJsonDocument::fromJson(readScratchFile(m_dir->filePath(QStringLiteral("shared/plugins/team-agents/.claude-plugin/plugin.json"))))
                 .object().value(QLatin1String("version")).toString(),
             QStringLiteral("1.3.0"));
}

void TestBundleWriter::marketplaceUpdateInPlace()
{
    // Keys the entry lacks are added after its last one; values it has are replaced where they stand.
    const QByteArray before = "{\r\n\t\"name\": \"m\",\r\n\t\"plugins\": [\r\n\t\t{\"name\": \"p\", \"source\": \"./old\"},\r\n"
                              "\t\t{\r\n\t\t\t\"name\": \"q\",\r\n\t\t\t\"source\": \"./q\"\r\n\t\t}\r\n\t]\r\n}";
    QString error;
    const std::optional<QByteArray> inline_ = MarketplaceFile::update(before, {QStringLiteral("p"), QStringLiteral("./new"), QString(), QStringLiteral("2.0.0")}, &error);
    QVERIFY2(inline_, qPrintable(error));
    QCOMPARE(*inline_, QByteArray(before).replace("\"source\": \"./old\"}", "\"source\": \"./new\", \"version\": \"2.0.0\"}"));
    const std::optional<QByteArray> block = MarketplaceFile::update(before, {QStringLiteral("q"), QStringLiteral("./q"), QStringLiteral("Q"), QString()}, &error);
    QVERIFY(block);
    QCOMPARE(*block, QByteArray(before).replace("\"source\": \"./q\"\r\n", "\"source\": \"./q\",\r\n\t\t\t\"description\": \"Q\"\r\n"));
    // Nothing to change: the same bytes.
    QCOMPARE(*MarketplaceFile::update(before, {QStringLiteral("q"), QStringLiteral("./q"), QString(), QString()}, &error), before);
    // Of a key written twice, JSON readers take the last: that one changes.
    const QByteArray twice = "{\"plugins\": [], \"plugins\": [{\"name\": \"p\", \"source\": \"./a\", \"source\": \"./b\"}]}";
    QCOMPARE(*MarketplaceFile::update(twice, {QStringLiteral("p"), QStringLiteral("./c"), QString(), QString()}, &error),
             QByteArray("{\"plugins\": [], \"plugins\": [{\"name\": \"p\", \"source\": \"./a\", \"source\": \"./c\"}]}"));
    // An entry without a name, or an item that is no entry, is not the one of an empty name.
    const QByteArray nameless = "{\"name\": \"m\", \"plugins\": [{\"source\": \"./o\"}, 1]}";
    QCOMPARE(*MarketplaceFile::update(nameless, {QString(), QStringLiteral("./p"), QString(), QString()}, &error),
             QByteArray("{\"name\": \"m\", \"plugins\": [{\"source\": \"./o\"}, 1, {\"name\": \"\", \"source\": \"./p\"}]}"));
}

void TestBundleWriter::marketplaceOtherLayouts_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("empty list") << QByteArray("{\n  \"name\": \"m\",\n  \"plugins\": []\n}\n")
                                << QByteArray("{\n  \"name\": \"m\",\n  \"plugins\": [\n    {\n      \"name\": \"p\",\n      \"source\": \"./p\"\n    }\n  ]\n}\n");
    QTest::newRow("no list") << QByteArray("{\n  \"name\": \"m\"\n}\n")
                             << QByteArray("{\n  \"name\": \"m\",\n  \"plugins\": [\n    {\n      \"name\": \"p\",\n      \"source\": \"./p\"\n    }\n  ]\n}\n");
    QTest::newRow("one line") << QByteArray("{\"name\": \"m\", \"plugins\": [{\"name\": \"o\", \"source\": \"./o\"}]}")
                              << QByteArray("{\"name\": \"m\", \"plugins\": [{\"name\": \"o\", \"source\": \"./o\"}, {\"name\": \"p\", \"source\": \"./p\"}]}");
}

void TestBundleWriter::marketplaceOtherLayouts()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QString error;
    const std::optional<QByteArray> updated = MarketplaceFile::update(before, {QStringLiteral("p"), QStringLiteral("./p"), QString(), QString()}, &error);
    QVERIFY2(updated, qPrintable(error));
    QCOMPARE(QString::fromUtf8(*updated), QString::fromUtf8(after));
}

void TestBundleWriter::marketplaceRefusals()
{
    write(QStringLiteral("broken/.claude-plugin/marketplace.json"), "{\"name\": \"m\", \"plugins\": {}}");
    BundleRequest r = request(QString());
    r.marketplacePath = m_dir->filePath(QStringLiteral("broken"));
    BundleResult result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("not a list")), qPrintable(result.error));

    r = request(QStringLiteral("elsewhere"));
    r.marketplacePath = m_dir->filePath(QStringLiteral("market"));
    result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("inside the marketplace")));

    r = request(QStringLiteral("market/p.zip"));
    r.marketplacePath = m_dir->filePath(QStringLiteral("market"));
    QVERIFY(!BundleWriter::write(r).ok);

    r = request(QString());
    r.marketplacePath = m_dir->filePath(QStringLiteral("Team Market"));
    result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("Team Market")));
    QCOMPARE(scratchTree(m_dir->path()), (QStringList{QStringLiteral("broken"), QStringLiteral("broken/.claude-plugin"),
                                               QStringLiteral("broken/.claude-plugin/marketplace.json")}));
}

void TestBundleWriter::exportCommand()
{
    const QString reviewer = write(QStringLiteral("src/code-reviewer.md"), kReviewer);
    const QString zip = m_dir->filePath(QStringLiteral("team.zip"));
    const CommandRun r = CommandRun::run({QStringLiteral("export"), QStringLiteral("--name"), QStringLiteral("team"), QStringLiteral("--version=0.1.0"),
                       QStringLiteral("--author"), QStringLiteral("Jane Doe <jane@example.com> (https://example.com)"), QStringLiteral("--license"),
                       QStringLiteral("MIT"), QStringLiteral("--out"), zip, reviewer});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(readScratchFile(zip), QCryptographicHash::Sha256).toHex());
    QVERIFY2(r.out.contains(QStringLiteral("SHA-256: ") + sha + u'\n'), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("  agents/reviewer.md\n")));

    const QString market = m_dir->filePath(QStringLiteral("market"));
    const CommandRun m = CommandRun::run({QStringLiteral("export"), QStringLiteral("--name=team"), QStringLiteral("--author=Jane"), QStringLiteral("--license=MIT"),
                       QStringLiteral("--marketplace"), market, m_dir->filePath(QStringLiteral("src"))});
    QVERIFY2(m.code == 0, qPrintable(m.err));
    const QJsonObject manifest = QJsonDocument::fromJson(readScratchFile(market + QLatin1String("/plugins/team/.claude-plugin/plugin.json"))).object();
    QCOMPARE(manifest.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Jane"));

    QCOMPARE(CommandRun::run({QStringLiteral("export"), QStringLiteral("--out"), zip, reviewer}).code, 2); // no --name
    QCOMPARE(CommandRun::run({QStringLiteral("export"), QStringLiteral("--name=x"), QStringLiteral("--bogus"), QStringLiteral("--out"), zip, reviewer}).code, 2);
}

void TestBundleWriter::exportCommandGate()
{
    write(QStringLiteral("src/reviewer.md"), kReviewer);
    write(QStringLiteral("src/broken.md"), kBroken);
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const CommandRun r = CommandRun::run({QStringLiteral("export"), QStringLiteral("--name=team"), QStringLiteral("--author=Jane"), QStringLiteral("--license=MIT"),
                       QStringLiteral("--out"), out, m_dir->filePath(QStringLiteral("src"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("error: ") + m_dir->filePath(QStringLiteral("src")) + QLatin1String("/broken.md:3: ")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));

    // Warnings block until accepted.
    const QString lenient = write(QStringLiteral("lenient.md"), kLenient);
    CommandRun w = CommandRun::run({QStringLiteral("export"), QStringLiteral("--name=team"), QStringLiteral("--author=Jane"), QStringLiteral("--license=MIT"),
                 QStringLiteral("--out"), out, lenient});
    QCOMPARE(w.code, 1);
    QVERIFY(w.err.contains(QLatin1String("warning: ")));
    QVERIFY(!QFileInfo::exists(out));
    w = CommandRun::run({QStringLiteral("export"), QStringLiteral("--name=team"), QStringLiteral("--author=Jane"), QStringLiteral("--license=MIT"),
             QStringLiteral("--accept-warnings"), QStringLiteral("--out"), out, lenient});
    QCOMPARE(w.code, 0);
    QVERIFY(QFileInfo::exists(out + QLatin1String("/agents/lenient.md")));
}

void TestBundleWriter::importCommand()
{
    QVERIFY(BundleWriter::write(request(QStringLiteral("team.zip"))).ok);
    const QString zip = m_dir->filePath(QStringLiteral("team.zip"));
    const CommandRun list = CommandRun::run({QStringLiteral("import"), zip});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.out, QStringLiteral("Plugin team-agents 1.2.0: 2 agent(s)\n  agents/helper.md\n  agents/reviewer.md\n"));

    const QString into = m_dir->filePath(QStringLiteral("project/.claude/agents"));
    write(QStringLiteral("project/.claude/agents/reviewer.md"), "mine");
    const CommandRun refused = CommandRun::run({QStringLiteral("import"), QStringLiteral("--into"), into, zip});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("reviewer.md")), qPrintable(refused.err));
    QCOMPARE(readScratchFile(into + QLatin1String("/reviewer.md")), QByteArray("mine"));
    QVERIFY(!QFileInfo::exists(into + QLatin1String("/helper.md"))); // all or nothing

    QFile::remove(into + QLatin1String("/reviewer.md"));
    const CommandRun copied = CommandRun::run({QStringLiteral("import"), QStringLiteral("--into=") + into, zip});
    QCOMPARE(copied.code, 0);
    QCOMPARE(readScratchFile(into + QLatin1String("/reviewer.md")), kReviewer);
    QCOMPARE(readScratchFile(into + QLatin1String("/helper.md")), kHelper);
    QCOMPARE(CommandRun::run({QStringLiteral("import"), m_dir->filePath(QStringLiteral("nothing-here"))}).code, 1);

    // --client picks the validator whose manifest fields the warnings follow.
    write(QStringLiteral("linted/.claude-plugin/plugin.json"), R"({"name": "linted", "optionalDependencies": ["linter"]})");
    const QString linted = m_dir->filePath(QStringLiteral("linted"));
    const CommandRun latest = CommandRun::run({QStringLiteral("import"), linted});
    QCOMPARE(latest.code, 0);
    QCOMPARE(latest.err, QString());
    const CommandRun older = CommandRun::run({QStringLiteral("import"), QStringLiteral("--client=2.1.330"), linted});
    QCOMPARE(older.code, 0);
    QVERIFY2(older.err.startsWith(QLatin1String("warning: .claude-plugin/plugin.json: optionalDependencies: Claude Code 2.1.330 knows no field")),
             qPrintable(older.err));
    QCOMPARE(CommandRun::run({QStringLiteral("import"), QStringLiteral("--client=1.0"), linted}).code, 2);
}

void TestBundleWriter::runtimeBundles_data()
{
    QTest::addColumn<Runtime>("runtime");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QByteArray>("manifest");
    const QByteArray extension = "{\n  \"name\": \"team-agents\",\n  \"version\": \"1.2.0\",\n  \"description\": \"Agents our team shares.\"\n}\n";
    QTest::newRow("gemini") << Runtime::GeminiCli
                            << QStringList{QStringLiteral("LICENSE"), QStringLiteral("README.md"), QStringLiteral("agents/helper.md"),
                                           QStringLiteral("agents/reviewer.md"), QStringLiteral("gemini-extension.json")}
                            << extension;
    QTest::newRow("qwen") << Runtime::QwenCode
                          << QStringList{QStringLiteral("LICENSE"), QStringLiteral("README.md"), QStringLiteral("agents/helper.md"),
                                         QStringLiteral("agents/reviewer.md"), QStringLiteral("qwen-extension.json")}
                          << extension;
    QTest::newRow("factory") << Runtime::FactoryDroid
                             << QStringList{QStringLiteral(".factory-plugin/plugin.json"), QStringLiteral("LICENSE"), QStringLiteral("README.md"),
                                            QStringLiteral("droids/helper.md"), QStringLiteral("droids/reviewer.md")}
                             << extension;
    QTest::newRow("opencode") << Runtime::OpenCode
                              << QStringList{QStringLiteral(".opencode/agent/helper.md"), QStringLiteral(".opencode/agent/reviewer.md"),
                                             QStringLiteral("LICENSE"), QStringLiteral("README.md")}
                              << QByteArray();
    QTest::newRow("copilot") << Runtime::Copilot
                             << QStringList{QStringLiteral(".github/agents/helper.agent.md"), QStringLiteral(".github/agents/reviewer.agent.md"),
                                            QStringLiteral("LICENSE"), QStringLiteral("README.md")}
                             << QByteArray();
}

// A bundle for another runtime holds each agent as AgentConverter writes it, in that runtime's
// layout, with its manifest and a README that says how to install it there.
void TestBundleWriter::runtimeBundles()
{
    QFETCH(Runtime, runtime);
    QFETCH(QStringList, files);
    QFETCH(QByteArray, manifest);
    BundleRequest r = request(QStringLiteral("out"));
    r.agents[1].bytes = kHelperAtLength;
    r.runtimes = {runtime};
    BundleResult result = BundleWriter::write(r);
    // Each runtime changes the reviewer's grants somewhat (Bash(git diff:*) without patterns,
    // OpenCode's read of MCP resources): warnings to accept, as the gate's are.
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("warning")), qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out"))));
    r.acceptWarnings = true;
    result = BundleWriter::write(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.writtenFiles, files);
    const QString out = m_dir->filePath(QStringLiteral("out"));
    if (!manifest.isEmpty())
        QCOMPARE(readScratchFile(out + u'/' + RuntimeBundle::manifestPath(runtime)), manifest);
    const AgentConversion reviewer = AgentConverter(runtime).convert(QStringLiteral("src/code-reviewer.md"), kReviewer, AgentScope::Plugin);
    QCOMPARE(readScratchFile(out + u'/' + RuntimeBundle::agentPath(runtime, QStringLiteral("reviewer"))), reviewer.bytes);
    const QByteArray readme = readScratchFile(out + QStringLiteral("/README.md"));
    QVERIFY2(readme.contains(Runtimes::name(runtime).toUtf8()), readme.constData());
    QVERIFY2(readme.contains(QByteArray("- File: `" + RuntimeBundle::agentPath(runtime, QStringLiteral("helper")).toUtf8() + '`')), readme.constData());
    QVERIFY(!readme.contains("team-agents:<name>")); // addressed so only in Claude Code
    QVERIFY(readScratchFile(out + QStringLiteral("/LICENSE")).startsWith("MIT License"));
}

void TestBundleWriter::allRuntimesSideBySide()
{
    BundleRequest r = request(QStringLiteral("all.zip"));
    r.agents[1].bytes = kHelperAtLength;
    r.runtimes = Runtimes::all();
    r.acceptWarnings = true;
    const BundleResult first = BundleWriter::write(r);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.writtenFiles.contains(QStringLiteral("README.md")));
    for (const Runtime runtime : Runtimes::all()) {
        const QString folder = Runtimes::id(runtime) + u'/';
        QVERIFY2(first.writtenFiles.contains(folder + QStringLiteral("README.md")), qPrintable(folder));
        QVERIFY2(first.writtenFiles.contains(folder + RuntimeBundle::markerPath(runtime))
                     || first.writtenFiles.contains(folder + RuntimeBundle::agentPath(runtime, QStringLiteral("helper"))),
                 qPrintable(folder));
    }
    QVERIFY(first.writtenFiles.contains(QStringLiteral("claude-code/.claude-plugin/plugin.json")));
    // Reproducible like every zip: the same agents give the same bytes.
    r.overwrite = true;
    const BundleResult second = BundleWriter::write(r);
    QVERIFY(second.ok);
    QCOMPARE(second.sha256, first.sha256);

    r = request(QStringLiteral("all"));
    r.agents[1].bytes = kHelperAtLength;
    r.runtimes = Runtimes::all();
    r.acceptWarnings = true;
    QVERIFY(BundleWriter::write(r).ok);
    const QByteArray overview = readScratchFile(m_dir->filePath(QStringLiteral("all/README.md")));
    QVERIFY2(overview.contains("| `gemini-cli/` | Gemini CLI |"), overview.constData());
    QVERIFY(overview.contains("Agents our team shares."));
}

void TestBundleWriter::runtimeBundleRefusals()
{
    BundleRequest r = request(QStringLiteral("out"));
    r.runtimes = {Runtime::GeminiCli};
    r.acceptWarnings = true;
    r.manifest.version.clear();
    BundleResult result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("A Gemini CLI bundle needs a version."));

    r = request({});
    r.runtimes = {Runtime::QwenCode};
    r.marketplacePath = m_dir->filePath(QStringLiteral("market"));
    result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("A marketplace lists Claude Code plugins")), qPrintable(result.error));

    // An agent its runtime does not load cannot be converted: an error, nothing written.
    r = request(QStringLiteral("out"));
    r.runtimes = {Runtime::OpenCode};
    r.agents.append({QStringLiteral("src/broken.md"), kBroken});
    result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("cannot be exported")), qPrintable(result.error));
    QVERIFY(std::any_of(result.findings.cbegin(), result.findings.cend(), [](const BundleFinding &f) {
        return f.path == QLatin1String("src/broken.md") && f.severity == Severity::Error && f.message.contains(QLatin1String("none of this file's settings"));
    }));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out"))));
}

void TestBundleWriter::runtimeBundleReplacesOnlyItsOwn()
{
    BundleRequest r = request(QStringLiteral("ext"));
    r.agents[1].bytes = kHelperAtLength;
    r.runtimes = {Runtime::QwenCode};
    r.acceptWarnings = true;
    QVERIFY(BundleWriter::write(r).ok);
    r.overwrite = true;
    QVERIFY(BundleWriter::write(r).ok);
    // A Claude Code plugin folder is not a Qwen Code extension.
    QVERIFY(BundleWriter::write(request(QStringLiteral("plugin"))).ok);
    r.outputPath = m_dir->filePath(QStringLiteral("plugin"));
    const BundleResult result = BundleWriter::write(r);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("it has no qwen-extension.json")), qPrintable(result.error));
}

void TestBundleWriter::exportCommandRuntime()
{
    const QString agent = write(QStringLiteral("src/reviewer.md"), kReviewer);
    const QString out = m_dir->filePath(QStringLiteral("ext"));
    CommandRun r = CommandRun::run({QStringLiteral("export"), QStringLiteral("--name"), QStringLiteral("team-agents"), QStringLiteral("--version"),
                                    QStringLiteral("1.0.0"), QStringLiteral("--runtime"), QStringLiteral("gemini-cli"), QStringLiteral("--accept-warnings"),
                                    QStringLiteral("--out"), out, agent});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("as team-agents for Gemini CLI to ")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("warning: ") + agent + QLatin1String(": Gemini CLI takes no patterns")), qPrintable(r.err));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/gemini-extension.json")));
    r = CommandRun::run({QStringLiteral("export"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--runtime"), QStringLiteral("cursor"),
                         QStringLiteral("--out"), out, agent});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--runtime takes all or one of claude-code, copilot")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
