// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/matrixpage.h"

#include "document/filewriter.h"
#include "frozencolumntableview.h"
#include "grantdelegate.h"
#include "library/agentlibrary.h"
#include "matrix/baselinetracker.h"
#include "matrix/matrixreport.h"
#include "matrix/permissionmatrixfiltermodel.h"
#include "matrix/permissionmatrixmodel.h"
#include "permissionmatrixview.h"
#include "runtime/toolcatalog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageWriter>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Agentry {

namespace {

// Images taller than this are refused: a PNG of ten thousand rows helps nobody and costs
// gigabytes while it is drawn. CSV and HTML hold any number.
constexpr int MaxImageRows = 2000;

} // namespace

MatrixPage::MatrixPage(AgentLibrary *library, LibraryChecker *checker, LibraryHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new PermissionMatrixModel(library, checker, ToolCatalog::builtin(), this))
    , m_view(new PermissionMatrixView(m_model, history, this))
    , m_comparer(new BaselineTracker(library, m_model, this))
    , m_compareButton(new QToolButton(this))
    , m_comparison(new QLabel(this))
    , m_exportButton(new QToolButton(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    auto *title = new QLabel(tr("Tool Permissions"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    bar->addWidget(title);
    bar->addStretch(1);

    // The baseline a reviewer signs off against: the folder at git HEAD, another revision, or
    // another folder.
    m_comparison->setObjectName(QStringLiteral("matrixComparison"));
    bar->addWidget(m_comparison);
    m_compareButton->setText(tr("Compare"));
    m_compareButton->setToolTip(tr("Mark the grants added or removed since a baseline"));
    m_compareButton->setPopupMode(QToolButton::InstantPopup);
    m_compareButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *compareMenu = new QMenu(m_compareButton);
    compareMenu->addAction(tr("With Git HEAD"), this, [this] { chooseBaseline(QStringLiteral("git:HEAD")); });
    compareMenu->addAction(tr("With a Git Revision…"), this, [this] {
        bool ok = false;
        const QString revision = QInputDialog::getText(this, tr("Compare with a Git Revision"),
                                                       tr("Revision (a branch, tag or commit):"), QLineEdit::Normal,
                                                       QStringLiteral("HEAD~1"), &ok);
        if (ok && !revision.trimmed().isEmpty())
            chooseBaseline(QStringLiteral("git:") + revision.trimmed());
    });
    compareMenu->addAction(tr("With Another Folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Compare with Another Folder"), m_library->folder());
        if (!folder.isEmpty())
            chooseBaseline(folder);
    });
    compareMenu->addSeparator();
    QAction *stop = compareMenu->addAction(tr("Stop Comparing"), m_comparer, &BaselineTracker::clear);
    connect(compareMenu, &QMenu::aboutToShow, this, [this, stop] { stop->setEnabled(m_comparer->isActive()); });
    m_compareButton->setMenu(compareMenu);
    bar->addWidget(m_compareButton);

    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save the matrix as it is shown"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("As CSV…"), this, [this] { exportAs(QStringLiteral("csv")); });
    exportMenu->addAction(tr("As JSON…"), this, [this] { exportAs(QStringLiteral("json")); });
    exportMenu->addAction(tr("As HTML Page…"), this, [this] { exportAs(QStringLiteral("html")); });
    exportMenu->addAction(tr("As PNG Image…"), this, [this] { exportAs(QStringLiteral("png")); });
    m_exportButton->setMenu(exportMenu);
    bar->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &PermissionMatrixView::message, this, &MatrixPage::message);
    connect(m_comparer, &BaselineTracker::changed, this, &MatrixPage::showComparison);
    connect(m_comparer, &BaselineTracker::failed, this, [this](const QString &error) {
        m_comparison->setText(tr("No baseline"));
        QMessageBox::warning(this, tr("Compare"), error);
    });
    m_view->delegate()->setChangeFunction([this](const QModelIndex &index) {
        const QModelIndex source = m_view->filterModel()->mapToSource(index);
        const QString key = m_model->headerData(source.column(), Qt::Horizontal, PermissionMatrixModel::ColumnKeyRole).toString();
        switch (m_comparer->change(source.row(), key)) {
        case MatrixComparison::Change::Added:
            return GrantDelegate::Change::Added;
        case MatrixComparison::Change::Removed:
            return GrantDelegate::Change::Removed;
        case MatrixComparison::Change::Changed:
            return GrantDelegate::Change::Changed;
        case MatrixComparison::Change::Same:
            break;
        }
        return GrantDelegate::Change::None;
    });
    connect(m_view, &PermissionMatrixView::showAgentRequested, this, &MatrixPage::showAgentRequested);
    // Built the first time it is shown: a large library loads without it.
    m_model->setLive(false);
}

void MatrixPage::showEvent(QShowEvent *event)
{
    m_model->setLive(true);
    QWidget::showEvent(event);
}

void MatrixPage::chooseBaseline(const QString &spec)
{
    if (m_library->folder().isEmpty()) {
        emit message(tr("Open a folder first."));
        return;
    }
    m_comparison->setText(tr("Reading the baseline…"));
    m_comparer->compareWith(spec);
}

