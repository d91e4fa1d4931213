#pragma once

#include "frontmatterblock.h"

#include <QByteArray>

// Finds the frontmatter block of an agent file, including the broken shapes seen in real
// files (unterminated, indented, fenced, not on the first line).
class FrontmatterSplitter
{
public:
    static FrontmatterBlock split(const QByteArray &bytes);
};
