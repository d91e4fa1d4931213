// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/textfacts.h"

#include <QTest>

using namespace Agentry;

class TestTextFacts : public QObject
{
    Q_OBJECT

private slots:
    void scan_data();
    void scan();
    void preferredEol();
    void utf8_data();
    void utf8();
};

void TestTextFacts::scan_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<int>("eol");
    QTest::addColumn<bool>("finalNewline");
    QTest::addColumn<bool>("utf8");

    const auto eol = [](TextFacts::Eol e) { return int(e); };
    QTest::newRow("empty") << QByteArray() << false << eol(TextFacts::Eol::None) << false << true;
    QTest::newRow("one line, no newline") << QByteArray("abc") << false << eol(TextFacts::Eol::None) << false << true;
    QTest::newRow("lf") << QByteArray("a\nb\n") << false << eol(TextFacts::Eol::Lf) << true << true;
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << false << eol(TextFacts::Eol::Crlf) << true << true;
    QTest::newRow("mixed") << QByteArray("a\r\nb\nc") << false << eol(TextFacts::Eol::Mixed) << false << true;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF---\n") << true << eol(TextFacts::Eol::Lf) << true << true;
    QTest::newRow("bom not at start") << QByteArray("a\xEF\xBB\xBF\n") << false << eol(TextFacts::Eol::Lf) << true << true;
    QTest::newRow("latin-1 byte") << QByteArray("caf\xE9\n") << false << eol(TextFacts::Eol::Lf) << true << false;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x8E\xAF\n") << false << eol(TextFacts::Eol::Lf) << true << true;
}

void TestTextFacts::scan()
{
    QFETCH(QByteArray, bytes);
    const TextFacts facts = TextFacts::scan(bytes);
    QTEST(facts.bom, "bom");
    QTEST(int(facts.eol), "eol");
    QTEST(facts.finalNewline, "finalNewline");
    QTEST(facts.validUtf8, "utf8");
}

void TestTextFacts::preferredEol()
{
    QCOMPARE(TextFacts::scan("a\nb").preferredEol(), QByteArray("\n"));
    QCOMPARE(TextFacts::scan("a\r\nb\r\nc\n").preferredEol(), QByteArray("\r\n"));
    QCOMPARE(TextFacts::scan("no newline").preferredEol(), QByteArray("\n"));
}

void TestTextFacts::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii, long") << QByteArray(100, 'x') << true;
    QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << true;
    QTest::newRow("three bytes") << QByteArray("\xE2\x82\xAC") << true;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above max") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("abc\xE2\x82") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("bad after ascii run") << (QByteArray(20, 'a') + "\xFF") << false;
    QTest::newRow("mojibake is valid utf-8") << QByteArray("\xC3\xB0\xC5\xB8\xC5\xBD\xC2\xAF") << true;
}

void TestTextFacts::utf8()
{
    QFETCH(QByteArray, bytes);
    QTEST(isValidUtf8(bytes.constData(), bytes.size()), "valid");
}

QTEST_GUILESS_MAIN(TestTextFacts)
#include "tst_textfacts.moc"
