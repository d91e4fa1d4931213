// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/opencodepermission.h"
#include "runtime/runtimespec.h"
#include "text/yamljson.h"

#include <QJsonObject>
#include <QTest>

using namespace Agentry;

namespace {

std::optional<OpenCodePermission> read(const QString &yaml)
{
    return OpenCodePermission::read(yaml, *RuntimeSpec::of(Runtime::OpenCode));
}

QStringList keys(const OpenCodePermission &permission)
{
    QStringList keys;
    for (const OpenCodePermission::Entry &entry : permission.entries())
        keys.append(entry.key);
    return keys;
}

} // namespace

class TestOpenCodePermission : public QObject
{
    Q_OBJECT

private slots:
    void unchangedIsWrittenAsRead_data();
    void unchangedIsWrittenAsRead();
    void keepsOrder();
    void bareAction();
    void newActionReplacesItsWord();
    void changedEntryIsWrittenInBlockStyleQuoted();
    void flowMapIsRewrittenInBlockStyle();
    void keptEntries();
    void unreadable_data();
    void unreadable();
    void catchAllGoesFirst();
    void patternsFromAnAction();
    void renameRefusesADuplicate();
    void lastEntryRemovedWritesNothing();
};

void TestOpenCodePermission::unchangedIsWrittenAsRead_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::newRow("actions") << QStringLiteral("edit: deny\nwebfetch: ask");
    QTest::newRow("patterns") << QStringLiteral("bash:\n  \"*\": ask\n  \"git *\": allow\nedit: deny");
    QTest::newRow("comments and quotes") << QStringLiteral("# who may do what\nedit: deny # never\nbash:\n    '*': ask\n\n    # git is fine\n    git *: allow");
    QTest::newRow("flow rule") << QStringLiteral("bash: {\"git *\": allow, \"*\": ask}\nread: allow");
    QTest::newRow("kept") << QStringLiteral("edit: maybe\nbash: allow");
    QTest::newRow("bare") << QStringLiteral("ask");
}

void TestOpenCodePermission::unchangedIsWrittenAsRead()
{
    QFETCH(QString, yaml);
    const std::optional<OpenCodePermission> permission = read(yaml);
    QVERIFY(permission);
    QCOMPARE(permission->toYaml(), yaml);
    QCOMPARE(permission->toJson(), YamlJson::parse(yaml, nullptr).value());
}

void TestOpenCodePermission::keepsOrder()
{
    const std::optional<OpenCodePermission> permission = read(QStringLiteral("webfetch: deny\n\"*\": ask\nbash:\n  \"rm *\": deny\n  \"*\": allow\nedit: allow"));
    QVERIFY(permission);
    QCOMPARE(keys(*permission), QStringList({QStringLiteral("webfetch"), QStringLiteral("*"), QStringLiteral("bash"), QStringLiteral("edit")}));
    const OpenCodePermission::Entry &bash = permission->entries().at(2);
    QCOMPARE(bash.shape, OpenCodePermission::Entry::Shape::Patterns);
    QCOMPARE(bash.patterns.size(), 2);
    QCOMPARE(bash.patterns.at(0).pattern, QStringLiteral("rm *"));
    QCOMPARE(bash.patterns.at(0).action, QStringLiteral("deny"));
    QCOMPARE(bash.patterns.at(1).pattern, QStringLiteral("*"));
}

// A bare action means `{"*": action}` and stays bare until another rule joins it.
void TestOpenCodePermission::bareAction()
{
    std::optional<OpenCodePermission> permission = read(QStringLiteral("ask"));
    QVERIFY(permission);
    QCOMPARE(keys(*permission), QStringList{QStringLiteral("*")});
    permission->setAction(0, QStringLiteral("deny"));
    QCOMPARE(permission->toYaml(), QStringLiteral("deny"));
    QCOMPARE(permission->toJson(), QJsonValue(QStringLiteral("deny")));
    permission->addEntry(QStringLiteral("read"), QStringLiteral("allow"));
    QCOMPARE(permission->toYaml(), QStringLiteral("\"*\": deny\nread: allow"));
    QCOMPARE(permission->toJson(), QJsonValue(QJsonObject{{QStringLiteral("*"), QStringLiteral("deny")}, {QStringLiteral("read"), QStringLiteral("allow")}}));
}