void MatrixPage::showComparison()
{
    if (!m_comparer->isActive()) {
        m_comparison->clear();
        m_view->setChangedFunction({});
    } else {
        const QStringList deleted = m_comparer->deletedPaths();
        QString text = tr("Since %1: %n agent(s) changed", nullptr, m_comparer->changedAgents()).arg(m_comparer->label());
        if (!deleted.isEmpty())
            text += tr(", %n deleted", nullptr, int(deleted.size()));
        m_comparison->setText(text);
        m_comparison->setToolTip(deleted.isEmpty() ? QString() : tr("Deleted since the baseline:\n%1").arg(deleted.join(u'\n')));
        m_view->setChangedFunction([this](int item) { return m_comparer->hasChanges(m_model->rowOfItem(item)); });
    }
    m_view->table()->viewport()->update();
}

MatrixReport MatrixPage::report() const
{
    // The rows the view shows, in its order; the report sorts them by file.
    const QAbstractItemModel *shown = m_view->filterModel();
    QVector<MatrixReportAgent> agents;
    QVector<ComparedAgent> compared;
    const QDir folder(m_library->folder());
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int source = m_view->filterModel()->mapToSource(shown->index(row, 0)).row();
        const AgentGrants *grants = m_model->grants(source);
        const AgentRisk *risk = m_model->risk(source);
        const QString file = folder.relativeFilePath(m_library->item(m_model->itemOfRow(source)).file.path);
        agents.append({file, m_model->agentName(source), grants ? *grants : AgentGrants(), risk ? *risk : AgentRisk()});
        compared.append({file, grants ? *grants : AgentGrants()});
    }
    MatrixReport report(agents, ToolCatalog::builtin());
    if (m_comparer->isActive()) {
        MatrixComparison comparison = m_comparer->comparison();
        comparison.setAgents(compared);
        report.setBaseline(m_comparer->label(), comparison, m_comparer->deletedPaths());
    }
    return report;
}

QString MatrixPage::exportReport(const QString &path, const QString &format) const
{
    const MatrixReport matrix = report();
    const QByteArray bytes = format == QLatin1String("csv")  ? matrix.csv()
        : format == QLatin1String("json")                    ? matrix.json()
                                                             : matrix.html(tr("Tool permissions of %1").arg(QDir::toNativeSeparators(m_library->folder())));
    const QString error = FileWriter::write(path, bytes);
    return error;
}

void MatrixPage::exportAs(const QString &format)
{
    const QString filter = format == QLatin1String("csv")  ? tr("CSV files (*.csv)")
        : format == QLatin1String("json")                  ? tr("JSON files (*.json)")
        : format == QLatin1String("html")                  ? tr("HTML pages (*.html)")
                                                           : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Permission Matrix"),
                                                m_library->folder() + QStringLiteral("/permissions.") + format, filter);
    if (path.isEmpty())
        return;
    const QString error = format == QLatin1String("png") ? exportImage(path) : exportReport(path, format);
    emit message(error.isEmpty() ? tr("Exported the permission matrix to %1.").arg(QDir::toNativeSeparators(path)) : error);
}

QString MatrixPage::exportImage(const QString &path) const
{
    FrozenColumnTableView *table = m_view->table();
    const int rows = table->model()->rowCount();
    if (rows > MaxImageRows)
        return tr("The matrix shows %1 agents; filter it to at most %2 to export an image. CSV and HTML exports hold any number.")
            .arg(rows)
            .arg(MaxImageRows);
    // Draw the whole table, not just the part on screen: header, then every row, with the
    // view's own delegate so the image reads like the window.
    QHeaderView *header = table->horizontalHeader();
    int width = 0;
    for (int section = 0; section < header->count(); ++section)
        width += header->isSectionHidden(section) ? 0 : header->sectionSize(section);
    const int headerHeight = header->height();
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    QImage image(QSize(width, headerHeight + rows * rowHeight) * table->devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(table->devicePixelRatioF());
    image.fill(table->palette().color(QPalette::Base));
    QPainter painter(&image);
    QAbstractItemModel *model = table->model();
    QAbstractItemDelegate *delegate = table->itemDelegate();
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.state &= ~QStyle::State_HasFocus;
    option.font = table->font();
    option.fontMetrics = table->fontMetrics();
    option.decorationSize = table->iconSize();
    option.features = QStyleOptionViewItem::HasDisplay;
    // The header paints only what its viewport shows: render it a viewport's width at a time.
    const int savedOffset = header->offset();
    const int viewportWidth = qMax(1, header->viewport()->width());
    for (int offset = 0; offset < width; offset += viewportWidth) {
        header->setOffset(offset);
        header->render(&painter, QPoint(offset, 0), QRegion(0, 0, qMin(viewportWidth, width - offset), headerHeight));
    }
    header->setOffset(savedOffset);
    int x = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (header->isSectionHidden(section))
            continue;
        const int size = header->sectionSize(section);
        for (int row = 0; row < rows; ++row) {
            option.rect = QRect(x, headerHeight + row * rowHeight, size, rowHeight);
            delegate->paint(&painter, option, model->index(row, section));
            painter.setPen(table->palette().color(QPalette::Midlight));
            painter.drawLine(option.rect.topRight(), option.rect.bottomRight());
            painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
        }
        x += size;
    }
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
    return {};
}

} // namespace Agentry
