// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "differinglines.h"
#include "document/agentdocument.h"
#include "fieldeditor.h"
#include "fieldlabel.h"
#include "frontmatterform.h"
#include "messagebanner.h"
#include "opencodepermissioneditor.h"
#include "text/frontmatterpatcher.h"
#include "text/yamlsnippet.h"
#include "toolpicker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QDoubleSpinBox>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <functional>

using namespace Agentry;

namespace {

const QString Corpus = QStringLiteral(AGENTRY_CORPUS_DIR);
const QString EvalJudge = Corpus + QStringLiteral("/wshobson__agents/plugins/plugin-eval/agents/eval-judge.md");
const QString BrokenFile = Corpus + QStringLiteral("/ccplugins__awesome-claude-code-plugins/plugins/api-tester/agents/api-tester.md");

Diagnostic problem(const QString &field, Severity severity, const QString &message)
{
    Diagnostic d;
    d.field = field;
    d.severity = severity;
    d.message = message;
    return d;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Whether anything beside the text of `label` is shown: its problem icon or fix button.
bool showsMark(const FieldLabel *label)
{
    const QList<QWidget *> children = label->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    return std::any_of(children.cbegin(), children.cend(), [label](const QWidget *child) { return child != label->label() && !child->isHidden(); });
}

// Stands in for the main window: shows a text in the form, records what the form asks
// for, and applies it the way the document does, showing the result again.
struct Harness
{
    FrontmatterForm form;
    AgentText text;
    QString path;
    QVector<FieldChange> changes;
    QVector<int> editSourceLines;
    bool applyChanges = true;

    explicit Harness(const QByteArray &bytes, const QString &fileName = QStringLiteral("agent.md"))
        : text(AgentText::fromBytes(bytes))
        , path(fileName)
    {
        QObject::connect(&form, &FrontmatterForm::changeRequested, [this](const FieldChange &change) {
            changes.append(change);
            if (applyChanges)
                apply(change);
        });
        QObject::connect(&form, &FrontmatterForm::editSourceRequested, [this](int line) { editSourceLines.append(line); });
        form.resize(900, 1400);
        show();
    }

    void show() { form.setAgentText(text, detectDialect(path, text.frontmatter), path); }

    FieldPatch apply(const FieldChange &change)
    {
        const FieldPatch result = FrontmatterPatcher(text).apply(change);
        if (result.status == FieldPatch::Status::Changed) {
            text = AgentText::fromBytes(result.edit.appliedTo(text.bytes));
            show();
        }
        return result;
    }

    template<typename T>
    T *inField(const QString &key) const
    {
        auto *editor = form.findChild<FieldEditor *>(key);
        if (!editor)
            qFatal("no editor for %s", qPrintable(key));
        auto *widget = editor->findChild<T *>();
        if (!widget)
            qFatal("no widget in the editor for %s", qPrintable(key));
        return widget;
    }
};

// Applies `change` to `bytes` as the document would and checks that only the lines of
// the change's key differ and that the key reads as asked.
QString checkMinimal(const QByteArray &bytes, const FieldChange &change)
{
    const AgentText text = AgentText::fromBytes(bytes);
    const FieldPatch result = FrontmatterPatcher(text).apply(change);
    if (result.status != FieldPatch::Status::Changed)
        return QStringLiteral("not changed: ") + result.message;
    const QByteArray after = result.edit.appliedTo(bytes);
    const FrontmatterField *old = text.frontmatter.field(change.key);
    const QList<QByteArray> keyLines = old ? bytes.split('\n').mid(old->line, old->lastLine - old->line + 1) : QList<QByteArray>();
    const auto diff = differingLines(bytes, after);
    for (const QByteArray &line : diff.first) {
        if (!keyLines.contains(line))
            return QStringLiteral("changed another line: ") + QString::fromUtf8(line);
    }
    const AgentText reparsed = AgentText::fromBytes(after);
    for (const FrontmatterField &field : text.frontmatter.fields()) {
        if (field.key != change.key && reparsed.frontmatter.field(field.key)->value != field.value)
            return QStringLiteral("another key changed: ") + field.key;
    }
    if (reparsed.bytes.mid(reparsed.block.bodyStart) != bytes.mid(text.block.bodyStart))
        return QStringLiteral("the body changed");
    return {};
}

} // namespace

class TestFrontmatterForm : public QObject
{
    Q_OBJECT

private slots:
    void formOfEachRuntime();
    void numberWritesANumber();
    void openCodePermissionRules();
    void openCodePermissionEditsAreUndoable();
    void openCodePermissionOddValueIsYaml();
    void setAgentTextEmitsNothing_data();
    void setAgentTextEmitsNothing();
    void modelComboEmitsSet();
    void modelTypedId();
    void uncheckingToolEmitsListWithoutIt();
    void checkingToolAppends();
    void toolModes();
    void extraToolEntriesAreChips();
    void colorSwatches();
    void maxTurnsSpinBox();
    void otherFieldsEditAsYaml();
    void otherFieldsAddAndRemove();
    void invalidYamlShowsErrorAndAsksNothing();
    void newFileDropsPendingText();
    void brokenFrontmatter();
    void noFrontmatterOffersToCreateIt();
    void focusedFieldKeepsCursor();
    void externalChangeUpdatesField();
    void changesAreMinimalOnCorpusFile();
    void problemsMarkLabels();
    void worstProblemFirst();
    void fixesOnProblemMarks();
    void readOnly();
    void tabOrderFollowsTheForm();
};

void TestFrontmatterForm::setAgentTextEmitsNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("wshobson") << EvalJudge;
    QTest::newRow("seed 000 (null description)") << Corpus + QStringLiteral("/seeds/000_3eecd26df7f7731c.md");
    QTest::newRow("seed 002 (no frontmatter)") << Corpus + QStringLiteral("/seeds/002_32e287f3d574e997.md");
    QTest::newRow("seed 003 (block list)") << Corpus + QStringLiteral("/seeds/003_d07c80fa81ab9c3f.md");
    QTest::newRow("seed 004 (unknown keys)") << Corpus + QStringLiteral("/seeds/004_48c69f18574dd9c6.md");
    QTest::newRow("broken") << BrokenFile;
}

