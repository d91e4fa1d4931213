// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/bunyaml.h"
#include "runtime/runtimereader.h"
#include "runtime/toolcatalog.h"
#include "validation/agentvalidator.h"
#include "validation/safefixer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Agentry;

// The repair promise on the real corpus: `agentry fix` turns every broken and lenient
// frontmatter into one a strict parser reads, and name, description and tools then hold the
// text the client read before (lenient) or the text the author wrote (broken).
class TestRepair : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quotingRepairs();
    void fullFixIsStableAndStrict();

private:
    struct File
    {
        QString path;
        QByteArray bytes;
        AgentReading before;
    };
    QVector<File> m_files;
    const QStringList m_fields{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tools")};
};

void TestRepair::initTestCase()
{
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR);
    QFile verdicts(corpus + QStringLiteral("/claude-code-verdicts.json"));
    if (!verdicts.open(QIODevice::ReadOnly))
        QSKIP("The shared corpus is not beside the project.");
    const QJsonObject files = QJsonDocument::fromJson(verdicts.readAll()).object().value(QLatin1String("files")).toObject();
    const RuntimeReader reader(RuntimeProfile::latest());
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString outcome = it.value().toObject().value(QLatin1String("frontmatter")).toString();
        if (outcome != QLatin1String("broken") && outcome != QLatin1String("lenient"))
            continue;
        QFile file(corpus + u'/' + it.key());
        QVERIFY(file.open(QIODevice::ReadOnly));
        File f{file.fileName(), file.readAll(), {}};
        f.before = reader.read(f.bytes);
        QCOMPARE(QString::fromLatin1(AgentReading::outcomeName(f.before.outcome)), outcome);
        m_files.append(f);
    }
    QCOMPARE(m_files.size(), 28 + 39);
}

// What the author wrote for `key`, read off the lines: the value after `key:` and the lines up
// to the next key the client knows, as YAML reads them when they parse on their own, else as
// the text they are.
static QJsonValue authorsText(const QByteArray &yaml, const QString &key, const QStringList &known)
{
    const QList<QByteArray> lines = yaml.split('\n');
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*):(\\s|$)"));
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = keyLine.match(QString::fromUtf8(lines.at(i)));
        if (match.hasMatch() && known.contains(match.captured(1))) {
            if (first >= 0 && last < 0)
                last = i - 1;
            if (match.captured(1) == key)
                first = i, last = -1;
        }
    }
    if (first < 0)
        return QJsonValue(QJsonValue::Undefined);
    if (last < 0)
        last = int(lines.size()) - 1;
    while (last > first && lines.at(last).trimmed().isEmpty())
        --last;
    QByteArray segment;
    for (int i = first; i <= last; ++i)
        segment += lines.at(i) + '\n';
    const BunYaml::Result alone = BunYaml::parse(segment);
    if (alone.isParsed() && alone.value->isObject())
        return alone.value->toObject().value(key);
    QStringList text{QString::fromUtf8(lines.at(first).mid(key.size() + 1).trimmed())};
    for (int i = first + 1; i <= last; ++i)
        text.append(QString::fromUtf8(lines.at(i)).remove(u'\r'));
    return text.join(u'\n');
}

void TestRepair::quotingRepairs()
{
    const AgentValidator validator;
    const RuntimeReader reader(RuntimeProfile::latest());
    const QStringList &known = RuntimeProfile::latest().fields().keys;
    for (const File &file : std::as_const(m_files)) {
        const QByteArray fixed = SafeFixer::apply(file.bytes, file.path, AgentScope::Folder,
                                                   SafeFixer::Options{{QStringLiteral("AG105"), QStringLiteral("AG106")}, {}, false}, validator);
        const AgentReading after = reader.read(fixed);
        QVERIFY2(after.outcome == AgentReading::Outcome::Ok, qPrintable(file.path));
        for (const QString &key : m_fields) {
            QJsonValue expected;
            if (file.before.outcome == AgentReading::Outcome::Lenient) {
                expected = file.before.fields.value(key);
            } else {
                const QByteArray yaml = file.bytes.mid(file.before.contentStart, file.before.contentEnd - file.before.contentStart);
                expected = authorsText(yaml, key, known);
            }
            QVERIFY2(after.fields.value(key) == expected,
                     qPrintable(QStringLiteral("%1: %2 reads %3, expected %4")
                                    .arg(file.path, key, after.fields.value(key).toString().left(120), expected.toString().left(120))));
        }
        // Lenient: nothing else the client reads changes either.
        if (file.before.outcome == AgentReading::Outcome::Lenient)
            QVERIFY2(after.fields == file.before.fields, qPrintable(file.path));
    }
}

void TestRepair::fullFixIsStableAndStrict()
{
    const AgentValidator validator;
    const RuntimeReader reader(RuntimeProfile::latest());
    for (const File &file : std::as_const(m_files)) {
        const QByteArray once = SafeFixer::apply(file.bytes, file.path, AgentScope::Folder, {}, validator);
        QVERIFY2(reader.read(once).outcome == AgentReading::Outcome::Ok, qPrintable(file.path));
        QCOMPARE(SafeFixer::apply(once, file.path, AgentScope::Folder, {}, validator), once);
    }
}

QTEST_GUILESS_MAIN(TestRepair)
#include "tst_repair.moc"
