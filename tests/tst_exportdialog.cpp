// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/pluginicon.h"
#include "bundles/pluginmanifest.h"
#include "gui/exportdialog.h"
#include "scratchfiles.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Agentry;

// ExportDialog: live validation, the gate (the window's findings and the writer's), warnings
// accepted, exports to a folder and a zip with their result, cancel, remembered settings.
class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nameAndVersionValidated();
    void errorsBlock();
    void gateListsErrorsFirst();
    void writerGateIsAuthoritative();
    void warningsNeedAccepting();
    void exportFolder();
    void exportZip();
    void exportForAnotherRuntime();
    void cancelLeavesNothing();
    void escapeCancels();
    void licenseChoice();
    void iconChoice();
    void everyFieldHasALabel();

private:
    static QPushButton *exportButton(const ExportDialog &dialog);
    template<typename T>
    static T *child(const ExportDialog &dialog, const char *name);
    // A dialog filled in so that it can export `agents` into `out` under the temporary folder.
    void fill(ExportDialog &dialog, const QString &out) const;
    QStringList tree() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QByteArray kReviewer = "---\nname: reviewer\ndescription: Reviews diffs for bugs.\ntools: Read, Grep\nmodel: sonnet\n---\nReview the diff.\n";
static const QByteArray kBroken = "---\nname: broken\ndescription: Use it. Examples:\nuser: hi\n---\nBroken.\n";

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().remove(QStringLiteral("export"));
}

QPushButton *TestExportDialog::exportButton(const ExportDialog &dialog)
{
    const auto *box = dialog.findChild<QDialogButtonBox *>();
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

template<typename T>
T *TestExportDialog::child(const ExportDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void TestExportDialog::fill(ExportDialog &dialog, const QString &out) const
{
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("team-agents"));
    child<QLineEdit>(dialog, "version")->setText(QStringLiteral("1.0.0"));
    child<QLineEdit>(dialog, "authorName")->setText(QStringLiteral("Jane Doe"));
    auto *license = child<QComboBox>(dialog, "license");
    license->setCurrentIndex(license->findData(QStringLiteral("MIT")));
    const bool zip = out.endsWith(QLatin1String(".zip"));
    auto *format = child<QComboBox>(dialog, "format");
    format->setCurrentIndex(format->findData(int(zip ? BundleRequest::Output::Zip : BundleRequest::Output::Folder)));
    auto *location = child<QLineEdit>(dialog, "location");
    location->setText(m_dir->filePath(out));
    emit location->textEdited(location->text());
}

QStringList TestExportDialog::tree() const
{
    return scratchTree(m_dir->path());
}

void TestExportDialog::nameAndVersionValidated()
{
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    fill(dialog, QStringLiteral("out"));
    QVERIFY(exportButton(dialog)->isEnabled());
    QVERIFY(dialog.problem().isEmpty());

    auto *name = child<QLineEdit>(dialog, "name");
    QTest::keyClicks(name, QStringLiteral(" X"));
    QVERIFY(!exportButton(dialog)->isEnabled());
    QCOMPARE(dialog.problem(), PluginManifest::nameProblem(QStringLiteral("team-agents X")));
    QVERIFY(!dialog.problem().isEmpty());
    QCOMPARE(child<QLabel>(dialog, "status")->text(), dialog.problem());
    name->setText(QStringLiteral("team-agents"));
    QVERIFY(exportButton(dialog)->isEnabled());

    child<QLineEdit>(dialog, "version")->setText(QStringLiteral("1.x"));
    QVERIFY(!exportButton(dialog)->isEnabled());
    QCOMPARE(dialog.problem(), PluginManifest::versionProblem(QStringLiteral("1.x")));
    child<QLineEdit>(dialog, "version")->setText(QStringLiteral("1.0.0"));

    // No agent, no output: each named as the reason.
    dialog.findChild<QListWidget *>(QStringLiteral("agents"))->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!exportButton(dialog)->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("at least one agent")));
    dialog.findChild<QListWidget *>(QStringLiteral("agents"))->item(0)->setCheckState(Qt::Checked);
    child<QLineEdit>(dialog, "location")->clear();
    QVERIFY(!exportButton(dialog)->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("where to write")));
}