void TestFrontmatterForm::setAgentTextEmitsNothing()
{
    QFETCH(QString, path);
    Harness h(readFile(path), path);
    h.show();
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    h.show();
    // Another dialect and back rebuilds the fields: still nothing asked.
    h.form.setAgentText(h.text, Dialect::OpenCode, path);
    h.show();
    QVERIFY(h.changes.isEmpty());
    QVERIFY(h.editSourceLines.isEmpty());
}

void TestFrontmatterForm::modelComboEmitsSet()
{
    Harness h(readFile(EvalJudge), EvalJudge);
    auto *combo = h.inField<QComboBox>(QStringLiteral("model"));
    QCOMPARE(combo->currentText(), QStringLiteral("sonnet"));
    const int opus = combo->findText(QStringLiteral("opus"));
    QVERIFY(opus >= 0);
    combo->setCurrentIndex(opus);
    emit combo->activated(opus); // what a pick from the list sends
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.changes.first().kind, FieldChange::Kind::Set);
    QCOMPARE(h.changes.first().key, QStringLiteral("model"));
    QCOMPARE(h.changes.first().value, QJsonValue(QStringLiteral("opus")));
    QVERIFY(h.text.bytes.contains("\nmodel: opus\n"));

    // "(not set)" removes the key.
    emit combo->activated(0);
    QCOMPARE(h.changes.size(), 2);
    QCOMPARE(h.changes.last().kind, FieldChange::Kind::Remove);
    QVERIFY(!h.text.frontmatter.field(QStringLiteral("model")));

    // "(inherit from parent)" is `inherit`.
    const int inherit = combo->findText(QStringLiteral("(inherit from parent)"));
    emit combo->activated(inherit);
    QCOMPARE(h.changes.last().value, QJsonValue(QStringLiteral("inherit")));
}

void TestFrontmatterForm::modelTypedId()
{
    Harness h(readFile(EvalJudge), EvalJudge);
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    auto *combo = h.inField<QComboBox>(QStringLiteral("model"));
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("claude-x"));
    QVERIFY(!h.changes.isEmpty());
    QCOMPARE(h.changes.last().value, QJsonValue(QStringLiteral("claude-x")));
    QCOMPARE(h.text.frontmatter.field(QStringLiteral("model"))->value, QJsonValue(QStringLiteral("claude-x")));
    QCOMPARE(combo->currentText(), QStringLiteral("claude-x"));
}

void TestFrontmatterForm::uncheckingToolEmitsListWithoutIt()
{
    Harness h(readFile(EvalJudge), EvalJudge);
    QCheckBox *grep = nullptr;
    for (QCheckBox *box : h.form.findChild<FieldEditor *>(QStringLiteral("tools"))->findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("Grep"))
            grep = box;
    }
    QVERIFY(grep);
    QVERIFY(grep->isChecked());
    const QByteArray before = h.text.bytes;
    grep->click();
    QCOMPARE(h.changes.size(), 1);
    const FieldChange &change = h.changes.first();
    QCOMPARE(change.kind, FieldChange::Kind::Set);
    QCOMPARE(change.key, QStringLiteral("tools"));
    QCOMPARE(change.value, QJsonValue(QJsonArray{QStringLiteral("Read"), QStringLiteral("Glob")}));
    QCOMPARE(checkMinimal(before, change), QString());
    QVERIFY(h.text.bytes.contains("\ntools: Read, Glob\n")); // the comma string stays one
    QVERIFY(!grep->isChecked());
}

void TestFrontmatterForm::checkingToolAppends()
{
    Harness h(QByteArray("---\nname: a\ndescription: d\ntools:\n  - Read\n  - Task\n---\nBody\n"));
    QCheckBox *bash = nullptr;
    QCheckBox *agent = nullptr;
    for (QCheckBox *box : h.form.findChild<FieldEditor *>(QStringLiteral("tools"))->findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("Bash"))
            bash = box;
        if (box->text() == QLatin1String("Agent"))
            agent = box;
    }
    QVERIFY(bash && agent);
    QVERIFY(agent->isChecked()); // Task is the old name of Agent
    bash->click();
    QCOMPARE(h.changes.last().value, QJsonValue(QJsonArray{QStringLiteral("Read"), QStringLiteral("Task"), QStringLiteral("Bash")}));
    QCOMPARE(h.text.bytes, QByteArray("---\nname: a\ndescription: d\ntools:\n  - Read\n  - Task\n  - Bash\n---\nBody\n"));
    agent->click(); // unchecking removes the entry under its old name
    QCOMPARE(h.changes.last().value, QJsonValue(QJsonArray{QStringLiteral("Read"), QStringLiteral("Bash")}));
}

void TestFrontmatterForm::toolModes()
{
    Harness h(readFile(EvalJudge), EvalJudge);
    const auto radio = [&](const QString &text) {
        for (QRadioButton *button : h.form.findChild<FieldEditor *>(QStringLiteral("tools"))->findChildren<QRadioButton *>()) {
            if (button->text() == text)
                return button;
        }
        qFatal("no radio button %s", qPrintable(text));
        return static_cast<QRadioButton *>(nullptr);
    };
    QVERIFY(radio(QStringLiteral("Only these tools"))->isChecked());

    const QByteArray before = h.text.bytes;
    radio(QStringLiteral("Inherit all tools"))->click();
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.changes.first().kind, FieldChange::Kind::Remove);
    QCOMPARE(h.changes.first().key, QStringLiteral("tools"));
    QCOMPARE(checkMinimal(before, h.changes.first()), QString());
    QVERIFY(!h.text.frontmatter.field(QStringLiteral("tools")));
    QVERIFY(radio(QStringLiteral("Inherit all tools"))->isChecked());

    radio(QStringLiteral("No tools"))->click();
    QCOMPARE(h.changes.last().kind, FieldChange::Kind::Set);
    QCOMPARE(h.changes.last().value, QJsonValue(QJsonArray()));
    QCOMPARE(h.text.frontmatter.field(QStringLiteral("tools"))->value, QJsonValue(QJsonArray()));
    QVERIFY(radio(QStringLiteral("No tools"))->isChecked());

    radio(QStringLiteral("Only these tools"))->click();
    QCOMPARE(h.changes.last().kind, FieldChange::Kind::Set);
    QVERIFY(!h.changes.last().value.toArray().isEmpty());
    QCOMPARE(h.changes.size(), 3);
}

