// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "library/agentfiltermodel.h"
#include "library/agentlibrary.h"
#include "library/agentlibrarymodel.h"
#include "library/librarychecker.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// AgentLibrary (documents loaded in the background), its tree model and the filter on top.
class TestAgentLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupsByScope();
    void groupsByRuntime();
    void groupsByChosenRuntime();
    void rowData();
    void dirtyMarkFollowsDocument();
    void shadowedUserAgent();
    void unreadableAndBinaryAreListed();
    void indicesFollowARemoval();
    void filterAndSort();
    void checkedRowsKeepTheirPlace();
    void reopenWhileLoading();
    void largeLibraryArrivesInSlices();
    void corpus();

private:
    void write(const QString &relativePath, const QByteArray &bytes);
    void open(const QString &folder, const QString &home = {});
    QModelIndex find(const QString &name) const;
    QStringList groupTitles() const; // sorted

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentLibrary> m_library;
    std::unique_ptr<AgentLibraryModel> m_model;
    std::unique_ptr<AgentFilterModel> m_filter;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestAgentLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = std::make_unique<AgentLibrary>();
    m_model = std::make_unique<AgentLibraryModel>(m_library.get());
    m_filter = std::make_unique<AgentFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TestAgentLibrary::cleanup()
{
    m_testers.clear();
    m_filter.reset();
    m_model.reset();
    m_library.reset();
}

void TestAgentLibrary::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestAgentLibrary::open(const QString &folder, const QString &home)
{
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(folder, home);
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_library->isLoading());
}

QStringList TestAgentLibrary::groupTitles() const
{
    QStringList groups;
    for (int row = 0; row < m_model->rowCount(); ++row)
        groups << m_model->index(row, 0).data().toString();
    groups.sort();
    return groups;
}

QModelIndex TestAgentLibrary::find(const QString &name) const
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchStartsWith | Qt::MatchRecursive);
    return found.value(0);
}

void TestAgentLibrary::groupsByScope()
{
    write(QStringLiteral("repo/.claude/agents/a.md"), "---\nname: a\ndescription: A\n---\n");
    write(QStringLiteral("repo/.claude/agents/sub/b.md"), "---\nname: b\ndescription: B\n---\n");
    write(QStringLiteral("repo/tools/p/.claude-plugin/plugin.json"), R"({"name": "pack"})");
    write(QStringLiteral("repo/tools/p/agents/c.md"), "---\nname: c\ndescription: C\n---\n");
    write(QStringLiteral("home/.claude/agents/u.md"), "---\nname: u\ndescription: U\n---\n");
    open(m_dir->filePath(QStringLiteral("repo")), m_dir->filePath(QStringLiteral("home")));
    QCOMPARE(m_library->count(), 4);
    QCOMPARE(groupTitles(), (QStringList{QStringLiteral("Plugin pack (1)"), QStringLiteral("Project (2)"), QStringLiteral("User (1)")}));
}

// Each runtime's folder is a group of its own, named after the runtime.
void TestAgentLibrary::groupsByRuntime()
{
    write(QStringLiteral("repo/.claude/agents/a.md"), "---\nname: a\ndescription: A\n---\n");
    write(QStringLiteral("repo/.opencode/agent/team/o.md"), "---\ndescription: O\nmode: subagent\n---\n");
    write(QStringLiteral("repo/.gemini/agents/g.md"), "---\nname: g\ndescription: G\n---\n");
    write(QStringLiteral("repo/.gemini/agents/_draft.md"), "---\nname: d\ndescription: D\n---\n");
    write(QStringLiteral("home/.gemini/agents/mine.md"), "---\nname: mine\ndescription: M\n---\n");
    open(m_dir->filePath(QStringLiteral("repo")), m_dir->filePath(QStringLiteral("home")));
    QCOMPARE(m_library->count(), 4);
    QCOMPARE(groupTitles(), (QStringList{QStringLiteral("Gemini CLI, project (1)"), QStringLiteral("Gemini CLI, user (1)"),
                                  QStringLiteral("OpenCode, project (1)"), QStringLiteral("Project (1)")}));
}

