#include "agenttext.h"

#include "frontmattersplitter.h"

AgentText AgentText::fromBytes(const QByteArray &bytes)
{
    AgentText text;
    text.bytes = bytes;
    text.facts = TextFacts::scan(bytes);
    text.block = FrontmatterSplitter::split(bytes);
    text.frontmatter = Frontmatter::parse(bytes, text.block);
    return text;
}
