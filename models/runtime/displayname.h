// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace Agentry {

class Frontmatter;
struct AgentReading;

// The name an agent is shown and spoken of by, everywhere: the library, the window's title
// and messages, the matrix, the export dialog and the command line's reports. In order:
//   1. the `name` the runtime reads (`reading`; pass it only when it was made from the text
//      `frontmatter` comes from, else null), when it is non-empty text;
//   2. the `name` in Agentry's own parse of the frontmatter (null when the file could not
//      be read), when it is non-empty text;
//   3. the file's name without its extension.
// The file names of an exported plugin follow the runtime's plugin verdict instead
// (ScopeVerdict::name), which is what the runtime loads the agent under there.
QString displayName(const AgentReading *reading, const Frontmatter *frontmatter, const QString &path);

// The same for a caller holding only the file's `bytes` and the runtime's reading of them:
// Agentry's parse is made only when the runtime names no agent.
QString displayName(const AgentReading &reading, const QByteArray &bytes, const QString &path);

// Steps 1 and 2 alone: empty when neither names the agent (for comparing names, where a
// file name is no name).
QString writtenName(const AgentReading *reading, const Frontmatter *frontmatter);

} // namespace Agentry
