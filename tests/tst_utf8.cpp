// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/lineindex.h"
#include "text/utf8.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Agentry;

// Utf8: the runtimes' decoding (one U+FFFD per maximal ill-formed subsequence) and the map
// from decoded positions back onto bytes, which must stay inside the bytes for any input.
class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void byteOffsetsStayInsideTheBytes();
    void lineIndexColumnsCountDecodedUnits();
    void lineOfWithoutAnIndex();
};

void TestUtf8::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QChar r(0xFFFD);
    QTest::newRow("ascii") << QByteArray("abc") << QStringLiteral("abc");
    QTest::newRow("two, three and four bytes") << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80")
                                               << (QString(QChar(0xE9)) + QChar(0x20AC) + QString::fromUcs4(U"\U0001F600", 1));
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << (QStringLiteral("a") + r + u'z');
    QTest::newRow("each 0xFF on its own") << QByteArray("\xFF\xFF") << (QString(r) + r);
    QTest::newRow("truncated three-byte sequence is one") << QByteArray("\xE2\x82z") << (QString(r) + u'z');
    QTest::newRow("truncated at the end") << QByteArray("z\xF0\x9F\x98") << (QStringLiteral("z") + r);
    QTest::newRow("overlong: each byte") << QByteArray("\xC0\xAF") << (QString(r) + r);
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << (QString(r) + r + r);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << (QString(r) + r + r);
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << (QString(r) + r + r + r);
    QTest::newRow("lead then ascii") << QByteArray("\xC3(") << (QString(r) + u'(');
    // A byte order mark is text like any other here: whether a runtime drops it is its profile's say.
    QTest::newRow("byte order mark kept") << QByteArray("\xEF\xBB\xBF" "a") << (QString(QChar(0xFEFF)) + u'a');
    QTest::newRow("two byte order marks kept") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF" "a") << (QString(2, QChar(0xFEFF)) + u'a');
    QTest::newRow("byte order mark kept before ill-formed bytes") << QByteArray("\xEF\xBB\xBF\xFF") << (QString(QChar(0xFEFF)) + r);
}

void TestUtf8::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(Utf8::decode(bytes.constData(), bytes.size()), text);
}

void TestUtf8::byteOffsetsStayInsideTheBytes()
{
    // Random bytes biased towards the troublesome ones; every position of the decoded text
    // maps onto a byte at which decoding the rest gives the rest of the text.
    QRandomGenerator random(7);
    const char alphabet[] = {'a', ':', '\n', '\x80', '\xBF', '\xC3', '\xE2', '\x82', '\xED', '\xA0', '\xF0', '\x9F', '\xF4', '\x90', '\xFF'};
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes;
        const int length = random.bounded(12);
        for (int i = 0; i < length; ++i)
            bytes.append(alphabet[random.bounded(int(sizeof alphabet))]);
        const QString text = Utf8::decode(bytes.constData(), bytes.size());
        for (qsizetype unit = 0; unit <= text.size() + 2; ++unit) {
            const qsizetype at = Utf8::byteOffset(bytes.constData(), bytes.size(), unit);
            QVERIFY2(at >= 0 && at <= bytes.size(), bytes.toHex().constData());
            if (unit <= text.size() && !(unit > 0 && text.at(unit - 1).isHighSurrogate()))
                QCOMPARE(Utf8::decode(bytes.constData() + at, bytes.size() - at), text.mid(unit));
        }
    }
}

// Diagnostics' columns count UTF-16 units of the text as decoded, as editors and SARIF do.
void TestUtf8::lineIndexColumnsCountDecodedUnits()
{
    const QByteArray bytes("x\n\xFF\xFF\xE2\x82z\xF0\x9F\x98\x80!");
    const LineIndex lines(bytes);
    QCOMPARE(lines.position(bytes.indexOf('z')).line, 2);
    QCOMPARE(lines.position(bytes.indexOf('z')).column, 4); // three U+FFFD before it
    QCOMPARE(lines.position(bytes.indexOf('!')).column, 7); // and a surrogate pair
    QCOMPARE(lines.position(bytes.size() + 5).column, 8);
    // And back: every column of the line maps to the byte position() maps from.
    for (qsizetype at = bytes.indexOf('\n') + 1; at <= bytes.size(); ++at) {
        const LineIndex::Position p = lines.position(at);
        const qsizetype back = lines.offset(p.line - 1, p.column - 1);
        QCOMPARE(lines.position(back).column, p.column);
    }
    QCOMPARE(lines.offset(1, 3), bytes.indexOf('z'));
    QCOMPARE(lines.offset(1, 99), bytes.size());
}

void TestUtf8::lineOfWithoutAnIndex()
{
    // The line a reader finds without building an index is the index's line, at every offset,
    // before the bytes and past them too.
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\n"), QByteArray("a\r\nbb\n\nccc"), QByteArray("---\nname: x\n---\nbody\n")}) {
        const LineIndex lines(bytes);
        for (qsizetype at = -2; at <= bytes.size() + 2; ++at)
            QCOMPARE(LineIndex::lineOf(bytes, at), lines.lineOf(std::clamp<qsizetype>(at, 0, bytes.size())));
    }
    QCOMPARE(LineIndex::lineOf(QByteArray("a\nb\nc"), 4), 2);
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
