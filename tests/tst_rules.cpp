// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/agentvalidator.h"
#include "validation/crossagentvalidator.h"
#include "validation/rule.h"

#include <QTest>
#include <QThreadPool>

using namespace Agentry;

Q_DECLARE_METATYPE(AgentScope)

// Every rule with an example that trips it and one that does not, and the exact bytes its
// fixes write.
class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHasExamples();
    void rules_data();
    void rules();
    void fixes_data();
    void fixes();
    void fixesKeepTheFileReadable();
    void runtimeFixes_data();
    void runtimeFixes();
    void garbledTextIsOneFindingPerFile();
    void library();
    void runtimeNameClash();
    void sameDescriptionFoldsCaseAndSpaces();
    void performance();

private:
    static AgentFindings check(const QByteArray &bytes, AgentScope scope = AgentScope::Project,
                                  const QString &fileName = QStringLiteral("agent.md"), const QString &folder = QStringLiteral("/x/.claude/agents/"))
    {
        static const AgentValidator validator;
        return validator.validate(folder + fileName, AgentText::fromBytes(bytes), scope);
    }
    static QStringList codes(const AgentFindings &result)
    {
        QStringList list;
        for (const Diagnostic &d : result.diagnostics)
            list.append(d.code);
        return list;
    }
    QStringList m_tested;
};

static QByteArray agent(const QByteArray &frontmatter, const QByteArray &body = "Review the diff.\n")
{
    return "---\n" + frontmatter + "\n---\n" + body;
}

static const QByteArray kGood = "name: agent\ndescription: Reviews diffs for bugs.";

