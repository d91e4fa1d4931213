// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/bundlecommands.h"

#include "bundles/bundlereader.h"
#include "bundles/exportcandidate.h"
#include "document/agentdocument.h"
#include "gui/convertdialog.h"
#include "gui/exportdialog.h"
#include "gui/importdialog.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"
#include "library/libraryoperations.h"

#include <QDir>
#include <QMessageBox>

namespace Agentry {

BundleCommands::BundleCommands(LibraryOperations *operations, AgentLibrary *library, LibraryChecker *checker, QWidget *window)
    : QObject(window)
    , m_operations(operations)
    , m_library(library)
    , m_checker(checker)
    , m_window(window)
{
}

QString BundleCommands::exportBundle(const QVector<int> &items)
{
    m_checker->flush();
    const QVector<ExportCandidate> candidates = ExportCandidate::fromLibrary(*m_library, *m_checker, items);
    if (candidates.isEmpty()) {
        QMessageBox::information(m_window, tr("Export as Plugin"), tr("Open a folder with agents first; the agents the library shows are exported."));
        return {};
    }
    ExportDialog dialog(candidates, m_window);
    QString fixPath;
    connect(&dialog, &ExportDialog::showAgentRequested, &dialog, [&dialog, &fixPath](const QString &path) {
        fixPath = path;
        dialog.reject();
    });
    connect(&dialog, &ExportDialog::exported, this, [this](const BundleResult &result) {
        const int files = int(result.writtenFiles.size());
        emit message(result.sha256.isEmpty() ? tr("Exported %n file(s).", nullptr, files)
                                             : tr("Exported %n file(s); SHA-256 %1.", nullptr, files).arg(result.sha256),
                     15000);
    });
    dialog.exec();
    return fixPath;
}

void BundleCommands::convert(const QVector<int> &items, int checked, std::optional<Runtime> runtime)
{
    QVector<ConvertDialog::Agent> agents;
    for (const int item : items) {
        const LibraryItem &libraryItem = m_library->item(item);
        if (!libraryItem.document)
            continue;
        ConvertDialog::Agent agent;
        agent.path = libraryItem.document->path();
        agent.name = m_checker->nameOf(libraryItem.document);
        agent.bytes = libraryItem.document->text().bytes;
        agent.scope = libraryItem.file.scope;
        agent.from = m_checker->folderRuntimes().runtimeFor(agent.path);
        agent.checked = item == checked;
        agents.append(agent);
    }
    if (agents.isEmpty()) {
        QMessageBox::information(m_window, tr("Convert Agents"), tr("Open a folder with agents first; the agents the library shows can be converted."));
        return;
    }
    ConvertDialog dialog(agents, m_library->folder(), runtime, m_window);
    connect(&dialog, &ConvertDialog::converted, this, [this, &dialog](const QStringList &paths) {
        m_operations->addCopies(paths);
        emit message(tr("Converted %n agent(s) for %1.", nullptr, int(paths.size())).arg(Runtimes::name(dialog.runtime())), 8000);
    });
    dialog.exec();
}

void BundleCommands::importBundle()
{
    const QString agentsFolder = m_library->folder().isEmpty() ? QString()
                                                               : QDir(m_library->folder()).filePath(QStringLiteral(".claude/agents"));
    ImportDialog dialog(agentsFolder, m_window);
    connect(&dialog, &ImportDialog::bundleOpened, this, [this, &dialog] { showBundle(dialog.contents()); });
    connect(&dialog, &ImportDialog::agentsCopied, this, [this](const QStringList &paths) {
        m_operations->addCopies(paths);
        emit message(tr("Copied %n agent(s) into the project.", nullptr, int(paths.size())), 8000);
    });
    dialog.exec();
}

void BundleCommands::showBundle(const BundleContents &contents)
{
    QVector<LibraryOperations::BundlePlugin> plugins;
    for (const BundlePlugin &plugin : contents.plugins) {
        if (contents.ok)
            plugins.append({plugin.manifest.name, plugin.agentFiles});
    }
    const LibraryOperations::Shown shown = m_operations->showBundle(plugins);
    if (!shown.error.isEmpty())
        emit message(shown.error, 8000);
    else if (!plugins.isEmpty())
        emit message(tr("The library shows the bundle's %n agent(s), read-only.", nullptr, shown.agents), 8000);
}

} // namespace Agentry
