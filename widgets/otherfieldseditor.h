// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/agenttext.h"
#include "text/fieldchange.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Agentry {

class FieldLabel;
class YamlSnippetEdit;

// The frontmatter keys the form has no editor for, each as raw YAML with a Remove button,
// and a row to add a key: nothing the form does not understand is dropped or hidden.
class OtherFieldsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OtherFieldsEditor(QWidget *parent = nullptr);

    // Shows the keys of `text` that are not in `knownKeys`, in file order. Rows are rebuilt
    // only when that set of keys changes; otherwise their values are updated in place.
    void setFields(const AgentText &text, const QStringList &knownKeys);
    void setReadOnly(bool readOnly);
    // Forgets what belongs to the previous document: text that did not parse, a half-typed new key.
    void resetView();
    const QStringList &keys() const { return m_keys; }
    FieldLabel *labelFor(const QString &key) const;
    QVector<FieldLabel *> labels() const;

signals:
    void changeRequested(const FieldChange &change);
    // Rows were created or deleted: the form re-chains the Tab order.
    void widgetsChanged();

private:
    struct Row
    {
        QString key;
        FieldLabel *label;
        YamlSnippetEdit *edit;
        QToolButton *remove;
    };

    void rebuild(const QStringList &keys);
    void showAddRow(bool show);
    void addField();

    QStringList m_keys;     // the rows' keys
    QStringList m_fileKeys; // every key of the file, for the check of a new key
    bool m_readOnly = false;
    QVector<Row> m_rows;
    // All owned through the QObject tree.
    QFormLayout *m_layout;
    QLabel *m_empty;
    QPushButton *m_addButton;
    QWidget *m_addRow;
    QLineEdit *m_newKey;
    QLineEdit *m_newValue;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QLabel *m_addError;
};

} // namespace Agentry