void TestRules::rules_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("failing");
    QTest::addColumn<QByteArray>("passing");
    QTest::addColumn<AgentScope>("scope");
    QTest::addColumn<QString>("folder"); // where the file lies, which decides its runtime
    const QString claude = QStringLiteral("/x/.claude/agents/");
    const QString openCode = QStringLiteral("/x/.opencode/agent/");
    const QString gemini = QStringLiteral("/x/.gemini/agents/");
    const QString qwen = QStringLiteral("/x/.qwen/agents/");
    const QString copilot = QStringLiteral("/x/.github/agents/");
    const AgentScope project = AgentScope::Project;
    const AgentScope plugin = AgentScope::Plugin;

    QTest::newRow("AG101") << "AG101" << QByteArray("# Reviewer\n\nReviews diffs.\n") << agent(kGood) << project << claude;
    QTest::newRow("AG102") << "AG102" << QByteArray("\n---\nname: agent\ndescription: x\n---\n") << agent(kGood) << project << claude;
    QTest::newRow("AG102 fenced") << "AG102" << QByteArray("```yaml\nname: agent\ndescription: x\n```\n") << agent(kGood) << project << claude;
    QTest::newRow("AG103") << "AG103" << QByteArray("---\nname: agent\ndescription: x\n\n# Prompt\n") << agent(kGood) << project << claude;
    QTest::newRow("AG104") << "AG104" << agent("name: agent\ndescription: before --- after") << agent(kGood) << project << claude;
    QTest::newRow("AG105") << "AG105" << agent("name: agent\ndescription: x\n<example>\nuser: hi\n</example>")
                           << agent(kGood) << project << claude;
    QTest::newRow("AG106") << "AG106" << agent("name: agent\ndescription: Use it: always") << agent(kGood) << project << claude;
    QTest::newRow("AG107") << "AG107" << agent(kGood + "\nmodel: sonnet # fast") << agent(kGood + "\nmodel: sonnet") << project << claude;
    QTest::newRow("AG108") << "AG108" << agent("name: agent\ndescription: !important Reviews diffs") << agent(kGood) << project << claude;
    QTest::newRow("AG109") << "AG109" << agent(kGood + "\nmodel: opus\nmodel: opus") << agent(kGood + "\nmodel: opus") << project << claude;
    QTest::newRow("AG110") << "AG110" << agent("- name\n- description") << agent(kGood) << project << claude;

    QTest::newRow("AG201") << "AG201" << agent("description: x") << agent(kGood) << project << claude;
    QTest::newRow("AG202") << "AG202" << agent("name: my:agent\ndescription: x") << agent(kGood) << project << claude;
    QTest::newRow("AG203") << "AG203" << agent("name: Code Reviewer\ndescription: x") << agent(kGood) << project << claude;
    QTest::newRow("AG204") << "AG204" << agent("name: other\ndescription: x") << agent(kGood) << project << claude;
    QTest::newRow("AG205") << "AG205" << agent("name: agent\ndescription: ## Reviews") << agent(kGood) << project << claude;
    QTest::newRow("AG206") << "AG206" << agent("name: agent\ndescription: a\\nb") << agent(kGood) << project << claude;
    QTest::newRow("AG207") << "AG207" << agent(kGood + "\nmodel: gpt-4") << agent(kGood + "\nmodel: claude-sonnet-4-5") << project << claude;
    QTest::newRow("AG208") << "AG208" << agent(kGood + "\ncolor: teal") << agent(kGood + "\ncolor: cyan") << project << claude;
    QTest::newRow("AG209") << "AG209" << agent(kGood + "\npermissionMode: acceptedits") << agent(kGood + "\npermissionMode: acceptEdits") << project << claude;
    QTest::newRow("AG210") << "AG210" << agent(kGood + "\neffort: extreme") << agent(kGood + "\neffort: High") << project << claude;
    QTest::newRow("AG211") << "AG211" << agent(kGood + "\nmemory: global") << agent(kGood + "\nmemory: project") << project << claude;
    QTest::newRow("AG212") << "AG212" << agent(kGood + "\nisolation: remote") << agent(kGood + "\nisolation: worktree") << plugin << claude;
    QTest::newRow("AG213") << "AG213" << agent(kGood + "\nbackground: yes") << agent(kGood + "\nbackground: \"true\"") << project << claude;
    QTest::newRow("AG214") << "AG214" << agent(kGood + "\nmaxTurns: 0") << agent(kGood + "\nmaxTurns: \"12\"") << project << claude;
    QTest::newRow("AG215") << "AG215" << agent(kGood + "\nautoCompactWindow: 5000") << agent(kGood + "\nautoCompactWindow: 200000") << project << claude;
    QTest::newRow("AG216") << "AG216" << agent(kGood + "\ntools: Read\ndisallowedTools: Bash") << agent(kGood + "\ndisallowedTools: Bash") << project << claude;
    QTest::newRow("AG217") << "AG217" << agent(kGood + "\ntools: []") << agent(kGood) << project << claude;
    QTest::newRow("AG218") << "AG218" << agent(kGood + "\ntool: Read") << agent(kGood + "\ntools: Read") << project << claude;
    QTest::newRow("AG219") << "AG219" << agent(kGood + "\npermissionMode: plan") << agent(kGood) << plugin << claude;

    QTest::newRow("AG301") << "AG301" << agent(kGood + "\ntools: Read, Grepp") << agent(kGood + "\ntools: Read, Grep") << project << claude;
    QTest::newRow("AG302") << "AG302" << agent(kGood + "\ntools: Read, LS") << agent(kGood + "\ntools: Read, Glob") << project << claude;
    QTest::newRow("AG303") << "AG303" << agent(kGood + "\ntools: Read, Task") << agent(kGood + "\ntools: Read, Agent") << project << claude;
    QTest::newRow("AG304") << "AG304" << agent(kGood + "\ntools: Read, codebase") << agent(kGood + "\ntools: Read") << project << claude;
    QTest::newRow("AG305") << "AG305" << agent(kGood + "\ntools: all, everything") << agent(kGood + "\ntools: all, Read") << project << claude;
    QTest::newRow("AG306") << "AG306" << agent(kGood + "\ntools: [\"*\", Read]") << agent(kGood + "\ntools: Read") << project << claude;
    QTest::newRow("AG307") << "AG307" << agent(kGood + "\ntools: Read, Grep, Read") << agent(kGood + "\ntools: Read, Grep") << project << claude;
    QTest::newRow("AG308") << "AG308" << agent(kGood + "\ntools: Read, Bash(git diff:*") << agent(kGood + "\ntools: Read, Bash(git diff:*)") << project << claude;
    QTest::newRow("AG309") << "AG309" << agent(kGood + "\nhooks:\n  Stop:\n    - hooks:\n        - type: command\n          command: echo")
                           << agent(kGood) << project << claude;
    QTest::newRow("AG310") << "AG310" << agent(kGood + "\nmcpServers:\n  - github") << agent(kGood + "\nmcpServers: []") << project << claude;
    QTest::newRow("AG311") << "AG311" << agent(kGood + "\nPreToolUse:\n  - matcher: Bash") << agent(kGood) << project << claude;
    QTest::newRow("AG312") << "AG312" << agent(kGood + "\nhooks: []") << agent(kGood + "\nhooks: {}") << project << claude;

    QTest::newRow("AG401") << "AG401" << agent(kGood, "\n\n") << agent(kGood) << project << claude;
    QTest::newRow("AG402") << "AG402" << agent(kGood, "## \xC3\xB0\xC5\xB8\xC5\xBD\xC2\xAF Purpose\n") << agent(kGood, "## \xF0\x9F\x8E\xAF Purpose\n") << project << claude;
    QTest::newRow("AG403") << "AG403" << agent(kGood, "Caf\xEF\xBF\xBD\n") << agent(kGood) << project << claude;
    QTest::newRow("AG404") << "AG404" << agent(kGood, "Re\xE2\x80\x8Bview.\n") << agent(kGood, "Review\xC2\xA0now.\n") << project << claude;
    QTest::newRow("AG405") << "AG405" << agent(kGood, "```bash\nls\n") << agent(kGood, "```bash\nls\n```\n") << project << claude;
    QTest::newRow("AG406") << "AG406" << agent(kGood, QByteArray(40000, 'a')) << agent(kGood, QByteArray(20000, 'a')) << project << claude;
    QTest::newRow("AG407") << "AG407" << agent(kGood, "caf\xE9\n") << agent(kGood) << project << claude;

    QTest::newRow("RT101") << "RT101" << agent(kGood + "\ncolor: blue") << agent(kGood) << project << gemini;
    QTest::newRow("RT102") << "RT102" << agent("description: x\nmode: banana") << agent("description: x\nmode: subagent") << project << openCode;
    QTest::newRow("RT103") << "RT103" << agent("description: x\ndescription: y") << agent("description: x") << project << openCode;
    QTest::newRow("RT104") << "RT104" << agent(kGood + "\nhandoffs: []") << agent(kGood) << project << copilot;
    QTest::newRow("RT105") << "RT105" << agent(kGood + "\ntools: [Read]") << agent(kGood + "\ntools: [read_file]") << project << qwen;
    QTest::newRow("RT106") << "RT106" << agent("name: agent\ndescription: Use it: always") << agent(kGood) << project << qwen;
    QTest::newRow("RT107") << "RT107" << agent(kGood) << agent(kGood + "\ncolor: blue") << project << gemini;
}