void TestFrontmatterForm::extraToolEntriesAreChips()
{
    Harness h(QByteArray("---\nname: a\ndescription: d\ntools: Read, Bash(git diff:*), mcp__context7__resolve, codebase, LS\n---\n"));
    auto *picker = h.form.findChild<FieldEditor *>(QStringLiteral("tools"));
    QStringList chips;
    QToolButton *removeRule = nullptr;
    for (QToolButton *button : picker->findChildren<QToolButton *>()) {
        if (button->accessibleName().startsWith(QLatin1String("Remove "))) {
            chips.append(button->accessibleName().mid(7));
            if (button->accessibleName() == QLatin1String("Remove Bash(git diff:*)"))
                removeRule = button;
        }
    }
    chips.sort();
    QCOMPARE(chips, (QStringList{QStringLiteral("Bash(git diff:*)"), QStringLiteral("LS"), QStringLiteral("codebase"),
                                 QStringLiteral("mcp__context7__resolve")}));
    QVERIFY(removeRule);
    removeRule->click();
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.changes.first().value, QJsonValue(QJsonArray{QStringLiteral("Read"), QStringLiteral("mcp__context7__resolve"),
                                                            QStringLiteral("codebase"), QStringLiteral("LS")}));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Typed entries are appended.
    QLineEdit *add = nullptr;
    for (QLineEdit *edit : picker->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Add a tool entry"))
            add = edit;
    }
    QVERIFY(add);
    add->setText(QStringLiteral("WebFetch(domain:example.com)"));
    QTest::keyClick(add, Qt::Key_Return);
    QCOMPARE(h.changes.last().value.toArray().last(), QJsonValue(QStringLiteral("WebFetch(domain:example.com)")));
    QVERIFY(add->text().isEmpty());
}

void TestFrontmatterForm::colorSwatches()
{
    Harness h(QByteArray("---\nname: a\ndescription: d\ncolor: teal\n---\n"));
    auto *picker = h.form.findChild<FieldEditor *>(QStringLiteral("color"));
    QToolButton *red = nullptr;
    QToolButton *none = nullptr;
    QToolButton *checked = nullptr;
    for (QToolButton *button : picker->findChildren<QToolButton *>()) {
        if (button->accessibleName() == QLatin1String("Red"))
            red = button;
        if (button->accessibleName() == QLatin1String("No color"))
            none = button;
        if (button->isChecked())
            checked = button;
    }
    QVERIFY(red && none && checked);
    QVERIFY(checked->text().contains(QLatin1String("teal"))); // shown as written, not replaced
    red->click();
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.changes.first().value, QJsonValue(QStringLiteral("red")));
    QVERIFY(h.text.bytes.contains("\ncolor: red\n"));
    QVERIFY(red->isChecked());
    none->click();
    QCOMPARE(h.changes.last().kind, FieldChange::Kind::Remove);
    QVERIFY(!h.text.frontmatter.field(QStringLiteral("color")));
}

void TestFrontmatterForm::maxTurnsSpinBox()
{
    Harness h(QByteArray("---\nname: a\ndescription: d\nmaxTurns: \"12\"\n---\n"));
    auto *spin = h.inField<QDoubleSpinBox>(QStringLiteral("maxTurns"));
    QCOMPARE(spin->value(), 12); // a numeric string counts, as in the client
    spin->stepUp();
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.changes.first().value, QJsonValue(13));
    spin->setValue(spin->minimum());
    QCOMPARE(h.changes.last().kind, FieldChange::Kind::Remove);
    QVERIFY(!h.text.frontmatter.field(QStringLiteral("maxTurns")));
    QCOMPARE(spin->text(), QStringLiteral("(not set)"));
}

void TestFrontmatterForm::otherFieldsEditAsYaml()
{
    const QString path = Corpus + QStringLiteral("/seeds/004_48c69f18574dd9c6.md");
    Harness h(readFile(path), path);
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    auto *version = h.form.findChild<FieldEditor *>(QStringLiteral("version"));
    QVERIFY(version);
    QVERIFY(h.form.findChild<FieldEditor *>(QStringLiteral("prompt"))); // a block scalar of another tool, kept
    auto *edit = version->findChild<QPlainTextEdit *>();
    QCOMPARE(edit->toPlainText(), QStringLiteral("2025-11-09"));

    const QByteArray before = h.text.bytes;
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("8"));
    QVERIFY(!h.changes.isEmpty());
    QCOMPARE(h.changes.last().kind, FieldChange::Kind::SetYaml);
    QCOMPARE(h.changes.last().key, QStringLiteral("version"));
    QCOMPARE(h.changes.last().yaml, QStringLiteral("2025-11-08"));
    QCOMPARE(edit->toPlainText(), QStringLiteral("2025-11-08"));
    QCOMPARE(edit->textCursor().position(), 10);
    const auto diff = differingLines(before, h.text.bytes);
    QCOMPARE(diff.first, QList<QByteArray>{QByteArray("version: 2025-11-09")});
    QCOMPARE(diff.second, QList<QByteArray>{QByteArray("version: 2025-11-08")});
}

