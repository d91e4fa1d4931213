// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/dialect.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Agentry {

// What the form knows about one frontmatter key of a dialect: how to label it, which editor
// shows it and which values it takes. Keys without a spec are still shown, as raw YAML.
struct FieldSpec
{
    enum class Kind {
        LineText,      // one line of text
        MultiLineText, // free text over several lines (descriptions, prompts)
        ToolList,      // tool names and permission rules, as a list or a comma string
        Model,         // one of `allowedValues` or any model id typed in
        Color,         // one of the colours in `allowedValues`
        Choice,        // one of `allowedValues`
        Boolean,       // true or false
        Integer,       // a whole number from `minimum` up
        Number,        // a number from `minimum` up, fractions too (temperature)
        StringList,    // names, as a list or a comma string
        YamlSnippet,   // a map or list edited as YAML text
        Permission,    // OpenCode's `permission`: allow, ask or deny per permission and pattern
    };
    // The part of the form a field is shown in, in form order.
    enum class Section { General, Tools, Behavior, Extensions, Advanced };
    enum class Flag {
        NoFlags = 0,
        Required = 1,      // the client skips the agent without it
        Compact = 2,       // a smaller editor: the field is rarely set
        AcceptsInteger = 4, // a Choice that also takes a whole number (effort)
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    QString key;
    Kind kind = Kind::LineText;
    Section section = Section::General;
    Flags flags;
    QStringList allowedValues;
    int minimum = 0; // Integer, Number: the smallest value the runtime accepts
    // English source texts; label() and help() translate them under the context "FieldSpec".
    const char *labelText = "";
    const char *helpText = "";

    QString label() const; // with a mnemonic: "&Name"
    QString help() const;  // one line for a tooltip
    bool isRequired() const { return flags.testFlag(Flag::Required); }
};
Q_DECLARE_OPERATORS_FOR_FLAGS(FieldSpec::Flags)

// The fields each dialect's form offers, in form order.
namespace FieldSpecs {

const QVector<FieldSpec> &forDialect(Dialect dialect);
// The spec of `key` in `dialect`, or null when the form has no editor of its own for it.
const FieldSpec *find(Dialect dialect, const QString &key);
// Translated under the context "FieldSpec", like the specs' labels.
QString sectionTitle(FieldSpec::Section section);
// A `name` for a file without one, the way agent names are written: "Code Reviewer.md"
// becomes "code-reviewer".
QString nameFromFileName(const QString &fileName);

} // namespace FieldSpecs

} // namespace Agentry
