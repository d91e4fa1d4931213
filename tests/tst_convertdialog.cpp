// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bodyeditor.h"
#include "codeeditor.h"
#include "conversion/agentconverter.h"
#include "conversionpreview.h"
#include "grantchangesview.h"
#include "grantdelegate.h"
#include "gui/actionregistry.h"
#include "gui/convertdialog.h"
#include "gui/mainwindow.h"
#include "matrix/agentrisk.h"
#include "scratchfiles.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Agentry;

// ConvertDialog: the runtime chosen changes every preview, only checked agents are converted
// and written, names never clash, the grants page shows what a mapping widened or narrowed,
// an agent that cannot be converted leaves the others writable, and files that exist are
// replaced only when the user says so.
class TestConvertDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void runtimeChangesThePreview();
    void uncheckedAgentsAreNotWritten();
    void sameNamesGetDistinctNames();
    void grantsShowWidened();
    void grantsShowNarrowed();
    void cannotConvertLeavesTheOthers();
    void convertWritesTheFiles();
    void existingFileKeptOnCancel();
    void keyboard();
    void runtimeRemembered();
    void fileMenuAction();

private:
    // An agent file written under the temporary folder, offered checked.
    ConvertDialog::Agent agent(const QString &relativePath, const QByteArray &bytes) const;
    static QTreeWidget *list(const ConvertDialog &dialog);
    static QPushButton *convertButton(const ConvertDialog &dialog);
    // The rows of the grants page: "tool|before|after".
    static QStringList grantRows(const ConvertDialog &dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QByteArray kReviewer = "---\nname: reviewer\ndescription: Reviews diffs for bugs.\ntools: Read, Grep\n---\nReview the diff.\n";
static const QByteArray kTester = "---\nname: tester\ndescription: Writes tests for new code.\ntools: Read, Write\n---\nWrite tests.\n";

void TestConvertDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConvertDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ConvertDialog::Agent TestConvertDialog::agent(const QString &relativePath, const QByteArray &bytes) const
{
    ConvertDialog::Agent agent;
    agent.path = writeScratchFileOrAbort(m_dir->filePath(relativePath), bytes);
    agent.name = QFileInfo(relativePath).completeBaseName();
    agent.bytes = bytes;
    agent.checked = true;
    return agent;
}

QTreeWidget *TestConvertDialog::list(const ConvertDialog &dialog)
{
    return dialog.findChild<QTreeWidget *>(QStringLiteral("agents"));
}

QPushButton *TestConvertDialog::convertButton(const ConvertDialog &dialog)
{
    const auto *box = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

QStringList TestConvertDialog::grantRows(const ConvertDialog &dialog)
{
    const QTreeWidget *table = dialog.findChild<GrantChangesView *>()->table();
    QStringList rows;
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = table->topLevelItem(row);
        rows << item->text(GrantChangesView::ToolColumn) + u'|' + item->text(GrantChangesView::BeforeColumn) + u'|'
                    + item->text(GrantChangesView::AfterColumn);
    }
    return rows;
}

void TestConvertDialog::runtimeChangesThePreview()
{
    const ConvertDialog::Agent reviewer = agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer);
    ConvertDialog dialog({reviewer}, m_dir->path(), Runtime::GeminiCli);
    const auto *preview = dialog.findChild<ConversionPreview *>();
    const AgentConversion gemini = AgentConverter(Runtime::GeminiCli).convert(reviewer.path, kReviewer);
    QCOMPARE(preview->file()->editor()->toPlainText(), QString::fromUtf8(gemini.bytes));
    QVERIFY2(preview->path()->text().contains(QLatin1String(".gemini/agents/reviewer.md")), qPrintable(preview->path()->text()));

    auto *runtime = dialog.findChild<QComboBox *>(QStringLiteral("runtime"));
    runtime->setCurrentIndex(runtime->findText(QStringLiteral("OpenCode")));
    QCOMPARE(dialog.runtime(), Runtime::OpenCode);
    const AgentConversion openCode = AgentConverter(Runtime::OpenCode).convert(reviewer.path, kReviewer);
    QVERIFY(openCode.bytes != gemini.bytes);
    QCOMPARE(preview->file()->editor()->toPlainText(), QString::fromUtf8(openCode.bytes));
    QVERIFY2(preview->path()->text().contains(QLatin1String(".opencode/agent/reviewer.md")), qPrintable(preview->path()->text()));
    QVERIFY(preview->file()->editor()->isReadOnly());
    QCOMPARE(dialog.toWrite().size(), 1);
    QCOMPARE(dialog.toWrite().first().relativePath, QStringLiteral(".opencode/agent/reviewer.md"));
}

