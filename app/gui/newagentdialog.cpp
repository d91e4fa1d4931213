// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/newagentdialog.h"

#include "document/agentfiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Agentry {

NewAgentDialog::NewAgentDialog(const QString &projectFolder, const QString &userFolder, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Agent"));
    m_name->setPlaceholderText(tr("code-reviewer"));
    m_description->setPlaceholderText(tr("When to use this agent, in one sentence"));
    m_scope->addItem(tr("Project: %1").arg(QDir::toNativeSeparators(projectFolder)), projectFolder);
    m_scope->addItem(tr("User: %1").arg(QDir::toNativeSeparators(userFolder)), userFolder);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Description:"), m_description);
    layout->addRow(tr("&Scope:"), m_scope);
    layout->addRow(tr("File:"), m_preview);
    layout->addRow(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewAgentDialog::updatePreview);
    connect(m_scope, qOverload<int>(&QComboBox::currentIndexChanged), this, &NewAgentDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    resize(560, sizeHint().height());
}

QString NewAgentDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewAgentDialog::description() const
{
    return m_description->text().trimmed();
}

QString NewAgentDialog::folder() const
{
    return m_scope->currentData().toString();
}

bool NewAgentDialog::isUserScope() const
{
    return m_scope->currentIndex() == 1;
}

void NewAgentDialog::updatePreview()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
    const QString path = AgentFiles::freePath(folder(), AgentFiles::slug(name()));
    m_preview->setText(QDir::toNativeSeparators(path));
}

} // namespace Agentry
