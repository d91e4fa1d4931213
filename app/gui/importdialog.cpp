// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/importdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace Agentry {

namespace {

enum ItemRole : int { PathRole = Qt::UserRole + 1 };

// The nearest folder of `path` that exists, for a chooser to start in.
QString existingAncestor(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info.setFile(info.absolutePath());
    return info.absoluteFilePath();
}

} // namespace

ImportDialog::ImportDialog(const QString &agentsFolder, QWidget *parent)
    : QDialog(parent)
    , m_agentsFolder(agentsFolder)
    , m_source(new QLabel(tr("Open a plugin folder, a marketplace folder or a .zip archive."), this))
    , m_openFolder(new QPushButton(tr("Open &Folder…"), this))
    , m_openZip(new QPushButton(tr("Open &Zip…"), this))
    , m_tree(new QTreeWidget(this))
    , m_errorIcon(new QLabel(this))
    , m_error(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_add(m_buttons->addButton(tr("&Add to Project…"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(tr("Import Plugin"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setObjectName(QStringLiteral("contents"));
    m_tree->setHeaderLabels({tr("Plugin / Agent"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this) / 2;
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_add->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_openFolder);
    top->addWidget(m_openZip);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    auto *error = new QHBoxLayout;
    error->addWidget(m_errorIcon);
    error->addWidget(m_error, 1);
    layout->addLayout(error);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_openFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_openZip, &QPushButton::clicked, this, &ImportDialog::chooseZip);
    connect(m_add, &QPushButton::clicked, this, &ImportDialog::chooseProjectFolder);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ImportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showError({});
    updateState();
    resize(720, 480);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::openBundle(const QString &path)
{
    // A new folder each time: the reader wants an empty one, and the last bundle's files go with it.
    m_tree->clear();
    m_contents = {};
    m_scratch = std::make_unique<QTemporaryDir>();
    if (!m_scratch->isValid())
        m_contents.error = tr("Cannot create a temporary folder: %1").arg(m_scratch->errorString());
    else
        m_contents = BundleReader::read(path, m_scratch->filePath(QStringLiteral("bundle")));
    m_source->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_status->clear();
    showError(m_contents.ok ? QString() : m_contents.error);
    showContents();
    emit bundleOpened(agentFiles());
    return m_contents.ok;
}

QStringList ImportDialog::agentFiles() const
{
    QStringList files;
    for (const BundlePlugin &plugin : m_contents.plugins)
        files += plugin.agentFiles;
    return files;
}

void ImportDialog::showContents()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const BundlePlugin &plugin : std::as_const(m_contents.plugins)) {
        const QString version = plugin.manifest.version.isEmpty() ? QString() : QLatin1Char(' ') + plugin.manifest.version;
        auto *pluginItem = new QTreeWidgetItem(m_tree, {plugin.manifest.name + version, plugin.manifest.description});
        pluginItem->setToolTip(0, QDir::toNativeSeparators(plugin.folder));
        pluginItem->setFlags(pluginItem->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
        for (const QString &file : plugin.agentFiles) {
            const QFileInfo info(file);
            auto *agent = new QTreeWidgetItem(pluginItem, {info.completeBaseName(), QStringLiteral("agents/") + info.fileName()});
            agent->setFlags(agent->flags() | Qt::ItemIsUserCheckable);
            agent->setCheckState(0, Qt::Checked);
            agent->setData(0, PathRole, file);
            agent->setToolTip(0, QDir::toNativeSeparators(file));
        }
        if (plugin.agentFiles.isEmpty())
            pluginItem->setText(1, tr("No agents"));
    }
    addNotes(tr("Skipped"), tr("Listed in the marketplace but not read"), m_contents.skipped);
    addNotes(tr("Warnings"), tr("What claude plugin validate warns about"), m_contents.warnings);
    m_tree->expandAll();
    updateState();
}

void ImportDialog::addNotes(const QString &title, const QString &details, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(m_tree, {title, details});
    group->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    for (const QString &line : lines) {
        auto *item = new QTreeWidgetItem(group, {QString(), line});
        item->setToolTip(1, line);
    }
}

void ImportDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_errorIcon->setVisible(!error.isEmpty());
}

QStringList ImportDialog::checkedAgents() const
{
    QStringList files;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        const QTreeWidgetItem *plugin = m_tree->topLevelItem(top);
        for (int row = 0; row < plugin->childCount(); ++row) {
            const QTreeWidgetItem *agent = plugin->child(row);
            if (agent->checkState(0) == Qt::Checked && !agent->data(0, PathRole).toString().isEmpty())
                files.append(agent->data(0, PathRole).toString());
        }
    }
    return files;
}

void ImportDialog::updateState()
{
    m_add->setEnabled(!checkedAgents().isEmpty());
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Plugin or Marketplace Folder"));
    if (!folder.isEmpty())
        openBundle(folder);
}

void ImportDialog::chooseZip()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a Plugin Archive"), QString(), tr("Zip archives (*.zip)"));
    if (!file.isEmpty())
        openBundle(file);
}

void ImportDialog::chooseProjectFolder()
{
    const int count = int(checkedAgents().size());
    QString folder = m_agentsFolder;
    if (!folder.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Add to Project"),
                        tr("Copy %n agent(s) into %1?", nullptr, count).arg(QDir::toNativeSeparators(folder)), QMessageBox::NoButton, this);
        QPushButton *copy = box.addButton(tr("Copy"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(tr("Choose Another Folder…"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(copy);
        box.exec();
        if (box.clickedButton() == other)
            folder.clear();
        else if (box.clickedButton() != copy)
            return;
    }
    if (folder.isEmpty())
        folder = QFileDialog::getExistingDirectory(this, tr("Choose a .claude/agents Folder"), existingAncestor(m_agentsFolder));
    if (!folder.isEmpty())
        addToProject(folder);
}

QStringList ImportDialog::addToProject(const QString &agentsFolder)
{
    QStringList files = checkedAgents();
    QStringList replace;
    const QStringList conflicts = BundleReader::conflicts(files, agentsFolder);
    std::optional<bool> replaceAll; // set when the user answered for every remaining file
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const QString &file = conflicts.at(i);
        bool replaceThis = replaceAll.value_or(false);
        if (!replaceAll) {
            QMessageBox box(QMessageBox::Warning, tr("Add to Project"),
                            tr("%1 already holds %2. Replace it with the imported agent?")
                                .arg(QDir::toNativeSeparators(agentsFolder), QFileInfo(file).fileName()),
                            QMessageBox::NoButton, this);
            QPushButton *replaceButton = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
            QPushButton *skip = box.addButton(tr("Skip"), QMessageBox::RejectRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(skip);
            QCheckBox *all = nullptr;
            if (i + 1 < conflicts.size()) {
                all = new QCheckBox(tr("Do the same for the other %n existing file(s)", nullptr, int(conflicts.size() - i - 1)));
                box.setCheckBox(all); // the box owns it
            }
            box.exec();
            if (box.clickedButton() != replaceButton && box.clickedButton() != skip) {
                m_status->setText(tr("Nothing was copied."));
                return {};
            }
            replaceThis = box.clickedButton() == replaceButton;
            if (all && all->isChecked())
                replaceAll = replaceThis;
        }
        if (replaceThis)
            replace.append(file);
        else
            files.removeAll(file);
    }
    if (files.isEmpty()) {
        m_status->setText(tr("Nothing was copied."));
        return {};
    }
    QStringList copied;
    const QString error = BundleReader::copyAgents(files, agentsFolder, replace, &copied);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Add to Project"), error);
        m_status->setText(tr("Copied %n agent(s) before an error.", nullptr, int(copied.size())));
    } else {
        m_status->setText(tr("Copied %n agent(s) into %1.", nullptr, int(copied.size())).arg(QDir::toNativeSeparators(agentsFolder)));
    }
    if (!copied.isEmpty())
        emit agentsCopied(copied);
    return copied;
}

} // namespace Agentry