void TestConvertDialog::uncheckedAgentsAreNotWritten()
{
    ConvertDialog dialog({agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer), agent(QStringLiteral(".claude/agents/tester.md"), kTester)},
                         m_dir->path(), Runtime::GeminiCli);
    QCOMPARE(dialog.toWrite().size(), 2);
    list(dialog)->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog.toWrite().size(), 1);
    QCOMPARE(dialog.toWrite().first().name, QStringLiteral("reviewer"));
    QVERIFY(!dialog.conversions().at(1));
    QVERIFY(list(dialog)->topLevelItem(1)->text(1).isEmpty());
    QVERIFY(dialog.convert());
    QCOMPARE(scratchTree(m_dir->filePath(QStringLiteral(".gemini"))), (QStringList{QStringLiteral("agents"), QStringLiteral("agents/reviewer.md")}));

    // Select None leaves nothing to convert, and says so.
    ConvertDialog none({agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer)}, m_dir->path(), Runtime::GeminiCli);
    for (QPushButton *button : none.findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == QLatin1String("Select None"))
            button->click();
    }
    QVERIFY(none.toWrite().isEmpty());
    QVERIFY(!convertButton(none)->isEnabled());
    QCOMPARE(none.problem(), QStringLiteral("Choose at least one agent to convert."));
    QCOMPARE(none.findChild<QLabel *>(QStringLiteral("status"))->text(), none.problem());
}

void TestConvertDialog::sameNamesGetDistinctNames()
{
    ConvertDialog dialog({agent(QStringLiteral("a/.claude/agents/reviewer.md"), kReviewer), agent(QStringLiteral("b/.claude/agents/reviewer.md"), kReviewer)},
                         m_dir->path(), Runtime::QwenCode);
    const QVector<AgentConversion> written = dialog.toWrite();
    QCOMPARE(written.size(), 2);
    QCOMPARE(written.at(0).name, QStringLiteral("reviewer"));
    QCOMPARE(written.at(1).name, QStringLiteral("reviewer-2"));
    QCOMPARE(list(dialog)->topLevelItem(1)->text(0), QStringLiteral("reviewer → reviewer-2"));
    QVERIFY(written.at(0).relativePath != written.at(1).relativePath);
}

void TestConvertDialog::grantsShowWidened()
{
    // Copilot's `edit` is Edit and Write together; Skill and sql it gives every agent.
    const QByteArray source = "---\nname: editor\ndescription: Edits files.\ntools: Read, Edit\n---\nEdit.\n";
    ConvertDialog dialog({agent(QStringLiteral(".claude/agents/editor.md"), source)}, m_dir->path(), Runtime::Copilot);
    const GrantChangesView *grants = dialog.findChild<GrantChangesView *>();
    QCOMPARE(grantRows(dialog), (QStringList{QStringLiteral("Read|✓ granted|✓ granted"), QStringLiteral("Write|— not granted|✓ granted (widened)"),
                                             QStringLiteral("Edit|✓ granted|✓ granted"), QStringLiteral("Skill (always)|— not granted|✓ granted"),
                                             QStringLiteral("sql (always)|— not granted|✓ granted")}));
    QCOMPARE(grants->summary()->text(), QStringLiteral("Widened: Write · Narrowed: none"));
    const QColor base = grants->table()->palette().color(QPalette::Base);
    QCOMPARE(grants->table()->topLevelItem(1)->background(GrantChangesView::AfterColumn).color(),
             GrantDelegate::riskTint(int(AgentRisk::Level::Critical), base));
    for (const int row : {0, 3})
        QCOMPARE(grants->table()->topLevelItem(row)->background(GrantChangesView::AfterColumn).style(), Qt::NoBrush);
    QCOMPARE(list(dialog)->topLevelItem(0)->text(1), QStringLiteral("converts with warnings"));
}

