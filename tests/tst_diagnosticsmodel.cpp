// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/diagnosticsfiltermodel.h"
#include "library/diagnosticsmodel.h"
#include "library/librarychecker.h"
#include "text/byteedit.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Agentry;

// DiagnosticsModel (every finding of a library as rows, replaced per agent as agents are
// checked again) and DiagnosticsFilterModel (severity, rule, text, agent; sorting).
class TestDiagnosticsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsFollowTheLibrary();
    void columnsAndRoles();
    void editReplacesOnlyThatAgentsRows();
    void editKeepingTheCountChangesData();
    void placesAreChildRows();
    void addedAgentInsertsRows();
    void removingAnAgentResets();
    void filterBySeverity();
    void filterByCode();
    void filterByText();
    void filterByItem();
    void sortOrders();

private:
    void write(const QString &relativePath, const QByteArray &bytes);
    void open();
    int indexOf(const QString &fileName) const;
    // "CODE:line" of each row of `item`, in model order.
    QStringList rowsOf(int item) const;
    QModelIndex rowOf(const QString &code) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentLibrary> m_library;
    std::unique_ptr<LibraryChecker> m_checker;
    std::unique_ptr<DiagnosticsModel> m_model;
    std::unique_ptr<DiagnosticsFilterModel> m_filter;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestDiagnosticsModel::init()
{
    qRegisterMetaType<QVector<int>>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral(".claude/agents/alpha.md"), "---\nname: alpha\ndescription: Reviews code.\n---\nBody.\n");
    // AG205: no description, an error.
    write(QStringLiteral(".claude/agents/bravo.md"), "---\nname: bravo\n---\nbody\n");
    // AG207: a model the client does not know, a warning; AG218: an unknown key, information.
    write(QStringLiteral(".claude/agents/charlie.md"), "---\nname: charlie\ndescription: Writes tests.\nmodel: gpt-4\nflavour: mint\n---\nBody.\n");
    m_library = std::make_unique<AgentLibrary>();
    m_checker = std::make_unique<LibraryChecker>(m_library.get());
    m_checker->setDelay(0);
    m_model = std::make_unique<DiagnosticsModel>(m_checker.get(), m_library.get());
    m_filter = std::make_unique<DiagnosticsFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    open();
}

void TestDiagnosticsModel::cleanup()
{
    m_testers.clear();
    m_filter.reset();
    m_model.reset();
    m_checker.reset();
    m_library.reset();
}

void TestDiagnosticsModel::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestDiagnosticsModel::open()
{
    QSignalSpy finished(m_library.get(), &AgentLibrary::loadingFinished);
    m_library->open(m_dir->path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_checker->totals().total() > 0 && !m_checker->isBusy(), 20000);
    QCOMPARE(m_library->count(), 3);
}

int TestDiagnosticsModel::indexOf(const QString &fileName) const
{
    return m_library->indexOfPath(m_dir->filePath(QStringLiteral(".claude/agents/") + fileName));
}

QStringList TestDiagnosticsModel::rowsOf(int item) const
{
    QStringList rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(DiagnosticsModel::ItemIndexRole).toInt() == item)
            rows << index.data(DiagnosticsModel::CodeRole).toString() + u':' + QString::number(index.data(DiagnosticsModel::LineRole).toInt());
    }
    return rows;
}

QModelIndex TestDiagnosticsModel::rowOf(const QString &code) const
{
    return m_model->match(m_model->index(0, 0), DiagnosticsModel::CodeRole, code, 1, Qt::MatchExactly).value(0);
}