void TestRules::rules()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, failing);
    QFETCH(QByteArray, passing);
    QFETCH(AgentScope, scope);
    QFETCH(QString, folder);
    m_tested.append(code);
    const AgentFindings bad = check(failing, scope, QStringLiteral("agent.md"), folder);
    QVERIFY2(codes(bad).contains(code), qPrintable(codes(bad).join(u' ')));
    const AgentFindings good = check(passing, scope, QStringLiteral("agent.md"), folder);
    QVERIFY2(!codes(good).contains(code), qPrintable(codes(good).join(u' ')));
    for (const Diagnostic &d : bad.diagnostics) {
        QVERIFY(!d.message.isEmpty());
        QVERIFY(d.line >= 1 && d.column >= 1 && d.end >= d.start);
        QVERIFY(d.endLine > d.line || d.endColumn >= d.column);
    }
}

void TestRules::everyRuleHasExamples()
{
    // Runs first: rules() fills the list, so compare after it in library() below.
    const AgentValidator validator;
    QVERIFY(validator.rules().size() >= 45);
}

void TestRules::fixes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("AG101 from the body") << "AG101"
                                         << QByteArray("# Agent: Backend Python Developer\n\n**Agent ID:** backend-python\n\nExpert Python backend developer.\nFast, too.\n")
                                         << QByteArray("---\nname: backend-python\ndescription: Expert Python backend developer. Fast, too.\n---\n"
                                                       "# Agent: Backend Python Developer\n\n**Agent ID:** backend-python\n\nExpert Python backend developer.\nFast, too.\n");
    QTest::newRow("AG102 blank lines") << "AG102" << QByteArray("\n\n---\nname: a\n---\n") << QByteArray("---\nname: a\n---\n");
    QTest::newRow("AG102 fence") << "AG102" << QByteArray("```yaml\nname: a\n```\nbody\n") << QByteArray("---\nname: a\n---\nbody\n");
    QTest::newRow("AG103") << "AG103" << QByteArray("---\nname: a\ndescription: b\n\n# Prompt\n")
                           << QByteArray("---\nname: a\ndescription: b\n---\n\n# Prompt\n");
    QTest::newRow("AG104") << "AG104" << agent("name: a\ndescription: before --- after")
                           << agent("name: a\ndescription: \"before \\x2D-\\x2D after\"");
    QTest::newRow("AG105 continuation") << "AG105" << agent("name: a\ndescription: Use it. Examples:\n<example>\nuser: hi\n</example>\nmodel: opus")
                                        << agent("name: a\ndescription: |-\n  Use it. Examples:\n  <example>\n  user: hi\n  </example>\nmodel: opus");
    QTest::newRow("AG105 crlf") << "AG105" << QByteArray("---\r\nname: a\r\ndescription: Use: this\r\n---\r\n")
                                << QByteArray("---\r\nname: a\r\ndescription: 'Use: this'\r\n---\r\n");
    QTest::newRow("AG106 as read") << "AG106" << agent("name: a\ndescription: Use it: always\ntools: *")
                                   << agent("name: a\ndescription: 'Use it: always'\ntools: '*'");
    QTest::newRow("AG106 quote inside") << "AG106" << agent("name: a\ndescription: it's: \"x\"")
                                        << agent("name: a\ndescription: \"it's: \\\"x\\\"\"");
    QTest::newRow("AG107") << "AG107" << agent("name: a\ndescription: b\nmodel: sonnet # fast")
                           << agent("name: a\ndescription: b\nmodel: 'sonnet # fast'");
    QTest::newRow("AG108") << "AG108" << agent("name: a\ndescription: !important Reviews")
                           << agent("name: a\ndescription: '!important Reviews'");
    QTest::newRow("AG109") << "AG109" << agent("name: a\nmodel: opus\ndescription: b\nmodel: opus")
                           << agent("name: a\ndescription: b\nmodel: opus");
    QTest::newRow("AG201") << "AG201" << agent("description: b") << agent("name: agent\ndescription: b");
    QTest::newRow("AG202") << "AG202" << agent("name: my:agent\ndescription: b") << agent("name: my-agent\ndescription: b");
    QTest::newRow("AG203") << "AG203" << agent("name: Code Reviewer\ndescription: b") << agent("name: code-reviewer\ndescription: b");
    QTest::newRow("AG205") << "AG205" << agent("name: a\ndescription: ## Reviews diffs") << agent("name: a\ndescription: '## Reviews diffs'");
    QTest::newRow("AG208 case") << "AG208" << agent("name: a\ndescription: b\ncolor: Yellow") << agent("name: a\ndescription: b\ncolor: yellow");
    QTest::newRow("AG208 synonym") << "AG208" << agent("name: a\ndescription: b\ncolor: teal") << agent("name: a\ndescription: b\ncolor: cyan");
    QTest::newRow("AG208 hex") << "AG208" << agent("name: a\ndescription: b\ncolor: \"#ff0000\"") << agent("name: a\ndescription: b\ncolor: \"red\"");
    QTest::newRow("AG209") << "AG209" << agent("name: a\ndescription: b\npermissionMode: acceptedits")
                           << agent("name: a\ndescription: b\npermissionMode: acceptEdits");
    QTest::newRow("AG213") << "AG213" << agent("name: a\ndescription: b\nbackground: yes") << agent("name: a\ndescription: b\nbackground: true");
    QTest::newRow("AG301 case") << "AG301" << agent("name: a\ndescription: b\ntools: Read, bash") << agent("name: a\ndescription: b\ntools: Read, Bash");
    QTest::newRow("AG303") << "AG303" << agent("name: a\ndescription: b\ntools: Read, Task") << agent("name: a\ndescription: b\ntools: Read, Agent");
    QTest::newRow("AG307 comma") << "AG307" << agent("name: a\ndescription: b\ntools: Read, Grep, Read") << agent("name: a\ndescription: b\ntools: Read, Grep");
    QTest::newRow("AG307 block") << "AG307" << agent("name: a\ndescription: b\ntools:\n  - Read\n  - Read")
                                 << agent("name: a\ndescription: b\ntools:\n  - Read");
    QTest::newRow("AG312") << "AG312" << agent("name: a\ndescription: b\nhooks: []") << agent("name: a\ndescription: b");
    QTest::newRow("AG402 cp1252") << "AG402" << agent("name: a\ndescription: b", "## \xC3\xB0\xC5\xB8\xC5\xBD\xC2\xAF Goal\n")
                                  << agent("name: a\ndescription: b", "## \xF0\x9F\x8E\xAF Goal\n");
    QTest::newRow("AG402 macroman") << "AG402" << agent("name: a\ndescription: b", "## \xEF\xA3\xBF\xC3\xBC\xC3\xA9\xC3\x98 Goal \xE2\x80\x9A\xC3\xBA\xC3\x96\n")
                                    << agent("name: a\ndescription: b", "## \xF0\x9F\x8E\xAF Goal \xE2\x9C\x85\n");
    QTest::newRow("AG404") << "AG404" << agent("name: a\ndescription: b", "Re\xE2\x80\x8Bview.\n") << agent("name: a\ndescription: b", "Review.\n");
}

