// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/convertdialog.h"

#include "conversion/agentconverter.h"
#include "conversion/conversionwriter.h"
#include "conversionpreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Agentry {

namespace {

const QString kGroup = QStringLiteral("convert");
// Most agents are Claude Code's: the first of the others is the likelier target.
constexpr Runtime kFirstTarget = Runtime::Copilot;
// The files a question lists by name; it counts the rest.
constexpr int kListedFiles = 8;

enum ListColumn { AgentColumn, ResultColumn };

bool isWritable(const AgentConversion &conversion)
{
    return conversion.isConverted() && !conversion.hasErrors();
}

bool hasWarnings(const AgentConversion &conversion)
{
    return std::any_of(conversion.findings.cbegin(), conversion.findings.cend(),
                       [](const ConversionFinding &finding) { return finding.severity == Severity::Warning; });
}

QString firstError(const AgentConversion &conversion)
{
    for (const ConversionFinding &finding : conversion.findings) {
        if (finding.severity == Severity::Error)
            return finding.message;
    }
    return {};
}

} // namespace

ConvertDialog::ConvertDialog(const QVector<Agent> &agents, const QString &folder, std::optional<Runtime> runtime, QWidget *parent)
    : QDialog(parent)
    , m_agents(agents)
    , m_runtime(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_replace(new QCheckBox(tr("&Replace files that exist"), this))
    , m_list(new QTreeWidget(this))
    , m_selectAll(new QPushButton(tr("Select &All"), this))
    , m_selectNone(new QPushButton(tr("Select &None"), this))
    , m_preview(new ConversionPreview(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_convert(m_buttons->addButton(tr("C&onvert"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Convert Agents"));
    m_runtime->setObjectName(QStringLiteral("runtime"));
    for (const Runtime each : Runtimes::all())
        m_runtime->addItem(Runtimes::name(each), Runtimes::id(each));
    QSettings settings;
    settings.beginGroup(kGroup);
    setRuntime(runtime.value_or(Runtimes::fromId(settings.value(QStringLiteral("runtime")).toString()).value_or(kFirstTarget)));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_folder->setPlaceholderText(tr("The project folder the new files go into"));
    m_folder->setToolTip(tr("Each file goes to its runtime's place in this folder, such as .gemini/agents/"));
    m_replace->setObjectName(QStringLiteral("replace"));
    // Enter converts wherever the focus is.
    for (QPushButton *button : {m_browse, m_selectAll, m_selectNone})
        button->setAutoDefault(false);
    m_convert->setDefault(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("agents"));
    m_list->setAccessibleName(tr("Agents to convert"));
    m_list->setHeaderLabels({tr("Agent"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(AgentColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    for (const Agent &agent : m_agents) {
        auto *item = new QTreeWidgetItem(m_list, {agent.name});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(AgentColumn, agent.checked ? Qt::Checked : Qt::Unchecked);
    }

    auto *top = new QGridLayout;
    auto *runtimeLabel = new QLabel(tr("Con&vert to:"), this);
    runtimeLabel->setBuddy(m_runtime);
    auto *folderLabel = new QLabel(tr("&Into:"), this);
    folderLabel->setBuddy(m_folder);
    top->addWidget(runtimeLabel, 0, 0);
    top->addWidget(m_runtime, 0, 1, Qt::AlignLeft);
    top->addWidget(folderLabel, 1, 0);
    top->addWidget(m_folder, 1, 1);
    top->addWidget(m_browse, 1, 2);
    top->addWidget(m_replace, 2, 1, 1, 2);
    top->setColumnStretch(1, 1);

    auto *agentsLabel = new QLabel(tr("Agen&ts:"), this);
    agentsLabel->setBuddy(m_list);
    auto *selection = new QHBoxLayout;
    selection->addWidget(m_selectAll);
    selection->addWidget(m_selectNone);
    selection->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(agentsLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(selection);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_runtime, qOverload<int>(&QComboBox::currentIndexChanged), this, &ConvertDialog::recompute);
    connect(m_list, &QTreeWidget::itemChanged, this, &ConvertDialog::recompute);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConvertDialog::showSelected);
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        m_error.clear();
        showAgents(); // which agent would write over its own file depends on the folder
        updateState();
    });
    connect(m_replace, &QCheckBox::toggled, this, [this] {
        m_error.clear();
        updateState();
    });
    connect(m_browse, &QPushButton::clicked, this, &ConvertDialog::chooseFolder);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConvertDialog::convert);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QList<QWidget *> order{m_runtime, m_folder, m_browse, m_replace, m_list, m_selectAll, m_selectNone, m_preview};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    recompute();
    const auto checked = std::find_if(m_agents.cbegin(), m_agents.cend(), [](const Agent &agent) { return agent.checked; });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(checked == m_agents.cend() ? 0 : int(checked - m_agents.cbegin())));
    m_runtime->setFocus();
    resize(1200, 720);
    splitter->setSizes({480, 720});
}

Runtime ConvertDialog::runtime() const
{
    return Runtimes::fromId(m_runtime->currentData().toString()).value_or(kFirstTarget);
}

void ConvertDialog::setRuntime(Runtime runtime)
{
    m_runtime->setCurrentIndex(m_runtime->findData(Runtimes::id(runtime)));
}

QString ConvertDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

bool ConvertDialog::isInPlace(const AgentConversion &conversion) const
{
    return !folder().isEmpty()
        && QDir::cleanPath(QDir(folder()).absoluteFilePath(conversion.relativePath)) == QDir::cleanPath(QFileInfo(conversion.source).absoluteFilePath());
}

QVector<AgentConversion> ConvertDialog::toWrite() const
{
    QVector<AgentConversion> conversions;
    for (const std::optional<AgentConversion> &conversion : m_conversions) {
        if (conversion && isWritable(*conversion) && !isInPlace(*conversion))
            conversions.append(*conversion);
    }
    return conversions;
}

// Every checked agent again, with one set of names taken: two agents never get one name.
void ConvertDialog::recompute()
{
    const AgentConverter converter(runtime());
    QSet<QString> taken;
    m_conversions.clear();
    for (int row = 0; row < m_agents.size(); ++row) {
        const Agent &agent = m_agents.at(row);
        if (m_list->topLevelItem(row)->checkState(AgentColumn) == Qt::Checked)
            m_conversions.append(converter.convert(agent.path, agent.bytes, agent.scope, agent.from, &taken));
        else
            m_conversions.append(std::nullopt);
    }
    m_error.clear();
    showAgents();
    showSelected();
    updateState();
}

void ConvertDialog::showAgents()
{
    const QSignalBlocker blocker(m_list); // texts and icons only: nothing to convert again
    for (int row = 0; row < m_conversions.size(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const std::optional<AgentConversion> &conversion = m_conversions.at(row);
        QString result;
        QString tip = tr("Check the agent to convert it.");
        QIcon icon;
        if (!conversion) {
            item->setText(AgentColumn, m_agents.at(row).name);
        } else if (!isWritable(*conversion)) {
            item->setText(AgentColumn, conversion->sourceName);
            result = tr("cannot convert");
            tip = firstError(*conversion);
            icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        } else {
            item->setText(AgentColumn, tr("%1 → %2").arg(conversion->sourceName, conversion->name));
            tip = QDir::toNativeSeparators(conversion->relativePath);
            if (isInPlace(*conversion)) {
                result = tr("there already");
                tip = tr("%1 is this agent's own file: nothing is written.").arg(tip);
                icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
            } else if (hasWarnings(*conversion)) {
                result = tr("converts with warnings");
                icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            } else {
                result = tr("converts");
                icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
            }
        }
        item->setText(ResultColumn, result);
        item->setIcon(ResultColumn, icon);
        item->setToolTip(AgentColumn, item->text(AgentColumn) + u'\n' + QDir::toNativeSeparators(m_agents.at(row).path));
        item->setToolTip(ResultColumn, tip);
    }
}

void ConvertDialog::showSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const std::optional<AgentConversion> *conversion = row >= 0 && row < m_conversions.size() ? &m_conversions.at(row) : nullptr;
    m_preview->setConversion(conversion && *conversion ? &**conversion : nullptr);
}

QString ConvertDialog::problem() const
{
    const bool anyChecked = std::any_of(m_conversions.cbegin(), m_conversions.cend(), [](const auto &conversion) { return conversion.has_value(); });
    if (!anyChecked)
        return tr("Choose at least one agent to convert.");
    if (folder().isEmpty())
        return tr("Choose the folder to write into.");
    if (QFileInfo(folder()).exists() && !QFileInfo(folder()).isDir())
        return tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder()));
    if (toWrite().isEmpty())
        return tr("Nothing to write: none of the chosen agents converts to a new file for %1.").arg(Runtimes::name(runtime()));
    return {};
}

void ConvertDialog::updateState()
{
    const QString problem = this->problem();
    m_convert->setEnabled(problem.isEmpty());
    m_convert->setToolTip(problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        return;
    }
    int cannot = 0;
    int inPlace = 0;
    for (const std::optional<AgentConversion> &conversion : std::as_const(m_conversions)) {
        if (conversion && !isWritable(*conversion))
            ++cannot;
        else if (conversion && isInPlace(*conversion))
            ++inPlace;
    }
    QString status = tr("%n agent(s) will be written to %1.", nullptr, int(toWrite().size())).arg(QDir::toNativeSeparators(folder()));
    if (cannot > 0)
        status += u' ' + tr("%n cannot be converted.", nullptr, cannot);
    if (inPlace > 0)
        status += u' ' + tr("%n agent(s) left out: each is its own file already.", nullptr, inPlace);
    m_status->setText(status);
}

void ConvertDialog::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_list); // converted once, below, not once per agent
        for (int row = 0; row < m_list->topLevelItemCount(); ++row)
            m_list->topLevelItem(row)->setCheckState(AgentColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
    recompute();
}

void ConvertDialog::chooseFolder()
{
    QFileInfo start(folder());
    while (!start.filePath().isEmpty() && !start.isDir() && !start.isRoot() && start.absolutePath() != start.absoluteFilePath())
        start.setFile(start.absolutePath());
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the Folder to Write Into"), start.filePath());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

bool ConvertDialog::askToReplace(const QStringList &existing)
{
    if (m_replaceQuestion)
        return m_replaceQuestion(existing);
    QStringList shown;
    for (const QString &path : existing.mid(0, kListedFiles))
        shown.append(QDir::toNativeSeparators(path));
    if (existing.size() > kListedFiles)
        shown.append(tr("and %n more", nullptr, int(existing.size() - kListedFiles)));
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    tr("%n file(s) exist already. Replace them with the converted agents?", nullptr, int(existing.size())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(shown.join(u'\n'));
    QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == replace;
}

bool ConvertDialog::convert()
{
    if (!problem().isEmpty())
        return false;
    const QVector<AgentConversion> conversions = toWrite();
    ConversionWriter::Existing existing = m_replace->isChecked() ? ConversionWriter::Existing::Overwrite : ConversionWriter::Existing::Refuse;
    if (const QStringList taken = ConversionWriter::existing(conversions, folder());
        existing == ConversionWriter::Existing::Refuse && !taken.isEmpty()) {
        if (!askToReplace(taken)) {
            m_error = tr("Nothing was written: the files that exist are kept.");
            updateState();
            return false;
        }
        existing = ConversionWriter::Existing::Overwrite;
    }
    QStringList written;
    const QString error = ConversionWriter::write(conversions, folder(), existing, &written);
    if (!error.isEmpty()) {
        m_error = error;
        updateState();
        return false;
    }
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("runtime"), Runtimes::id(runtime()));
    emit converted(written);
    accept();
    return true;
}

} // namespace Agentry