void TestDiagnosticsModel::rowsFollowTheLibrary()
{
    const DiagnosticCounts totals = m_checker->totals();
    QCOMPARE(m_model->rowCount(), totals.total());
    QCOMPARE(totals.errors, 1);
    QCOMPARE(totals.warnings, 1);
    QCOMPARE(totals.infos, 1);
    // Grouped by item in library order, each item's findings in their order.
    int row = 0;
    for (int item = 0; item < m_library->count(); ++item) {
        const CheckedAgent *check = m_checker->check(item);
        QVERIFY(check);
        for (int d = 0; d < check->diagnostics.size(); ++d, ++row) {
            const QModelIndex index = m_model->index(row, DiagnosticsModel::CodeColumn);
            QCOMPARE(index.data(DiagnosticsModel::ItemIndexRole).toInt(), item);
            QCOMPARE(index.data(DiagnosticsModel::DiagnosticIndexRole).toInt(), d);
            QCOMPARE(index.data().toString(), check->diagnostics.at(d).code);
        }
    }
    QCOMPARE(row, m_model->rowCount());
    QVERIFY(rowsOf(indexOf(QStringLiteral("alpha.md"))).isEmpty());
    QCOMPARE(rowsOf(indexOf(QStringLiteral("bravo.md"))), QStringList{QStringLiteral("AG205:1")});
    QCOMPARE(rowsOf(indexOf(QStringLiteral("charlie.md"))), (QStringList{QStringLiteral("AG207:4"), QStringLiteral("AG218:5")}));
}

void TestDiagnosticsModel::columnsAndRoles()
{
    QCOMPARE(m_model->columnCount(), int(DiagnosticsModel::ColumnCount));
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers << m_model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Severity"), QStringLiteral("Code"), QStringLiteral("Message"), QStringLiteral("File"),
                                   QStringLiteral("Line")}));

    const int bravo = indexOf(QStringLiteral("bravo.md"));
    const Diagnostic &expected = m_checker->check(bravo)->diagnostics.at(0);
    const QModelIndex error = rowOf(QStringLiteral("AG205"));
    QVERIFY(error.isValid());
    const auto cell = [&error](int column, int role = Qt::DisplayRole) { return error.siblingAtColumn(column).data(role); };
    QCOMPARE(cell(DiagnosticsModel::SeverityColumn).toString(), QStringLiteral("Error"));
    QCOMPARE(cell(DiagnosticsModel::SeverityColumn, Qt::DecorationRole).userType(), int(QMetaType::QColor));
    QVERIFY(!cell(DiagnosticsModel::CodeColumn, Qt::DecorationRole).isValid());
    QCOMPARE(cell(DiagnosticsModel::CodeColumn).toString(), QStringLiteral("AG205"));
    QCOMPARE(cell(DiagnosticsModel::MessageColumn).toString(), expected.message);
    QCOMPARE(cell(DiagnosticsModel::MessageColumn, Qt::ToolTipRole).toString(), expected.message);
    QCOMPARE(cell(DiagnosticsModel::FileColumn).toString(), QStringLiteral("bravo.md"));
    QCOMPARE(cell(DiagnosticsModel::FileColumn, Qt::ToolTipRole).toString(),
             QDir::toNativeSeparators(m_dir->filePath(QStringLiteral(".claude/agents/bravo.md"))));
    QCOMPARE(cell(DiagnosticsModel::LineColumn).toInt(), expected.line);
    QCOMPARE(error.data(DiagnosticsModel::ItemIndexRole).toInt(), bravo);
    QCOMPARE(error.data(DiagnosticsModel::DiagnosticIndexRole).toInt(), 0);
    QCOMPARE(error.data(DiagnosticsModel::SeverityRole).toInt(), 0);
    QCOMPARE(error.data(DiagnosticsModel::LineRole).toInt(), expected.line);
    QCOMPARE(error.data(DiagnosticsModel::ColumnRole).toInt(), expected.column);
    QCOMPARE(error.data(DiagnosticsModel::FilePathRole).toString(), m_dir->filePath(QStringLiteral(".claude/agents/bravo.md")));

    const QModelIndex warning = rowOf(QStringLiteral("AG207"));
    QCOMPARE(warning.siblingAtColumn(DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
    QCOMPARE(warning.data(DiagnosticsModel::SeverityRole).toInt(), 1);
    const QModelIndex info = rowOf(QStringLiteral("AG218"));
    QCOMPARE(info.siblingAtColumn(DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("Information"));
    QCOMPARE(info.data(DiagnosticsModel::SeverityRole).toInt(), 2);
    // Each severity has its own colour.
    const auto colour = [](const QModelIndex &index) { return index.siblingAtColumn(0).data(Qt::DecorationRole).value<QColor>(); };
    QVERIFY(colour(error) != colour(warning) && colour(warning) != colour(info) && colour(error) != colour(info));

    const Diagnostic *accessed = m_model->diagnostic(warning.siblingAtColumn(DiagnosticsModel::MessageColumn));
    QVERIFY(accessed);
    QCOMPARE(accessed->code, QStringLiteral("AG207"));
    QCOMPARE(accessed->line, 4);
    QVERIFY(!m_model->diagnostic(QModelIndex()));
    QVERIFY(!m_model->diagnostic(m_filter->index(0, 0))); // an index of another model
}

void TestDiagnosticsModel::editReplacesOnlyThatAgentsRows()
{
    const int bravo = indexOf(QStringLiteral("bravo.md"));
    const int charlie = indexOf(QStringLiteral("charlie.md"));
    const QStringList charlieRows = rowsOf(charlie);
    // Items arrive in the order they were read: bravo's row is wherever that put it.
    const int bravoRow = rowOf(QStringLiteral("AG205")).row();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // Describing bravo resolves its error and adds nothing.
    m_library->item(bravo).document->change(FieldChange::set(QStringLiteral("description"), QStringLiteral("Plans releases.")));
    QTRY_VERIFY(!m_checker->isBusy() && m_checker->totals().errors == 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), bravoRow);
    QCOMPARE(removed.at(0).at(2).toInt(), bravoRow);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(rowsOf(bravo).isEmpty());
    QCOMPARE(rowsOf(charlie), charlieRows);
    QCOMPARE(m_model->rowCount(), 2);

    // Breaking it again inserts the row again, at bravo's place among the others.
    m_library->item(bravo).document->undo();
    QTRY_VERIFY(!m_checker->isBusy() && m_checker->totals().errors == 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), bravoRow);
    QCOMPARE(inserted.at(0).at(2).toInt(), bravoRow);
    QCOMPARE(rowsOf(bravo), QStringList{QStringLiteral("AG205:1")});
    QCOMPARE(rowsOf(charlie), charlieRows);
    QCOMPARE(m_model->index(bravoRow, 0).data(DiagnosticsModel::ItemIndexRole).toInt(), bravo);
}

