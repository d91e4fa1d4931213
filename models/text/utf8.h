// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Agentry {

// UTF-8 decoding as browsers and Node.js do it (the WHATWG decoder): each maximal ill-formed
// subsequence becomes one U+FFFD. Agents are read that way by the runtimes, so positions
// found in the decoded text must map back onto the file's bytes through the same steps;
// QString::fromUtf8 replaces differently across Qt versions. Stateless and thread-safe.
namespace Utf8 {

// One decoding step: how many bytes it consumes (at least one) and how many UTF-16 code
// units it yields (one or two).
struct Step
{
    int bytes = 1;
    int units = 1;
    char32_t codePoint = 0xFFFD;
    bool wellFormed = false; // false: an ill-formed sequence, read as U+FFFD
};

// The step at `at`, which must be inside [0, size).
Step stepAt(const char *data, qsizetype size, qsizetype at);

QString decode(const char *data, qsizetype size);

// The byte offset, counted from `data`, at which UTF-16 unit `units` of decode(data, size)
// starts; never past `size`. A unit inside a surrogate pair maps to the pair's first byte.
qsizetype byteOffset(const char *data, qsizetype size, qsizetype units);

} // namespace Utf8

} // namespace Agentry
