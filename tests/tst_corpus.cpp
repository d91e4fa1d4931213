// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "minimaledit.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Agentry;

// Every real agent file of the shared corpus: untouched round trips are byte-identical,
// and setting or removing each common key changes only that key's lines.
class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void editEachKey_data();
    void editEachKey();

private:
    QStringList m_files;
};

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCorpus::initTestCase()
{
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR);
    if (!QFile::exists(corpus))
        QSKIP("The shared corpus is not beside the project.");
    QDirIterator it(corpus, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("/README.md")))
            m_files << path;
    }
    m_files.sort();
    QVERIFY(m_files.size() >= 289);
}

void TestCorpus::roundTrip()
{
    // Parsing never changes the bytes, whatever their shape.
    for (const QString &path : std::as_const(m_files)) {
        const QByteArray bytes = readAll(path);
        QCOMPARE(AgentText::fromBytes(bytes).bytes, bytes);
    }
}

void TestCorpus::editEachKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("name") << QStringLiteral("name") << QJsonValue(QStringLiteral("renamed-agent"));
    QTest::newRow("description") << QStringLiteral("description") << QJsonValue(QStringLiteral("Reviews changes: finds bugs, says why.\nUse after edits."));
    QTest::newRow("tools") << QStringLiteral("tools") << QJsonValue(QJsonArray{QStringLiteral("Read"), QStringLiteral("Bash(git diff:*)")});
    QTest::newRow("model") << QStringLiteral("model") << QJsonValue(QStringLiteral("opus"));
    QTest::newRow("color") << QStringLiteral("color") << QJsonValue(QStringLiteral("cyan"));
    QTest::newRow("remove name") << QStringLiteral("name") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("remove description") << QStringLiteral("description") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("remove tools") << QStringLiteral("tools") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("remove model") << QStringLiteral("model") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("remove color") << QStringLiteral("color") << QJsonValue(QJsonValue::Undefined);
}

void TestCorpus::editEachKey()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    int edited = 0;
    for (const QString &path : std::as_const(m_files)) {
        const QByteArray bytes = readAll(path);
        const AgentText text = AgentText::fromBytes(bytes);
        if (!text.block.isClosed() || !text.frontmatter.isEditable() || !text.facts.validUtf8)
            continue;
        const FrontmatterField *old = text.frontmatter.field(key);
        const MinimalEdit edit = MinimalEdit::check(bytes, key, value);
        if ((value.isUndefined() && !old) || (old && old->value == value)) {
            QCOMPARE(int(edit.status), int(FieldPatch::Status::Unchanged));
            continue;
        }
        QVERIFY2(edit.status == FieldPatch::Status::Changed, qPrintable(path + u' ' + edit.problem));
        QVERIFY2(edit.problem.isEmpty(), qPrintable(path + QStringLiteral(": ") + edit.problem));
        ++edited;
    }
    qInfo("%s: %d files edited", qPrintable(key), edited);
    QVERIFY(edited > 0);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
