// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Agentry {

// How much a finding matters, most severe first: error = the runtime will not load the agent
// or drops fields; warning = it loads, but not as the author meant, or only through a
// lenient retry; info = worth knowing. The one severity of the project: diagnostics, editor
// marks, field labels, bundle findings and the panels all use it.
enum class Severity { Error, Warning, Info };

// "error", "warning", "info": the words of the command line's and the reports' output.
const char *severityName(Severity severity);

// True when `a` matters more than `b`.
constexpr bool isMoreSevere(Severity a, Severity b)
{
    return int(a) < int(b);
}

} // namespace Agentry
