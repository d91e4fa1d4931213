// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/agenttext.h"
#include "text/byteedit.h"
#include "text/fieldchange.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Agentry {

// The outcome of asking for a frontmatter change: the minimal text edit, "already so", or why not.
struct FieldPatch
{
    enum class Status { Changed, Unchanged, Refused };

    Status status = Status::Unchanged;
    ByteEdit edit;   // valid when Changed
    QString message; // why, when Refused

    static FieldPatch changed(ByteEdit edit) { return {Status::Changed, std::move(edit), {}}; }
    static FieldPatch unchanged() { return {}; }
    static FieldPatch refused(QString message) { return {Status::Refused, {}, std::move(message)}; }
};

// Computes minimal edits of top-level frontmatter keys: only the lines of that key change,
// its existing style (quoting, block scalar, comma string, flow or block list) is kept,
// and every other byte of the file stays as it was.
class FrontmatterPatcher
{
    Q_DECLARE_TR_FUNCTIONS(FrontmatterPatcher)

public:
    // `text` must outlive the editor.
    explicit FrontmatterPatcher(const AgentText &text);

    // Sets `key` to a string, number, bool, null, list or map.
    FieldPatch setValue(const QString &key, const QJsonValue &value) const;
    // Sets `key` to a value written as YAML (a snippet such as a hooks map), re-indented under the key.
    FieldPatch setYaml(const QString &key, const QString &yaml) const;
    // Removes every occurrence of `key`, with the lines of its value.
    FieldPatch remove(const QString &key) const;
    // Dispatches to setValue(), setYaml() or remove().
    FieldPatch apply(const FieldChange &change) const;

    // Where new keys go: after the nearest key that comes before them in this order.
    static const QStringList &canonicalOrder();

private:
    struct Rendered; // the text after `key:` as a one-line part and indented lines
    std::optional<QString> refusal() const;
    // Re-parses the edited text and refuses the edit unless `key` reads as `expected`
    // (absent when `expected` is undefined) and every other key reads as before.
    FieldPatch verified(const FieldPatch &result, const QString &key, const QJsonValue &expected) const;
    FieldPatch replace(const FrontmatterField &field, const Rendered &rendered) const;
    FieldPatch insert(const QString &key, const Rendered &rendered) const;
    Rendered render(const FrontmatterField *field, const QString &key, const QJsonValue &value) const;
    Rendered renderYaml(const FrontmatterField *field, const QString &yaml) const;
    Rendered renderString(const FrontmatterField *field, const QString &text) const;
    Rendered renderList(const FrontmatterField *field, const QString &key, const QJsonArray &items) const;
    QByteArray eolAt(qsizetype lineStart) const;
    int blockIndent(const FrontmatterField *field) const;

    const AgentText &m_text;
};

} // namespace Agentry
