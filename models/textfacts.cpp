#include "textfacts.h"

#include <cstring>

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        // Fast path over ASCII, eight bytes at a time.
        while (end - p >= 8) {
            quint64 chunk;
            std::memcpy(&chunk, p, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += extra + 1;
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
