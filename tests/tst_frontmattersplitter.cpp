// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/frontmattersplitter.h"

#include <QTest>

using namespace Agentry;

using Shape = FrontmatterBlock::Shape;

class TestFrontmatterSplitter : public QObject
{
    Q_OBJECT

private slots:
    void shape_data();
    void shape();
    void offsets();
    void crlfAndBom();
    void closedAtEndOfFile();
};

void TestFrontmatterSplitter::shape_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("bodyLine");

    QTest::newRow("closed") << QByteArray("---\nname: a\n---\nbody\n") << int(Shape::Closed) << 3;
    QTest::newRow("closed by dots") << QByteArray("---\nname: a\n...\nbody\n") << int(Shape::Closed) << 3;
    QTest::newRow("trailing spaces on delimiters") << QByteArray("---  \nname: a\n--- \nbody\n") << int(Shape::Closed) << 3;
    QTest::newRow("empty block") << QByteArray("---\n---\nbody\n") << int(Shape::Closed) << 2;
    QTest::newRow("unterminated") << QByteArray("---\nname: a\n# Title\n") << int(Shape::Unterminated) << 3;
    QTest::newRow("none") << QByteArray("# Title\n\ntext\n") << int(Shape::None) << 0;
    QTest::newRow("empty file") << QByteArray() << int(Shape::None) << 0;
    QTest::newRow("only dashes, no newline") << QByteArray("---") << int(Shape::None) << 0;
    QTest::newRow("after blank lines") << QByteArray("\n\n---\nname: a\n---\n") << int(Shape::NotAtStart) << 0;
    QTest::newRow("indented") << QByteArray("  ---\n  name: a\n  ---\n") << int(Shape::Indented) << 0;
    QTest::newRow("fenced") << QByteArray("```yaml\n---\nname: a\n---\n```\nbody\n") << int(Shape::Fenced) << 0;
    QTest::newRow("horizontal rule later is not frontmatter") << QByteArray("# T\n\n---\n") << int(Shape::None) << 0;
    QTest::newRow("four dashes") << QByteArray("----\nname: a\n----\n") << int(Shape::None) << 0;
}

void TestFrontmatterSplitter::shape()
{
    QFETCH(QByteArray, bytes);
    const FrontmatterBlock block = FrontmatterSplitter::split(bytes);
    QTEST(int(block.shape), "shape");
    QTEST(block.bodyLine, "bodyLine");
}

void TestFrontmatterSplitter::offsets()
{
    const QByteArray bytes("---\nname: a\ndescription: b\n---\n# Body\n");
    const FrontmatterBlock block = FrontmatterSplitter::split(bytes);
    QCOMPARE(block.openStart, 0);
    QCOMPARE(bytes.mid(block.contentStart, block.contentEnd - block.contentStart), QByteArray("name: a\ndescription: b\n"));
    QCOMPARE(bytes.mid(block.bodyStart), QByteArray("# Body\n"));
    QCOMPARE(block.contentLine, 1);
    QCOMPARE(block.closeLine, 3);
    QCOMPARE(block.bodyLine, 4);
}

void TestFrontmatterSplitter::crlfAndBom()
{
    const QByteArray bytes("\xEF\xBB\xBF---\r\nname: a\r\n---\r\nbody\r\n");
    const FrontmatterBlock block = FrontmatterSplitter::split(bytes);
    QCOMPARE(int(block.shape), int(Shape::Closed));
    QCOMPARE(block.openStart, 3);
    QCOMPARE(bytes.mid(block.contentStart, block.contentEnd - block.contentStart), QByteArray("name: a\r\n"));
    QCOMPARE(bytes.mid(block.bodyStart), QByteArray("body\r\n"));
}

void TestFrontmatterSplitter::closedAtEndOfFile()
{
    const QByteArray bytes("---\nname: a\n---");
    const FrontmatterBlock block = FrontmatterSplitter::split(bytes);
    QCOMPARE(int(block.shape), int(Shape::Closed));
    QCOMPARE(block.bodyStart, bytes.size());
    QCOMPARE(block.bodyLine, 2);
}

QTEST_GUILESS_MAIN(TestFrontmatterSplitter)
#include "tst_frontmattersplitter.moc"
