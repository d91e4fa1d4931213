// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace Agentry {

// A property a fuzz target holds the code to. A broken one aborts, which libFuzzer reports as
// a crash and saves the input of; `detail`, a callable giving a QString, says what broke it and
// is called only then, so that runs that hold pay nothing for it.
template <typename Detail>
void requireProperty(bool holds, const char *property, const Detail &detail)
{
    if (holds)
        return;
    const QString text = detail();
    std::fprintf(stderr, "property failed: %s\n%s\n", property, text.toUtf8().constData());
    std::abort();
}

inline void requireProperty(bool holds, const char *property)
{
    requireProperty(holds, property, [] { return QString(); });
}

// The fuzz input as Qt bytes: a copy, ending in '\0' as every QByteArray the application reads does.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Agentry
