// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/bundlewriter.h"
#include "bundles/exportcandidate.h"

#include <QByteArray>
#include <QDialog>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Agentry {

// The export form: the plugin's manifest with its license and listing icon, which agents,
// for which runtime (a Claude Code plugin, another runtime's bundle, or all of them side by
// side), folder or .zip, an optional marketplace; the gate (errors block, warnings must be accepted); then BundleWriter::write
// with progress and cancel, and what was written (with the zip's SHA-256).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `agents` are all offered, all checked; the form starts from the last export's author,
    // license and output folder (QSettings group "export").
    explicit ExportDialog(const QVector<ExportCandidate> &agents, QWidget *parent = nullptr);

    // What the form describes now: the checked agents, the manifest and the output.
    BundleRequest request() const;
    // The last export's result; empty until Export was pressed and got past the gate.
    const std::optional<BundleResult> &result() const { return m_result; }
    // Why Export is disabled now (translated), or empty.
    QString problem() const;

signals:
    // The user asked to open an agent of the gate to fix it.
    void showAgentRequested(const QString &path);
    // An export finished and wrote `result.writtenFiles`.
    void exported(const BundleResult &result);

private:
    QWidget *createForm();
    QWidget *createResultPage();
    void loadSettings();
    void saveSettings() const;
    void nameChanged();
    void formChanged();
    void updateLocation();
    void updateGate();
    void updateState();
    void chooseLocation();
    void chooseMarketplace();
    void chooseIcon();
    // Reads the icon the path names; an empty path means the generated icon.
    void readIcon();
    // The icon's preview and the license's note, after either changed.
    void updateListing();
    void showSelectedAgent();
    void exportBundle();
    void showResult(const BundleResult &result);
    // Whether the export needs warnings accepted: the writer's when it has checked, else the window's.
    bool hasWarnings() const;

    const QVector<ExportCandidate> m_agents;
    std::optional<BundleResult> m_check; // the last BundleWriter::check that failed, until the form changes
    std::optional<BundleResult> m_result;
    QByteArray m_icon;       // the chosen icon's bytes; empty: the generated one
    QString m_iconError;     // why the chosen icon file cannot be read or used
    QString m_outputFolder; // where new outputs go, unless the user typed a location
    bool m_versionEdited = false;
    bool m_locationEdited = false;

    // Children, owned through the QObject tree.
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_version;
    QLineEdit *m_description;
    QLineEdit *m_authorName;
    QLineEdit *m_authorEmail;
    QLineEdit *m_authorUrl;
    QLineEdit *m_homepage;
    QLineEdit *m_repository;
    QComboBox *m_license;
    QLabel *m_licenseNote;
    QLabel *m_iconPreview;
    QLineEdit *m_iconPath;
    QPushButton *m_browseIcon;
    QPushButton *m_generatedIcon;
    QLineEdit *m_keywords;
    QListWidget *m_agentList;
    QTreeWidget *m_gate;
    QPushButton *m_showAgent;
    QCheckBox *m_acceptWarnings;
    QComboBox *m_runtime; // a runtime's id, or empty for all of them
    QComboBox *m_format;
    QLineEdit *m_location;
    QPushButton *m_browseLocation;
    QCheckBox *m_overwrite;
    QCheckBox *m_useMarketplace;
    QLineEdit *m_marketplace;
    QPushButton *m_browseMarketplace;
    QLineEdit *m_marketplaceOwner;
    QLabel *m_status;
    QLabel *m_resultSummary;
    QPlainTextEdit *m_writtenFiles;
    QLabel *m_shaLabel;
    QLineEdit *m_sha;
    QPushButton *m_copySha;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
};

} // namespace Agentry
