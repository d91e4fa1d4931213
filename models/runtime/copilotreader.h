// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/specreader.h"

namespace Agentry {

// Reads agent files as GitHub Copilot CLI does: its block pattern (a BOM allowed), strict
// YAML, required description, the first schema problem only, unknown keys ignored with a
// warning, unknown tool names ignored without one.
class CopilotReader : public SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(CopilotReader)

public:
    using SpecReader::SpecReader;

    AgentReading read(const QByteArray &bytes, const Place &place) const override;
};

} // namespace Agentry
