#include "agentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// AgentListModel: rows for the agents of a folder, loaded in the background.
class TestAgentListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rows();
    void rows_data();
    void header();
    void emptyFolder();
    void reloadWhileLoading();
    void corpus();

private:
    void write(const QString &relativePath, const QByteArray &bytes);
    // Loads `folder` into a fresh model checked by QAbstractItemModelTester.
    void load(const QString &folder);
    int rowOf(const QString &relativePath) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAgentListModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAgentListModel::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_dir->path() + QLatin1Char('/') + relativePath;
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestAgentListModel::load(const QString &folder)
{
    m_model = std::make_unique<AgentListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(m_model.get(), &AgentListModel::loadingFinished);
    m_model->loadFolder(folder);
    QVERIFY(m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(finished.wait(60000));
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->folder(), QDir(folder).absolutePath());
}

int TestAgentListModel::rowOf(const QString &relativePath) const
{
    const QString path = m_dir->path() + QLatin1Char('/') + relativePath;
    const QModelIndexList hits = m_model->match(m_model->index(0, 0), AgentListModel::PathRole, path, 1, Qt::MatchExactly);
    return hits.isEmpty() ? -1 : hits.first().row();
}

void TestAgentListModel::rows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hasName");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("tooltip"); // how the Name column's tooltip starts; empty for none

    QTest::newRow("plain") << "reviewer.md"
                           << QByteArray("---\nname: code-reviewer\ndescription: Reviews diffs. Use after changes.\ntools: Read, Grep\n---\nBody\n")
                           << "code-reviewer" << true << "Reviews diffs. Use after changes." << "";
    QTest::newRow("folded") << "folded.md" << QByteArray("---\nname: folded\ndescription: >\n  First part\n  and second.\n---\n")
                            << "folded" << true << "First part and second." << "";
    QTest::newRow("literal block") << "literal.md"
                                   << QByteArray("---\nname: literal\ndescription: |\n\n  First line\n  Second line\n---\n")
                                   << "literal" << true << "First line" << "";
    QTest::newRow("escaped newline") << "escaped.md"
                                     << QByteArray("---\nname: escaped\ndescription: Use it for X.\\n\\n<example>hello</example>\n---\n")
                                     << "escaped" << true << "Use it for X." << "";
    QTest::newRow("no frontmatter") << "plain-notes.md" << QByteArray("# Just markdown\n") << "plain-notes" << false << ""
                                    << "The file has no frontmatter.";
    QTest::newRow("broken yaml") << "broken.md" << QByteArray("---\nname: [unclosed\ndescription: x\n---\n")
                                 << "broken" << false << "" << "The frontmatter does not parse (line ";
    QTest::newRow("name not a string") << "numbered.v2.md" << QByteArray("---\nname: 42\ndescription: Numbers.\n---\n")
                                       << "numbered.v2" << false << "Numbers." << "The frontmatter has no name.";
    QTest::newRow("crlf") << "crlf.md" << QByteArray("---\r\nname: crlf\r\ndescription: Windows.\r\n---\r\n")
                          << "crlf" << true << "Windows." << "";
}