void TestExportDialog::errorsBlock()
{
    const QString broken = QStringLiteral("/src/broken.md");
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}},
                         {broken, QStringLiteral("broken"), kBroken,
                          {{broken, Severity::Error, QStringLiteral("the description is not valid YAML"), 3, QStringLiteral("AG105")}}}});
    fill(dialog, QStringLiteral("out"));
    QVERIFY(!exportButton(dialog)->isEnabled());
    QVERIFY2(dialog.problem().contains(QLatin1String("1 agent")), qPrintable(dialog.problem()));

    // The gate names the agent and its message; Show Agent asks the window to open it.
    auto *gate = child<QTreeWidget>(dialog, "gate");
    QCOMPARE(gate->topLevelItemCount(), 1);
    QTreeWidgetItem *agent = gate->topLevelItem(0);
    QCOMPARE(agent->text(0), QStringLiteral("broken"));
    QCOMPARE(agent->childCount(), 1);
    QCOMPARE(agent->child(0)->text(0), QStringLiteral("line 3: the description is not valid YAML [AG105]"));
    auto *show = child<QPushButton>(dialog, "showAgent");
    QVERIFY(!show->isEnabled());
    gate->setCurrentItem(agent->child(0));
    QVERIFY(show->isEnabled());
    QSignalSpy spy(&dialog, &ExportDialog::showAgentRequested);
    show->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), broken);

    // Left out, it no longer blocks.
    dialog.findChild<QListWidget *>(QStringLiteral("agents"))->item(1)->setCheckState(Qt::Unchecked);
    QVERIFY(exportButton(dialog)->isEnabled());
    QCOMPARE(gate->topLevelItemCount(), 1);
    QVERIFY(!(gate->topLevelItem(0)->flags() & Qt::ItemIsEnabled));
}

// Within an agent, its errors come before its warnings, whatever order they were found in;
// agents keep the list's order.
void TestExportDialog::gateListsErrorsFirst()
{
    const QString first = QStringLiteral("/src/first.md");
    const QString second = QStringLiteral("/src/second.md");
    ExportDialog dialog({{first, QStringLiteral("first"), kReviewer,
                          {{first, Severity::Warning, QStringLiteral("a warning"), 2, QStringLiteral("AG201")},
                           {first, Severity::Error, QStringLiteral("an error"), 5, QStringLiteral("AG105")}}},
                         {second, QStringLiteral("second"), kReviewer, {{second, Severity::Error, QStringLiteral("another"), 1, QStringLiteral("AG101")}}}});
    auto *gate = child<QTreeWidget>(dialog, "gate");
    QCOMPARE(gate->topLevelItemCount(), 2);
    QCOMPARE(gate->topLevelItem(0)->text(0), QStringLiteral("first"));
    QCOMPARE(gate->topLevelItem(0)->child(0)->text(0), QStringLiteral("line 5: an error [AG105]"));
    QCOMPARE(gate->topLevelItem(0)->child(1)->text(0), QStringLiteral("line 2: a warning [AG201]"));
    QCOMPARE(gate->topLevelItem(1)->text(0), QStringLiteral("second"));
}

void TestExportDialog::writerGateIsAuthoritative()
{
    // The window found nothing wrong, but the writer checks the agent as a plugin agent.
    ExportDialog dialog({{QStringLiteral("/src/broken.md"), QStringLiteral("broken"), kBroken, {}}});
    fill(dialog, QStringLiteral("out"));
    QVERIFY(exportButton(dialog)->isEnabled());
    exportButton(dialog)->click();
    QVERIFY(!dialog.result());
    QVERIFY(!exportButton(dialog)->isEnabled());
    QVERIFY2(dialog.problem().contains(QLatin1String("cannot be exported")), qPrintable(dialog.problem()));
    auto *gate = child<QTreeWidget>(dialog, "gate");
    QCOMPARE(gate->topLevelItemCount(), 1);
    QCOMPARE(gate->topLevelItem(0)->text(0), QStringLiteral("broken"));
    QVERIFY(gate->topLevelItem(0)->child(0)->text(0).startsWith(QLatin1String("/src/broken.md:")));
    QCOMPARE(tree(), QStringList());
}

