// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFlags>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QTextEdit>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Agentry {

// An inline find-and-replace bar for a QPlainTextEdit, shown along its edge as in Kate and
// ghostwriter. It highlights every match (in the Search layer when the editor is a
// CodeEditor) and replaces all matches as one edit, so that it is one step of undo.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    enum class Option {
        CaseSensitive = 0x1,
        WholeWords = 0x2,
        RegularExpression = 0x4,
    };
    Q_DECLARE_FLAGS(Options, Option)

    // Searches `editor`, which is not owned and must outlive the bar; `parent` owns the bar.
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Ctrl+F, Ctrl+H, F3 and Shift+F3, active while the editor or the bar has focus; for an
    // Edit menu. Escape closes the bar.
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }

    // Shows the bar with the search field focused, filled with the editor's selection if
    // that is within one line; openReplace() also shows the replace field.
    void openFind();
    void openReplace();

    QString searchText() const;
    void setSearchText(const QString &text);
    void setReplaceText(const QString &text);
    Options options() const;
    void setOptions(Options options);

    // Select the next or previous match in the editor, wrapping around the ends; false
    // if there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match and selects the next one; selects the next match first if
    // the selection is none.
    void replace();
    // Replaces every match in one edit block; returns how many.
    int replaceAll();

    int matchCount() const;
    // The 1-based number of the match selected in the editor, or 0.
    int currentMatch() const;
    // "3 of 12", "No matches", the pattern's error, the wrap-around note.
    QString statusText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Match
    {
        int start;
        int length;
    };
    enum class Direction { Forward, Backward };
    enum class From { Cursor, SelectionStart };

    QRegularExpression expression() const;
    void ensureMatches() const;
    void searchChanged();
    bool find(Direction direction, From from);
    int matchAt(int start, int end) const;
    void select(const Match &match);
    void showMatches();
    void setHighlights(const QList<QTextEdit::ExtraSelection> &selections);
    void showStatus(const QString &note = {});
    QString replacement(const QRegularExpressionMatch &match) const;
    void openBar();
    void setSearchFieldError(bool error);
    QAction *createAction(const QString &text, const QList<QKeySequence> &shortcuts);

    QPlainTextEdit *const m_editor;
    // Children, owned through the QObject tree.
    QLineEdit *m_searchField;
    QLineEdit *m_replaceField;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regularExpression;
    QLabel *m_status;
    QLabel *m_replaceLabel;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QTimer *m_refreshTimer;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QAction *m_closeAction;

    // The matches are a cache of the search over the editor's text, rebuilt when it is stale.
    mutable QList<Match> m_matches;
    mutable QPointer<const QObject> m_matchedDocument; // the document m_matches belong to
    mutable bool m_matchesValid = false;
    mutable QString m_patternError;
    mutable bool m_highlightsShown = false; // m_matches are what the editor highlights
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FindBar::Options)

} // namespace Agentry
