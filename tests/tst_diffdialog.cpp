// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/diffdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Agentry;

namespace {

const QString Diff = QStringLiteral("--- a/agent.md\n+++ b/agent.md\n@@ -1,2 +1,2 @@\n-name: A B\n+name: a-b\n description: d\n");

QPushButton *buttonFor(const DiffDialog &dialog, QDialogButtonBox::ButtonRole role)
{
    const auto *box = dialog.findChild<QDialogButtonBox *>();
    if (!box)
        return nullptr;
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == role)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

// DiffDialog: the diff as a viewer, and as a preview that asks whether to apply it.
class TestDiffDialog : public QObject
{
    Q_OBJECT

private slots:
    void viewerShowsDiffAndCloses();
    void applyAccepts();
    void cancelRejects();
    void execReturnsAcceptedWhenApplied();
    void summary();
};

void TestDiffDialog::viewerShowsDiffAndCloses()
{
    DiffDialog dialog(QStringLiteral("Changes"), Diff);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Changes"));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>()->toPlainText(), Diff);
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->buttons().size(), 1);
    QVERIFY(!buttonFor(dialog, QDialogButtonBox::AcceptRole));
    QPushButton *close = buttonFor(dialog, QDialogButtonBox::RejectRole);
    QVERIFY(close);
    dialog.show();
    close->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDiffDialog::applyAccepts()
{
    DiffDialog dialog(QStringLiteral("Fix"), Diff, QStringLiteral("Apply Fix"));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>()->toPlainText(), Diff);
    QPushButton *apply = buttonFor(dialog, QDialogButtonBox::AcceptRole);
    QVERIFY(apply);
    QCOMPARE(apply->text(), QStringLiteral("Apply Fix"));
    QVERIFY(apply->isDefault());
    dialog.show();
    apply->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Return presses the default button.
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestDiffDialog::cancelRejects()
{
    DiffDialog dialog(QStringLiteral("Fix"), Diff, QStringLiteral("Apply Fix"));
    QPushButton *cancel = buttonFor(dialog, QDialogButtonBox::RejectRole);
    QVERIFY(cancel);
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->buttons().size(), 2);
    dialog.show();
    cancel->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDiffDialog::execReturnsAcceptedWhenApplied()
{
    DiffDialog dialog(QStringLiteral("Fix"), Diff, QStringLiteral("Apply Fix"));
    QPushButton *apply = buttonFor(dialog, QDialogButtonBox::AcceptRole);
    QVERIFY(apply);
    QTimer::singleShot(0, apply, &QPushButton::click);
    // Should the click not end the loop, this does; both timers die with the dialog.
    QTimer::singleShot(5000, &dialog, [&dialog] { dialog.done(-1); });
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
}

void TestDiffDialog::summary()
{
    DiffDialog dialog(QStringLiteral("Fix"), Diff, QStringLiteral("Apply Fix"));
    auto *label = dialog.findChild<QLabel *>();
    QVERIFY(label);
    QVERIFY(label->isHidden());
    dialog.setSummary(QStringLiteral("3 agents change"));
    QCOMPARE(label->text(), QStringLiteral("3 agents change"));
    QVERIFY(!label->isHidden());
    dialog.setSummary(QString());
    QVERIFY(label->isHidden());
}

QTEST_MAIN(TestDiffDialog)
#include "tst_diffdialog.moc"