void TestFrontmatterForm::otherFieldsAddAndRemove()
{
    Harness h(QByteArray("---\nname: a\ndescription: d\nversion: 1\n---\nBody\n"));
    QPushButton *addField = nullptr;
    for (QPushButton *button : h.form.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Add Field…"))
            addField = button;
    }
    QVERIFY(addField);
    addField->click();
    QLineEdit *key = nullptr;
    QLineEdit *value = nullptr;
    for (QLineEdit *edit : h.form.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("New field key"))
            key = edit;
        if (edit->accessibleName() == QLatin1String("New field value"))
            value = edit;
    }
    QVERIFY(key && value);
    key->setText(QStringLiteral("version"));
    value->setText(QStringLiteral("2"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(h.changes.isEmpty()); // the key exists already: refused in place

    key->setText(QStringLiteral("tags"));
    value->setText(QStringLiteral("[a, b]"));
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.changes.first().kind, FieldChange::Kind::SetYaml);
    QCOMPARE(h.changes.first().key, QStringLiteral("tags"));
    QCOMPARE(h.text.frontmatter.field(QStringLiteral("tags"))->value, QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(h.form.findChild<FieldEditor *>(QStringLiteral("tags")));

    QToolButton *remove = nullptr;
    for (QToolButton *button : h.form.findChildren<QToolButton *>()) {
        if (button->accessibleName() == QLatin1String("Remove version"))
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QCOMPARE(h.changes.last().kind, FieldChange::Kind::Remove);
    QCOMPARE(h.changes.last().key, QStringLiteral("version"));
    QCOMPARE(h.text.bytes, QByteArray("---\nname: a\ndescription: d\ntags: [a, b]\n---\nBody\n"));
}

void TestFrontmatterForm::invalidYamlShowsErrorAndAsksNothing()
{
    Harness h(QByteArray("---\nname: a\ndescription: d\nhooks:\n  Stop: []\n---\n"));
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    auto *hooks = h.form.findChild<FieldEditor *>(QStringLiteral("hooks"));
    auto *edit = hooks->findChild<QPlainTextEdit *>();
    QCOMPARE(edit->toPlainText(), QStringLiteral("Stop: []"));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClick(edit, Qt::Key_Backspace); // "Stop: [" does not parse
    QVERIFY(h.changes.isEmpty());
    bool errorShown = false;
    for (QLabel *label : hooks->findChildren<QLabel *>())
        errorShown = errorShown || (label->isVisible() && label->text().contains(QLatin1String("line 1")));
    QVERIFY(errorShown);
    h.show(); // the document did not change: the user's text stays
    QCOMPARE(edit->toPlainText(), QStringLiteral("Stop: ["));
    QTest::keyClicks(edit, QStringLiteral("]"));
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.changes.first().kind, FieldChange::Kind::SetYaml);
    for (QLabel *label : hooks->findChildren<QLabel *>())
        QVERIFY(!label->isVisible() || !label->text().contains(QLatin1String("line 1")));
}

void TestFrontmatterForm::newFileDropsPendingText()
{
    const QByteArray bytes("---\nname: a\ndescription: d\nhooks:\n  Stop: []\n---\n");
    Harness h(bytes, QStringLiteral("a.md"));
    auto *edit = h.form.findChild<FieldEditor *>(QStringLiteral("hooks"))->findChild<QPlainTextEdit *>();
    edit->setPlainText(QStringLiteral("Stop: [")); // as if typed: does not parse, nothing asked
    QVERIFY(h.changes.isEmpty());
    h.show();
    QCOMPARE(edit->toPlainText(), QStringLiteral("Stop: ["));
    // Another file with the same value: its text is shown, not the other file's leftovers.
    h.path = QStringLiteral("b.md");
    h.show();
    QCOMPARE(edit->toPlainText(), QStringLiteral("Stop: []"));
    QVERIFY(h.changes.isEmpty());
}

void TestFrontmatterForm::brokenFrontmatter()
{
    Harness h(readFile(BrokenFile), BrokenFile);
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    auto *banner = h.form.findChild<MessageBanner *>();
    QVERIFY(banner->isVisible());
    const YamlError error = *h.text.frontmatter.error();
    QVERIFY(banner->text().contains(QStringLiteral("line %1, column %2").arg(error.line).arg(error.column)));
    QVERIFY(banner->text().contains(error.message));
    // The fields are not offered; what could be read is shown, read-only.
    QVERIFY(!h.form.findChild<FieldEditor *>(QStringLiteral("name"))->isVisible());
    bool nameShown = false;
    for (QLabel *label : h.form.findChildren<QLabel *>())
        nameShown = nameShown || (label->isVisible() && label->text() == QLatin1String("api-tester"));
    QVERIFY(nameShown);

    QPushButton *button = banner->actionButton();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Edit &Source"));
    button->click();
    QCOMPARE(h.editSourceLines, QVector<int>{error.line - 1});
    QVERIFY(h.changes.isEmpty());

    // Fixed in the source: the fields come back.
    h.text = AgentText::fromBytes("---\nname: api-tester\ndescription: fixed\n---\n");
    h.show();
    QVERIFY(!banner->isVisible());
    QVERIFY(h.form.findChild<FieldEditor *>(QStringLiteral("name"))->isVisible());
    QCOMPARE(h.inField<QLineEdit>(QStringLiteral("name"))->text(), QStringLiteral("api-tester"));
}

void TestFrontmatterForm::noFrontmatterOffersToCreateIt()
{
    const QString path = Corpus + QStringLiteral("/seeds/002_32e287f3d574e997.md");
    Harness h(readFile(path), QStringLiteral("/agents/Python Backend.md"));
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    auto *banner = h.form.findChild<MessageBanner *>();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("&Create Frontmatter"));
    // What to create is the repair's to say (the window asks the checker), not the form's.
    QSignalSpy create(&h.form, &FrontmatterForm::createFrontmatterRequested);
    banner->actionButton()->click();
    QCOMPARE(create.size(), 1);
    QVERIFY(h.changes.isEmpty());
}

