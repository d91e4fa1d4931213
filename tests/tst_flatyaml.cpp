// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/runtimereader.h"
#include "text/flatyaml.h"
#include "yamlagreement.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Agentry;

// FlatYaml and the full readers agree (YamlAgreement) on every frontmatter of the corpus and
// the fixtures, on each of their lines alone, and on thousands of variants of them.
class TestFlatYaml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesOnRealFrontmatter();
    void agreesOnWrittenVariants_data();
    void agreesOnWrittenVariants();
    void agreesOnMutatedFrontmatter();
    void largeIntegerKeyAsJavaScriptWritesIt();
    void readsATextAsWithOneMoreLineBreak();
    void readsACommentForAValue();

private:
    QVector<QByteArray> m_blocks; // the frontmatter text of every corpus file and fixture
};

void TestFlatYaml::initTestCase()
{
    const RuntimeReader reader(RuntimeProfile::latest());
    for (const QString &folder : {QStringLiteral(AGENTRY_CORPUS_DIR), QStringLiteral(AGENTRY_FIXTURES_DIR)}) {
        QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const AgentReading reading = reader.read(bytes, QFileInfo(file.fileName()).fileName());
            if (reading.hasBlock())
                m_blocks.append(bytes.mid(reading.contentStart, reading.contentEnd - reading.contentStart));
        }
    }
    QVERIFY2(m_blocks.size() > 250, qPrintable(QString::number(m_blocks.size())));
}

void TestFlatYaml::agreesOnRealFrontmatter()
{
    int flat = 0;
    int errors = 0;
    for (const QByteArray &block : std::as_const(m_blocks)) {
        QCOMPARE(YamlAgreement::disagreement(block), QString());
        const std::optional<FlatYaml::Reading> reading = FlatYaml::read(block);
        flat += reading && !reading->error;
        errors += reading && reading->error;
        // Each line alone, and the block cut after each line.
        const QList<QByteArray> lines = block.split('\n');
        QByteArray head;
        for (const QByteArray &line : lines) {
            head += line + '\n';
            QVERIFY2(YamlAgreement::disagreement(line).isEmpty(), line.constData());
            QVERIFY2(YamlAgreement::disagreement(head).isEmpty(), head.constData());
        }
    }
    // The share the fast path reads: the reason it exists.
    qInfo("FlatYaml reads %d of %d real frontmatter blocks, and finds yaml-cpp's error in %d more", flat, int(m_blocks.size()), errors);
    QVERIFY(flat * 2 > m_blocks.size());
}