void TestExportDialog::warningsNeedAccepting()
{
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer,
                          {{QStringLiteral("/src/reviewer.md"), Severity::Warning, QStringLiteral("a warning"), 2, QStringLiteral("AG201")}}}});
    fill(dialog, QStringLiteral("out"));
    auto *accept = child<QCheckBox>(dialog, "acceptWarnings");
    QVERIFY(accept->isEnabled());
    QVERIFY(!exportButton(dialog)->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("Accept the warnings")));
    accept->setChecked(true);
    QVERIFY(exportButton(dialog)->isEnabled());
    accept->setChecked(false);

    // The writer's own warnings (here: no license) count too, once it has checked.
    ExportDialog unlicensed({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    fill(unlicensed, QStringLiteral("out"));
    child<QComboBox>(unlicensed, "license")->setCurrentIndex(0); // None
    QVERIFY(exportButton(unlicensed)->isEnabled());
    exportButton(unlicensed)->click();
    QVERIFY(!unlicensed.result());
    QVERIFY(!exportButton(unlicensed)->isEnabled());
    auto *gate = child<QTreeWidget>(unlicensed, "gate");
    QCOMPARE(gate->topLevelItem(0)->text(0), QStringLiteral("The plugin"));
    QVERIFY(gate->topLevelItem(0)->child(0)->text(0).contains(QLatin1String("license")));
    QCOMPARE(tree(), QStringList());
    child<QCheckBox>(unlicensed, "acceptWarnings")->setChecked(true);
    exportButton(unlicensed)->click();
    QVERIFY2(unlicensed.result() && unlicensed.result()->ok, qPrintable(child<QLabel>(unlicensed, "status")->text()));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("out/agents/reviewer.md"))));
}

