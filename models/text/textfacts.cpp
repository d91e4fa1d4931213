// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/textfacts.h"

#include "text/utf8.h"

#include <cstring>

namespace Agentry {

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        // Fast path over ASCII, thirty-two bytes at a time, then eight.
        while (end - p >= 32) {
            quint64 chunk[4];
            std::memcpy(chunk, p, 32);
            if ((chunk[0] | chunk[1] | chunk[2] | chunk[3]) & 0x8080808080808080ULL)
                break;
            p += 32;
        }
        while (end - p >= 8) {
            quint64 chunk;
            std::memcpy(&chunk, p, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const Utf8::Step step = Utf8::stepAt(data, size, p - reinterpret_cast<const unsigned char *>(data));
        if (!step.wellFormed)
            return false;
        p += step.bytes;
    }
    return true;
}

TextFacts TextFacts::scan(const QByteArray &bytes)
{
    TextFacts facts;
    facts.bom = bytes.startsWith("\xEF\xBB\xBF");
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (const char *p = static_cast<const char *>(std::memchr(data, '\n', size)); p;
         p = static_cast<const char *>(std::memchr(p + 1, '\n', size - (p + 1 - data)))) {
        if (p > data && p[-1] == '\r')
            ++facts.crlfCount;
        else
            ++facts.lfCount;
    }
    if (facts.lfCount && facts.crlfCount)
        facts.eol = Eol::Mixed;
    else if (facts.crlfCount)
        facts.eol = Eol::Crlf;
    else if (facts.lfCount)
        facts.eol = Eol::Lf;
    facts.finalNewline = bytes.endsWith('\n');
    facts.validUtf8 = isValidUtf8(data, size);
    return facts;
}

QByteArray TextFacts::preferredEol() const
{
    return crlfCount > lfCount ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

const char *TextFacts::eolName(Eol eol)
{
    switch (eol) {
    case Eol::None:
        return "none";
    case Eol::Lf:
        return "lf";
    case Eol::Crlf:
        return "crlf";
    case Eol::Mixed:
        return "mixed";
    }
    return "none";
}

} // namespace Agentry