// A runtime chosen for a folder regroups its agents under that runtime.
void TestAgentLibrary::groupsByChosenRuntime()
{
    write(QStringLiteral("repo/.claude/agents/a.md"), "---\nname: a\ndescription: A\n---\n");
    write(QStringLiteral("repo/.claude/agents/b.md"), "---\nname: b\ndescription: B\n---\n");
    LibraryChecker checker(m_library.get());
    m_model->setChecker(&checker);
    open(m_dir->filePath(QStringLiteral("repo")));
    QCOMPARE(groupTitles(), QStringList{QStringLiteral("Project (2)")});
    checker.setFolderRuntime(m_dir->filePath(QStringLiteral("repo/.claude/agents")), Runtime::Copilot);
    QCOMPARE(groupTitles(), QStringList{QStringLiteral("GitHub Copilot, project (2)")});
    checker.setFolderRuntime(m_dir->filePath(QStringLiteral("repo/.claude/agents")), std::nullopt);
    QCOMPARE(groupTitles(), QStringList{QStringLiteral("Project (2)")});
    m_model->setChecker(nullptr);
}

void TestAgentLibrary::rowData()
{
    write(QStringLiteral(".claude/agents/r.md"), "---\nname: reviewer\ndescription: Reviews.\ntools: Read, Grep, Bash(git diff:*)\nmodel: opus\ncolor: cyan\n---\n");
    write(QStringLiteral(".claude/agents/all.md"), "---\nname: inherits\ndescription: All tools.\n---\n");
    write(QStringLiteral(".claude/agents/broken.md"), "---\nname: [\n---\n");
    open(m_dir->path());
    const QModelIndex reviewer = find(QStringLiteral("reviewer"));
    QVERIFY(reviewer.isValid());
    QCOMPARE(reviewer.siblingAtColumn(AgentLibraryModel::ModelColumn).data().toString(), QStringLiteral("opus"));
    QCOMPARE(reviewer.siblingAtColumn(AgentLibraryModel::ToolsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(reviewer.siblingAtColumn(AgentLibraryModel::FileColumn).data().toString(), QStringLiteral(".claude/agents/r.md"));
    QVERIFY(reviewer.data(Qt::DecorationRole).value<QColor>().isValid());
    QCOMPARE(find(QStringLiteral("inherits")).siblingAtColumn(AgentLibraryModel::ToolsColumn).data().toString(), QStringLiteral("all"));
    const QModelIndex broken = find(QStringLiteral("broken"));
    QVERIFY(broken.isValid());
    QCOMPARE(broken.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
}

void TestAgentLibrary::dirtyMarkFollowsDocument()
{
    write(QStringLiteral(".claude/agents/r.md"), "---\nname: reviewer\ndescription: Reviews.\n---\n");
    open(m_dir->path());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    AgentDocument *document = m_library->item(0).document;
    document->change(FieldChange::set(QStringLiteral("model"), QStringLiteral("haiku")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(find(QStringLiteral("reviewer")).data().toString(), QStringLiteral("reviewer *"));
    document->undo();
    QCOMPARE(find(QStringLiteral("reviewer")).data().toString(), QStringLiteral("reviewer"));
}

void TestAgentLibrary::shadowedUserAgent()
{
    write(QStringLiteral("repo/.claude/agents/a.md"), "---\nname: same\ndescription: A\n---\n");
    write(QStringLiteral("home/.claude/agents/a.md"), "---\nname: same\ndescription: B\n---\n");
    write(QStringLiteral("home/.claude/agents/b.md"), "---\nname: other\ndescription: C\n---\n");
    open(m_dir->filePath(QStringLiteral("repo")), m_dir->filePath(QStringLiteral("home")));
    int shadowed = 0;
    for (int i = 0; i < m_library->count(); ++i) {
        if (m_library->isShadowed(i)) {
            ++shadowed;
            QCOMPARE(m_library->item(i).file.scope, AgentScope::User);
            QVERIFY(m_model->indexForItem(i).data().toString().contains(QLatin1String("shadowed")));
        }
    }
    QCOMPARE(shadowed, 1);
}

void TestAgentLibrary::unreadableAndBinaryAreListed()
{
    write(QStringLiteral("agents/ok.md"), "---\nname: ok\ndescription: fine\n---\n");
    write(QStringLiteral("agents/binary.md"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    open(m_dir->path());
    QCOMPARE(m_library->count(), 2);
    const int binary = m_library->indexOfPath(m_dir->filePath(QStringLiteral("agents/binary.md")));
    QVERIFY(binary >= 0);
    QVERIFY(!m_library->item(binary).document);
    QVERIFY(m_library->item(binary).problem.contains(QLatin1String("binary")));
    QVERIFY(m_model->indexForItem(binary).data(Qt::ToolTipRole).toString().contains(QLatin1String("binary")));
}

void TestAgentLibrary::indicesFollowARemoval()
{
    write(QStringLiteral("agents/a.md"), "---\nname: a\ndescription: A\n---\n");
    write(QStringLiteral("agents/b.md"), "---\nname: b\ndescription: B\n---\n");
    write(QStringLiteral("agents/c.md"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)); // listed, without a document
    write(QStringLiteral("agents/d.md"), "---\nname: d\ndescription: D\n---\n");
    open(m_dir->path());
    QCOMPARE(m_library->count(), 4);
    QCOMPARE(m_library->indexOf(nullptr), -1); // not the item without a document
    int first = 0; // the first item with a document: every one after it moves up
    while (!m_library->item(first).document)
        ++first;
    const QString removed = m_library->item(first).file.path;
    m_library->remove(first);
    QCOMPARE(m_library->count(), 3);
    QCOMPARE(m_library->indexOfPath(removed), -1);
    int documents = 0;
    for (int i = 0; i < m_library->count(); ++i) {
        if (const AgentDocument *document = m_library->item(i).document) {
            QCOMPARE(m_library->indexOf(document), i);
            ++documents;
        }
    }
    QCOMPARE(documents, 2);
}

void TestAgentLibrary::filterAndSort()
{
    write(QStringLiteral(".claude/agents/b.md"), "---\nname: beta\ndescription: Writes Python.\ntools: Read\n---\n");
    write(QStringLiteral(".claude/agents/a.md"), "---\nname: alpha\ndescription: Reviews Go.\ntools: Bash\n---\n");
    open(m_dir->path());
    m_filter->setSortKey(AgentFilterModel::SortKey::Name);
    const QModelIndex group = m_filter->index(0, 0);
    QCOMPARE(m_filter->rowCount(group), 2);
    QCOMPARE(m_filter->index(0, 0, group).data().toString(), QStringLiteral("alpha"));
    m_filter->setFilterText(QStringLiteral("python"));
    QCOMPARE(m_filter->rowCount(m_filter->index(0, 0)), 1);
    QCOMPARE(m_filter->index(0, 0, m_filter->index(0, 0)).data().toString(), QStringLiteral("beta"));
    m_filter->setFilterText(QStringLiteral("bash"));
    QCOMPARE(m_filter->index(0, 0, m_filter->index(0, 0)).data().toString(), QStringLiteral("alpha"));
    m_filter->setFilterText(QStringLiteral("nothing-matches"));
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->setFilterText(QString());
    // A renamed agent takes its new place, and its old one back on undo.
    AgentDocument *alpha = m_library->item(m_library->indexOfPath(m_dir->filePath(QStringLiteral(".claude/agents/a.md")))).document;
    alpha->change(FieldChange::set(QStringLiteral("name"), QStringLiteral("zeta")));
    QCOMPARE(m_filter->index(0, 0, m_filter->index(0, 0)).data().toString(), QStringLiteral("beta"));
    alpha->undo();
    QCOMPARE(m_filter->index(0, 0, m_filter->index(0, 0)).data().toString(), QStringLiteral("alpha"));
    m_filter->setSortKey(AgentFilterModel::SortKey::File);
    QCOMPARE(m_filter->index(0, 0, m_filter->index(0, 0)).data().toString(), QStringLiteral("alpha"));
}

void TestAgentLibrary::checkedRowsKeepTheirPlace()
{
    // Only the client's lenient retry reads 0.md's name: until it is checked, the file's name shows.
    write(QStringLiteral(".claude/agents/0.md"), "---\nname: loose-one\ndescription: Use when: it works\n---\n");
    write(QStringLiteral(".claude/agents/a.md"), "---\nname: alpha\ndescription: Reviews.\n---\n");
    write(QStringLiteral(".claude/agents/b.md"), "---\nname: beta\ndescription: Writes.\nmodel: sonet\n---\n");
    LibraryChecker checker(m_library.get());
    m_model->setChecker(&checker);
    m_filter->setSortKey(AgentFilterModel::SortKey::Name);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy renamed(&checker, &LibraryChecker::renamed);
    open(m_dir->path());
    QTRY_VERIFY(!checker.isBusy());

    // The findings show in the problems column; the name column, which the rows are sorted
    // by, is announced for the renamed row alone, so that only it is placed again.
    const QModelIndex lenient = find(QStringLiteral("loose-one"));
    QVERIFY(lenient.isValid());
    QSet<int> problemRows;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex topLeft = signal.at(0).toModelIndex();
        const QModelIndex bottomRight = signal.at(1).toModelIndex();
        if (!topLeft.parent().isValid())
            continue; // a group's row
        if (topLeft.column() == AgentLibraryModel::NameColumn) {
            QCOMPARE(topLeft.row(), lenient.row());
            QCOMPARE(bottomRight.row(), lenient.row());
        }
        if (topLeft.column() <= AgentLibraryModel::ProblemsColumn && bottomRight.column() >= AgentLibraryModel::ProblemsColumn) {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                problemRows.insert(row);
        }
    }
    QCOMPARE(problemRows, (QSet<int>{0, 1, 2}));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0).at(0).value<QVector<int>>(), QVector<int>{lenient.data(AgentLibraryModel::ItemIndexRole).toInt()});
    const QModelIndex group = m_filter->index(0, 0);
    QStringList order;
    for (int row = 0; row < m_filter->rowCount(group); ++row)
        order << m_filter->index(row, 0, group).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("loose-one")}));
    QVERIFY(!m_filter->index(1, AgentLibraryModel::ProblemsColumn, group).data().toString().isEmpty()); // beta's model
    m_model->setChecker(nullptr);
}

void TestAgentLibrary::reopenWhileLoading()
{
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents");
    if (!QFile::exists(corpus))
        QSKIP("The shared corpus is not beside the project.");
    write(QStringLiteral(".claude/agents/only.md"), "---\nname: only\ndescription: x\n---\n");
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(corpus);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_library->count(), 1);
}

