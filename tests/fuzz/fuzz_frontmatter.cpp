// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzproperty.h"
#include "text/frontmatter.h"
#include "text/frontmattersplitter.h"

using namespace Agentry;

// The splitter and the parser on any bytes: the block lies inside the file in order, and every
// parsed field's span lies inside the block's YAML text in order, one field after the other.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const FrontmatterBlock block = FrontmatterSplitter::split(bytes);
    if (block.shape == FrontmatterBlock::Shape::None)
        return 0;
    requireProperty(0 <= block.openStart && block.openStart <= block.contentStart && block.contentStart <= block.contentEnd
                        && block.contentEnd <= bytes.size() && 0 <= block.bodyStart && block.bodyStart <= bytes.size(),
                    "the block lies inside the file",
                    [&] { return QStringLiteral("%1 %2 %3 %4").arg(block.openStart).arg(block.contentStart).arg(block.contentEnd).arg(block.bodyStart); });
    if (block.isPresent())
        requireProperty(block.contentEnd <= block.bodyStart, "the body starts after the block");

    const Frontmatter frontmatter = Frontmatter::parse(bytes, block);
    requireProperty(frontmatter.isParsed() || frontmatter.error()->line >= 1, "an error has a 1-based line");
    // Only an editable frontmatter has a line span per key; a flow mapping holds its keys on one line.
    qsizetype previousEnd = block.contentStart;
    for (const FrontmatterField &field : frontmatter.fields()) {
        requireProperty((!frontmatter.isEditable() || previousEnd <= field.start) && block.contentStart <= field.start && field.start <= field.valueStart && field.valueStart <= field.valueEnd
                            && field.valueEnd <= field.end && field.end <= qMax(block.contentEnd, block.bodyStart),
                        "a field's span lies inside the block, after the one before it",
                        [&] { return QStringLiteral("%1: %2 %3 %4 %5").arg(field.key).arg(field.start).arg(field.valueStart).arg(field.valueEnd).arg(field.end); });
        requireProperty(field.line <= field.lastLine, "a field ends on or after its key's line", [&] { return field.key; });
        previousEnd = field.end;
    }
    return 0;
}
