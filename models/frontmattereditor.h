#pragma once

#include "agenttext.h"
#include "fieldchange.h"
#include "textedit.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// The outcome of asking for a frontmatter change: the minimal text edit, "already so", or why not.
struct FieldEditResult
{
    enum class Status { Changed, Unchanged, Refused };

    Status status = Status::Unchanged;
    TextEdit edit;   // valid when Changed
    QString message; // why, when Refused

    static FieldEditResult changed(TextEdit edit) { return {Status::Changed, std::move(edit), {}}; }
    static FieldEditResult unchanged() { return {}; }
    static FieldEditResult refused(QString message) { return {Status::Refused, {}, std::move(message)}; }
};

// Computes minimal edits of top-level frontmatter keys: only the lines of that key change,
// its existing style (quoting, block scalar, comma string, flow or block list) is kept,
// and every other byte of the file stays as it was.
class FrontmatterEditor
{
    Q_DECLARE_TR_FUNCTIONS(FrontmatterEditor)

public:
    // `text` must outlive the editor.
    explicit FrontmatterEditor(const AgentText &text);

    // Sets `key` to a string, number, bool, null, list or map.
    FieldEditResult setValue(const QString &key, const QJsonValue &value) const;
    // Sets `key` to a value written as YAML (a snippet such as a hooks map), re-indented under the key.
    FieldEditResult setYaml(const QString &key, const QString &yaml) const;
    // Removes every occurrence of `key`, with the lines of its value.
    FieldEditResult remove(const QString &key) const;
    // Dispatches to setValue(), setYaml() or remove().
    FieldEditResult apply(const FieldChange &change) const;

    // Where new keys go: after the nearest key that comes before them in this order.
    static const QStringList &canonicalOrder();

private:
    struct Rendered; // the text after `key:` as a one-line part and indented lines
    std::optional<QString> refusal() const;
    // Re-parses the edited text and refuses the edit unless `key` reads as `expected`
    // (absent when `expected` is undefined) and every other key reads as before.
    FieldEditResult verified(const FieldEditResult &result, const QString &key, const QJsonValue &expected) const;
    FieldEditResult replace(const FrontmatterField &field, const Rendered &rendered) const;
    FieldEditResult insert(const QString &key, const Rendered &rendered) const;
    Rendered render(const FrontmatterField *field, const QString &key, const QJsonValue &value) const;
    Rendered renderYaml(const FrontmatterField *field, const QString &yaml) const;
    Rendered renderString(const FrontmatterField *field, const QString &text) const;
    Rendered renderList(const FrontmatterField *field, const QString &key, const QJsonArray &items) const;
    QByteArray eolAt(qsizetype lineStart) const;
    int blockIndent(const FrontmatterField *field) const;

    const AgentText &m_text;
};