void TestFrontmatterForm::focusedFieldKeepsCursor()
{
    Harness h(readFile(EvalJudge), EvalJudge);
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    auto *name = h.inField<QLineEdit>(QStringLiteral("name"));
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->setCursorPosition(4); // "eval|-judge"
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.changes.first().value, QJsonValue(QStringLiteral("evalx-judge")));
    QCOMPARE(name->text(), QStringLiteral("evalx-judge"));
    QCOMPARE(name->cursorPosition(), 5);

    // The same text again, as after any edit elsewhere: nothing moves.
    name->setSelection(2, 3);
    h.show();
    QCOMPARE(name->selectionStart(), 2);
    QCOMPARE(name->selectedText(), QStringLiteral("alx"));
    name->setCursorPosition(5);
    h.form.setAgentText(AgentText::fromBytes(h.text.bytes), Dialect::ClaudeCode, EvalJudge);
    QCOMPARE(name->cursorPosition(), 5);

    // A text edit keeps its cursor too.
    auto *description = h.inField<QPlainTextEdit>(QStringLiteral("description"));
    description->setFocus();
    QTextCursor cursor = description->textCursor();
    cursor.setPosition(10);
    description->setTextCursor(cursor);
    QTest::keyClicks(description, QStringLiteral("Q"));
    QCOMPARE(description->textCursor().position(), 11);
    QVERIFY(h.text.frontmatter.field(QStringLiteral("description"))->value.toString().startsWith(QLatin1String("LLM judge Qfor")));
    h.show();
    QCOMPARE(description->textCursor().position(), 11);
    QCOMPARE(h.changes.size(), 2);
}

void TestFrontmatterForm::externalChangeUpdatesField()
{
    Harness h(readFile(EvalJudge), EvalJudge);
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    auto *description = h.inField<QPlainTextEdit>(QStringLiteral("description"));
    description->setFocus();
    QTextCursor cursor = description->textCursor();
    cursor.setPosition(20);
    description->setTextCursor(cursor);
    // An undo or the source view changes the value under the cursor: the text follows,
    // the cursor stays where the unchanged text around it puts it.
    FieldPatch result = h.apply(FieldChange::set(QStringLiteral("description"), QString(QStringLiteral("Judge. ") + description->toPlainText())));
    QCOMPARE(result.status, FieldPatch::Status::Changed);
    QVERIFY(description->toPlainText().startsWith(QLatin1String("Judge. LLM judge")));
    QCOMPARE(description->textCursor().position(), 27);
    result = h.apply(FieldChange::set(QStringLiteral("model"), QStringLiteral("haiku")));
    QCOMPARE(h.inField<QComboBox>(QStringLiteral("model"))->currentText(), QStringLiteral("haiku"));
    QVERIFY(h.changes.isEmpty());
}

// Every kind of field, changed from the form on a real file, changes only its own lines.
void TestFrontmatterForm::changesAreMinimalOnCorpusFile()
{
    const QString path = Corpus + QStringLiteral("/wshobson__agents/plugins/agent-teams/agents/team-lead.md");
    Harness h(readFile(path), path);
    h.applyChanges = false;
    QVector<QPair<QByteArray, FieldChange>> asked;
    const auto record = [&] {
        QVERIFY(!h.changes.isEmpty());
        asked.append({h.text.bytes, h.changes.last()});
        h.apply(h.changes.last());
    };

    auto *model = h.inField<QComboBox>(QStringLiteral("model"));
    QCOMPARE(model->currentText(), QStringLiteral("fable")); // not in the list: shown as written
    emit model->activated(model->findText(QStringLiteral("opus")));
    record();
    for (QCheckBox *box : h.form.findChild<FieldEditor *>(QStringLiteral("tools"))->findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("Bash")) {
            box->click();
            record();
        }
    }
    auto *effort = h.inField<QComboBox>(QStringLiteral("effort"));
    emit effort->activated(effort->findText(QStringLiteral("high")));
    record();
    auto *background = h.inField<QComboBox>(QStringLiteral("background"));
    emit background->activated(background->findText(QStringLiteral("true")));
    record();
    h.inField<QDoubleSpinBox>(QStringLiteral("maxTurns"))->setValue(30);
    record();
    auto *name = h.inField<QLineEdit>(QStringLiteral("name"));
    name->setText(QStringLiteral("team-leader"));
    emit name->textEdited(name->text());
    record();

    QCOMPARE(asked.size(), 6);
    for (const auto &step : std::as_const(asked))
        QCOMPARE(checkMinimal(step.first, step.second), QString());
    QVERIFY(h.text.bytes.contains("\nmodel: opus\n"));
    QVERIFY(h.text.bytes.contains("\neffort: high\n"));
    QVERIFY(h.text.bytes.contains("\nbackground: true\n"));
    QVERIFY(h.text.bytes.contains("\nmaxTurns: 30\n"));
    QVERIFY(h.text.bytes.contains("tools: Read, Glob, Grep, Agent, TeamCreate"));
}

void TestFrontmatterForm::problemsMarkLabels()
{
    Harness h(QByteArray("---\nname: A B\ndescription: d\ntool: Read\n---\n"));
    h.form.setFieldProblems({problem(QStringLiteral("name"), Severity::Error, QStringLiteral("Use lowercase and hyphens.")),
                             problem(QStringLiteral("tool"), Severity::Warning, QStringLiteral("Did you mean tools?")),
                             problem(QStringLiteral("observer"), Severity::Warning, QStringLiteral("An advanced one.")),
                             problem(QString(), Severity::Error, QStringLiteral("About no field."))});
    QStringList marked;
    for (FieldLabel *label : h.form.findChildren<FieldLabel *>()) {
        if (label->hasProblem())
            marked.append(label->plainText());
    }
    marked.sort();
    QCOMPARE(marked, (QStringList{QStringLiteral("Name"), QStringLiteral("Observer"), QStringLiteral("tool")}));
    auto *nameEdit = h.inField<QLineEdit>(QStringLiteral("name"));
    QVERIFY(nameEdit->accessibleDescription().contains(QLatin1String("Use lowercase and hyphens.")));
    h.form.setFieldProblems({});
    for (FieldLabel *label : h.form.findChildren<FieldLabel *>()) {
        QVERIFY(!label->hasProblem());
        QVERIFY(!showsMark(label));
    }
    QVERIFY(!nameEdit->accessibleDescription().contains(QLatin1String("Use lowercase")));
}

