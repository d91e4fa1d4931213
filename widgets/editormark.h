// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/severity.h"

#include <QString>

namespace Agentry {

// A range of an editor's text to mark with a squiggle, e.g. where a diagnostic points.
struct EditorMark
{
    int start = 0;  // QTextDocument character position
    int length = 0; // 0 still marks the character at `start`
    Severity severity = Severity::Error;
    QString message; // shown as the tooltip
};

} // namespace Agentry