void TestFlatYaml::agreesOnWrittenVariants_data()
{
    QTest::addColumn<QByteArray>("yaml");
    const QList<QByteArray> values = {
        "plain text",   "'single ''quoted'''", "\"double \\\"quoted\\\" \\u00e9\"", "yes", "no", "on", "off", "true", "False", "~",
        "null", "Null", "0x1F", "0o17", "017", "1e3", "-1.5", ".inf", "-.Inf", ".nan", "2025-11-09", "12:30", "+12", "1_000",
        "a: b", "a #comment", "a#b", "[Read, Grep]", "[ 'a, b', \"c\" ]", "[]", "[a, [b]]", "{a: 1}", "*alias", "&anchor x",
        "!tag x", "!!str 5", "|", "|-", ">", ">+", "'unclosed", "\"unclosed", "-", "- x", "? x", "%x", "@x", "`x", "x:", "x :",
        "é ü ✅", "tab\there", "trailing   ", "",
    };
    int n = 0;
    for (const QByteArray &value : values) {
        const QByteArray tag = QByteArray::number(++n) + ' ';
        QTest::newRow(QByteArray(tag + "value").constData()) << QByteArray("name: a\ndescription: " + value + "\nmodel: opus\n");
        QTest::newRow(QByteArray(tag + "last, no newline").constData()) << QByteArray("name: a\ndescription: " + value);
        QTest::newRow(QByteArray(tag + "item").constData()) << QByteArray("tools:\n  - " + value + "\n  - Grep\n");
        QTest::newRow(QByteArray(tag + "flow item").constData()) << QByteArray("tools: [Read, " + value + "]\n");
        QTest::newRow(QByteArray(tag + "block").constData()) << QByteArray("description: |\n  " + value + "\n  more\nname: a\n");
        QTest::newRow(QByteArray(tag + "folded").constData()) << QByteArray("description: >-\n  " + value + "\n\n  more\n");
        QTest::newRow(QByteArray(tag + "continued").constData()) << QByteArray("description: first\n  " + value + "\nname: a\n");
        QTest::newRow(QByteArray(tag + "crlf").constData()) << QByteArray("name: a\r\ndescription: " + value + "\r\n");
        // A carriage return that ends the text is a line break, which a block scalar keeps.
        QTest::newRow(QByteArray(tag + "folded, lone cr at the end").constData()) << QByteArray("description: >\n  " + value + "\r");
        QTest::newRow(QByteArray(tag + "key").constData()) << QByteArray(value + ": x\n");
        QTest::newRow(QByteArray(tag + "comment after").constData()) << QByteArray("name: " + value + " # note\n");
    }
    QTest::newRow("duplicate keys") << QByteArray("name: a\nname: b\n");
    QTest::newRow("indented key") << QByteArray("name: a\n description: b\n");
    QTest::newRow("tab indent") << QByteArray("name: a\n\tdescription: b\n");
    QTest::newRow("lone cr") << QByteArray("name: a\rdescription: b\n");
    QTest::newRow("document end") << QByteArray("name: a\n...\n");
    QTest::newRow("nested map") << QByteArray("hooks:\n  PreToolUse:\n    - matcher: Bash\n");
    QTest::newRow("map") << QByteArray("name: a\npermission:\n  edit: deny\n  bash: ask\nmodel: x\n");
    QTest::newRow("map with a repeated key") << QByteArray("permission:\n  bash: allow\n  bash: \"git *\"\n  read: allow\n");
    QTest::newRow("map with empty and listed values") << QByteArray("tools:\n  read:\n  write: true\n  grep: [a, b]\n\n  list: 'x y'\n");
    QTest::newRow("map unevenly indented") << QByteArray("permission:\n  edit: deny\n   bash: ask\n");
    QTest::newRow("map with a comment") << QByteArray("permission:\n  edit: deny\n  # note\n  bash: ask\n");
    QTest::newRow("map at the end") << QByteArray("name: a\npermission:\n  edit: deny\n  webfetch: 3");
    QTest::newRow("map with CRLF") << QByteArray("permission:\r\n  edit: deny\r\n\r\n  bash: \"ask\"\r\nname: a\r\n");
    QTest::newRow("map before a comment") << QByteArray("permission:\n  edit: deny\n# next\nname: a\n");
    QTest::newRow("key twice") << QByteArray("name: a\ntools: Read\nname: b\n");
    QTest::newRow("key twice after a map") << QByteArray("permission:\n  edit: deny\nname: a\npermission:\n  bash: ask\n");
    QTest::newRow("map key twice, deeper") << QByteArray("name: a\npermission:\n    bash: allow\n    read: deny\n    bash: deny\n");
    QTest::newRow("two maps") << QByteArray("tools:\n  read: true\n  write: false\npermission:\n  edit: allow\n");
    QTest::newRow("map with a colon in a value") << QByteArray("permission:\n  bash: git: ask\n");
    QTest::newRow("map then a list line") << QByteArray("permission:\n  edit: deny\n  - bash\n");
    QTest::newRow("map with special keys") << QByteArray("permission:\n  true: deny\n  1: ask\n  null: x\n");
    QTest::newRow("map with a continued value") << QByteArray("permission:\n  edit: deny\n    and more\n");
    QTest::newRow("map with a tab") << QByteArray("permission:\n  edit:\tdeny\n");
    QTest::newRow("example below") << QByteArray("name: a\n<example>\nContext: x\n");
    QTest::newRow("example below a quoted value") << QByteArray("name: a\ndescription: \"q\"\n\n<example>\nuser: \"hi\"\n");
    QTest::newRow("example below a block") << QByteArray("description: |\n  text\n<example>\nContext: x\n");
    QTest::newRow("example after a blank line") << QByteArray("name: a\n<example>\n\nContext: x\n");
    QTest::newRow("example indented") << QByteArray("name: a\n<example>\n  user: hi\n");
    QTest::newRow("example with a colon") << QByteArray("name: a\n<example> and: x\n");
    QTest::newRow("example ending in a colon") << QByteArray("name: a\n<example>\nContext:\n");
    QTest::newRow("example with a comment") << QByteArray("name: a\n<example>\nContext #: x\n");
    QTest::newRow("example with a list") << QByteArray("name: a\nExamples here\n- item: x\n");
    QTest::newRow("example first") << QByteArray("<example>\nContext: x\n");
    QTest::newRow("example with no colon") << QByteArray("name: a\n<example>\n</example>\n");
    QTest::newRow("example with a url") << QByteArray("name: a\n<example>\nsee http://x.y then: z\n");
    QTest::newRow("example with a tab") << QByteArray("name: a\n<example>\nContext\t: x\n");
    QTest::newRow("value ending in a colon") << QByteArray("name: a\ndescription: Examples:\n\n<example>\n");
    QTest::newRow("value ending in a colon and a tab") << QByteArray("name: a\ndescription: Examples:\t\n");
    QTest::newRow("nul byte in a value") << QByteArray("name: a\0b\ndescription: x\n", 25);
    QTest::newRow("nul byte in a key") << QByteArray("na\0me: a\n", 9);
    QTest::newRow("document end after a plain line") << QByteArray("name: a\nb c\n... mode: x\n");
    QTest::newRow("control characters in a block scalar") << QByteArray("description: >-\n  a\x04\x04" "b\n\n  Context: x\n");
    QTest::newRow("ill-formed sequences in a row") << QByteArray("name: a\xE0\xE0\xA0\xE0" "b\n");
    QTest::newRow("question mark in a flow item") << QByteArray("tools: [a, b? c]\n");
    QTest::newRow("question mark and space in a flow item") << QByteArray("tools: [a, b ? c]\n");
    QTest::newRow("comment for a value") << QByteArray("description: ## Description A heading\ntools: Read\n");
    QTest::newRow("comment for the last value") << QByteArray("name: a\ndescription: # note");
    QTest::newRow("comment for a map") << QByteArray("permission: # note\n  edit: deny\nname: a\n");
    QTest::newRow("comment for a list") << QByteArray("tools: # note\n  - Read\n  - Grep\n");
    QTest::newRow("comment for a block") << QByteArray("description: # note\n  more text\nname: a\n");
    QTest::newRow("comment for a value, then comments") << QByteArray("description: # note\n\n# more\nname: a\n");
    QTest::newRow("NaN alone") << QByteArray(".NAN");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only comments") << QByteArray("# one\n# two\n");
}