// A field with several problems shows the worst one's message first.
void TestFrontmatterForm::worstProblemFirst()
{
    Harness h(QByteArray("---\nname: A B\ndescription: d\n---\n"));
    h.form.setFieldProblems({problem(QStringLiteral("name"), Severity::Info, QStringLiteral("A note.")),
                             problem(QStringLiteral("name"), Severity::Error, QStringLiteral("An error.")),
                             problem(QStringLiteral("name"), Severity::Warning, QStringLiteral("A warning."))});
    auto *nameEdit = h.inField<QLineEdit>(QStringLiteral("name"));
    QVERIFY2(nameEdit->accessibleDescription().contains(QLatin1String("An error.\nA note.\nA warning.")),
             qPrintable(nameEdit->accessibleDescription()));
}

void TestFrontmatterForm::fixesOnProblemMarks()
{
    Harness h(QByteArray("---\nname: A B\ndescription: d\ntool: Read\n---\n"));
    const auto fixButton = [&h](const QString &labelText) -> QToolButton * {
        for (FieldLabel *label : h.form.findChildren<FieldLabel *>()) {
            if (label->plainText() == labelText && !label->isHidden()) // not a replaced row's, deleted later
                return label->findChild<QToolButton *>();
        }
        return nullptr;
    };
    h.form.setFieldProblems({problem(QStringLiteral("name"), Severity::Error, QStringLiteral("Use lowercase and hyphens.")),
                             problem(QStringLiteral("tool"), Severity::Warning, QStringLiteral("Did you mean tools?"))});
    QToolButton *name = fixButton(QStringLiteral("Name"));
    QVERIFY(name);
    // Without fixes the mark is the plain icon: nothing to click.
    QVERIFY(name->isHidden());
    QVERIFY(!name->menu() || name->menu()->isEmpty());

    h.form.setFieldFixes({{QStringLiteral("name"), {QStringLiteral("Lowercase it"), QStringLiteral("Rename to a-b")}},
                          {QStringLiteral("tool"), {QStringLiteral("Rename to tools")}},
                          {QStringLiteral("model"), {QStringLiteral("Unmarked, so not offered")}}});
    QVERIFY(!name->isHidden());
    QVERIFY(name->focusPolicy() & Qt::TabFocus);
    QCOMPARE(name->accessibleName(), QStringLiteral("Fix: Use lowercase and hyphens."));
    QVERIFY(name->toolTip().startsWith(QLatin1String("Use lowercase and hyphens.\n")));
    QCOMPARE(name->popupMode(), QToolButton::InstantPopup);
    QVERIFY(name->menu());
    const QList<QAction *> actions = name->menu()->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(1)->text(), QStringLiteral("Rename to a-b"));
    QSignalSpy requested(&h.form, &FrontmatterForm::fixRequested);
    actions.at(1)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("name"));
    QCOMPARE(requested.at(0).at(1).toInt(), 1);
    QVERIFY(fixButton(QStringLiteral("Model"))->isHidden());

    // An other field's label, here rebuilt with its rows after a key is added, answers too.
    const QToolButton *oldTool = fixButton(QStringLiteral("tool"));
    h.apply(FieldChange::set(QStringLiteral("version"), 2));
    QToolButton *tool = fixButton(QStringLiteral("tool"));
    QVERIFY(tool && tool != oldTool && !tool->isHidden());
    tool->menu()->actions().at(0)->trigger();
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), QStringLiteral("tool"));
    QCOMPARE(requested.at(1).at(1).toInt(), 0);

    // Fixed problems take their fixes with them, and no mark stays.
    h.form.setFieldProblems({});
    QVERIFY(name->isHidden());
    QVERIFY(name->menu()->isEmpty());
    for (FieldLabel *label : h.form.findChildren<FieldLabel *>())
        QVERIFY2(label->isHidden() || !showsMark(label), qPrintable(label->plainText()));
}

void TestFrontmatterForm::readOnly()
{
    Harness h(readFile(EvalJudge), EvalJudge);
    h.form.setReadOnly(true);
    QVERIFY(h.inField<QLineEdit>(QStringLiteral("name"))->isReadOnly());
    QVERIFY(h.inField<QPlainTextEdit>(QStringLiteral("description"))->isReadOnly());
    QVERIFY(!h.inField<QComboBox>(QStringLiteral("model"))->isEnabled());
    for (QCheckBox *box : h.form.findChild<FieldEditor *>(QStringLiteral("tools"))->findChildren<QCheckBox *>())
        QVERIFY(!box->isEnabled());
    h.form.setReadOnly(false);
    QVERIFY(!h.inField<QLineEdit>(QStringLiteral("name"))->isReadOnly());

    // Invalid UTF-8 is read-only whatever the caller says.
    Harness bad(QByteArray("---\nname: a\xff\ndescription: d\n---\n"));
    QVERIFY(bad.inField<QLineEdit>(QStringLiteral("name"))->isReadOnly());
    QVERIFY(bad.form.findChild<MessageBanner *>()->text().contains(QLatin1String("UTF-8")));
}

void TestFrontmatterForm::tabOrderFollowsTheForm()
{
    Harness h(readFile(EvalJudge), EvalJudge);
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    QCoreApplication::processEvents();
    auto *name = h.inField<QLineEdit>(QStringLiteral("name"));
    auto *description = h.inField<QPlainTextEdit>(QStringLiteral("description"));
    // Between them the fix button of the description's label, hidden while there is nothing to fix.
    QWidget *fix = name->nextInFocusChain();
    QVERIFY(fix->isHidden());
    QVERIFY(qobject_cast<FieldLabel *>(fix->parentWidget()));
    QCOMPARE(fix->nextInFocusChain(), description);
    // Tab from the name reaches the description, then the color swatches, then the tools.
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), description);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->parentWidget(), h.form.findChild<FieldEditor *>(QStringLiteral("color")));
    // With fixes to offer, the button takes its place in the Tab order.
    h.form.setFieldProblems({problem(QStringLiteral("description"), Severity::Warning, QStringLiteral("Say when to use it."))});
    h.form.setFieldFixes({{QStringLiteral("description"), {QStringLiteral("Add \"Use proactively\"")}}});
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), fix);
    QTest::keyClick(fix, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), description);
    // Every label has its field as buddy and a mnemonic.
    for (FieldLabel *label : h.form.findChildren<FieldLabel *>()) {
        if (label->isVisible() && label->label()->text().contains(u'&'))
            QVERIFY2(label->label()->buddy(), qPrintable(label->plainText()));
    }
}

