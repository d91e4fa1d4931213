// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

class TestAgentDocument : public QObject
{
    Q_OBJECT

private slots:
    void changeUndoRedoRestoresBytes();
    void sameKeyChangesMerge();
    void typingMerges();
    void typingBreaksOnJump();
    void modifiedFollowsBytes();
    void saveWritesAndCleans();
    void noMergeAcrossSave();
    void reloadIsOneUndoableStep();
    void invalidUtf8IsReadOnly();
    void redoIsDroppedByNewEdit();
};

static std::unique_ptr<AgentDocument> document(const QByteArray &bytes, const QString &path = QStringLiteral("/nonexistent/a.md"))
{
    return std::make_unique<AgentDocument>(path, AgentText::fromBytes(bytes));
}

void TestAgentDocument::changeUndoRedoRestoresBytes()
{
    const QByteArray original("---\r\nname: a\r\nmodel: sonnet # m\r\n---\r\nBody\r\n");
    auto doc = document(original);
    QSignalSpy edited(doc.get(), &AgentDocument::edited);
    QCOMPARE(int(doc->change(FieldChange::set(QStringLiteral("model"), QStringLiteral("opus"))).status), int(FieldPatch::Status::Changed));
    QCOMPARE(doc->text().bytes, QByteArray("---\r\nname: a\r\nmodel: opus # m\r\n---\r\nBody\r\n"));
    QCOMPARE(edited.count(), 1);
    QVERIFY(doc->history()->canUndo());
    QCOMPARE(doc->history()->undoLabel(), QStringLiteral("Set model"));
    doc->undo();
    QCOMPARE(doc->text().bytes, original);
    QVERIFY(!doc->isModified());
    doc->redo();
    QCOMPARE(doc->text().bytes, QByteArray("---\r\nname: a\r\nmodel: opus # m\r\n---\r\nBody\r\n"));
}

void TestAgentDocument::sameKeyChangesMerge()
{
    const QByteArray original("---\nname: a\n---\n");
    auto doc = document(original);
    doc->change(FieldChange::set(QStringLiteral("name"), QStringLiteral("ab")));
    doc->change(FieldChange::set(QStringLiteral("name"), QStringLiteral("abc")));
    doc->change(FieldChange::set(QStringLiteral("model"), QStringLiteral("opus")));
    QCOMPARE(doc->history()->count(), 2);
    doc->undo();
    QCOMPARE(doc->text().bytes, QByteArray("---\nname: abc\n---\n"));
    doc->undo();
    QCOMPARE(doc->text().bytes, original);
}

void TestAgentDocument::typingMerges()
{
    auto doc = document("Body\n");
    for (int i = 0; i < 3; ++i)
        doc->edit({ByteEdit{4 + i, 0, QByteArray(1, 'x')}}, QStringLiteral("Typing"), EditStep::Merge::Typing, QStringLiteral("typing"));
    QCOMPARE(doc->text().bytes, QByteArray("Bodyxxx\n"));
    QCOMPARE(doc->history()->count(), 1);
    // Backspace continues the same step.
    doc->edit({ByteEdit{6, 1, {}}}, QStringLiteral("Typing"), EditStep::Merge::Typing, QStringLiteral("typing"));
    doc->edit({ByteEdit{5, 1, {}}}, QStringLiteral("Typing"), EditStep::Merge::Typing, QStringLiteral("typing"));
    QCOMPARE(doc->history()->count(), 2);
    doc->undo();
    QCOMPARE(doc->text().bytes, QByteArray("Bodyxxx\n"));
    doc->undo();
    QCOMPARE(doc->text().bytes, QByteArray("Body\n"));
}

void TestAgentDocument::typingBreaksOnJump()
{
    auto doc = document("Body\n");
    doc->edit({ByteEdit{4, 0, "x"}}, QStringLiteral("Typing"), EditStep::Merge::Typing, QStringLiteral("typing"));
    doc->edit({ByteEdit{0, 0, "y"}}, QStringLiteral("Typing"), EditStep::Merge::Typing, QStringLiteral("typing"));
    QCOMPARE(doc->history()->count(), 2);
}

void TestAgentDocument::modifiedFollowsBytes()
{
    auto doc = document("Body\n");
    QSignalSpy modified(doc.get(), &AgentDocument::modifiedChanged);
    doc->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("Typing"));
    QVERIFY(doc->isModified());
    doc->edit({ByteEdit{0, 1, {}}}, QStringLiteral("Typing"));
    QVERIFY(!doc->isModified()); // same bytes as on disk again
    QCOMPARE(modified.count(), 2);
}

void TestAgentDocument::saveWritesAndCleans()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    auto doc = document("---\nname: a\n---\n", path);
    doc->change(FieldChange::set(QStringLiteral("name"), QStringLiteral("b")));
    QVERIFY(doc->isModified());
    QCOMPARE(doc->save(), QString());
    QVERIFY(!doc->isModified());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("---\nname: b\n---\n"));
    doc->undo();
    QVERIFY(doc->isModified());
}

void TestAgentDocument::noMergeAcrossSave()
{
    QTemporaryDir dir;
    auto doc = document("x\n", dir.filePath(QStringLiteral("a.md")));
    doc->edit({ByteEdit{1, 0, "a"}}, QStringLiteral("Typing"), EditStep::Merge::Typing, QStringLiteral("typing"));
    QCOMPARE(doc->save(), QString());
    doc->edit({ByteEdit{2, 0, "b"}}, QStringLiteral("Typing"), EditStep::Merge::Typing, QStringLiteral("typing"));
    QCOMPARE(doc->history()->count(), 2);
    doc->undo();
    QVERIFY(!doc->isModified());
}

void TestAgentDocument::reloadIsOneUndoableStep()
{
    auto doc = document("---\nname: a\n---\nBody\n");
    doc->reload("---\nname: a\n---\nNew body\n");
    QCOMPARE(doc->text().bytes, QByteArray("---\nname: a\n---\nNew body\n"));
    QVERIFY(!doc->isModified());
    doc->undo();
    QCOMPARE(doc->text().bytes, QByteArray("---\nname: a\n---\nBody\n"));
    QVERIFY(doc->isModified());
}

void TestAgentDocument::invalidUtf8IsReadOnly()
{
    auto doc = document("---\nname: caf\xE9\n---\n");
    QVERIFY(doc->isReadOnly());
    QCOMPARE(int(doc->change(FieldChange::set(QStringLiteral("name"), QStringLiteral("x"))).status), int(FieldPatch::Status::Refused));
    QVERIFY(!doc->save().isEmpty());
}

void TestAgentDocument::redoIsDroppedByNewEdit()
{
    auto doc = document("a\n");
    doc->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("one"));
    doc->undo();
    doc->edit({ByteEdit{0, 0, "y"}}, QStringLiteral("two"));
    QVERIFY(!doc->history()->canRedo());
    QCOMPARE(doc->text().bytes, QByteArray("ya\n"));
}

QTEST_GUILESS_MAIN(TestAgentDocument)
#include "tst_agentdocument.moc"
