// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/frontmatter.h"
#include "text/frontmatterblock.h"
#include "text/textfacts.h"

#include <QByteArray>

namespace Agentry {

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

// Whether two copies of a file's bytes are equal; shared ones (the usual case, as checks share
// the document's text) without comparing them.
inline bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.constData() == b.constData() ? a.size() == b.size() : a == b;
}

} // namespace Agentry
