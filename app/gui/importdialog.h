// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/bundlereader.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTemporaryDir;
class QTreeWidget;

namespace Agentry {

// Opens a plugin folder, a marketplace folder or a .zip (unpacked safely into a temporary
// folder the dialog owns), shows its plugins and agents, and copies the chosen agents into
// a project's .claude/agents, asking before it replaces a file.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `agentsFolder` is where "Add to Project…" copies by default: the open folder's
    // .claude/agents (it need not exist yet); empty asks for a folder.
    explicit ImportDialog(const QString &agentsFolder, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the bundle at `path`, replacing the one shown; false (and why, shown) when it is
    // refused. A zip's agent files live in the dialog's temporary folder, as long as it does.
    bool openBundle(const QString &path);
    const BundleContents &contents() const { return m_contents; }
    // Every agent file of the opened bundle, absolute; empty when none is open.
    QStringList agentFiles() const;
    // Copies the checked agents into `agentsFolder`, asking for each file there already
    // whether to replace it or skip it. Returns the files written, also sent by agentsCopied().
    QStringList addToProject(const QString &agentsFolder);

signals:
    // After each openBundle(): the bundle's agent files, empty when it was refused.
    void bundleOpened(const QStringList &agentFiles);
    // Agents were copied into a project: the new files.
    void agentsCopied(const QStringList &paths);

private:
    void chooseFolder();
    void chooseZip();
    void chooseProjectFolder();
    void showContents();
    // A group of `lines` under `title`, left out when there are none.
    void addNotes(const QString &title, const QString &details, const QStringList &lines);
    void showError(const QString &error);
    void updateState();
    QStringList checkedAgents() const;

    const QString m_agentsFolder;
    std::unique_ptr<QTemporaryDir> m_scratch; // a zip's extraction
    BundleContents m_contents;

    // Children, owned through the QObject tree.
    QLabel *m_source;
    QPushButton *m_openFolder;
    QPushButton *m_openZip;
    QTreeWidget *m_tree;
    QLabel *m_errorIcon;
    QLabel *m_error;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add;
};

} // namespace Agentry
