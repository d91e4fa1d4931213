// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversionpreview.h"

#include "bodyeditor.h"
#include "codeeditor.h"
#include "conversion/agentconversion.h"
#include "grantchangesview.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Agentry {

ConversionPreview::ConversionPreview(QWidget *parent)
    : QTabWidget(parent)
    , m_path(new QLabel)
    , m_file(new BodyEditor(HighlighterFactory::Mode::Source))
    , m_findings(new QTreeWidget)
    , m_grants(new GrantChangesView)
{
    setAccessibleName(tr("Preview of the converted agent"));
    m_path->setObjectName(QStringLiteral("newPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setObjectName(QStringLiteral("newFile"));
    CodeEditor *editor = m_file->editor();
    editor->setReadOnly(true);
    // Read-only: Tab moves on, as everywhere else in the dialog.
    editor->setTabChangesFocus(true);
    editor->setAccessibleName(tr("The converted file"));
    auto *filePage = new QWidget;
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->addWidget(m_path);
    fileLayout->addWidget(m_file, 1);
    filePage->setFocusProxy(m_file);

    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setAccessibleName(tr("Findings of the conversion"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Field"), tr("Message")});
    m_findings->setRootIsDecorated(false);
    // Messages are long: shown whole, scrolled sideways rather than cut.
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(false);

    addTab(filePage, tr("New &File"));
    addTab(m_findings, tr("Fin&dings"));
    addTab(m_grants, tr("&Grants"));
    setConversion(nullptr);
}

void ConversionPreview::setConversion(const AgentConversion *conversion)
{
    const bool converted = conversion && conversion->isConverted();
    m_path->setText(converted ? tr("Written as %1").arg(QDir::toNativeSeparators(conversion->relativePath))
                    : conversion ? tr("Not converted: see the findings.")
                                 : tr("Choose an agent to see its new file."));
    CodeEditor *editor = m_file->editor();
    editor->setPlainText(converted ? QString::fromUtf8(conversion->bytes) : QString());
    showFindings(conversion);
    m_grants->setConversion(conversion);
}

void ConversionPreview::showFindings(const AgentConversion *conversion)
{
    m_findings->clear();
    const int count = conversion ? int(conversion->findings.size()) : 0;
    setTabText(FindingsPage, count > 0 ? tr("Fin&dings (%1)").arg(count) : tr("Fin&dings"));
    if (!conversion)
        return;
    for (const ConversionFinding &finding : conversion->findings) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QString severity = tr("Information");
        if (finding.severity == Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            severity = tr("Error");
        } else if (finding.severity == Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            severity = tr("Warning");
        }
        auto *item = new QTreeWidgetItem(m_findings, {severity, finding.field, finding.message});
        item->setIcon(SeverityColumn, style()->standardIcon(icon));
        item->setToolTip(MessageColumn, finding.message);
    }
    if (count == 0) {
        auto *none = new QTreeWidgetItem(m_findings, {tr("Nothing to report: everything was carried over as it was.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
}

} // namespace Agentry
