// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/dialect.h"
#include "text/agenttext.h"
#include "text/fieldchange.h"
#include "validation/diagnostic.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace Agentry {

class CollapsibleSection;
class FieldEditor;
class FieldLabel;
class MessageBanner;
class OtherFieldsEditor;
struct FieldSpec;

// The frontmatter of one agent as a settings page: a field per key of the dialect's specs,
// every other key as raw YAML, and what can be recovered when the block does not parse.
// It shows an AgentText and asks for changes; it never edits text itself.
class FrontmatterForm : public QWidget
{
    Q_OBJECT

public:
    explicit FrontmatterForm(QWidget *parent = nullptr);

    // Shows `text` without emitting changeRequested(). Cheap enough to call after every
    // edit: widgets are rebuilt only when the dialect or the set of other keys changes,
    // and a field that already shows its value (the one being typed in) is left alone.
    // A new `fileName` resets the view (filters, folded groups, scrolling), so pass the
    // document's path.
    void setAgentText(const AgentText &text, Dialect dialect, const QString &fileName = QString());

    // Marks the field of each diagnostic that names one (Diagnostic::field) with its
    // problems, the worst first. Replaces the previous marks.
    void setFieldProblems(const QVector<Diagnostic> &diagnostics);
    // Offers fixes on the marks of those problems: key → fix titles, each answered by
    // fixRequested(). Replaces the previous fixes; keys without a problem mark get none.
    void setFieldFixes(const QHash<QString, QStringList> &titles);

    // For files that must not change (not UTF-8, no write permission).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    // One per user change, for the document to apply (FrontmatterPatcher) as one undo step;
    // consecutive changes of one key come from typing and may be merged.
    void changeRequested(const FieldChange &change);
    // The user asked to fix the frontmatter in the source: `line` is 0-based in the file.
    void editSourceRequested(int line);
    // The user chose the fix at `index` of the titles setFieldFixes() gave for `key`.
    void fixRequested(const QString &key, int index);
    // The user asked for a frontmatter in a file that has none.
    void createFrontmatterRequested();

private:
    enum class BannerAction { None, EditSource, CreateFrontmatter };

    void rebuild(Dialect dialect);
    FieldEditor *createEditor(const FieldSpec &spec, QWidget *parent);
    QFormLayout *addSection(const QString &title, QVBoxLayout *into, QWidget *parent);
    void showBanner(const AgentText &text);
    void showRecovered(const AgentText &text);
    void applyReadOnly();
    void applyProblems();
    void alignLabels();
    void scheduleFocusChain();
    void bannerTriggered();

    AgentText m_text; // the text shown: its bytes are shared with the caller's copy
    std::optional<Dialect> m_dialect;
    QString m_fileName;
    bool m_readOnly = false;
    bool m_textReadOnly = false; // the text itself cannot be edited through the form
    bool m_fresh = true;         // the next text is a new file's: open the sections it uses
    BannerAction m_bannerAction = BannerAction::None;
    int m_editLine = 0;
    struct FieldProblem
    {
        Severity severity = Severity::Info; // the worst of the field's problems
        QString message;                    // all of them, the worst first, one a line
    };
    QHash<QString, FieldProblem> m_problems;
    QHash<QString, QStringList> m_fixes;
    QVector<QPair<QString, QString>> m_recoveredShown; // key and value of the rows shown

    // All owned through the QObject tree.
    QScrollArea *m_scroll;
    QWidget *m_page;
    MessageBanner *m_banner;
    QWidget *m_recovered;
    QFormLayout *m_recoveredLayout;
    QWidget *m_fields = nullptr; // the dialect's sections, rebuilt with it
    QVBoxLayout *m_fieldsHost;
    QVector<FieldEditor *> m_editors;
    QStringList m_specKeys;
    QHash<QString, FieldLabel *> m_labels;
    QStringList m_advancedKeys;
    CollapsibleSection *m_advanced = nullptr;
    QWidget *m_otherSection;
    OtherFieldsEditor *m_other;
    QTimer *m_focusChainTimer;
};

} // namespace Agentry