void TestRules::fixes()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const AgentFindings result = check(before);
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.code == code && !d.fixes.isEmpty()) {
            found = &d;
            break;
        }
    }
    QVERIFY2(found, qPrintable(codes(result).join(u' ')));
    QCOMPARE(found->fixes.first().edit.appliedTo(before), after);
}

// A repair for another runtime is an edit that runtime then reads without the issue.
void TestRules::runtimeFixes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after"); // empty: no fix is offered
    const QString gemini = QStringLiteral("/x/.gemini/agents/");
    const QString qwen = QStringLiteral("/x/.qwen/agents/");
    const QString factory = QStringLiteral("/x/.factory/droids/");
    QTest::newRow("Gemini tool name") << "RT101" << gemini << agent(kGood + "\ntools: [Read, grep_search]") << agent(kGood + "\ntools: [read_file, grep_search]");
    QTest::newRow("Gemini tools string") << "RT101" << gemini << agent(kGood + "\ntools: Read, Grep") << agent(kGood + "\ntools: [read_file, grep_search]");
    QTest::newRow("Gemini unknown key") << "RT101" << gemini << agent(kGood + "\ncolor: blue\nmodel: x") << agent(kGood + "\nmodel: x");
    QTest::newRow("Gemini custom tool") << "RT101" << gemini << agent(kGood + "\ntools: [Frobnicate]") << QByteArray();
    QTest::newRow("Qwen tool name") << "RT105" << qwen << agent(kGood + "\ntools:\n  - Read\n  - Bash") << agent(kGood + "\ntools:\n  - read_file\n  - run_shell_command");
    QTest::newRow("Factory tool name") << "RT105" << factory << agent(kGood + "\ntools: Read, Bash") << agent(kGood + "\ntools: Read, Execute");
}