// Comments, quotes and the other patterns' lines stay as they were.
void TestOpenCodePermission::newActionReplacesItsWord()
{
    std::optional<OpenCodePermission> permission = read(QStringLiteral("edit: deny # was: allow\n"
                                                                       "bash:\n  '*': ask\n  git *: allow  # fine\n"
                                                                       "webfetch: \"ask\"\n"
                                                                       "grep: {\"*.md\": allow, \"*\": deny}"));
    QVERIFY(permission);
    permission->setAction(0, QStringLiteral("allow"));
    permission->setPatternAction(1, 1, QStringLiteral("deny"));
    permission->setAction(2, QStringLiteral("deny"));
    // One line holds both actions: the entry is written anew.
    permission->setPatternAction(3, 1, QStringLiteral("ask"));
    QCOMPARE(permission->toYaml(), QStringLiteral("edit: allow # was: allow\n"
                                                  "bash:\n  '*': ask\n  git *: deny  # fine\n"
                                                  "webfetch: \"deny\"\n"
                                                  "grep:\n  \"*.md\": allow\n  \"*\": ask"));
}

void TestOpenCodePermission::changedEntryIsWrittenInBlockStyleQuoted()
{
    std::optional<OpenCodePermission> permission = read(QStringLiteral("edit: deny # never\nbash: {'*': ask}\nmcp_*: deny"));
    QVERIFY(permission);
    permission->addPattern(1, QStringLiteral("git status"), QStringLiteral("allow"));
    permission->addEntry(QStringLiteral("external_directory"), QStringLiteral("ask"));
    permission->addEntry(QStringLiteral("it's: odd"), QStringLiteral("deny"));
    QCOMPARE(permission->toYaml(), QStringLiteral("edit: deny # never\n"
                                                  "bash:\n  \"*\": ask\n  \"git status\": allow\n"
                                                  "mcp_*: deny\n"
                                                  "external_directory: ask\n"
                                                  "\"it's: odd\": deny"));
    QCOMPARE(YamlJson::parse(permission->toYaml(), nullptr).value(), permission->toJson());
}

void TestOpenCodePermission::flowMapIsRewrittenInBlockStyle()
{
    std::optional<OpenCodePermission> permission = read(QStringLiteral("{edit: deny, bash: {\"*\": ask}}"));
    QVERIFY(permission);
    QCOMPARE(permission->toYaml(), QStringLiteral("edit: deny\nbash:\n  \"*\": ask"));
    permission->setAction(0, QStringLiteral("allow"));
    QCOMPARE(permission->toYaml(), QStringLiteral("edit: allow\nbash:\n  \"*\": ask"));
}

// Values OpenCode refuses or this editor has no row for stay as written, beside edited ones.
void TestOpenCodePermission::keptEntries()
{
    const QString yaml = QStringLiteral("edit: maybe\nwebfetch:\n  \"*\": allow\nbash:\n  \"rm *\": nope\nread: 5\nlist:\ngrep: deny");
    std::optional<OpenCodePermission> permission = read(yaml);
    QVERIFY(permission);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(permission->entries().at(i).shape, OpenCodePermission::Entry::Shape::Kept);
    QCOMPARE(permission->entries().at(5).shape, OpenCodePermission::Entry::Shape::Action);
    permission->setAction(5, QStringLiteral("allow"));
    QCOMPARE(permission->toYaml(), QString(yaml).replace(QStringLiteral("grep: deny"), QStringLiteral("grep: allow")));
    QCOMPARE(permission->toJson().toObject().value(QStringLiteral("read")), QJsonValue(5));
}

