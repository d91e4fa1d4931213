// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/exportcandidate.h"
#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "scratchfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// The agents offered for export, as the library holds and the checker judged them: names as
// shown everywhere, errors and warnings as values (notes left out), items in the order asked.
class TestExportCandidate : public QObject
{
    Q_OBJECT

private slots:
    void fromLibrary();
};

void TestExportCandidate::fromLibrary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeScratchFile(dir.filePath(QStringLiteral(".claude/agents/clean.md")), "---\nname: clean\ndescription: Does clean work.\n---\nBody.\n");
    writeScratchFile(dir.filePath(QStringLiteral(".claude/agents/nameless.md")), "---\ndescription: Has no name.\n---\nBody.\n");
    writeScratchFile(dir.filePath(QStringLiteral(".claude/agents/colourful.md")),
                     "---\nname: colourful\ndescription: Does work.\ncolor: teal\n---\nBody.\n");
    AgentLibrary library;
    LibraryChecker checker(&library);
    QSignalSpy finished(&library, &AgentLibrary::loadingFinished);
    library.open(dir.path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!checker.isBusy(), 20000);
    checker.flush();

    QVector<int> items;
    for (const QString &name : {QStringLiteral("nameless.md"), QStringLiteral("clean.md"), QStringLiteral("colourful.md")})
        items.append(library.indexOfPath(dir.filePath(QStringLiteral(".claude/agents/") + name)));
    const QVector<ExportCandidate> candidates = ExportCandidate::fromLibrary(library, checker, items);
    QCOMPARE(candidates.size(), 3);

    const ExportCandidate &nameless = candidates.at(0);
    QCOMPARE(nameless.name, QStringLiteral("nameless")); // the file's name when none is written
    QVERIFY(nameless.has(Severity::Error));
    for (const BundleFinding &finding : nameless.findings) {
        QCOMPARE(finding.path, nameless.path);
        QVERIFY(finding.line >= 1);
        QVERIFY(!finding.code.isEmpty());
    }
    QCOMPARE(nameless.bytes, library.item(items.at(0)).document->text().bytes);

    QCOMPARE(candidates.at(1).name, QStringLiteral("clean"));
    QVERIFY(candidates.at(1).findings.isEmpty());

    const ExportCandidate &colourful = candidates.at(2);
    QVERIFY(!colourful.has(Severity::Error));
    QVERIFY(colourful.has(Severity::Warning));
    QVERIFY(std::none_of(colourful.findings.cbegin(), colourful.findings.cend(),
                         [](const BundleFinding &f) { return f.severity == Severity::Info; }));
}

QTEST_GUILESS_MAIN(TestExportCandidate)
#include "tst_exportcandidate.moc"