void TestRules::runtimeFixes()
{
    QFETCH(QString, code);
    QFETCH(QString, folder);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const AgentFindings result = check(before, AgentScope::Project, QStringLiteral("agent.md"), folder);
    QVERIFY2(codes(result).contains(code), qPrintable(codes(result).join(u' ')));
    QByteArray fixed = before;
    // Every fix of the file applied one at a time, each on what the last left, as Fix All does.
    for (int round = 0; round < 5; ++round) {
        const AgentFindings now = check(fixed, AgentScope::Project, QStringLiteral("agent.md"), folder);
        const Diagnostic *found = nullptr;
        for (const Diagnostic &d : now.diagnostics) {
            if (d.code == code && !d.fixes.isEmpty()) {
                found = &d;
                break;
            }
        }
        if (!found)
            break;
        fixed = found->fixes.first().edit.appliedTo(fixed);
    }
    QCOMPARE(fixed, after.isEmpty() ? before : after);
}

void TestRules::fixesKeepTheFileReadable()
{
    // Seeds with mojibake that lost bytes: only the exact runs change, the rest is reported.
    const QByteArray lost = agent("name: a\ndescription: b", "\xC3\xA2\xC5\x92 Wrong\n");
    const AgentFindings result = check(lost);
    bool reported = false;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.code == QLatin1String("AG402")) {
            reported = true;
            QVERIFY(d.fixes.isEmpty());
        }
    }
    QVERIFY(reported);
}

