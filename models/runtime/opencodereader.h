// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/specreader.h"

namespace Agentry {

// Reads agent files as OpenCode does: gray-matter's block (`---` opening byte 0, closed by the
// first `\n---`, or by the end of the file), js-yaml, the retry that turns `key: a: b` lines
// into block scalars, gray-matter's cache that loads a broken frontmatter as a prompt with no
// settings, and a schema whose first failing file stops OpenCode altogether.
class OpenCodeReader : public SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(OpenCodeReader)

public:
    using SpecReader::SpecReader;

    AgentReading read(const QByteArray &bytes, const Place &place) const override;
};

} // namespace Agentry
