// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "minimaledit.h"

#include <QFile>
#include <QTest>

using namespace Agentry;

// Small files for what the corpus lacks: CRLF, BOM, mixed endings, invalid UTF-8, tabs,
// comments between keys, every block-scalar chomping indicator, flow lists.
class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void facts_data();
    void facts();
    void editEachKey_data();
    void editEachKey();
};

static QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(AGENTRY_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

void TestFixtures::facts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("eol");
    QTest::addColumn<bool>("finalNewline");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<int>("fields");

    QTest::newRow("crlf.md") << QStringLiteral("crlf.md") << false << QStringLiteral("crlf") << true << true << true << 3;
    QTest::newRow("bom.md") << QStringLiteral("bom.md") << true << QStringLiteral("lf") << true << true << true << 2;
    QTest::newRow("bom-crlf.md") << QStringLiteral("bom-crlf.md") << true << QStringLiteral("crlf") << false << true << true << 2;
    QTest::newRow("mixed-eol.md") << QStringLiteral("mixed-eol.md") << false << QStringLiteral("mixed") << true << true << true << 3;
    QTest::newRow("invalid-utf8.md") << QStringLiteral("invalid-utf8.md") << false << QStringLiteral("lf") << true << false << true << 2;
    QTest::newRow("tabs.md") << QStringLiteral("tabs.md") << false << QStringLiteral("lf") << true << true << true << 3;
    QTest::newRow("comments.md") << QStringLiteral("comments.md") << false << QStringLiteral("lf") << true << true << true << 2;
    QTest::newRow("chomping.md") << QStringLiteral("chomping.md") << false << QStringLiteral("lf") << true << true << true << 9;
    QTest::newRow("flow-lists.md") << QStringLiteral("flow-lists.md") << false << QStringLiteral("lf") << true << true << true << 5;
    QTest::newRow("no-final-newline.md") << QStringLiteral("no-final-newline.md") << false << QStringLiteral("lf") << false << true << true << 2;
    QTest::newRow("no-frontmatter.md") << QStringLiteral("no-frontmatter.md") << false << QStringLiteral("lf") << true << true << true << 0;
}

void TestFixtures::facts()
{
    QFETCH(QString, file);
    const QByteArray bytes = fixture(file);
    const AgentText text = AgentText::fromBytes(bytes);
    QCOMPARE(text.bytes, bytes);
    QTEST(text.facts.bom, "bom");
    QTEST(QString::fromLatin1(TextFacts::eolName(text.facts.eol)), "eol");
    QTEST(text.facts.finalNewline, "finalNewline");
    QTEST(text.facts.validUtf8, "utf8");
    QTEST(text.frontmatter.isParsed(), "parsed");
    QTEST(int(text.frontmatter.fields().size()), "fields");
}

void TestFixtures::editEachKey_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    const QStringList files{QStringLiteral("crlf.md"), QStringLiteral("bom.md"), QStringLiteral("bom-crlf.md"),
                            QStringLiteral("mixed-eol.md"), QStringLiteral("tabs.md"), QStringLiteral("comments.md"),
                            QStringLiteral("chomping.md"), QStringLiteral("flow-lists.md"), QStringLiteral("no-final-newline.md")};
    const QList<QPair<QString, QJsonValue>> edits{
        {QStringLiteral("name"), QStringLiteral("new-name")},
        {QStringLiteral("description"), QStringLiteral("First line.\nSecond: line.")},
        {QStringLiteral("tools"), QJsonArray{QStringLiteral("Read"), QStringLiteral("Edit")}},
        {QStringLiteral("model"), QStringLiteral("haiku")},
        {QStringLiteral("color"), QStringLiteral("orange")},
        {QStringLiteral("clip"), QStringLiteral("now one line")},
        {QStringLiteral("keep"), QStringLiteral("a\nb\n\n")},
        {QStringLiteral("name"), QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("description"), QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("tools"), QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("folded"), QJsonValue(QJsonValue::Undefined)},
    };
    for (const QString &file : files) {
        for (const auto &[key, value] : edits) {
            const QString what = value.isUndefined() ? QStringLiteral("remove ") + key : QStringLiteral("set ") + key;
            QTest::addRow("%s: %s", qPrintable(file), qPrintable(what)) << file << key << value;
        }
    }
}

void TestFixtures::editEachKey()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QByteArray bytes = fixture(file);
    const bool present = AgentText::fromBytes(bytes).frontmatter.field(key);
    const MinimalEdit edit = MinimalEdit::check(bytes, key, value);
    if (value.isUndefined() && !present) {
        QCOMPARE(int(edit.status), int(FieldPatch::Status::Unchanged));
        return;
    }
    QVERIFY2(edit.status == FieldPatch::Status::Changed, qPrintable(edit.problem));
    QVERIFY2(edit.problem.isEmpty(), qPrintable(edit.problem));
}

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