void TestFlatYaml::agreesOnWrittenVariants()
{
    QFETCH(QByteArray, yaml);
    QCOMPARE(YamlAgreement::disagreement(yaml), QString());
}

void TestFlatYaml::agreesOnMutatedFrontmatter()
{
    // Real blocks with a few bytes changed, inserted or removed where YAML cares most.
    QRandomGenerator random(16);
    const QByteArray alphabet(" :-#'\"[]{},|>\t\n\r!&*?%@`\\x0");
    int compared = 0;
    for (const QByteArray &block : std::as_const(m_blocks)) {
        if (block.size() > 4000)
            continue;
        for (int round = 0; round < 12; ++round) {
            QByteArray mutated = block;
            const int edits = 1 + random.bounded(3);
            for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
                const int at = random.bounded(int(mutated.size()));
                const char c = alphabet.at(random.bounded(int(alphabet.size())));
                switch (random.bounded(3)) {
                case 0:
                    mutated[at] = c;
                    break;
                case 1:
                    mutated.insert(at, c);
                    break;
                default:
                    mutated.remove(at, 1);
                }
            }
            QVERIFY2(YamlAgreement::disagreement(mutated).isEmpty(), qPrintable(YamlAgreement::disagreement(mutated) + u'\n' + QString::fromUtf8(mutated)));
            ++compared;
        }
    }
    qInfo("compared %d mutated blocks", compared);
}