// A Gemini CLI agent gets Gemini CLI's fields and tool names, not Claude Code's tool catalogue.
void TestFrontmatterForm::formOfEachRuntime()
{
    Harness gemini("---\nname: reviewer\ndescription: Reviews\ntools: [read_file]\nmax_turns: 5\n---\nBody.\n",
                   QStringLiteral("/p/.gemini/agents/reviewer.md"));
    QVERIFY(gemini.form.findChild<FieldEditor *>(QStringLiteral("max_turns")));
    QVERIFY(gemini.form.findChild<FieldEditor *>(QStringLiteral("timeout_mins")));
    QVERIFY(!gemini.form.findChild<FieldEditor *>(QStringLiteral("permissionMode")));
    QVERIFY(!gemini.form.findChild<ToolPicker *>());
    QCOMPARE(gemini.inField<QDoubleSpinBox>(QStringLiteral("max_turns"))->value(), 5);

    Harness qwen("---\nname: reviewer\ndescription: Reviews\napprovalMode: plan\n---\nBody.\n", QStringLiteral("/p/.qwen/agents/reviewer.md"));
    QVERIFY(qwen.form.findChild<FieldEditor *>(QStringLiteral("approvalMode")));
    QVERIFY(qwen.form.findChild<FieldEditor *>(QStringLiteral("runConfig")));

    Harness openCode("---\ndescription: Reviews\nmode: subagent\n---\nBody.\n", QStringLiteral("/p/.opencode/agent/reviewer.md"));
    QVERIFY(openCode.form.findChild<FieldEditor *>(QStringLiteral("permission")));
    QVERIFY(openCode.form.findChild<FieldEditor *>(QStringLiteral("temperature")));
    QVERIFY(!openCode.form.findChild<FieldEditor *>(QStringLiteral("name")));
}

// OpenCode and Gemini CLI refuse a temperature written as text: the box writes a number.
void TestFrontmatterForm::numberWritesANumber()
{
    Harness h("---\ndescription: Reviews\nmode: subagent\n---\nBody.\n", QStringLiteral("/p/.opencode/agent/reviewer.md"));
    auto *spin = h.inField<QDoubleSpinBox>(QStringLiteral("temperature"));
    QCOMPARE(spin->text(), QStringLiteral("(not set)"));
    spin->setValue(0.3);
    QCOMPARE(h.changes.size(), 1);
    QCOMPARE(h.text.bytes, QByteArray("---\ndescription: Reviews\nmode: subagent\ntemperature: 0.3\n---\nBody.\n"));
    QCOMPARE(h.text.frontmatter.field(QStringLiteral("temperature"))->value, QJsonValue(0.3));
    // A value written as text stays as written until the user picks a number.
    Harness text("---\ndescription: Reviews\ntemperature: \"hot\"\n---\nBody.\n", QStringLiteral("/p/.opencode/agent/reviewer.md"));
    QCOMPARE(text.inField<QDoubleSpinBox>(QStringLiteral("temperature"))->text(), QStringLiteral("\"hot\""));
    QVERIFY(text.changes.isEmpty());
    text.inField<QDoubleSpinBox>(QStringLiteral("temperature"))->setValue(text.inField<QDoubleSpinBox>(QStringLiteral("temperature"))->minimum());
    QVERIFY(text.changes.isEmpty());
}

namespace {

const QString OpenCodeAgent = QStringLiteral("/p/.opencode/agent/reviewer.md");

// The widget of the permission editor's current rows named `name` (rows shown before are
// deleted later, under the same names).
template<typename T>
T *permissionWidget(const FrontmatterForm &form, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return form.findChild<OpenCodePermissionEditor *>()->findChild<T *>(name);
}

} // namespace

// Each change of a rule edits only the lines it must: an action its word, a pattern its line.
void TestFrontmatterForm::openCodePermissionRules()
{
    Harness h("---\ndescription: Reviews\npermission:\n  edit: deny # never\n  bash:\n    \"*\": ask\nmode: subagent\n---\nBody.\n", OpenCodeAgent);
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    QVERIFY(!h.form.findChild<OpenCodePermissionEditor *>()->showsYaml());
    const auto step = [&h](const std::function<void()> &act, const QList<QByteArray> &removed, const QList<QByteArray> &added) {
        const QByteArray before = h.text.bytes;
        const int asked = int(h.changes.size());
        act();
        QCOMPARE(h.changes.size(), asked + 1);
        QCOMPARE(differingLines(before, h.text.bytes), std::make_pair(removed, added));
    };

    auto *edit = permissionWidget<QComboBox>(h.form, QStringLiteral("action:edit"));
    QCOMPARE(edit->currentText(), QStringLiteral("deny"));
    QCOMPARE(edit->accessibleName(), QStringLiteral("Action for edit"));
    step([edit] { QTest::keyClick(edit, Qt::Key_Up); }, {"  edit: deny # never"}, {"  edit: allow # never"});

    step([&h] {
        QTest::mouseClick(permissionWidget<QToolButton>(h.form, QStringLiteral("addPattern:bash")), Qt::LeftButton);
        auto *pattern = permissionWidget<QLineEdit>(h.form, QStringLiteral("newPattern:bash"));
        QVERIFY(pattern->hasFocus()); // typing goes on where the row opened
        QTest::keyClicks(pattern, QStringLiteral("git *"));
        QTest::keyClick(pattern, Qt::Key_Return);
    }, {}, {"    \"git *\": allow"});
    auto *added = permissionWidget<QComboBox>(h.form, QStringLiteral("patternAction:bash:1"));
    QCOMPARE(added->currentText(), QStringLiteral("allow"));
    QVERIFY(added->hasFocus());

    // The catch-all goes first: the last matching rule wins.
    auto *all = permissionWidget<QComboBox>(h.form, QStringLiteral("action:*"));
    QCOMPARE(all->currentText(), QStringLiteral("(not set)"));
    step([all] { QTest::keyClick(all, Qt::Key_Down); }, {}, {"  \"*\": ask"});

    step([&h] {
        auto *key = permissionWidget<QComboBox>(h.form, QStringLiteral("newKey"));
        QVERIFY(key->findText(QStringLiteral("webfetch")) >= 0);
        QCOMPARE(key->findText(QStringLiteral("bash")), -1); // it has a rule already
        QTest::keyClicks(key, QStringLiteral("mcp_*"));
        QTest::keyClick(key, Qt::Key_Return);
    }, {}, {"  \"mcp_*\": ask"});
    // An action-only permission takes no patterns.
    step([&h] {
        auto *key = permissionWidget<QComboBox>(h.form, QStringLiteral("newKey"));
        QTest::keyClicks(key, QStringLiteral("webfetch"));
        QTest::keyClick(key, Qt::Key_Return);
    }, {}, {"  webfetch: ask"});
    QVERIFY(!permissionWidget<QToolButton>(h.form, QStringLiteral("addPattern:webfetch")));

    step([&h] { permissionWidget<QToolButton>(h.form, QStringLiteral("removePattern:bash:0"))->click(); }, {"    \"*\": ask"}, {});
    step([&h] { permissionWidget<QToolButton>(h.form, QStringLiteral("remove:edit"))->click(); }, {"  edit: allow # never"}, {});
    QCOMPARE(h.text.bytes, QByteArray("---\ndescription: Reviews\npermission:\n  \"*\": ask\n  bash:\n    \"git *\": allow\n"
                                      "  \"mcp_*\": ask\n  webfetch: ask\nmode: subagent\n---\nBody.\n"));
}