void TestRules::garbledTextIsOneFindingPerFile()
{
    // Three restorable runs on three lines and one that lost a byte: one finding, four places,
    // one fix for the three.
    const QByteArray target = "\xC3\xB0\xC5\xB8\xC5\xBD\xC2\xAF"; // 🎯 read as Windows-1252
    const QByteArray lost = "\xC3\xA2\xC5\x92"; // ❌ read as Windows-1252, its 0x9D dropped
    const QByteArray body = "## " + target + " Goal\nOne " + target + "\n" + lost + " Wrong\nTwo " + target + "\n";
    const AgentFindings result = check(agent("name: a\ndescription: b", body));
    QVector<const Diagnostic *> found;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.code == QLatin1String("AG402"))
            found.append(&d);
    }
    QCOMPARE(found.size(), 1);
    const Diagnostic &d = *found.first();
    QCOMPARE(d.places.size(), 4);
    QCOMPARE(d.line, d.places.first().line);
    QCOMPARE(d.places.at(2).line, d.places.first().line + 2);
    QVERIFY2(d.message.contains(QLatin1String("4")), qPrintable(d.message));
    QCOMPARE(d.fixes.size(), 1);
    const QByteArray restored = "## \xF0\x9F\x8E\xAF Goal\nOne \xF0\x9F\x8E\xAF\n" + lost + " Wrong\nTwo \xF0\x9F\x8E\xAF\n";
    QCOMPARE(d.fixes.first().edit.appliedTo(agent("name: a\ndescription: b", body)), agent("name: a\ndescription: b", restored));
}

