// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/externalchangemonitor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

class TestExternalChangeMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanDocumentReloads();
    void dirtyDocumentReportsConflict();
    void ownSaveIsQuiet();
    void deletionIsReported();
    void checkAllFindsUnwatchedChanges();
    void atomicReplaceSeenThroughFolder();

private:
    void write(const QString &path, const QByteArray &bytes);
    AgentDocument *document() const { return m_library->item(0).document; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentLibrary> m_library;
    std::unique_ptr<ExternalChangeMonitor> m_monitor;
    QString m_path;
};

void TestExternalChangeMonitor::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestExternalChangeMonitor::init()
{
    // For QSignalSpy under Qt 5, which looks the type up by the name the signal is written with.
    qRegisterMetaType<AgentDocument *>("AgentDocument*");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral(".claude/agents"))));
    m_path = m_dir->filePath(QStringLiteral(".claude/agents/a.md"));
    write(m_path, "---\nname: a\ndescription: d\n---\nBody\n");
    m_library = std::make_unique<AgentLibrary>();
    m_monitor = std::make_unique<ExternalChangeMonitor>(m_library.get());
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_library->count(), 1);
    m_monitor->watchFile(m_path); // as the window does for the agent being edited
}

void TestExternalChangeMonitor::cleanup()
{
    m_monitor.reset();
    m_library.reset();
}

void TestExternalChangeMonitor::cleanDocumentReloads()
{
    QSignalSpy reloaded(m_monitor.get(), &ExternalChangeMonitor::reloaded);
    write(m_path, "---\nname: a\ndescription: changed\n---\nBody\n");
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(document()->text().bytes, QByteArray("---\nname: a\ndescription: changed\n---\nBody\n"));
    QVERIFY(!document()->isModified());
    document()->undo(); // the reload is undoable
    QCOMPARE(document()->text().bytes, QByteArray("---\nname: a\ndescription: d\n---\nBody\n"));
}

void TestExternalChangeMonitor::dirtyDocumentReportsConflict()
{
    document()->change(FieldChange::set(QStringLiteral("model"), QStringLiteral("opus")));
    QSignalSpy conflict(m_monitor.get(), &ExternalChangeMonitor::conflict);
    write(m_path, "---\nname: theirs\ndescription: d\n---\nBody\n");
    QVERIFY(conflict.wait(5000));
    QCOMPARE(conflict.first().at(1).toByteArray(), QByteArray("---\nname: theirs\ndescription: d\n---\nBody\n"));
    QVERIFY(document()->text().bytes.contains("model: opus")); // kept until the user decides
}

void TestExternalChangeMonitor::ownSaveIsQuiet()
{
    QSignalSpy reloaded(m_monitor.get(), &ExternalChangeMonitor::reloaded);
    QSignalSpy conflict(m_monitor.get(), &ExternalChangeMonitor::conflict);
    document()->change(FieldChange::set(QStringLiteral("model"), QStringLiteral("opus")));
    QCOMPARE(document()->save(), QString());
    QTest::qWait(500);
    QCOMPARE(reloaded.count(), 0);
    QCOMPARE(conflict.count(), 0);
    // The watch follows the saved file: a later outside change is still seen.
    write(m_path, "---\nname: later\ndescription: d\n---\n");
    QVERIFY(reloaded.wait(5000));
}

void TestExternalChangeMonitor::deletionIsReported()
{
    QSignalSpy removed(m_monitor.get(), &ExternalChangeMonitor::removed);
    QVERIFY(QFile::remove(m_path));
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.first().at(0).value<AgentDocument *>(), document());
}

void TestExternalChangeMonitor::checkAllFindsUnwatchedChanges()
{
    QSignalSpy reloaded(m_monitor.get(), &ExternalChangeMonitor::reloaded);
    m_monitor->blockSignals(true);
    write(m_path, "---\nname: a\ndescription: e\n---\nBody, longer\n");
    QTest::qWait(400); // the watcher's own check is blocked from reporting, and the document took it
    m_monitor->blockSignals(false);
    write(m_path, "---\nname: a\ndescription: f\n---\nBody, longer still\n");
    m_monitor->checkAll();
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(document()->text().bytes.contains("description: f"));
}

void TestExternalChangeMonitor::atomicReplaceSeenThroughFolder()
{
    // Another agent, never opened: only its folder is watched. Editors that save by
    // writing a new file and renaming it over the old one are seen that way.
    const QString other = m_dir->filePath(QStringLiteral(".claude/agents/b.md"));
    write(other, "---\nname: b\ndescription: d\n---\n");
    m_library->add(FoundAgentFile{other, AgentScope::Project, QString()}, AgentText::fromBytes("---\nname: b\ndescription: d\n---\n"));
    QSignalSpy reloaded(m_monitor.get(), &ExternalChangeMonitor::reloaded);
    const QString temporary = m_dir->filePath(QStringLiteral(".claude/agents/.b.md.tmp"));
    write(temporary, "---\nname: b\ndescription: replaced\n---\n");
    QVERIFY(QFile::remove(other));
    QVERIFY(QFile::rename(temporary, other));
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(m_library->item(1).document->text().bytes, QByteArray("---\nname: b\ndescription: replaced\n---\n"));
}

QTEST_GUILESS_MAIN(TestExternalChangeMonitor)
#include "tst_externalchangemonitor.moc"
