// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/unifieddiff.h"

#include <QTest>

using namespace Agentry;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
};

void TestUnifiedDiff::diff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equal") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QString();
    QTest::newRow("one line changed") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\n2\n3\n4\nV\n6\n7\n8\n9\n")
                                      << QStringLiteral("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+V\n 6\n 7\n 8\n");
    QTest::newRow("insert at start") << QByteArray("x\n") << QByteArray("n\nx\n") << QStringLiteral("--- a\n+++ b\n@@ -1,1 +1,2 @@\n+n\n x\n");
    QTest::newRow("two hunks") << QByteArray("a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n") << QByteArray("A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n")
                               << QStringLiteral("--- a\n+++ b\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n");
    QTest::newRow("crlf shown without cr") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nc\r\n")
                                           << QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n");
}

void TestUnifiedDiff::diff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTEST(UnifiedDiff::make(before, after, QStringLiteral("a"), QStringLiteral("b")), "expected");
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
