// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "scratchfiles.h"
#include "writefaults.h"

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
    void saveIntoAFullDiskKeepsTheOldBytes();
    void saveIntoAReadOnlyFolderKeepsTheOldBytes();
    void saveRefusesAFolderInTheFilesPlace();
    void saveRefusesAnOutsideChange();
    void noMergeAcrossSave();
    void reloadIsOneUndoableStep();
    void invalidUtf8IsReadOnly();
    void redoIsDroppedByNewEdit();
    void readBytesReadsEveryByte();
    void readBytesNamesWhatFailed();
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

// An agent read from a file, with an unsaved change that makes it longer.
static std::unique_ptr<AgentDocument> changedDocument(const QString &path)
{
    writeScratchFileOrAbort(path, "---\nname: a\n---\n");
    QString error;
    std::unique_ptr<AgentDocument> doc = AgentDocument::load(path, &error);
    if (doc)
        doc->change(FieldChange::set(QStringLiteral("description"), QStringLiteral("Reviews every diff for bugs before it is merged.")));
    return doc;
}

void TestAgentDocument::saveIntoAFullDiskKeepsTheOldBytes()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    auto doc = changedDocument(path);
    QString error;
    {
        const FileSizeLimit full(32);
        error = doc->save();
    }
    QVERIFY2(error.contains(path) && error.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(error));
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\n---\n"));
    QCOMPARE(scratchTree(dir.path()), QStringList{QStringLiteral("a.md")});
    QVERIFY(doc->isModified());
    QCOMPARE(doc->save(), QString()); // room again: the change was kept
    QVERIFY(readScratchFile(path).contains("Reviews every diff"));
#else
    QSKIP("A full disk is made with a file size limit, which only Unix has.");
#endif
}

void TestAgentDocument::saveIntoAReadOnlyFolderKeepsTheOldBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    auto doc = changedDocument(path);
    QString error;
    {
        const ReadOnlyFolder readOnly(dir.path());
        error = doc->save();
    }
    QVERIFY2(error.contains(path) && error.contains(permissionDenied()), qPrintable(error));
    QCOMPARE(readScratchFile(path), QByteArray("---\nname: a\n---\n"));
    QVERIFY(doc->isModified());
}

void TestAgentDocument::saveRefusesAFolderInTheFilesPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    auto doc = changedDocument(path);
    QVERIFY(QFile::remove(path));
    writeScratchFile(path + QLatin1String("/inside.txt"), "theirs");
    const QString error = doc->save();
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("a folder of that name is in its place")), qPrintable(error));
    QCOMPARE(readScratchFile(path + QLatin1String("/inside.txt")), QByteArray("theirs"));
    QCOMPARE(scratchTree(dir.path()), (QStringList{QStringLiteral("a.md"), QStringLiteral("a.md/inside.txt")}));
    QVERIFY(doc->isModified());
}

void TestAgentDocument::saveRefusesAnOutsideChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    auto doc = changedDocument(path);
    const QByteArray theirs = "---\nname: a\nmodel: opus\n---\n";
    writeScratchFile(path, theirs);
    const QString error = doc->save();
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("changed by another program")), qPrintable(error));
    QCOMPARE(readScratchFile(path), theirs);
    QVERIFY(doc->isModified());
    // Once the user keeps their version over the one on disk, saving writes it.
    doc->setDiskBytes(theirs);
    QCOMPARE(doc->save(), QString());
    QVERIFY(readScratchFile(path).contains("Reviews every diff"));
    // A file deleted meanwhile holds nothing to lose: saving writes it again.
    doc->change(FieldChange::set(QStringLiteral("model"), QStringLiteral("haiku")));
    QVERIFY(QFile::remove(path));
    QCOMPARE(doc->save(), QString());
    QVERIFY(readScratchFile(path).contains("model: haiku"));
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

void TestAgentDocument::readBytesReadsEveryByte()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray large;
    for (int i = 0; large.size() < 3 * 1024 * 1024; ++i)
        large += "line " + QByteArray::number(i) + "\r\n";
    const QList<QByteArray> texts = {QByteArray(), QByteArray("x"), QByteArray("---\nname: a\n---\nbody without a final break"),
                                     QByteArray("a\0b\xff\r", 5), large};
    for (const QByteArray &bytes : texts) {
        const QString path = dir.filePath(QStringLiteral("a.md"));
        writeScratchFile(path, bytes);
        QString error;
        const std::optional<QByteArray> read = AgentDocument::readBytes(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), bytes.size());
        QVERIFY(*read == bytes);
        QVERIFY(error.isEmpty());
    }
#ifdef Q_OS_LINUX
    // A file whose size is unknown beforehand is read to its end all the same.
    const std::optional<QByteArray> status = AgentDocument::readBytes(QStringLiteral("/proc/self/status"), nullptr);
    QVERIFY(status);
    QVERIFY(status->startsWith("Name:"));
    QVERIFY(status->contains("\nPid:"));
#endif
}

void TestAgentDocument::readBytesNamesWhatFailed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.md"));
    QVERIFY(!AgentDocument::readBytes(missing, &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot read ") + missing + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(error.size() > missing.size() + 15, qPrintable(error)); // a reason follows

    error.clear();
    const QString folder = dir.filePath(QStringLiteral("folder.md"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!AgentDocument::readBytes(folder, &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot read ") + folder + QLatin1String(": ")), qPrintable(error));
    QVERIFY(!AgentDocument::readBytes(folder, nullptr)); // no message asked for

    // Past 1 GiB a file is refused before anything is read (a sparse file: nothing is written).
    const QString huge = dir.filePath(QStringLiteral("huge.md"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize((qint64(1) << 30) + 1));
    file.close();
    error.clear();
    QVERIFY(!AgentDocument::readBytes(huge, &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot read ") + huge + QLatin1String(": ")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAgentDocument)
#include "tst_agentdocument.moc"
