// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/agenttext.h"

#include "text/frontmattersplitter.h"

namespace Agentry {

AgentText AgentText::fromBytes(const QByteArray &bytes)
{
    AgentText text;
    text.bytes = bytes;
    text.facts = TextFacts::scan(bytes);
    text.block = FrontmatterSplitter::split(bytes);
    text.frontmatter = Frontmatter::parse(bytes, text.block);
    return text;
}

} // namespace Agentry
