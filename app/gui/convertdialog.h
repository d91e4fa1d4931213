// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "conversion/agentconversion.h"
#include "runtime/agentscope.h"
#include "runtime/runtimes.h"

#include <QByteArray>
#include <QDialog>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Agentry {

class ConversionPreview;

// Converts agents for another runtime: which runtime and folder, which agents (each shown
// with its new name and whether it converts), the chosen one's new file, findings and grants
// before and after; then ConversionWriter::write, asking before it replaces files. Conversions
// are worked out again whenever the runtime or the chosen agents change (they are fast).
class ConvertDialog : public QDialog
{
    Q_OBJECT

public:
    // One agent offered: its text as the window holds it, unsaved edits included.
    struct Agent
    {
        QString path;
        QString name; // as the library shows it
        QByteArray bytes;
        AgentScope scope = AgentScope::Project;
        std::optional<Runtime> from; // the runtime its folder is read as, if the user chose one
        bool checked = false;
    };

    // `folder` is where the files go by default (the library's folder). `runtime` is the one to
    // convert to; without it, the last one chosen (QSettings group "convert").
    ConvertDialog(const QVector<Agent> &agents, const QString &folder, std::optional<Runtime> runtime, QWidget *parent = nullptr);

    Runtime runtime() const;
    void setRuntime(Runtime runtime);
    // The folder the new files go into, as typed ('/' separators).
    QString folder() const;
    // The conversion of each agent offered, in order; none for an agent left unchecked.
    const QVector<std::optional<AgentConversion>> &conversions() const { return m_conversions; }
    // The conversions Convert would write.
    QVector<AgentConversion> toWrite() const;
    // Why Convert is disabled now (translated), or empty.
    QString problem() const;

    // Asked before files that exist are replaced (unless "Replace files that exist" is
    // checked): true replaces them. A message box unless set; tests answer in its place.
    using ReplaceQuestion = std::function<bool(const QStringList &existing)>;
    void setReplaceQuestion(ReplaceQuestion question) { m_replaceQuestion = std::move(question); }

    // Writes toWrite() into the folder; on success emits converted() and accepts the dialog.
    // Returns false (and shows why) when nothing was written.
    bool convert();

signals:
    // Files were written for runtime(): their paths.
    void converted(const QStringList &paths);

private:
    void recompute();
    void showAgents();
    void showSelected();
    void updateState();
    void setAllChecked(bool checked);
    void chooseFolder();
    bool askToReplace(const QStringList &existing);
    // A conversion that would be written to its own source: it is there already.
    bool isInPlace(const AgentConversion &conversion) const;

    const QVector<Agent> m_agents;
    QVector<std::optional<AgentConversion>> m_conversions;
    QString m_error; // why the last Convert wrote nothing, until something changes
    ReplaceQuestion m_replaceQuestion;

    // Children, owned through the QObject tree.
    QComboBox *m_runtime;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QCheckBox *m_replace;
    QTreeWidget *m_list;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    ConversionPreview *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_convert;
};

} // namespace Agentry
