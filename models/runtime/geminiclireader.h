// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/specreader.h"

namespace Agentry {

// Reads agent files as Gemini CLI does: its frontmatter pattern, strict js-yaml, a strict
// schema that refuses unknown keys and tool names it does not know, and the acknowledgement
// each project agent needs before it runs.
class GeminiCliReader : public SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(GeminiCliReader)

public:
    using SpecReader::SpecReader;

    AgentReading read(const QByteArray &bytes, const Place &place) const override;

private:
    // How to mend a schema problem: a Claude Code tool name, tools written as a string.
    RuntimeIssue::Repair repairOf(const SchemaCheck::Problem &problem, const YamlValue &data) const;
};

} // namespace Agentry