void TestConvertDialog::grantsShowNarrowed()
{
    // Gemini CLI takes no patterns: the shell is left out.
    const QByteArray source = "---\nname: committer\ndescription: Commits changes.\ntools: Read, Bash(git *)\n---\nCommit.\n";
    ConvertDialog dialog({agent(QStringLiteral(".claude/agents/committer.md"), source)}, m_dir->path(), Runtime::GeminiCli);
    const GrantChangesView *grants = dialog.findChild<GrantChangesView *>();
    QCOMPARE(grantRows(dialog), (QStringList{QStringLiteral("Read|✓ granted|✓ granted"), QStringLiteral("Bash|✓ only git *|— not granted (narrowed)")}));
    QCOMPARE(grants->summary()->text(), QStringLiteral("Widened: none · Narrowed: Bash"));
    const QColor base = grants->table()->palette().color(QPalette::Base);
    QCOMPARE(grants->table()->topLevelItem(1)->background(GrantChangesView::ToolColumn).color(),
             GrantDelegate::riskTint(int(AgentRisk::Level::Medium), base));
}

void TestConvertDialog::cannotConvertLeavesTheOthers()
{
    // Claude Code loads no agent without a name.
    const QByteArray nameless = "---\ndescription: Has no name.\n---\nNothing.\n";
    ConvertDialog dialog({agent(QStringLiteral(".claude/agents/nameless.md"), nameless), agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer)},
                         m_dir->path(), Runtime::GeminiCli);
    const QTreeWidgetItem *item = list(dialog)->topLevelItem(0);
    QCOMPARE(item->text(1), QStringLiteral("cannot convert"));
    QVERIFY2(item->toolTip(1).contains(QLatin1String("does not load")), qPrintable(item->toolTip(1)));
    QCOMPARE(list(dialog)->topLevelItem(1)->text(1), QStringLiteral("converts"));
    QVERIFY(convertButton(dialog)->isEnabled());
    QCOMPARE(dialog.toWrite().size(), 1);
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QLatin1String("1 cannot be converted")), qPrintable(status));

    // Its findings say why; there is no new file.
    list(dialog)->setCurrentItem(list(dialog)->topLevelItem(0));
    const auto *preview = dialog.findChild<ConversionPreview *>();
    QVERIFY(preview->file()->editor()->toPlainText().isEmpty());
    QCOMPARE(preview->findings()->topLevelItem(0)->text(ConversionPreview::SeverityColumn), QStringLiteral("Error"));

    // Alone, it leaves nothing to write.
    list(dialog)->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!convertButton(dialog)->isEnabled());
    QVERIFY2(dialog.problem().startsWith(QLatin1String("Nothing to write")), qPrintable(dialog.problem()));
}

void TestConvertDialog::convertWritesTheFiles()
{
    const QString out = m_dir->filePath(QStringLiteral("out"));
    ConvertDialog dialog({agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer), agent(QStringLiteral(".claude/agents/tester.md"), kTester)},
                         m_dir->path(), Runtime::FactoryDroid);
    dialog.findChild<QLineEdit *>(QStringLiteral("folder"))->setText(out);
    QSignalSpy converted(&dialog, &ConvertDialog::converted);
    const QVector<AgentConversion> expected = dialog.toWrite();
    QVERIFY(dialog.convert());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(converted.size(), 1);
    const QStringList paths = converted.first().first().toStringList();
    QCOMPARE(paths.size(), 2);
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(paths.at(i), QDir::cleanPath(out + u'/' + expected.at(i).relativePath));
        QCOMPARE(readScratchFile(paths.at(i)), expected.at(i).bytes);
    }
}

