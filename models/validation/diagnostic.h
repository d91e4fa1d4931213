// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/byteedit.h"
#include "validation/severity.h"

#include <QString>
#include <QVector>

namespace Agentry {

// A named, minimal edit of the file's bytes that resolves a diagnostic.
struct Fix
{
    enum class Safety {
        Safe,       // keeps what the author meant; `agentry fix` applies it
        Suggestion, // a likely intent (a tool name, a key rename): offered, never applied unasked
    };

    QString title; // imperative, for a menu: "Quote the value as the client reads it"
    ByteEdit edit;
    Safety safety = Safety::Safe;
};

// One of the places a finding stands for, when it stands for several: one garbled word of many.
struct DiagnosticPlace
{
    int line = 1;      // 1-based
    int column = 1;    // 1-based, in UTF-16 units
    int endLine = 1;
    int endColumn = 1; // exclusive
    qsizetype start = 0;
    qsizetype end = 0;
    QString note; // what stands there: `"âœ…" was "✅"`
};

// One finding of a rule, positioned in the file.
struct Diagnostic
{
    QString code; // stable: AG1xx structure and YAML, AG2xx fields, AG3xx tools, AG4xx body and encoding, AG5xx across agents
    Severity severity = Severity::Warning;
    QString message; // plain words: what the client does and why
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in UTF-16 units (as QTextDocument and SARIF count)
    int endLine = 1;
    int endColumn = 1; // exclusive
    qsizetype start = 0; // byte range in the file, for editors
    qsizetype end = 0;
    QString field; // the frontmatter key it is about; empty when none
    QVector<Fix> fixes;
    // Every place of a finding reported once per file (the first is where it points); empty
    // when it is about one place.
    QVector<DiagnosticPlace> places;

    // The first fix `agentry fix` may apply, or null.
    const Fix *safeFix() const;
};

} // namespace Agentry