void TestDiagnosticsModel::placesAreChildRows()
{
    const int alpha = indexOf(QStringLiteral("alpha.md"));
    AgentDocument *document = m_library->item(alpha).document;
    // Two zero-width spaces on two lines: one finding (AG404) with two places.
    const QByteArray zwsp = "\xE2\x80\x8B";
    const qsizetype body = document->text().bytes.indexOf("Body.");
    document->edit({ByteEdit{body, 0, "One" + zwsp + "\nTwo" + zwsp + "\n"}}, QStringLiteral("Paste"));
    QTRY_VERIFY(!m_checker->isBusy() && rowOf(QStringLiteral("AG404")).isValid());
    const QModelIndex finding = rowOf(QStringLiteral("AG404"));
    QCOMPARE(rowsOf(alpha), QStringList{QStringLiteral("AG404:5")});
    QCOMPARE(m_model->rowCount(finding), 2);
    const QModelIndex second = m_model->index(1, DiagnosticsModel::MessageColumn, finding);
    QCOMPARE(second.parent(), finding.siblingAtColumn(0));
    QCOMPARE(second.data().toString(), QStringLiteral("zero-width space"));
    QCOMPARE(second.data(DiagnosticsModel::LineRole).toInt(), 6);
    QCOMPARE(second.data(DiagnosticsModel::PlaceIndexRole).toInt(), 1);
    QCOMPARE(second.data(DiagnosticsModel::ItemIndexRole).toInt(), alpha);
    QCOMPARE(finding.data(DiagnosticsModel::PlaceIndexRole).toInt(), -1);

    // A third place: still one finding, now with three.
    document->edit({ByteEdit{body, 0, "Zero" + zwsp + "\n"}}, QStringLiteral("Paste"));
    QTRY_COMPARE(m_model->rowCount(rowOf(QStringLiteral("AG404"))), 3);
    QCOMPARE(rowsOf(alpha).size(), 1);
    // The filter shows a finding's places with it.
    const QModelIndex shown = m_filter->mapFromSource(rowOf(QStringLiteral("AG404")));
    QCOMPARE(m_filter->rowCount(shown), 3);
}