void TestAgentListModel::rows()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(bool, hasName);
    QFETCH(QString, description);
    QFETCH(QString, tooltip);

    write(QStringLiteral(".claude/agents/") + file, bytes);
    write(QStringLiteral(".claude/agents/other.md"), "---\nname: other\ndescription: Another.\n---\n");
    write(QStringLiteral("README.md"), "# Not an agent\n");
    load(m_dir->path());

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(AgentListModel::ColumnCount));
    const int row = rowOf(QStringLiteral(".claude/agents/") + file);
    QVERIFY(row >= 0);
    const QModelIndex nameIndex = m_model->index(row, AgentListModel::NameColumn);
    const QModelIndex descriptionIndex = m_model->index(row, AgentListModel::DescriptionColumn);
    const QModelIndex fileIndex = m_model->index(row, AgentListModel::FileColumn);

    QCOMPARE(nameIndex.data().toString(), name);
    QCOMPARE(nameIndex.data(AgentListModel::HasNameRole).toBool(), hasName);
    if (tooltip.isEmpty())
        QVERIFY(!nameIndex.data(Qt::ToolTipRole).isValid());
    else
        QVERIFY(nameIndex.data(Qt::ToolTipRole).toString().startsWith(tooltip));
    QCOMPARE(nameIndex.data(Qt::FontRole).isValid(), !hasName);
    if (!hasName) {
        QVERIFY(nameIndex.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(nameIndex.data(Qt::ForegroundRole).canConvert<QColor>());
    }
    QCOMPARE(descriptionIndex.data().toString(), description);
    QCOMPARE(fileIndex.data().toString(), QStringLiteral(".claude/agents/") + file);
    QCOMPARE(fileIndex.data(Qt::ToolTipRole).toString(),
             QDir::toNativeSeparators(m_dir->path() + QStringLiteral("/.claude/agents/") + file));
    QCOMPARE(fileIndex.data(AgentListModel::ScopeRole).toInt(), int(AgentScope::Project));
    QCOMPARE(descriptionIndex.data(AgentListModel::PluginNameRole).toString(), QString());
}

void TestAgentListModel::header()
{
    AgentListModel model;
    QCOMPARE(model.headerData(AgentListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(AgentListModel::DescriptionColumn, Qt::Horizontal).toString(), QStringLiteral("Description"));
    QCOMPARE(model.headerData(AgentListModel::FileColumn, Qt::Horizontal).toString(), QStringLiteral("File"));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(model.folder().isEmpty());
    QVERIFY(!model.isLoading());
}

void TestAgentListModel::emptyFolder()
{
    load(m_dir->path());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAgentListModel::reloadWhileLoading()
{
    write(QStringLiteral(".claude-plugin/plugin.json"), R"({"name": "kit"})");
    write(QStringLiteral("agents/helper.md"), "---\nname: helper\ndescription: Helps.\n---\n");
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents");

    AgentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &AgentListModel::loadingFinished);
    QSignalSpy progress(&model, &AgentListModel::loadingProgress);
    model.loadFolder(corpus);
    model.loadFolder(m_dir->path());
    QVERIFY(finished.wait(60000));
    // The abandoned load must not report late.
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex name = model.index(0, AgentListModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("helper"));
    QCOMPARE(name.data(AgentListModel::ScopeRole).toInt(), int(AgentScope::Plugin));
    QCOMPARE(name.data(AgentListModel::PluginNameRole).toString(), QStringLiteral("kit"));
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), QStringLiteral("Claude Code calls it kit:helper"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toInt(), 1);
}

void TestAgentListModel::corpus()
{
    const QString corpus = QStringLiteral(AGENTRY_CORPUS_DIR "/wshobson__agents");
    if (!QFileInfo::exists(corpus))
        QSKIP("The shared corpus is not beside the project.");
    load(corpus);
    QCOMPARE(m_model->rowCount(), 197);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex name = m_model->index(row, AgentListModel::NameColumn);
        const QString path = name.data(AgentListModel::PathRole).toString();
        QVERIFY2(name.data(AgentListModel::HasNameRole).toBool(), qPrintable(path));
        QVERIFY2(!name.data().toString().isEmpty(), qPrintable(path));
        const QString summary = m_model->index(row, AgentListModel::DescriptionColumn).data().toString();
        QVERIFY2(!summary.isEmpty() && !summary.contains(QLatin1Char('\n')), qPrintable(path));
        QCOMPARE(m_model->index(row, AgentListModel::FileColumn).data().toString(), QDir(corpus).relativeFilePath(path));
    }
}

QTEST_GUILESS_MAIN(TestAgentListModel)
#include "tst_agentlistmodel.moc"
