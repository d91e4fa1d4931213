// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlewriter.h"
#include "gui/importdialog.h"
#include "scratchfiles.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Agentry;

// ImportDialog: plugin folders and zips listed as a tree, hostile archives refused with the
// entry named and nothing written, agents copied into a project asking about each conflict.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void folderListsAgents();
    void zipLivesWithTheDialog();
    void hostileZip_data();
    void hostileZip();
    void conflictsAsked();
    void uncheckedNotCopied();

private:
    // Answers the next message box with the button whose text is `text`, ticking its check box first when `all`.
    static void answerNextMessageBox(const QString &text, bool all = false);
    QString exportPlugin(const QString &out) const;
    QString write(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QByteArray kReviewer = "---\nname: reviewer\ndescription: Reviews diffs for bugs.\ntools: Read, Grep\nmodel: sonnet\n---\nReview the diff.\n";
static const QByteArray kTester = "---\nname: tester\ndescription: Writes tests for new code.\ntools: Read, Write\n---\nWrite tests.\n";

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportDialog::answerNextMessageBox(const QString &text, bool all)
{
    QTimer::singleShot(20, [text, all] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(text, all);
            return;
        }
        if (all && box->checkBox())
            box->checkBox()->setChecked(true);
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (button->text().remove(u'&') == text) {
                button->click();
                return;
            }
        }
        qWarning("no button %s in the message box", qPrintable(text));
        box->reject();
    });
}

// A plugin of two agents written by the exporter, as a folder or a zip.
QString TestImportDialog::exportPlugin(const QString &out) const
{
    BundleRequest request;
    request.manifest.name = QStringLiteral("team-agents");
    request.manifest.version = QStringLiteral("1.0.0");
    request.manifest.description = QStringLiteral("Agents our team shares.");
    request.agents = {{QStringLiteral("reviewer.md"), kReviewer}, {QStringLiteral("tester.md"), kTester}};
    request.outputPath = m_dir->filePath(out);
    request.output = out.endsWith(QLatin1String(".zip")) ? BundleRequest::Output::Zip : BundleRequest::Output::Folder;
    request.acceptWarnings = true;
    const BundleResult result = BundleWriter::write(request);
    if (!result.ok)
        qFatal("cannot export: %s", qPrintable(result.error));
    return request.outputPath;
}

QString TestImportDialog::write(const QString &name, const QByteArray &bytes) const
{
    return writeScratchFileOrAbort(m_dir->filePath(name), bytes);
}

void TestImportDialog::folderListsAgents()
{
    const QString plugin = exportPlugin(QStringLiteral("plugin"));
    ImportDialog dialog(m_dir->filePath(QStringLiteral("project/.claude/agents")));
    QSignalSpy opened(&dialog, &ImportDialog::bundleOpened);
    QVERIFY(dialog.openBundle(plugin));
    const QStringList expected{plugin + QStringLiteral("/agents/reviewer.md"), plugin + QStringLiteral("/agents/tester.md")};
    QCOMPARE(dialog.agentFiles(), expected);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toStringList(), expected);

    const auto *contents = dialog.findChild<QTreeWidget *>(QStringLiteral("contents"));
    QCOMPARE(contents->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = contents->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("team-agents 1.0.0"));
    QCOMPARE(item->text(1), QStringLiteral("Agents our team shares."));
    QCOMPARE(item->childCount(), 2);
    QCOMPARE(item->child(0)->text(0), QStringLiteral("reviewer"));
    QCOMPARE(item->child(1)->text(1), QStringLiteral("agents/tester.md"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("error"))->isHidden());
}

void TestImportDialog::zipLivesWithTheDialog()
{
    const QString zip = exportPlugin(QStringLiteral("plugin.zip"));
    QStringList files;
    {
        ImportDialog dialog{QString()};
        QVERIFY(dialog.openBundle(zip));
        files = dialog.agentFiles();
        QCOMPARE(files.size(), 2);
        QVERIFY(!files.first().startsWith(m_dir->path()));
        QCOMPARE(readScratchFile(files.first()), kReviewer);
        // Opening another bundle replaces the extraction.
        QVERIFY(dialog.openBundle(zip));
        QVERIFY(!QFile::exists(files.first()));
        files = dialog.agentFiles();
        QVERIFY(QFile::exists(files.first()));
    }
    QVERIFY(!QFile::exists(files.first()));
    QCOMPARE(scratchTree(m_dir->path(), QDir::System), QStringList{QStringLiteral("plugin.zip")});
}

