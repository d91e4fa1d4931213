// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/specreader.h"

namespace Agentry {

// Reads agent files as Qwen Code does: BOM and line ends normalised, a frontmatter closed by a
// line of its own, the YAML core schema with a line-parser fallback, its name, description and
// prompt rules; a refused file is skipped without a word outside its debug log.
class QwenCodeReader : public SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(QwenCodeReader)

public:
    using SpecReader::SpecReader;

    AgentReading read(const QByteArray &bytes, const Place &place) const override;
};

} // namespace Agentry
