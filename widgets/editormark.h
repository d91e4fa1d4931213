#pragma once

#include <QString>

// A range of an editor's text to mark with a squiggle, e.g. where a diagnostic points.
struct EditorMark
{
    enum class Severity { Error, Warning, Info };

    int start = 0;  // QTextDocument character position
    int length = 0; // 0 still marks the character at `start`
    Severity severity = Severity::Error;
    QString message; // shown as the tooltip
};