void TestDiagnosticsModel::editKeepingTheCountChangesData()
{
    const int charlie = indexOf(QStringLiteral("charlie.md"));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // A comment line moves both findings down without changing them: the rows stay, so
    // that a view keeps its selection while the user types.
    m_library->item(charlie).document->edit({ByteEdit{4, 0, "# notes\n"}}, QStringLiteral("Comment"));
    QTRY_COMPARE(rowsOf(charlie), (QStringList{QStringLiteral("AG207:5"), QStringLiteral("AG218:6")}));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    const QModelIndex first = changed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(first.data(DiagnosticsModel::ItemIndexRole).toInt(), charlie);
    QCOMPARE(m_model->diagnostic(rowOf(QStringLiteral("AG207")))->line, 5);
}

void TestDiagnosticsModel::addedAgentInsertsRows()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QString path = m_dir->filePath(QStringLiteral(".claude/agents/delta.md"));
    const int delta = m_library->add(FoundAgentFile{path, AgentScope::Project, {}},
                                     AgentText::fromBytes("---\nname: delta\n---\nBody.\n"));
    QTRY_COMPARE(rowsOf(delta), QStringList{QStringLiteral("AG205:1")});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(3, DiagnosticsModel::FileColumn).data().toString(), QStringLiteral("delta.md"));
}

void TestDiagnosticsModel::removingAnAgentResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // The first item, whichever it is: every other one moves up a place.
    const int removedRows = rowsOf(0).size();
    m_library->remove(0);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3 - removedRows);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int item = index.data(DiagnosticsModel::ItemIndexRole).toInt();
        QCOMPARE(index.data(DiagnosticsModel::FilePathRole).toString(), m_library->item(item).file.path);
    }
    const int charlie = indexOf(QStringLiteral("charlie.md"));
    if (charlie >= 0)
        QCOMPARE(rowsOf(charlie), (QStringList{QStringLiteral("AG207:4"), QStringLiteral("AG218:5")}));
}

void TestDiagnosticsModel::filterBySeverity()
{
    QCOMPARE(m_filter->rowCount(), 3);
    m_filter->setSeverityShown(Severity::Error, false);
    QVERIFY(!m_filter->isSeverityShown(Severity::Error));
    QCOMPARE(m_filter->rowCount(), 2);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        QVERIFY(m_filter->index(row, 0).data(DiagnosticsModel::SeverityRole).toInt() != 0);
    // The counts are what each severity would show, hidden or not.
    const DiagnosticCounts counts = m_filter->severityCounts();
    QCOMPARE(counts.errors, 1);
    QCOMPARE(counts.warnings, 1);
    QCOMPARE(counts.infos, 1);
    m_filter->setSeverityShown(Severity::Info, false);
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_filter->index(0, DiagnosticsModel::CodeColumn).data().toString(), QStringLiteral("AG207"));
    m_filter->setSeverityShown(Severity::Error, true);
    m_filter->setSeverityShown(Severity::Info, true);
    QCOMPARE(m_filter->rowCount(), 3);
}

void TestDiagnosticsModel::filterByCode()
{
    m_filter->setCode(QStringLiteral("AG207"));
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_filter->index(0, 0).data(DiagnosticsModel::CodeRole).toString(), QStringLiteral("AG207"));
    // The code counts leave the code filter out; the severity counts do not.
    const QMap<QString, int> codes = m_filter->codeCounts();
    QCOMPARE(codes.keys(), (QStringList{QStringLiteral("AG205"), QStringLiteral("AG207"), QStringLiteral("AG218")}));
    QCOMPARE(m_filter->severityCounts().errors, 0);
    QCOMPARE(m_filter->severityCounts().warnings, 1);
    m_filter->setCode(QString());
    QCOMPARE(m_filter->rowCount(), 3);
}