// A file's permission changed in the form is undone as the document undoes every field change.
void TestFrontmatterForm::openCodePermissionEditsAreUndoable()
{
    const QByteArray original("---\ndescription: Reviews\npermission:\n  bash: ask\n---\nBody.\n");
    AgentDocument document(OpenCodeAgent, AgentText::fromBytes(original));
    FrontmatterForm form;
    const auto show = [&] { form.setAgentText(document.text(), Dialect::OpenCode, OpenCodeAgent); };
    QObject::connect(&form, &FrontmatterForm::changeRequested, &document, [&](const FieldChange &change) { document.change(change); });
    QObject::connect(&document, &AgentDocument::changed, &form, show);
    show();

    QTest::keyClick(permissionWidget<QComboBox>(form, QStringLiteral("action:bash")), Qt::Key_Down);
    QCOMPARE(document.text().bytes, QByteArray("---\ndescription: Reviews\npermission:\n  bash: allow\n---\nBody.\n"));
    document.undo();
    QCOMPARE(document.text().bytes, original);
    QCOMPARE(permissionWidget<QComboBox>(form, QStringLiteral("action:bash"))->currentText(), QStringLiteral("ask"));

    permissionWidget<QToolButton>(form, QStringLiteral("addPattern:bash"))->click();
    auto *pattern = permissionWidget<QLineEdit>(form, QStringLiteral("newPattern:bash"));
    QTest::keyClicks(pattern, QStringLiteral("git status"));
    QTest::keyClick(pattern, Qt::Key_Return);
    QCOMPARE(document.text().bytes, QByteArray("---\ndescription: Reviews\npermission:\n  bash:\n    \"*\": ask\n    \"git status\": allow\n---\nBody.\n"));
    document.undo();
    QCOMPARE(document.text().bytes, original);
    QVERIFY(!permissionWidget<QLineEdit>(form, QStringLiteral("pattern:bash:1")));
    document.redo();
    QCOMPARE(permissionWidget<QLineEdit>(form, QStringLiteral("pattern:bash:1"))->text(), QStringLiteral("git status"));
}

// What the rules cannot show is YAML text, as before, and no byte of it changes.
void TestFrontmatterForm::openCodePermissionOddValueIsYaml()
{
    for (const QByteArray &value : {QByteArray("\n  - edit\n  - bash"), QByteArray(" 5"), QByteArray("\n  bash:\n    git:\n      \"*\": allow")}) {
        Harness h("---\ndescription: Reviews\npermission:" + value + "\n---\nBody.\n", OpenCodeAgent);
        auto *editor = h.form.findChild<OpenCodePermissionEditor *>();
        QVERIFY(editor->showsYaml());
        QCOMPARE(editor->findChild<QPlainTextEdit *>()->toPlainText(), YamlSnippet::valueText(h.text, *h.text.frontmatter.field(QStringLiteral("permission"))));
        QVERIFY(h.changes.isEmpty());
    }

    Harness h("---\ndescription: Reviews\npermission:\n  - edit\n---\nBody.\n", OpenCodeAgent);
    h.form.show();
    h.form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&h.form));
    auto *editor = h.form.findChild<OpenCodePermissionEditor *>();
    auto *yaml = editor->findChild<QPlainTextEdit *>();
    yaml->setFocus();
    yaml->selectAll();
    QTest::keyClicks(yaml, QStringLiteral("edit: deny"));
    QCOMPARE(h.text.bytes, QByteArray("---\ndescription: Reviews\npermission:\n  edit: deny\n---\nBody.\n"));
    QVERIFY(editor->showsYaml()); // the text being typed stays
    // Rules come back once the value reads as rules and the text is not being typed.
    h.inField<QPlainTextEdit>(QStringLiteral("description"))->setFocus();
    h.text = AgentText::fromBytes("---\ndescription: Reviews\npermission:\n  edit: ask\n---\nBody.\n");
    h.show();
    QVERIFY(!editor->showsYaml());
    QCOMPARE(permissionWidget<QComboBox>(h.form, QStringLiteral("action:edit"))->currentText(), QStringLiteral("ask"));
}

QTEST_MAIN(TestFrontmatterForm)
#include "tst_frontmatterform.moc"
