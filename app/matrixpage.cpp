#include "matrixpage.h"

#include "agentlibrary.h"
#include "frozencolumntableview.h"
#include "permissionmatrixfiltermodel.h"
#include "permissionmatrixmodel.h"
#include "permissionmatrixview.h"
#include "toolcatalog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Images taller than this are refused: a PNG of ten thousand rows helps nobody and costs
// gigabytes while it is drawn. CSV and HTML hold any number.
constexpr int MaxImageRows = 2000;

} // namespace

MatrixPage::MatrixPage(AgentLibrary *library, LibraryValidation *validation, LibraryHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new PermissionMatrixModel(library, validation, ToolCatalog::builtin(), this))
    , m_view(new PermissionMatrixView(m_model, history, this))
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

    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save the matrix as it is shown"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("As PNG Image…"), this, [this] { exportAs(QStringLiteral("png")); });
    m_exportButton->setMenu(exportMenu);
    bar->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &PermissionMatrixView::message, this, &MatrixPage::message);
    connect(m_view, &PermissionMatrixView::showAgentRequested, this, &MatrixPage::showAgentRequested);
}

void MatrixPage::exportAs(const QString &format)
{
    const QString filter = tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Permission Matrix"),
                                                m_library->folder() + QStringLiteral("/permissions.") + format, filter);
    if (path.isEmpty())
        return;
    const QString error = exportImage(path);
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