void TestConvertDialog::existingFileKeptOnCancel()
{
    const QString mine = writeScratchFileOrAbort(m_dir->filePath(QStringLiteral(".gemini/agents/reviewer.md")), "mine");
    ConvertDialog dialog({agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer), agent(QStringLiteral(".claude/agents/tester.md"), kTester)},
                         m_dir->path(), Runtime::GeminiCli);
    QStringList asked;
    bool replace = false;
    dialog.setReplaceQuestion([&asked, &replace](const QStringList &existing) {
        asked = existing;
        return replace;
    });
    QSignalSpy converted(&dialog, &ConvertDialog::converted);
    QVERIFY(!dialog.convert());
    QCOMPARE(asked, QStringList{mine});
    QCOMPARE(readScratchFile(mine), QByteArray("mine"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral(".gemini/agents/tester.md")))); // all or nothing
    QVERIFY(converted.isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("status"))->text(), QStringLiteral("Nothing was written: the files that exist are kept."));

    // Replace: asked again, and written.
    replace = true;
    asked.clear();
    QVERIFY(dialog.convert());
    QCOMPARE(asked, QStringList{mine});
    QCOMPARE(readScratchFile(mine), dialog.toWrite().first().bytes);

    // With "Replace files that exist" checked nobody is asked.
    ConvertDialog again({agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer)}, m_dir->path(), Runtime::GeminiCli);
    again.setReplaceQuestion([](const QStringList &) {
        qWarning("asked");
        return false;
    });
    again.findChild<QCheckBox *>(QStringLiteral("replace"))->setChecked(true);
    QVERIFY(again.convert());
}

void TestConvertDialog::keyboard()
{
    ConvertDialog dialog({agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer)}, m_dir->path(), Runtime::GeminiCli);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Every label names the field it belongs to.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(convertButton(dialog)->isDefault());
    QVERIFY(!list(dialog)->accessibleName().isEmpty());
    // Enter converts from the list.
    list(dialog)->setFocus();
    QTest::keyClick(list(dialog), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral(".gemini/agents/reviewer.md"))));

    // Escape cancels.
    ConvertDialog other({agent(QStringLiteral(".claude/agents/tester.md"), kTester)}, m_dir->path(), Runtime::GeminiCli);
    other.show();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QTest::keyClick(&other, Qt::Key_Escape);
    QVERIFY(other.isHidden());
    QCOMPARE(other.result(), int(QDialog::Rejected));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral(".gemini/agents/tester.md"))));
}

void TestConvertDialog::runtimeRemembered()
{
    {
        ConvertDialog dialog({agent(QStringLiteral(".claude/agents/reviewer.md"), kReviewer)}, m_dir->path(), Runtime::QwenCode);
        QVERIFY(dialog.convert());
    }
    ConvertDialog dialog({agent(QStringLiteral(".claude/agents/tester.md"), kTester)}, m_dir->path(), std::nullopt);
    QCOMPARE(dialog.runtime(), Runtime::QwenCode);
}

void TestConvertDialog::fileMenuAction()
{
    MainWindow window;
    QAction *convert = window.actions()->action(ActionRegistry::Id::ConvertAgents);
    QCOMPARE(convert->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    QCOMPARE(convert->text(), QStringLiteral("&Convert to…"));
    QMenu *file = window.menuBar()->actions().first()->menu();
    const QList<QAction *> actions = file->actions();
    const qsizetype exportAt = actions.indexOf(window.actions()->action(ActionRegistry::Id::ExportPlugin));
    QVERIFY(exportAt >= 0);
    QCOMPARE(actions.value(exportAt + 1), convert);
}

QTEST_MAIN(TestConvertDialog)
#include "tst_convertdialog.moc"