void TestAgentLibrary::largeLibraryArrivesInSlices()
{
    // Thousands of files read at once are added a slice per turn of the event loop, and loading
    // ends when the last is added.
    for (int i = 0; i < 2500; ++i)
        write(QStringLiteral(".claude/agents/a%1.md").arg(i), "---\nname: a\ndescription: x\n---\n");
    QSignalSpy added(m_library.get(), &AgentLibrary::itemsAdded);
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_library->count(), 2500);
    QVERIFY(!m_library->isLoading());
    int total = 0;
    for (const QList<QVariant> &batch : std::as_const(added)) {
        QCOMPARE(batch.at(0).toInt(), total);
        QVERIFY2(batch.at(1).toInt() <= 500, qPrintable(batch.at(1).toString()));
        total += batch.at(1).toInt();
    }
    QCOMPARE(total, 2500);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 2500);
}

void TestAgentLibrary::corpus()
{
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents");
    if (!QFile::exists(corpus))
        QSKIP("The shared corpus is not beside the project.");
    open(corpus);
    QCOMPARE(m_library->count(), 197);
    for (int i = 0; i < m_library->count(); ++i)
        QVERIFY(m_library->item(i).document);
}

QTEST_GUILESS_MAIN(TestAgentLibrary)
#include "tst_agentlibrary.moc"