void TestOpenCodePermission::unreadable_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::newRow("list") << QStringLiteral("- edit\n- bash");
    QTest::newRow("number") << QStringLiteral("5");
    QTest::newRow("other word") << QStringLiteral("maybe");
    QTest::newRow("null") << QString();
    QTest::newRow("rule is a list") << QStringLiteral("bash: [\"git *\"]");
    QTest::newRow("deeper map") << QStringLiteral("bash:\n  git:\n    \"*\": allow");
    QTest::newRow("kept in a flow map") << QStringLiteral("{edit: maybe}");
    QTest::newRow("not yaml") << QStringLiteral("edit: [deny");
}

void TestOpenCodePermission::unreadable()
{
    QFETCH(QString, yaml);
    QVERIFY(!read(yaml));
}

// The last matching rule wins: the catch-all is a default only before the rules it covers.
void TestOpenCodePermission::catchAllGoesFirst()
{
    std::optional<OpenCodePermission> permission = read(QStringLiteral("edit: deny\nbash:\n  \"git *\": allow"));
    QVERIFY(permission);
    QCOMPARE(permission->addEntry(QStringLiteral("*"), QStringLiteral("ask")), 0);
    QCOMPARE(permission->addPattern(2, QStringLiteral("*"), QStringLiteral("deny")), 0);
    QCOMPARE(permission->addPattern(2, QStringLiteral("ls"), QStringLiteral("allow")), 2);
    QCOMPARE(permission->toYaml(), QStringLiteral("\"*\": ask\nedit: deny\nbash:\n  \"*\": deny\n  \"git *\": allow\n  ls: allow"));
    // Adding what is there already changes its action only.
    QCOMPARE(permission->addEntry(QStringLiteral("edit"), QStringLiteral("allow")), 1);
    QCOMPARE(permission->entries().size(), 3);
    QCOMPARE(permission->addPattern(2, QStringLiteral("git *"), QStringLiteral("ask")), 1);
    QCOMPARE(permission->entries().at(2).patterns.at(1).action, QStringLiteral("ask"));
}

void TestOpenCodePermission::patternsFromAnAction()
{
    std::optional<OpenCodePermission> permission = read(QStringLiteral("bash: ask"));
    QVERIFY(permission);
    permission->addPattern(0, QStringLiteral("git *"), QStringLiteral("allow"));
    QCOMPARE(permission->toYaml(), QStringLiteral("bash:\n  \"*\": ask\n  \"git *\": allow"));
    permission->removePattern(0, 0);
    permission->removePattern(0, 0);
    QCOMPARE(permission->toYaml(), QStringLiteral("bash: {}"));
    permission->setAction(0, QStringLiteral("deny"));
    QCOMPARE(permission->toYaml(), QStringLiteral("bash: deny"));
}

void TestOpenCodePermission::renameRefusesADuplicate()
{
    std::optional<OpenCodePermission> permission = read(QStringLiteral("bash:\n  \"*\": ask\n  ls: allow"));
    QVERIFY(permission);
    QVERIFY(!permission->renamePattern(0, 1, QStringLiteral("*")));
    QCOMPARE(permission->toYaml(), QStringLiteral("bash:\n  \"*\": ask\n  ls: allow"));
    QVERIFY(permission->renamePattern(0, 1, QStringLiteral("ls *")));
    QCOMPARE(permission->toYaml(), QStringLiteral("bash:\n  \"*\": ask\n  \"ls *\": allow"));
}

void TestOpenCodePermission::lastEntryRemovedWritesNothing()
{
    std::optional<OpenCodePermission> permission = read(QStringLiteral("# note\nedit: deny"));
    QVERIFY(permission);
    permission->removeEntry(0);
    QCOMPARE(permission->toYaml(), QString());
    QCOMPARE(permission->indexOf(QStringLiteral("edit")), -1);
}

QTEST_GUILESS_MAIN(TestOpenCodePermission)
#include "tst_opencodepermission.moc"
