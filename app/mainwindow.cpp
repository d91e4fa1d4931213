#include "mainwindow.h"

#include "agentlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTreeView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new AgentListModel(this))
    , m_view(new QTreeView(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Agentry"));
    resize(1000, 640);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AgentListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("Agents"));
    // The description gets whatever room the name and the file leave.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AgentListModel::DescriptionColumn, QHeaderView::Stretch);
    setCentralWidget(m_view);

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->setMaximumWidth(200);
    m_progress->hide();

    connect(m_model, &AgentListModel::loadingProgress, this, &MainWindow::showProgress);
    connect(m_model, &AgentListModel::loadingFinished, this, &MainWindow::showLoaded);
    createMenus();
}

void MainWindow::openFolder(const QString &folder)
{
    m_model->loadFolder(folder);
    setWindowTitle(tr("Agentry — %1").arg(QDir::toNativeSeparators(m_model->folder())));
    m_statusLabel->setText(tr("Looking for agents…"));
    // Busy until the scan knows how many files there are to read.
    m_progress->setRange(0, 0);
    m_progress->show();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Show the agents of another folder"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Not QKeySequence::Quit: that one is empty on Windows and under some platform themes.
    quitAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Q")));
    quitAction->setStatusTip(tr("Close Agentry"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Agentry"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_model->folder());
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Agentry"),
                       tr("<h3>Agentry %1</h3>"
                          "<p>An editor for AI agent definition files: Markdown with YAML frontmatter, "
                          "as Claude Code and other agent tools read them.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setVisible(done < total);
    m_statusLabel->setText(tr("Reading agent files: %1 of %2…").arg(done).arg(total));
}

void MainWindow::showLoaded()
{
    m_progress->hide();
    const int count = m_model->rowCount();
    m_statusLabel->setText(count == 0 ? tr("No agent files found in this folder.") : tr("Agents found: %1").arg(count));
    // Long names or paths must not squeeze the description out of sight.
    const int widest = m_view->viewport()->width() / 3;
    for (const int column : {AgentListModel::NameColumn, AgentListModel::FileColumn}) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), widest));
    }
}