void TestImportDialog::hostileZip_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("message");

    QBuffer buffer;
    QuaZip zip(&buffer);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const QString &name : {QStringLiteral("agents/reviewer.md"), QStringLiteral("../escaped.md")}) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        QCOMPARE(file.write(kReviewer), kReviewer.size());
        file.close();
    }
    zip.close();
    QTest::newRow("zip slip") << buffer.data() << "\"../escaped.md\"";
    QTest::newRow("not a zip") << kReviewer << "is not a zip archive";
}

void TestImportDialog::hostileZip()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, message);
    const QString zip = write(QStringLiteral("bundle.zip"), archive);
    ImportDialog dialog(m_dir->filePath(QStringLiteral("project/.claude/agents")));
    QSignalSpy opened(&dialog, &ImportDialog::bundleOpened);
    QVERIFY(!dialog.openBundle(zip));
    const auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("contents"))->topLevelItemCount(), 0);
    QVERIFY(dialog.agentFiles().isEmpty());
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.first().first().toStringList().isEmpty());
    const auto *box = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::ActionRole)
            QVERIFY(!button->isEnabled());
    }
    QCOMPARE(scratchTree(m_dir->path(), QDir::System), QStringList{QStringLiteral("bundle.zip")});
    QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/escaped.md")));
}

void TestImportDialog::conflictsAsked()
{
    const QString plugin = exportPlugin(QStringLiteral("plugin"));
    const QString agents = m_dir->filePath(QStringLiteral("project/.claude/agents"));
    const QString reviewer = write(QStringLiteral("project/.claude/agents/reviewer.md"), "mine");
    const QString tester = agents + QStringLiteral("/tester.md");
    ImportDialog dialog(agents);
    QVERIFY(dialog.openBundle(plugin));
    QSignalSpy copied(&dialog, &ImportDialog::agentsCopied);

    // Refused: the file stays, the other agent is copied.
    answerNextMessageBox(QStringLiteral("Skip"));
    QCOMPARE(dialog.addToProject(agents), QStringList{tester});
    QCOMPARE(readScratchFile(reviewer), QByteArray("mine"));
    QCOMPARE(readScratchFile(tester), kTester);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().first().toStringList(), QStringList{tester});

    // Cancelled: nothing at all.
    QVERIFY(QFile::remove(tester));
    answerNextMessageBox(QStringLiteral("Cancel"));
    QVERIFY(dialog.addToProject(agents).isEmpty());
    QVERIFY(!QFile::exists(tester));
    QCOMPARE(readScratchFile(reviewer), QByteArray("mine"));
    QCOMPARE(copied.size(), 1);

    // Replaced for both, asked once.
    write(QStringLiteral("project/.claude/agents/tester.md"), "mine too");
    answerNextMessageBox(QStringLiteral("Replace"), true);
    QCOMPARE(dialog.addToProject(agents), (QStringList{reviewer, tester}));
    QCOMPARE(readScratchFile(reviewer), kReviewer);
    QCOMPARE(readScratchFile(tester), kTester);
    QCOMPARE(copied.size(), 2);
}

void TestImportDialog::uncheckedNotCopied()
{
    const QString plugin = exportPlugin(QStringLiteral("plugin"));
    const QString agents = m_dir->filePath(QStringLiteral("fresh/.claude/agents"));
    ImportDialog dialog(agents);
    QVERIFY(dialog.openBundle(plugin));
    auto *contents = dialog.findChild<QTreeWidget *>(QStringLiteral("contents"));
    contents->topLevelItem(0)->child(0)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog.addToProject(agents), QStringList{agents + QStringLiteral("/tester.md")});
    QCOMPARE(scratchTree(m_dir->filePath(QStringLiteral("fresh/.claude/agents")), QDir::System), QStringList{QStringLiteral("tester.md")});

    // With nothing checked there is nothing to add.
    contents->topLevelItem(0)->child(1)->setCheckState(0, Qt::Unchecked);
    const auto *box = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::ActionRole)
            QVERIFY(!button->isEnabled());
    }
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
