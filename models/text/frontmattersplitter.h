// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "text/frontmatterblock.h"

#include <QByteArray>

namespace Agentry {

// Finds the frontmatter block of an agent file, including the broken shapes seen in real
// files (unterminated, indented, fenced, not on the first line).
namespace FrontmatterSplitter {

FrontmatterBlock split(const QByteArray &bytes);

} // namespace FrontmatterSplitter

} // namespace Agentry
