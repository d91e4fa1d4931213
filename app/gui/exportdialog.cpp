// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/exportdialog.h"

#include "bundles/licensefile.h"
#include "bundles/pluginicon.h"
#include "bundles/pluginmanifest.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Agentry {

namespace {

const QString kGroup = QStringLiteral("export");

enum GateRole : int { PathRole = Qt::UserRole + 1 };

QString joinPath(const QString &folder, const QString &name)
{
    return QDir::cleanPath(folder + u'/' + name);
}

} // namespace

ExportDialog::ExportDialog(const QVector<ExportCandidate> &agents, QWidget *parent)
    : QDialog(parent)
    , m_agents(agents)
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_authorName(new QLineEdit(this))
    , m_authorEmail(new QLineEdit(this))
    , m_authorUrl(new QLineEdit(this))
    , m_homepage(new QLineEdit(this))
    , m_repository(new QLineEdit(this))
    , m_license(new QComboBox(this))
    , m_licenseNote(new QLabel(this))
    , m_iconPreview(new QLabel(this))
    , m_iconPath(new QLineEdit(this))
    , m_browseIcon(new QPushButton(tr("Selec&t…"), this))
    , m_generatedIcon(new QPushButton(tr("&Generated"), this))
    , m_keywords(new QLineEdit(this))
    , m_agentList(new QListWidget(this))
    , m_gate(new QTreeWidget(this))
    , m_showAgent(new QPushButton(tr("&Show Agent"), this))
    , m_acceptWarnings(new QCheckBox(tr("Accept &warnings"), this))
    , m_runtime(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_browseLocation(new QPushButton(tr("&Browse…"), this))
    , m_overwrite(new QCheckBox(tr("&Replace an earlier export of a plugin there"), this))
    , m_useMarketplace(new QCheckBox(tr("Add to a &marketplace:"), this))
    , m_marketplace(new QLineEdit(this))
    , m_browseMarketplace(new QPushButton(tr("Br&owse…"), this))
    , m_marketplaceOwner(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_resultSummary(new QLabel(this))
    , m_writtenFiles(new QPlainTextEdit(this))
    , m_shaLabel(new QLabel(tr("SHA-256:"), this))
    , m_sha(new QLineEdit(this))
    , m_copySha(new QPushButton(tr("&Copy"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Export Plugin"));
    m_pages->addWidget(createForm());
    m_pages->addWidget(createResultPage());
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    loadSettings();
    for (const ExportCandidate &agent : m_agents) {
        auto *item = new QListWidgetItem(agent.name, m_agentList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(QDir::toNativeSeparators(agent.path));
        if (agent.has(Severity::Error))
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        else if (agent.has(Severity::Warning))
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }

    const QList<QLineEdit *> texts{m_description, m_authorName, m_authorEmail, m_authorUrl, m_homepage, m_repository, m_keywords,
                                   m_marketplace, m_marketplaceOwner};
    for (QLineEdit *edit : texts)
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::formChanged);
    connect(m_name, &QLineEdit::textChanged, this, &ExportDialog::nameChanged);
    connect(m_version, &QLineEdit::textEdited, this, [this] { m_versionEdited = true; });
    connect(m_version, &QLineEdit::textChanged, this, [this] {
        updateLocation();
        formChanged();
    });
    connect(m_location, &QLineEdit::textEdited, this, [this] { m_locationEdited = true; });
    connect(m_location, &QLineEdit::textChanged, this, &ExportDialog::formChanged);
    connect(m_license, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateListing();
        formChanged();
    });
    // A typed path is read when the field is left.
    connect(m_iconPath, &QLineEdit::editingFinished, this, &ExportDialog::readIcon);
    connect(m_browseIcon, &QPushButton::clicked, this, &ExportDialog::chooseIcon);
    connect(m_generatedIcon, &QPushButton::clicked, this, [this] {
        m_iconPath->clear();
        readIcon();
    });
    for (QComboBox *choice : {m_runtime, m_format}) {
        connect(choice, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
            updateLocation();
            formChanged();
        });
    }
    connect(m_overwrite, &QCheckBox::toggled, this, &ExportDialog::formChanged);
    connect(m_useMarketplace, &QCheckBox::toggled, this, [this] {
        updateLocation();
        formChanged();
    });
    connect(m_agentList, &QListWidget::itemChanged, this, &ExportDialog::formChanged);
    // Accepting warnings changes no finding: the last check stays.
    connect(m_acceptWarnings, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_gate, &QTreeWidget::currentItemChanged, this, &ExportDialog::updateState);
    connect(m_gate, &QTreeWidget::itemActivated, this, &ExportDialog::showSelectedAgent);
    connect(m_showAgent, &QPushButton::clicked, this, &ExportDialog::showSelectedAgent);
    connect(m_browseLocation, &QPushButton::clicked, this, &ExportDialog::chooseLocation);
    connect(m_browseMarketplace, &QPushButton::clicked, this, &ExportDialog::chooseMarketplace);
    connect(m_copySha, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_sha->text()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportBundle);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QWidget::setTabOrder(m_name, m_version);
    const QList<QWidget *> order{m_version, m_description, m_authorName, m_authorEmail, m_authorUrl, m_homepage, m_repository,
                                 m_license, m_keywords, m_iconPath, m_browseIcon, m_generatedIcon, m_agentList, m_gate, m_showAgent, m_acceptWarnings, m_runtime, m_format, m_location,
                                 m_browseLocation, m_overwrite, m_useMarketplace, m_marketplace, m_browseMarketplace,
                                 m_marketplaceOwner, m_export};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    nameChanged();
    m_name->setFocus();
    resize(900, sizeHint().height());
}

QWidget *ExportDialog::createForm()
{
    // Object names for tests and accessibility tools.
    m_name->setObjectName(QStringLiteral("name"));
    m_version->setObjectName(QStringLiteral("version"));
    m_authorName->setObjectName(QStringLiteral("authorName"));
    m_license->setObjectName(QStringLiteral("license"));
    m_acceptWarnings->setObjectName(QStringLiteral("acceptWarnings"));
    m_showAgent->setObjectName(QStringLiteral("showAgent"));
    m_runtime->setObjectName(QStringLiteral("runtime"));
    m_format->setObjectName(QStringLiteral("format"));
    m_overwrite->setObjectName(QStringLiteral("overwrite"));
    m_useMarketplace->setObjectName(QStringLiteral("useMarketplace"));
    m_name->setPlaceholderText(tr("team-agents"));
    m_description->setPlaceholderText(tr("What the plugin's agents are for"));
    m_authorEmail->setPlaceholderText(tr("name@example.com"));
    m_authorUrl->setPlaceholderText(tr("https://"));
    m_homepage->setPlaceholderText(tr("https://"));
    m_repository->setPlaceholderText(tr("https://github.com/owner/repository"));
    // "None" first: choosing no license is a choice, and the note says what it costs.
    m_license->addItem(tr("None"), QString());
    for (const QString &spdx : PluginManifest::spdxLicenses())
        m_license->addItem(spdx, spdx);
    m_licenseNote->setObjectName(QStringLiteral("licenseNote"));
    m_licenseNote->setWordWrap(true);
    m_iconPath->setObjectName(QStringLiteral("iconPath"));
    m_iconPath->setPlaceholderText(tr("Generated from the plugin's name"));
    m_iconPath->setToolTip(tr("A square PNG or JPEG, 512 to 2048 px a side, under 2 MB"));
    m_iconPreview->setObjectName(QStringLiteral("iconPreview"));
    m_iconPreview->setFixedSize(48, 48);
    m_iconPreview->setAlignment(Qt::AlignCenter);
    m_browseIcon->setObjectName(QStringLiteral("browseIcon"));
    m_generatedIcon->setObjectName(QStringLiteral("generatedIcon"));
    m_generatedIcon->setToolTip(tr("Use the icon drawn from the plugin's name"));
    m_keywords->setPlaceholderText(tr("review, testing"));
    m_keywords->setToolTip(tr("Separated by commas"));

    auto *plugin = new QGroupBox(tr("Plugin"));
    auto *pluginForm = new QFormLayout(plugin);
    pluginForm->addRow(tr("&Name:"), m_name);
    pluginForm->addRow(tr("&Version:"), m_version);
    pluginForm->addRow(tr("&Description:"), m_description);
    pluginForm->addRow(tr("&Author:"), m_authorName);
    pluginForm->addRow(tr("Author e&mail:"), m_authorEmail);
    pluginForm->addRow(tr("Author &URL:"), m_authorUrl);
    pluginForm->addRow(tr("&Homepage:"), m_homepage);
    pluginForm->addRow(tr("Re&pository:"), m_repository);
    pluginForm->addRow(tr("&License:"), m_license);
    pluginForm->addRow(QString(), m_licenseNote);
    pluginForm->addRow(tr("&Keywords:"), m_keywords);
    // The preview beside the path, the buttons under it: the form is half the dialog wide.
    auto *iconButtons = new QHBoxLayout;
    iconButtons->addWidget(m_browseIcon);
    iconButtons->addWidget(m_generatedIcon);
    iconButtons->addStretch();
    auto *iconChoice = new QVBoxLayout;
    iconChoice->addWidget(m_iconPath);
    iconChoice->addLayout(iconButtons);
    auto *icon = new QHBoxLayout;
    icon->addWidget(m_iconPreview, 0, Qt::AlignTop);
    icon->addLayout(iconChoice, 1);
    auto *iconLabel = new QLabel(tr("&Icon:"));
    iconLabel->setBuddy(m_iconPath);
    pluginForm->addRow(iconLabel, icon);

    m_agentList->setObjectName(QStringLiteral("agents"));
    m_gate->setObjectName(QStringLiteral("gate"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_agentList->setIconSize(QSize(iconSize, iconSize));
    m_agentList->setUniformItemSizes(true);
    auto *agents = new QGroupBox(tr("Agents"));
    auto *agentsLayout = new QVBoxLayout(agents);
    agentsLayout->addWidget(m_agentList);

    // Messages are long: shown whole, scrolled sideways rather than cut.
    m_gate->setHeaderHidden(true);
    m_gate->setTextElideMode(Qt::ElideNone);
    m_gate->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gate->header()->setStretchLastSection(false);
    m_showAgent->setToolTip(tr("Open the chosen agent to fix it"));
    auto *gate = new QGroupBox(tr("Errors and warnings"));
    auto *gateLayout = new QVBoxLayout(gate);
    gateLayout->addWidget(m_gate);
    auto *gateButtons = new QHBoxLayout;
    gateButtons->addWidget(m_acceptWarnings);
    gateButtons->addStretch();
    gateButtons->addWidget(m_showAgent);
    gateLayout->addLayout(gateButtons);

    m_runtime->addItem(tr("Claude Code plugin"), Runtimes::id(Runtime::ClaudeCode));
    m_runtime->addItem(tr("Gemini CLI extension"), Runtimes::id(Runtime::GeminiCli));
    m_runtime->addItem(tr("Qwen Code extension"), Runtimes::id(Runtime::QwenCode));
    m_runtime->addItem(tr("OpenCode agents folder"), Runtimes::id(Runtime::OpenCode));
    m_runtime->addItem(tr("GitHub Copilot agents folder"), Runtimes::id(Runtime::Copilot));
    m_runtime->addItem(tr("Factory Droid plugin"), Runtimes::id(Runtime::FactoryDroid));
    m_runtime->addItem(tr("All runtimes, a folder each"), QString());
    m_runtime->setToolTip(tr("For another runtime each agent is converted; what it cannot say is listed with the warnings"));
    m_format->addItem(tr("Folder"), int(BundleRequest::Output::Folder));
    m_format->addItem(tr(".zip archive"), int(BundleRequest::Output::Zip));
    m_location->setObjectName(QStringLiteral("location"));
    m_marketplace->setObjectName(QStringLiteral("marketplace"));
    m_marketplace->setPlaceholderText(tr("A folder with .claude-plugin/marketplace.json, or a new one"));
    m_marketplaceOwner->setPlaceholderText(tr("The plugin's author"));
    auto *output = new QGroupBox(tr("Output"));
    auto *outputGrid = new QGridLayout(output);
    auto *runtimeLabel = new QLabel(tr("Fo&r:"));
    runtimeLabel->setBuddy(m_runtime);
    auto *formatLabel = new QLabel(tr("&Format:"));
    formatLabel->setBuddy(m_format);
    auto *locationLabel = new QLabel(tr("&Location:"));
    locationLabel->setBuddy(m_location);
    auto *ownerLabel = new QLabel(tr("Marketplace o&wner:"));
    ownerLabel->setBuddy(m_marketplaceOwner);
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_runtime);
    kind->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    kind->addWidget(formatLabel);
    kind->addWidget(m_format);
    kind->addStretch();
    outputGrid->addWidget(runtimeLabel, 0, 0);
    outputGrid->addLayout(kind, 0, 1, 1, 2);
    outputGrid->addWidget(locationLabel, 1, 0);
    outputGrid->addWidget(m_location, 1, 1);
    outputGrid->addWidget(m_browseLocation, 1, 2);
    outputGrid->addWidget(m_overwrite, 2, 1, 1, 2);
    outputGrid->addWidget(m_useMarketplace, 3, 0);
    outputGrid->addWidget(m_marketplace, 3, 1);
    outputGrid->addWidget(m_browseMarketplace, 3, 2);
    outputGrid->addWidget(ownerLabel, 4, 0);
    outputGrid->addWidget(m_marketplaceOwner, 4, 1);
    outputGrid->setColumnStretch(1, 1);

    auto *form = new QWidget;
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(plugin, 0, 0);
    grid->addWidget(agents, 0, 1);
    grid->addWidget(gate, 1, 0, 1, 2);
    grid->addWidget(output, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return form;
}

QWidget *ExportDialog::createResultPage()
{
    m_resultSummary->setWordWrap(true);
    m_resultSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_writtenFiles->setObjectName(QStringLiteral("writtenFiles"));
    m_writtenFiles->setReadOnly(true);
    m_writtenFiles->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sha->setObjectName(QStringLiteral("sha256"));
    m_sha->setReadOnly(true);
    m_copySha->setObjectName(QStringLiteral("copySha256"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultSummary);
    layout->addWidget(m_writtenFiles, 1);
    auto *sha = new QHBoxLayout;
    sha->addWidget(m_shaLabel);
    sha->addWidget(m_sha, 1);
    sha->addWidget(m_copySha);
    layout->addLayout(sha);
    return page;
}

void ExportDialog::loadSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    m_authorName->setText(settings.value(QStringLiteral("authorName")).toString());
    m_authorEmail->setText(settings.value(QStringLiteral("authorEmail")).toString());
    m_authorUrl->setText(settings.value(QStringLiteral("authorUrl")).toString());
    m_license->setCurrentIndex(std::max(0, m_license->findData(settings.value(QStringLiteral("license")).toString())));
    m_outputFolder = settings.value(QStringLiteral("outputFolder"), QDir::homePath()).toString();
    m_runtime->setCurrentIndex(std::max(0, m_runtime->findData(settings.value(QStringLiteral("runtime"), Runtimes::id(Runtime::ClaudeCode)).toString())));
    m_format->setCurrentIndex(m_format->findData(settings.value(QStringLiteral("format"), int(BundleRequest::Output::Folder)).toInt()));
    m_marketplace->setText(settings.value(QStringLiteral("marketplace")).toString());
    m_marketplaceOwner->setText(settings.value(QStringLiteral("marketplaceOwner")).toString());
}

void ExportDialog::saveSettings() const
{
    const BundleRequest request = this->request();
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("authorName"), request.manifest.author.name);
    settings.setValue(QStringLiteral("authorEmail"), request.manifest.author.email);
    settings.setValue(QStringLiteral("authorUrl"), request.manifest.author.url);
    settings.setValue(QStringLiteral("license"), request.manifest.license);
    settings.setValue(QStringLiteral("runtime"), m_runtime->currentData().toString());
    settings.setValue(QStringLiteral("format"), int(request.output));
    if (request.marketplacePath.isEmpty()) {
        settings.setValue(QStringLiteral("outputFolder"), QFileInfo(request.outputPath).absolutePath());
    } else {
        settings.setValue(QStringLiteral("marketplace"), request.marketplacePath);
        settings.setValue(QStringLiteral("marketplaceOwner"), request.marketplaceOwner.name);
    }
    // The next export of this plugin suggests the version after this one.
    settings.setValue(QStringLiteral("versions/") + request.manifest.name, request.manifest.version);
}

BundleRequest ExportDialog::request() const
{
    BundleRequest request;
    PluginManifest &manifest = request.manifest;
    manifest.name = m_name->text().trimmed();
    manifest.version = m_version->text().trimmed();
    manifest.description = m_description->text().trimmed();
    manifest.author = {m_authorName->text().trimmed(), m_authorEmail->text().trimmed(), m_authorUrl->text().trimmed()};
    manifest.homepage = m_homepage->text().trimmed();
    manifest.repository = m_repository->text().trimmed();
    manifest.license = m_license->currentData().toString();
    const QStringList keywords = m_keywords->text().split(u',');
    for (const QString &keyword : keywords) {
        if (!keyword.trimmed().isEmpty())
            manifest.keywords.append(keyword.trimmed());
    }
    for (int row = 0; row < m_agentList->count(); ++row) {
        if (m_agentList->item(row)->checkState() == Qt::Checked)
            request.agents.append({m_agents.at(row).path, m_agents.at(row).bytes});
    }
    const std::optional<Runtime> runtime = Runtimes::fromId(m_runtime->currentData().toString());
    request.runtimes = runtime ? QVector<Runtime>{*runtime} : Runtimes::all();
    if (m_useMarketplace->isChecked() && m_useMarketplace->isEnabled()) {
        // The plugin goes to <marketplace>/plugins/<name>; marketplaces hold folders only.
        request.marketplacePath = m_marketplace->text().trimmed();
        request.marketplaceOwner.name = m_marketplaceOwner->text().trimmed();
    } else {
        request.output = BundleRequest::Output(m_format->currentData().toInt());
        request.outputPath = m_location->text().trimmed();
    }
    request.icon = m_icon;
    request.acceptWarnings = m_acceptWarnings->isChecked();
    request.overwrite = m_overwrite->isChecked();
    return request;
}

void ExportDialog::nameChanged()
{
    if (!m_versionEdited) {
        QSettings settings;
        settings.beginGroup(kGroup);
        const QString last = settings.value(QStringLiteral("versions/") + m_name->text().trimmed()).toString();
        m_version->setText(PluginManifest::nextVersion(last));
    }
    updateLocation();
    updateListing(); // the generated icon is drawn from the name
    formChanged();
}

// Any change may change what the writer would say: its last verdict is dropped.
void ExportDialog::formChanged()
{
    m_check.reset();
    updateGate();
    updateState();
}

void ExportDialog::updateLocation()
{
    // Marketplaces list Claude Code plugins alone.
    m_useMarketplace->setEnabled(m_runtime->currentData().toString() == Runtimes::id(Runtime::ClaudeCode));
    const bool marketplace = m_useMarketplace->isChecked() && m_useMarketplace->isEnabled();
    const bool zip = !marketplace && m_format->currentData().toInt() == int(BundleRequest::Output::Zip);
    const QString name = m_name->text().trimmed();
    m_format->setEnabled(!marketplace);
    m_location->setEnabled(!marketplace);
    m_browseLocation->setEnabled(!marketplace);
    m_marketplace->setEnabled(marketplace);
    m_browseMarketplace->setEnabled(marketplace);
    m_marketplaceOwner->setEnabled(marketplace);
    m_location->setPlaceholderText(marketplace ? tr("In the marketplace: plugins/%1").arg(name) : QString());
    if (!m_locationEdited) {
        // name-1.2.0.zip, so that the versions of one plugin sit side by side.
        const QString version = m_version->text().trimmed();
        QString file = name;
        if (zip && !file.isEmpty() && PluginManifest::versionProblem(version).isEmpty())
            file += QLatin1Char('-') + version;
        if (zip && !file.isEmpty())
            file += QLatin1String(".zip");
        m_location->setText(file.isEmpty() ? QString() : QDir::toNativeSeparators(joinPath(m_outputFolder, file)));
    } else if (zip && !m_location->text().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        m_location->setText(m_location->text() + QStringLiteral(".zip"));
    } else if (!zip && m_location->text().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        m_location->setText(m_location->text().chopped(4));
    }
}

bool ExportDialog::hasWarnings() const
{
    if (m_check)
        return !m_check->findingsOf(Severity::Warning).isEmpty();
    for (int row = 0; row < m_agentList->count(); ++row) {
        if (m_agentList->item(row)->checkState() == Qt::Checked && m_agents.at(row).has(Severity::Warning))
            return true;
    }
    return false;
}

void ExportDialog::updateGate()
{
    m_gate->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QHash<QString, QTreeWidgetItem *> items;
    const auto itemFor = [&](const QString &path) {
        QTreeWidgetItem *&item = items[path];
        if (!item) {
            item = new QTreeWidgetItem(m_gate);
            const auto agent = std::find_if(m_agents.cbegin(), m_agents.cend(), [&path](const ExportCandidate &a) { return a.path == path; });
            item->setText(0, agent == m_agents.cend() ? tr("The plugin") : agent->name);
            item->setToolTip(0, QDir::toNativeSeparators(path));
            item->setData(0, PathRole, path);
            item->setIcon(0, warningIcon);
        }
        return item;
    };
    // Each finding shows under its agent (or the plugin): the writer's as it reports them, the
    // window's by line.
    const auto add = [&](const BundleFinding &finding, const QString &text) {
        QTreeWidgetItem *parent = itemFor(finding.path);
        auto *child = new QTreeWidgetItem(parent, {text});
        child->setToolTip(0, text);
        const bool isError = finding.severity == Severity::Error;
        child->setIcon(0, isError ? errorIcon : warningIcon);
        if (isError)
            parent->setIcon(0, errorIcon);
    };

    const QVector<Severity> worstFirst{Severity::Error, Severity::Warning};
    if (m_check) {
        // The writer's errors first: the agents that block the export lead.
        for (const Severity severity : worstFirst) {
            for (const BundleFinding &finding : std::as_const(m_check->findings)) {
                if (finding.severity == severity)
                    add(finding, finding.text());
            }
        }
    } else {
        for (int row = 0; row < m_agentList->count(); ++row) {
            if (m_agentList->item(row)->checkState() != Qt::Checked)
                continue;
            for (const Severity severity : worstFirst) {
                for (const BundleFinding &finding : m_agents.at(row).findings) {
                    if (finding.severity == severity)
                        add(finding, tr("line %1: %2 [%3]").arg(finding.line).arg(finding.message, finding.code));
                }
            }
        }
    }
    if (m_gate->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_gate, {tr("None in the chosen agents")});
        none->setFlags(Qt::NoItemFlags);
    }
    m_gate->expandAll();
}

QString ExportDialog::problem() const
{
    const BundleRequest request = this->request();
    QString problem = PluginManifest::nameProblem(request.manifest.name);
    if (problem.isEmpty())
        problem = PluginManifest::versionProblem(request.manifest.version);
    if (!problem.isEmpty())
        return problem;
    if (request.agents.isEmpty())
        return tr("Choose at least one agent to export.");
    if (!m_iconError.isEmpty())
        return m_iconError;
    if (!m_icon.isEmpty() && !PluginIcon::problem(m_icon).isEmpty())
        return PluginIcon::problem(m_icon);
    if (m_useMarketplace->isChecked() && request.marketplacePath.isEmpty())
        return tr("Choose the marketplace folder.");
    if (!m_useMarketplace->isChecked() && request.outputPath.isEmpty())
        return tr("Choose where to write the plugin.");
    if (m_check && !m_check->ok)
        return m_check->error;
    if (!m_check) {
        int failing = 0;
        for (int row = 0; row < m_agentList->count(); ++row) {
            if (m_agentList->item(row)->checkState() == Qt::Checked && m_agents.at(row).has(Severity::Error))
                ++failing;
        }
        if (failing > 0)
            return tr("%n agent(s) have errors; fix them or leave them out.", nullptr, failing);
    }
    if (hasWarnings() && !request.acceptWarnings)
        return tr("Accept the warnings to export, or fix them.");
    return {};
}

void ExportDialog::updateState()
{
    const QString problem = this->problem();
    m_export->setEnabled(problem.isEmpty());
    m_status->setText(problem);
    m_acceptWarnings->setEnabled(hasWarnings());
    const QTreeWidgetItem *current = m_gate->currentItem();
    const QTreeWidgetItem *top = current && current->parent() ? current->parent() : current;
    m_showAgent->setEnabled(top && !top->data(0, PathRole).toString().isEmpty());
}

void ExportDialog::showSelectedAgent()
{
    const QTreeWidgetItem *current = m_gate->currentItem();
    const QTreeWidgetItem *top = current && current->parent() ? current->parent() : current;
    const QString path = top ? top->data(0, PathRole).toString() : QString();
    if (!path.isEmpty())
        emit showAgentRequested(path);
}

void ExportDialog::chooseLocation()
{
    if (m_format->currentData().toInt() == int(BundleRequest::Output::Zip)) {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export to a .zip Archive"), m_location->text(), tr("Zip archives (*.zip)"));
        if (file.isEmpty())
            return;
        m_outputFolder = QFileInfo(file).absolutePath();
        m_locationEdited = true;
        m_location->setText(QDir::toNativeSeparators(file));
        updateLocation(); // adds a missing .zip
        return;
    }
    // The plugin's own folder is made inside the one chosen, named after the plugin.
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Folder to Export Into"), m_outputFolder);
    if (folder.isEmpty())
        return;
    m_outputFolder = folder;
    m_locationEdited = false;
    updateLocation();
}

void ExportDialog::chooseMarketplace()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Marketplace Folder"), m_marketplace->text());
    if (!folder.isEmpty())
        m_marketplace->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::chooseIcon()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the Plugin's Icon"), m_iconPath->text(),
                                                      tr("PNG or JPEG images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    m_iconPath->setText(QDir::toNativeSeparators(file));
    readIcon();
}

void ExportDialog::readIcon()
{
    m_icon.clear();
    m_iconError.clear();
    const QString path = m_iconPath->text().trimmed();
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_icon = file.readAll();
        else
            m_iconError = tr("Cannot read the icon %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    updateListing();
    formChanged();
}

void ExportDialog::updateListing()
{
    const QString license = m_license->currentData().toString();
    if (license.isEmpty())
        m_licenseNote->setText(tr("Without a license the plugin is not ready for the plugin directory, which refuses it (LICENSE_MISSING)."));
    else if (LicenseFile::withText().contains(license))
        m_licenseNote->setText(tr("plugin.json names %1 and LICENSE holds its text, with the author as the copyright holder.").arg(license));
    else
        m_licenseNote->setText(tr("plugin.json names %1; Agentry has no text of it for a LICENSE file.").arg(license));

    QImage image;
    if (m_icon.isEmpty())
        image.loadFromData(PluginIcon::generated(m_name->text().trimmed()));
    else
        image.loadFromData(m_icon);
    m_iconPreview->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image.scaled(m_iconPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_iconPreview->setToolTip(m_icon.isEmpty() ? tr("Generated from the plugin's name") : QDir::toNativeSeparators(m_iconPath->text()));
}

void ExportDialog::exportBundle()
{
    if (!m_export->isEnabled() || m_pages->currentIndex() != 0)
        return;
    // The writer's gate is the authority: it checks as a plugin agent and sees the output.
    // Warnings are accepted here, not by the check, so that its other findings show too.
    BundleRequest request = this->request();
    BundleRequest checking = request;
    checking.acceptWarnings = true;
    m_check = BundleWriter::check(checking);
    updateGate();
    updateState();
    if (!problem().isEmpty())
        return;

    QProgressDialog progress(tr("Exporting %1…").arg(request.manifest.name), tr("Cancel"), 0, int(request.agents.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    const BundleResult result = BundleWriter::write(request, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.close();
    if (!result.ok) {
        m_status->setText(result.error);
        return;
    }
    m_result = result;
    saveSettings();
    showResult(result);
    emit exported(result);
}

void ExportDialog::showResult(const BundleResult &result)
{
    const BundleRequest request = this->request();
    const QString destination = request.marketplacePath.isEmpty() ? request.outputPath : request.marketplacePath;
    m_resultSummary->setText(tr("Exported %n agent(s) as the plugin %1 to %2. Files written:", nullptr, int(request.agents.size()))
                                 .arg(request.manifest.name, QDir::toNativeSeparators(destination)));
    m_writtenFiles->setPlainText(result.writtenFiles.join(u'\n'));
    m_sha->setText(result.sha256);
    const bool zip = !result.sha256.isEmpty();
    m_shaLabel->setVisible(zip);
    m_sha->setVisible(zip);
    m_copySha->setVisible(zip);
    m_pages->setCurrentIndex(1);
    m_status->clear();
    m_export->hide();
    QPushButton *close = m_buttons->button(QDialogButtonBox::Cancel);
    close->setText(tr("Close"));
    close->setDefault(true);
    close->setFocus();
}

} // namespace Agentry
