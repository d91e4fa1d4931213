// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldeditor.h"

class QLabel;

namespace Agentry {

class GrowingTextEdit;

// A value edited as YAML text (a hooks map, an MCP server list, any key the form does not
// know). Asks for a change whenever the text is valid YAML; while it is not, shows where
// the parser stopped and asks for nothing.
class YamlSnippetEdit : public FieldEditor
{
    Q_OBJECT

public:
    enum class WhenEmpty {
        Remove, // an empty text removes the key
        Null,   // an empty text leaves `key:` with no value
    };

    YamlSnippetEdit(const QString &key, WhenEmpty whenEmpty, int minimumLines, QWidget *parent = nullptr);

    // Also takes the file's text of the value when it changed without changing the value
    // (a new comment, other indentation), unless the user is editing here.
    void setField(const FrontmatterField *field, const AgentText &text) override;
    void setReadOnly(bool readOnly) override;
    QWidget *focusTarget() const override;
    // Drops text that did not parse: it belonged to the previous document.
    void resetView() override;
    void setPlaceholderText(const QString &text);
    bool hasError() const;

protected:
    void showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text) override;
    bool shows(const QJsonValue &value) const override;

private:
    void userEdited();
    void showError(const QString &message);

    WhenEmpty m_whenEmpty;
    GrowingTextEdit *m_edit; // owned through the QObject tree, like the labels
    QLabel *m_errorIcon;
    QLabel *m_error;
};

} // namespace Agentry
