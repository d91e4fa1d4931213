// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/specreader.h"

namespace Agentry {

// Reads droids as Factory Droid does: a block at byte 0 (a BOM hides it), js-yaml with a
// line-parser fallback, and a schema where one wrong-typed field drops the whole frontmatter,
// so the droid loads under its file's name with every tool.
class FactoryDroidReader : public SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(FactoryDroidReader)

public:
    using SpecReader::SpecReader;

    AgentReading read(const QByteArray &bytes, const Place &place) const override;
};

} // namespace Agentry