void TestFlatYaml::largeIntegerKeyAsJavaScriptWritesIt()
{
    // Beyond 2^53 (here beyond 2^63 too) JavaScript names the key by the shortest digits that
    // read back as the number, padded with zeros (as node prints String(17214571725659948829)).
    const BunYaml::Result result = BunYaml::fullParse("17214571725659948829: x\n-9007199254740993: y\n");
    QVERIFY(result.isParsed());
    const QJsonObject map = result.value->toObject();
    QVERIFY2(map.contains(QStringLiteral("17214571725659950000")), qPrintable(map.keys().join(u' ')));
    QVERIFY2(map.contains(QStringLiteral("-9007199254740992")), qPrintable(map.keys().join(u' ')));
}


namespace {

// FlatYaml's own reading of `text`, not the answer it keeps from the question before.
std::optional<FlatYaml::Reading> readAfresh(const QByteArray &text)
{
    FlatYaml::read(QByteArrayLiteral("other: text\n"));
    return FlatYaml::read(text);
}

QString described(const std::optional<FlatYaml::Reading> &reading)
{
    if (!reading)
        return QStringLiteral("none");
    QString out;
    for (const FlatYaml::Entry &entry : reading->entries)
        out += QStringLiteral("%1@%2=%3;").arg(entry.key).arg(entry.line).arg(QString::fromUtf8(QJsonDocument(QJsonArray{entry.value}).toJson(QJsonDocument::Compact)));
    if (reading->error)
        out += QStringLiteral("error %1:%2 %3").arg(reading->error->line).arg(reading->error->column).arg(reading->error->message);
    return out;
}

} // namespace

// FlatYaml answers a text with one line break more (or less) from the reading it keeps: the
// two must read alike, on every real block and with a carriage return at the end.
void TestFlatYaml::readsATextAsWithOneMoreLineBreak()
{
    QVector<QByteArray> texts = m_blocks;
    texts += {QByteArrayLiteral("a: 1\r"), QByteArrayLiteral("a: |\n  x\n"), QByteArrayLiteral("a: |\n  x"), QByteArrayLiteral("a: b: c"), QByteArray()};
    for (QByteArray text : std::as_const(texts)) {
        while (text.endsWith('\n'))
            text.chop(text.endsWith("\r\n") ? 2 : 1);
        for (const QByteArray &more : {QByteArrayLiteral("\n"), QByteArrayLiteral("\r\n")}) {
            const QString alone = described(readAfresh(text));
            const QString longer = described(readAfresh(text + more));
            // With a carriage return at the end, "\r\n" more makes a lone one: not alike.
            if (!text.endsWith('\r'))
                QVERIFY2(alone == longer, text.constData());
            FlatYaml::read(text + more);
            QCOMPARE(described(FlatYaml::read(text)), alone);
        }
    }
}

// `key: # note` is an empty value in every reader: the fast path reads it as one.
void TestFlatYaml::readsACommentForAValue()
{
    QCOMPARE(described(readAfresh("name: a\ndescription: ## Description A heading\ntools: Read\n")),
             QStringLiteral("name@0=[\"a\"];description@1=[null];tools@2=[\"Read\"];"));
    QCOMPARE(described(readAfresh("tools: # note\n  - Read\n")), QStringLiteral("tools@0=[[\"Read\"]];"));
}

QTEST_GUILESS_MAIN(TestFlatYaml)
#include "tst_flatyaml.moc"
