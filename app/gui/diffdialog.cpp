// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/diffdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Agentry {

DiffDialog::DiffDialog(const QString &title, const QString &diff, QWidget *parent)
    : DiffDialog(title, diff, QString(), parent)
{
}

DiffDialog::DiffDialog(const QString &title, const QString &diff, const QString &applyText, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
{
    setWindowTitle(title);
    auto *view = new QPlainTextEdit(this);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(diff.isEmpty() ? tr("The texts are the same.") : diff);
    // Colour added and removed lines; the marks stay, so colour is never the only cue.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QColor colour;
        if (text.startsWith(u'+') && !text.startsWith(QLatin1String("+++")))
            colour = dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xdd, 0xf4, 0xe0);
        else if (text.startsWith(u'-') && !text.startsWith(QLatin1String("---")))
            colour = dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfb, 0xe1, 0xe1);
        else if (text.startsWith(QLatin1String("@@")))
            colour = palette().color(QPalette::AlternateBase);
        if (!colour.isValid())
            continue;
        QTextBlockFormat format;
        format.setBackground(colour);
        QTextCursor(block).setBlockFormat(format);
    }
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->hide();
    auto *buttons = new QDialogButtonBox(applyText.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel, this);
    if (!applyText.isEmpty()) {
        QPushButton *apply = buttons->addButton(applyText, QDialogButtonBox::AcceptRole);
        apply->setDefault(true);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(800, 560);
}

void DiffDialog::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

} // namespace Agentry