void TestRules::library()
{
    const QByteArray one = agent("name: reviewer\ndescription: Reviews diffs.");
    const QByteArray two = agent("name: reviewer\ndescription: Reviews other diffs.");
    const QByteArray three = agent("name: checker\ndescription: Reviews diffs.");
    const AgentText a = AgentText::fromBytes(one);
    const AgentText b = AgentText::fromBytes(two);
    const AgentText c = AgentText::fromBytes(three);
    const AgentValidator validator;
    const AgentFindings ra = validator.validate(QStringLiteral("/p/.claude/agents/a.md"), a, AgentScope::Project);
    const AgentFindings rb = validator.validate(QStringLiteral("/p/.claude/agents/sub/b.md"), b, AgentScope::Project);
    const AgentFindings rc = validator.validate(QStringLiteral("/home/u/.claude/agents/c.md"), c, AgentScope::User);
    const AgentFindings rd = validator.validate(QStringLiteral("/home/u/.claude/agents/reviewer.md"), b, AgentScope::User);
    const QVector<CrossAgentEntry> entries{ra.entry, rb.entry, rc.entry, rd.entry};
    const QVector<QVector<Diagnostic>> found = CrossAgentValidator().validate(entries).perEntry;
    const auto has = [&found](int entry, const QString &code, Severity severity) {
        return std::any_of(found.at(entry).cbegin(), found.at(entry).cend(),
                           [&](const Diagnostic &d) { return d.code == code && d.severity == severity; });
    };
    QVERIFY(has(0, QStringLiteral("AG501"), Severity::Error));   // a.md is dropped: sub/b.md comes later in path order
    QVERIFY(has(1, QStringLiteral("AG501"), Severity::Warning)); // the one kept
    QVERIFY(has(3, QStringLiteral("AG502"), Severity::Info));    // the user's reviewer is shadowed
    QVERIFY(has(0, QStringLiteral("AG503"), Severity::Warning)); // reviewer and checker read alike
    QVERIFY(has(2, QStringLiteral("AG503"), Severity::Warning));
    QVERIFY(!has(2, QStringLiteral("AG501"), Severity::Error));

    // The rules on threads of a pool find the same, in the same order.
    QThreadPool pool;
    const CrossAgentFindings threaded = CrossAgentValidator().validate(entries, &pool);
    const auto listed = [](const QVector<QVector<Diagnostic>> &findings) {
        QStringList lines;
        for (const QVector<Diagnostic> &entry : findings) {
            for (const Diagnostic &d : entry)
                lines.append(QStringLiteral("%1 %2:%3 %4").arg(d.code).arg(d.line).arg(d.column).arg(d.message));
            lines.append(QString());
        }
        return lines;
    };
    QCOMPARE(listed(threaded.perEntry), listed(found));
    QVERIFY(found.at(0).size() >= 2);
    // The name clashes AG501 found come with the findings: a.md gives way to sub/b.md.
    QCOMPARE(threaded.clashes.groups(), QVector<QVector<int>>({{0, 1}}));
    QCOMPARE(threaded.clashes.keptInsteadOf(0), 1);
    QCOMPARE(threaded.clashes.keptInsteadOf(3), -1);

    // Every rule has a failing and a passing example above.
    QStringList missing;
    const AgentValidator all;
    for (const std::unique_ptr<Rule> &rule : all.rules()) {
        if (!m_tested.contains(rule->code()))
            missing.append(rule->code());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
}

// RT501: each runtime's own order of folders and way of comparing names.
void TestRules::runtimeNameClash()
{
    const QString home = QDir::fromNativeSeparators(QDir::homePath());
    const QByteArray prompt = "\nYou do the work that is asked of you.\n";
    const auto named = [&prompt](const char *name) -> QByteArray { return QByteArray("---\nname: ") + name + "\ndescription: Does it.\n---" + prompt; };
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("/p/.gemini/agents/helper.md"), named("helper")},                  // 0 project: registered first
        {home + QStringLiteral("/.gemini/agents/helper.md"), named("helper")},             // 1 user: ignored
        {QStringLiteral("/p/.qwen/agents/a.md"), named("Tester")},                         // 2 Qwen ignores case:
        {QStringLiteral("/p/.qwen/agents/b.md"), named("tester")},                         // 3 one of the two, by listing
        {QStringLiteral("/p/.factory/droids/x.md"), named("Code Reviewer")},               // 4 Factory folds the name
        {home + QStringLiteral("/.factory/droids/y.md"), named("code-reviewer")},          // 5 the user's loses
        {QStringLiteral("/p/.github/agents/dup.agent.md"), QByteArray("---\ndescription: Project.\n---") + prompt}, // 6 loses
        {home + QStringLiteral("/.copilot/agents/dup.md"), QByteArray("---\ndescription: Mine.\n---") + prompt},    // 7 user wins
        {home + QStringLiteral("/.config/opencode/agent/build.md"), QByteArray("---\ndescription: Global.\n---") + prompt}, // 8
        {QStringLiteral("/p/.opencode/agent/build.md"), QByteArray("---\ndescription: Project.\n---") + prompt},          // 9 merged over 8
        {QStringLiteral("/p/.claude/agents/helper.md"), named("helper")},                  // 10 Claude Code's: its own namespace
        {QStringLiteral("/p/.gemini/agents/other.md"), named("other")},                    // 11 alone
    };
    const AgentValidator validator;
    QVector<CrossAgentEntry> entries;
    for (const auto &[path, bytes] : files)
        entries.append(validator.validate(path, AgentText::fromBytes(bytes), AgentScope::Project).entry);
    const QVector<QVector<Diagnostic>> found = CrossAgentValidator().validate(entries).perEntry;
    const auto finding = [&found](int entry) -> std::optional<Diagnostic> {
        for (const Diagnostic &d : found.at(entry)) {
            if (d.code == QLatin1String("RT501"))
                return d;
        }
        return std::nullopt;
    };
    const auto severity = [&finding](int entry) { return finding(entry) ? int(finding(entry)->severity) : -1; };
    const auto message = [&finding](int entry) { return finding(entry) ? finding(entry)->message : QString(); };
    QCOMPARE(severity(0), int(Severity::Info));
    QCOMPARE(severity(1), int(Severity::Warning));
    QVERIFY2(message(1).contains(QLatin1String("Duplicate agent name 'helper' detected")), qPrintable(message(1)));
    QCOMPARE(severity(2), int(Severity::Warning));
    QCOMPARE(severity(3), int(Severity::Warning));
    QVERIFY2(message(3).contains(QLatin1String("a.md in the same folder")), qPrintable(message(3)));
    QCOMPARE(severity(4), int(Severity::Info));
    QCOMPARE(severity(5), int(Severity::Warning));
    QCOMPARE(severity(6), int(Severity::Warning));
    QVERIFY2(message(6).contains(QLatin1String("your own agents before the project's")), qPrintable(message(6)));
    QCOMPARE(severity(7), int(Severity::Info));
    QCOMPARE(severity(8), int(Severity::Info));
    QCOMPARE(severity(9), int(Severity::Warning));
    QVERIFY2(message(9).contains(QLatin1String("every key this file does not set")), qPrintable(message(9)));
    QCOMPARE(severity(10), -1);
    QCOMPARE(severity(11), -1);
    QVERIFY(finding(1));
    QCOMPARE(finding(1)->line, 2); // on the name, second line
}

