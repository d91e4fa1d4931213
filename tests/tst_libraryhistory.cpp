// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "library/libraryhistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace Agentry;

class TestLibraryHistory : public QObject
{
    Q_OBJECT

private slots:
    void undoesAndRedoesEveryDocument();
    void refusesWhenADocumentMovedOn();
    void refusesWhenAStepGrewByMerging();
    void refusesWhenADocumentIsGone();
    void newRecordDropsRedo();
};

static std::unique_ptr<AgentDocument> document(const QByteArray &name)
{
    return std::make_unique<AgentDocument>(QStringLiteral("/nonexistent/") + QString::fromLatin1(name) + QStringLiteral(".md"),
                                           AgentText::fromBytes("---\nname: " + name + "\ntools: Read\n---\nBody\n"));
}

void TestLibraryHistory::undoesAndRedoesEveryDocument()
{
    auto a = document("a"), b = document("b"), c = document("c");
    const QByteArray aBefore = a->text().bytes, bBefore = b->text().bytes, cBefore = c->text().bytes;
    a->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("earlier"));
    const QByteArray aEarlier = a->text().bytes;

    LibraryHistory history;
    QSignalSpy changed(&history, &LibraryHistory::changed);
    a->edit({ByteEdit{aEarlier.indexOf("Read"), 4, "Bash"}}, QStringLiteral("Grant"));
    b->edit({ByteEdit{bBefore.indexOf("Read"), 4, "Bash"}}, QStringLiteral("Grant"));
    c->edit({ByteEdit{cBefore.indexOf("Read"), 4, "Bash"}}, QStringLiteral("Grant"));
    history.record(QStringLiteral("Grant Bash to 3 agents"), {a.get(), b.get(), c.get()});
    const QByteArray aAfter = a->text().bytes, bAfter = b->text().bytes, cAfter = c->text().bytes;
    QCOMPARE(changed.count(), 1);
    QVERIFY(history.canUndo());
    QCOMPARE(history.undoLabel(), QStringLiteral("Grant Bash to 3 agents"));

    QCOMPARE(history.undo(), QString());
    QCOMPARE(a->text().bytes, aEarlier); // only the bulk step went, not the edit before it
    QCOMPARE(b->text().bytes, bBefore);
    QCOMPARE(c->text().bytes, cBefore);
    QVERIFY(!history.canUndo());
    QVERIFY(history.canRedo());

    QCOMPARE(history.redo(), QString());
    QCOMPARE(a->text().bytes, aAfter);
    QCOMPARE(b->text().bytes, bAfter);
    QCOMPARE(c->text().bytes, cAfter);
    QCOMPARE(changed.count(), 3);
}

void TestLibraryHistory::refusesWhenADocumentMovedOn()
{
    auto a = document("a"), b = document("b");
    LibraryHistory history;
    a->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("bulk"));
    b->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("bulk"));
    history.record(QStringLiteral("Bulk"), {a.get(), b.get()});
    b->edit({ByteEdit{0, 0, "y"}}, QStringLiteral("later"));
    const QByteArray aBytes = a->text().bytes, bBytes = b->text().bytes;

    const QString why = history.undo();
    QVERIFY(why.contains(QStringLiteral("b.md")));
    QCOMPARE(a->text().bytes, aBytes); // nothing changes when one part cannot go
    QCOMPARE(b->text().bytes, bBytes);
    QVERIFY(history.canUndo());

    b->undo(); // the later edit goes: now the bulk change can be undone
    QCOMPARE(history.undo(), QString());
    QVERIFY(!a->text().bytes.startsWith('x'));
    QVERIFY(!b->text().bytes.startsWith('x'));

    a->redo(); // redone on its own: the library redo must not redo it twice
    QVERIFY(!history.redo().isEmpty());
    QVERIFY(!b->text().bytes.startsWith('x'));
}

void TestLibraryHistory::refusesWhenAStepGrewByMerging()
{
    auto a = document("a");
    LibraryHistory history;
    a->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("typing"), EditStep::Merge::Typing);
    history.record(QStringLiteral("Bulk"), {a.get()});
    a->edit({ByteEdit{1, 0, "y"}}, QStringLiteral("typing"), EditStep::Merge::Typing); // merges into the recorded step
    QCOMPARE(a->history()->count(), 1);
    QVERIFY(!history.undo().isEmpty());
    QVERIFY(a->text().bytes.startsWith("xy"));
}

void TestLibraryHistory::refusesWhenADocumentIsGone()
{
    auto a = document("a"), b = document("b");
    LibraryHistory history;
    a->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("bulk"));
    b->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("bulk"));
    history.record(QStringLiteral("Bulk"), {a.get(), b.get()});
    b.reset();
    QVERIFY(!history.undo().isEmpty());
    QVERIFY(a->text().bytes.startsWith('x'));
}

void TestLibraryHistory::newRecordDropsRedo()
{
    auto a = document("a");
    LibraryHistory history;
    QVERIFY(!history.undo().isEmpty()); // nothing to undo
    a->edit({ByteEdit{0, 0, "x"}}, QStringLiteral("one"));
    history.record(QStringLiteral("One"), {a.get()});
    QCOMPARE(history.undo(), QString());
    a->edit({ByteEdit{0, 0, "z"}}, QStringLiteral("two"));
    history.record(QStringLiteral("Two"), {a.get()});
    QVERIFY(!history.canRedo());
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.undoLabel(), QStringLiteral("Two"));
}

QTEST_GUILESS_MAIN(TestLibraryHistory)
#include "tst_libraryhistory.moc"
