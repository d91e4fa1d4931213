#pragma once

#include "frontmatter.h"
#include "frontmatterblock.h"
#include "textfacts.h"

#include <QByteArray>

// The bytes of one agent file and everything derived from them. A value: cheap to copy,
// safe to build on any thread, rebuilt from the bytes after every edit.
struct AgentText
{
    QByteArray bytes;
    TextFacts facts;
    FrontmatterBlock block;
    Frontmatter frontmatter;

    static AgentText fromBytes(const QByteArray &bytes);
};
