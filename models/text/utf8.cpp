// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/utf8.h"

#include "text/textfacts.h"

#include <cstring>

namespace Agentry {

namespace Utf8 {

Step stepAt(const char *data, qsizetype size, qsizetype at)
{
    Q_ASSERT(at >= 0 && at < size);
    const auto byte = [data](qsizetype i) { return static_cast<unsigned char>(data[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80)
        return {1, 1, lead, true};
    int needed = 0;
    char32_t codePoint = 0;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        needed = 1;
        codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        needed = 2;
        codePoint = lead & 0x0F;
        lower = lead == 0xE0 ? 0xA0 : 0x80; // no overlongs
        upper = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        needed = 3;
        codePoint = lead & 0x07;
        lower = lead == 0xF0 ? 0x90 : 0x80;
        upper = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return {};
    }
    for (int i = 1; i <= needed; ++i) {
        // A byte that cannot continue the sequence ends it as one U+FFFD and starts the next step.
        if (at + i >= size || byte(at + i) < lower || byte(at + i) > upper)
            return {i, 1, 0xFFFD, false};
        codePoint = (codePoint << 6) | (byte(at + i) & 0x3F);
        lower = 0x80;
        upper = 0xBF;
    }
    return {needed + 1, codePoint >= 0x10000 ? 2 : 1, codePoint, true};
}

QString decode(const char *data, qsizetype size)
{
    // Well-formed text decodes alike everywhere, and Qt's decoder is the faster one; but it
    // drops a leading byte order mark, which is text here (whether a runtime drops it is its
    // profile's say).
    if (isValidUtf8(data, size)) {
        QString marks;
        for (; size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0; data += 3, size -= 3)
            marks.append(QChar(0xFEFF));
        return marks + QString::fromUtf8(data, size);
    }
    QString text;
    text.reserve(size);
    for (qsizetype at = 0; at < size;) {
        const unsigned char c = static_cast<unsigned char>(data[at]);
        if (c < 0x80) {
            text.append(QChar(char16_t(c)));
            ++at;
            continue;
        }
        const Step step = stepAt(data, size, at);
        if (step.units == 2) {
            text.append(QChar(QChar::highSurrogate(step.codePoint)));
            text.append(QChar(QChar::lowSurrogate(step.codePoint)));
        } else {
            text.append(QChar(char16_t(step.codePoint)));
        }
        at += step.bytes;
    }
    return text;
}

qsizetype byteOffset(const char *data, qsizetype size, qsizetype units)
{
    qsizetype at = 0;
    for (qsizetype unit = 0; at < size;) {
        if (static_cast<unsigned char>(data[at]) < 0x80) { // ASCII, the usual case: one byte, one unit
            if (unit == units)
                break;
            ++unit;
            ++at;
            continue;
        }
        const Step step = stepAt(data, size, at);
        if (unit + step.units > units)
            break;
        unit += step.units;
        at += step.bytes;
    }
    return at;
}

} // namespace Utf8

} // namespace Agentry