// AG503 reads descriptions as Claude compares them: case and runs of white space aside.
void TestRules::sameDescriptionFoldsCaseAndSpaces()
{
    const AgentValidator validator;
    QVector<CrossAgentEntry> entries;
    const QList<std::pair<const char *, QByteArray>> agents = {
        {"/p/.claude/agents/a.md", "name: alpha\ndescription: Reviews diffs for bugs."},
        {"/p/.claude/agents/b.md", "name: beta\ndescription: \"  REVIEWS   diffs\\tfor  bugs. \""},
        {"/p/.claude/agents/c.md", "name: gamma\ndescription: Reviews diffs for bugs!"},
        {"/p/.claude/agents/d.md", "name: delta\ndescription: Reviews diffs for bug."},
        {"/p/.claude/agents/e.md", "name: epsilon\ndescription: \xC3\x89tudie les diffs\xC2\xA0\xC3\x80 fond."},
        {"/p/.claude/agents/f.md", "name: zeta\ndescription: \xC3\xA9tudie LES diffs \xC3\xA0 fond."},
        {"/p/.claude/agents/g.md", "name: eta\ndescription: etudie les diffs a fond."},
    };
    for (const auto &[path, frontmatter] : agents)
        entries.append(validator.validate(QString::fromLatin1(path), AgentText::fromBytes(agent(frontmatter)), AgentScope::Project).entry);
    const QVector<QVector<Diagnostic>> found = CrossAgentValidator().validate(entries).perEntry;
    const auto same = [&found](int entry) {
        return std::any_of(found.at(entry).cbegin(), found.at(entry).cend(), [](const Diagnostic &d) { return d.code == QLatin1String("AG503"); });
    };
    QVERIFY(same(0));
    QVERIFY(same(1));
    QVERIFY(!same(2));
    QVERIFY(!same(3));
    // Beyond ASCII: capitals fold, a no-break space is white space, accents stay.
    QVERIFY(same(4));
    QVERIFY(same(5));
    QVERIFY(!same(6));
}

void TestRules::performance()
{
    // The document rules stay cheap on the largest real agent files (about 70 KB).
    QByteArray body;
    while (body.size() < 70 * 1024)
        body += "## Step\n\nCheck the **diff** with `git diff`, then run the tests: `make test`. \xE2\x9C\x85 Done.\n\n```bash\nls -la\n```\n\n";
    const QByteArray bytes = agent("name: big\ndescription: A large agent. Use it for everything.\ntools: Read, Grep, Bash(git diff:*)\nmodel: sonnet", body);
    const AgentValidator validator;
    QBENCHMARK {
        const AgentText text = AgentText::fromBytes(bytes);
        validator.validate(QStringLiteral("big.md"), text, AgentScope::Project);
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