void TestDiagnosticsModel::filterByText()
{
    m_filter->setFilterText(QStringLiteral("CHARLIE"));
    QCOMPARE(m_filter->rowCount(), 2); // the file name, in any case
    m_filter->setFilterText(QStringLiteral("ag205"));
    QCOMPARE(m_filter->rowCount(), 1); // the code
    const QString word = m_checker->check(indexOf(QStringLiteral("charlie.md")))->diagnostics.at(0).message.split(u' ').value(0);
    m_filter->setFilterText(word + QStringLiteral(" charlie.md"));
    QVERIFY(m_filter->rowCount() >= 1); // a word of the message and one of the file
    for (int row = 0; row < m_filter->rowCount(); ++row)
        QCOMPARE(m_filter->index(row, DiagnosticsModel::FileColumn).data().toString(), QStringLiteral("charlie.md"));
    m_filter->setFilterText(QStringLiteral("charlie nothing-like-this"));
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->setFilterText(QStringLiteral("  "));
    QCOMPARE(m_filter->rowCount(), 3);
}

void TestDiagnosticsModel::filterByItem()
{
    const int charlie = indexOf(QStringLiteral("charlie.md"));
    m_filter->setItemIndex(charlie);
    QCOMPARE(m_filter->itemIndex(), charlie);
    QCOMPARE(m_filter->rowCount(), 2);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        QCOMPARE(m_filter->index(row, 0).data(DiagnosticsModel::ItemIndexRole).toInt(), charlie);
    QCOMPARE(m_filter->severityCounts().errors, 0);
    m_filter->setItemIndex(indexOf(QStringLiteral("alpha.md")));
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->setItemIndex(-1);
    QCOMPARE(m_filter->rowCount(), 3);
}

void TestDiagnosticsModel::sortOrders()
{
    const auto column = [this](int column) {
        QStringList values;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            values << m_filter->index(row, column).data().toString();
        return values;
    };
    // At first by file, then line.
    QCOMPARE(column(DiagnosticsModel::CodeColumn), (QStringList{QStringLiteral("AG205"), QStringLiteral("AG207"), QStringLiteral("AG218")}));
    m_filter->sort(DiagnosticsModel::FileColumn, Qt::DescendingOrder);
    QCOMPARE(column(DiagnosticsModel::CodeColumn), (QStringList{QStringLiteral("AG218"), QStringLiteral("AG207"), QStringLiteral("AG205")}));
    m_filter->sort(DiagnosticsModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(column(DiagnosticsModel::SeverityColumn),
             (QStringList{QStringLiteral("Error"), QStringLiteral("Warning"), QStringLiteral("Information")}));
    m_filter->sort(DiagnosticsModel::LineColumn, Qt::AscendingOrder);
    QCOMPARE(column(DiagnosticsModel::LineColumn), (QStringList{QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("5")}));
    m_filter->sort(DiagnosticsModel::CodeColumn, Qt::DescendingOrder);
    QCOMPARE(column(DiagnosticsModel::CodeColumn), (QStringList{QStringLiteral("AG218"), QStringLiteral("AG207"), QStringLiteral("AG205")}));

    // Equal keys fall back to file, then line: two findings of one rule in two files.
    m_library->item(indexOf(QStringLiteral("alpha.md"))).document->change(FieldChange::set(QStringLiteral("model"), QStringLiteral("gpt-5")));
    QTRY_COMPARE(m_model->rowCount(), 4);
    m_filter->sort(DiagnosticsModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(column(DiagnosticsModel::FileColumn),
             (QStringList{QStringLiteral("bravo.md"), QStringLiteral("alpha.md"), QStringLiteral("charlie.md"), QStringLiteral("charlie.md")}));
    m_filter->sort(DiagnosticsModel::CodeColumn, Qt::AscendingOrder);
    QCOMPARE(column(DiagnosticsModel::FileColumn),
             (QStringList{QStringLiteral("bravo.md"), QStringLiteral("alpha.md"), QStringLiteral("charlie.md"), QStringLiteral("charlie.md")}));
    QCOMPARE(column(DiagnosticsModel::CodeColumn),
             (QStringList{QStringLiteral("AG205"), QStringLiteral("AG207"), QStringLiteral("AG207"), QStringLiteral("AG218")}));
}

QTEST_GUILESS_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