void TestExportDialog::exportFolder()
{
    {
        ExportDialog dialog({{QStringLiteral("/src/code-reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
        fill(dialog, QStringLiteral("out"));
        QSignalSpy spy(&dialog, &ExportDialog::exported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Enter exports.
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_Return);
        QVERIFY2(dialog.result() && dialog.result()->ok, qPrintable(child<QLabel>(dialog, "status")->text()));
        QCOMPARE(spy.size(), 1);
        QFile agent(m_dir->filePath(QStringLiteral("out/agents/reviewer.md")));
        QVERIFY(agent.open(QIODevice::ReadOnly));
        QCOMPARE(agent.readAll(), kReviewer);
        const QString written = child<QPlainTextEdit>(dialog, "writtenFiles")->toPlainText();
        QCOMPARE(written, dialog.result()->writtenFiles.join(u'\n'));
        QVERIFY(written.split(u'\n').contains(QStringLiteral("agents/reviewer.md")));
        QVERIFY(written.split(u'\n').contains(QStringLiteral(".claude-plugin/plugin.json")));
        QVERIFY(!child<QLineEdit>(dialog, "sha256")->isVisible());
        QVERIFY(!exportButton(dialog)->isVisible());
        QVERIFY(dialog.isVisible());
    }
    // The next export starts from this one: author, license, folder, and the next version.
    ExportDialog next({{QStringLiteral("/src/code-reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    QCOMPARE(child<QLineEdit>(next, "authorName")->text(), QStringLiteral("Jane Doe"));
    QCOMPARE(child<QComboBox>(next, "license")->currentText(), QStringLiteral("MIT"));
    child<QLineEdit>(next, "name")->setText(QStringLiteral("team-agents"));
    QCOMPARE(child<QLineEdit>(next, "version")->text(), QStringLiteral("1.0.1"));
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(next, "location")->text()), m_dir->filePath(QStringLiteral("team-agents")));
    child<QLineEdit>(next, "name")->setText(QStringLiteral("other"));
    QCOMPARE(child<QLineEdit>(next, "version")->text(), QStringLiteral("0.1.0"));
}

void TestExportDialog::exportZip()
{
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    fill(dialog, QStringLiteral("team.zip"));
    dialog.show();
    exportButton(dialog)->click();
    QVERIFY2(dialog.result() && dialog.result()->ok, qPrintable(child<QLabel>(dialog, "status")->text()));
    QFile zip(m_dir->filePath(QStringLiteral("team.zip")));
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(zip.readAll(), QCryptographicHash::Sha256).toHex());
    auto *shown = child<QLineEdit>(dialog, "sha256");
    QVERIFY(shown->isVisible());
    QVERIFY(shown->isReadOnly());
    QCOMPARE(shown->text(), sha);
    child<QPushButton>(dialog, "copySha256")->click();
    QCOMPARE(QApplication::clipboard()->text(), sha);
    QCOMPARE(tree(), QStringList{QStringLiteral("team.zip")});
}

// Another runtime's bundle: the agent converted, its layout, the conversion's warnings in the
// gate, and no marketplace (they list Claude Code plugins).
void TestExportDialog::exportForAnotherRuntime()
{
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    fill(dialog, QStringLiteral("ext"));
    auto *useMarketplace = child<QCheckBox>(dialog, "useMarketplace");
    QVERIFY(useMarketplace->isEnabled());
    auto *runtime = child<QComboBox>(dialog, "runtime");
    runtime->setCurrentIndex(runtime->findData(QStringLiteral("gemini-cli")));
    QVERIFY(!useMarketplace->isEnabled());
    dialog.show();
    exportButton(dialog)->click();
    // Gemini CLI cannot name the model `sonnet`: a warning to accept.
    QVERIFY(!dialog.result() || !dialog.result()->ok);
    QVERIFY2(child<QTreeWidget>(dialog, "gate")->findItems(QStringLiteral("cannot name the model"), Qt::MatchContains | Qt::MatchRecursive).size() == 1,
             qPrintable(child<QLabel>(dialog, "status")->text()));
    child<QCheckBox>(dialog, "acceptWarnings")->setChecked(true);
    exportButton(dialog)->click();
    QVERIFY2(dialog.result() && dialog.result()->ok, qPrintable(child<QLabel>(dialog, "status")->text()));
    QCOMPARE(tree(), (QStringList{QStringLiteral("ext"), QStringLiteral("ext/LICENSE"), QStringLiteral("ext/README.md"), QStringLiteral("ext/agents"),
                                  QStringLiteral("ext/agents/reviewer.md"), QStringLiteral("ext/gemini-extension.json")}));
    QVERIFY(readScratchFile(m_dir->filePath(QStringLiteral("ext/agents/reviewer.md"))).contains("tools: [read_file, grep_search]\n"));
    // The choice is remembered.
    ExportDialog next({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    QCOMPARE(child<QComboBox>(next, "runtime")->currentData().toString(), QStringLiteral("gemini-cli"));
}

void TestExportDialog::cancelLeavesNothing()
{
    QVector<ExportCandidate> agents;
    for (int i = 0; i < 60; ++i) {
        QByteArray bytes = kReviewer;
        bytes.replace(QByteArray("name: reviewer"), QByteArray("name: reviewer-").append(QByteArray::number(i)));
        agents.append({QStringLiteral("/src/r%1.md").arg(i), QStringLiteral("reviewer-%1").arg(i), bytes, {}});
    }
    for (const QString &out : {QStringLiteral("out"), QStringLiteral("out.zip")}) {
        ExportDialog dialog(agents);
        fill(dialog, out);
        dialog.show();
        // The progress dialog processes events while it counts: cancel it once it shows.
        bool cancelled = false;
        QTimer timer;
        connect(&timer, &QTimer::timeout, &dialog, [&dialog, &cancelled] {
            auto *progress = dialog.findChild<QProgressDialog *>();
            if (progress && progress->isVisible() && !cancelled) {
                cancelled = true;
                progress->cancel();
            }
        });
        timer.start(0);
        exportButton(dialog)->click();
        timer.stop();
        QVERIFY(cancelled);
        QVERIFY(!dialog.result());
        QVERIFY2(child<QLabel>(dialog, "status")->text().contains(QLatin1String("cancelled")), qPrintable(child<QLabel>(dialog, "status")->text()));
        QCOMPARE(tree(), QStringList());
    }
}

void TestExportDialog::escapeCancels()
{
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    fill(dialog, QStringLiteral("out"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.result());
    QCOMPARE(tree(), QStringList());
}


// "None" is a choice the dialog explains: the plugin directory refuses a plugin without a license.
void TestExportDialog::licenseChoice()
{
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    auto *license = child<QComboBox>(dialog, "license");
    auto *note = child<QLabel>(dialog, "licenseNote");
    QCOMPARE(license->currentIndex(), 0);
    QCOMPARE(dialog.request().manifest.license, QString());
    QVERIFY2(note->text().contains(QLatin1String("not ready for the plugin directory")), qPrintable(note->text()));
    license->setCurrentIndex(license->findData(QStringLiteral("Apache-2.0")));
    QCOMPARE(dialog.request().manifest.license, QStringLiteral("Apache-2.0"));
    QVERIFY2(note->text().contains(QLatin1String("LICENSE holds its text")), qPrintable(note->text()));
    license->setCurrentIndex(license->findData(QStringLiteral("ISC")));
    QVERIFY2(note->text().contains(QLatin1String("no text of it")), qPrintable(note->text()));
}

// A chosen icon is checked as the plugin directory checks it, previewed, and exported as it is;
// "Generated" goes back to the icon drawn from the name.
void TestExportDialog::iconChoice()
{
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    fill(dialog, QStringLiteral("out"));
    auto *path = child<QLineEdit>(dialog, "iconPath");
    auto *preview = child<QLabel>(dialog, "iconPreview");
    QVERIFY(!preview->pixmap(Qt::ReturnByValue).isNull());
    const auto choose = [path](const QString &file) {
        path->setText(file);
        emit path->editingFinished();
    };

    choose(writeScratchFileOrAbort(m_dir->filePath(QStringLiteral("icons/logo.svg")),
                                   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\"/>"));
    QVERIFY2(dialog.problem().contains(QLatin1String("SVG")), qPrintable(dialog.problem()));
    QVERIFY(!exportButton(dialog)->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "status")->text(), dialog.problem());
    choose(m_dir->filePath(QStringLiteral("icons/missing.png")));
    QVERIFY2(dialog.problem().startsWith(QLatin1String("Cannot read the icon")), qPrintable(dialog.problem()));

    QImage image(640, 640, QImage::Format_RGB32);
    image.fill(Qt::darkMagenta);
    const QString png = m_dir->filePath(QStringLiteral("icons/logo.png"));
    QVERIFY(image.save(png));
    choose(png);
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(preview->pixmap(Qt::ReturnByValue).toImage().pixelColor(24, 24), QColor(Qt::darkMagenta));
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(dialog.request().icon, file.readAll());

    child<QPushButton>(dialog, "generatedIcon")->click();
    QCOMPARE(path->text(), QString());
    QCOMPARE(dialog.request().icon, QByteArray());
    exportButton(dialog)->click();
    QVERIFY2(dialog.result() && dialog.result()->ok, qPrintable(child<QLabel>(dialog, "status")->text()));
    QCOMPARE(readScratchFile(m_dir->filePath(QStringLiteral("out/assets/icon.png"))), PluginIcon::generated(QStringLiteral("team-agents")));
}

// Every input of the form is reached from the keyboard through a label's mnemonic or its own.
void TestExportDialog::everyFieldHasALabel()
{
    ExportDialog dialog({{QStringLiteral("/src/reviewer.md"), QStringLiteral("reviewer"), kReviewer, {}}});
    QSet<const QWidget *> buddies;
    QStringList mnemonics;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy()) {
            buddies.insert(label->buddy());
            mnemonics.append(label->text().mid(label->text().indexOf(u'&') + 1, 1).toLower());
        }
    }
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (button->text().contains(u'&'))
            mnemonics.append(button->text().mid(button->text().indexOf(u'&') + 1, 1).toLower());
    }
    const QStringList fields{QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("authorName"), QStringLiteral("license"),
                             QStringLiteral("iconPath"), QStringLiteral("format"), QStringLiteral("location")};
    for (const QString &field : fields) {
        const QWidget *widget = dialog.findChild<QWidget *>(field);
        QVERIFY2(widget && buddies.contains(widget), qPrintable(field));
    }
    for (const QString &key : {QStringLiteral("i"), QStringLiteral("t"), QStringLiteral("g")})
        QCOMPARE(mnemonics.count(key), 1);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
