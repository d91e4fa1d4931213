// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/mojibake.h"

#include <array>
#include <memory>
#include <optional>

namespace Agentry {

namespace {

// Bytes 0x80–0xFF of Mac OS Roman (Apple's current table: 0xDB is €, 0xF0 the Apple logo).
constexpr std::array<char16_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

// Bytes 0x80–0x9F of Windows-1252; its five unassigned bytes pass through as C1 controls, as
// Windows' own conversion does. 0xA0–0xFF are Latin-1.
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// UTF-16 unit → byte (0x80–0xFF) under an encoding, 0 where it has none: built once, so the
// scan over a long file is one lookup per character.
using ReverseTable = std::array<unsigned char, 0x10000>;

const ReverseTable &reverseTable(Mojibake::Encoding encoding)
{
    static const auto build = [](Mojibake::Encoding e) {
        auto table = std::make_unique<ReverseTable>();
        table->fill(0);
        for (unsigned b = 0x80; b <= 0xFF; ++b) {
            const char16_t c = e == Mojibake::Encoding::MacRoman ? kMacRoman[b - 0x80] : b < 0xA0 ? kWindows1252[b - 0x80] : char16_t(b);
            (*table)[c] = static_cast<unsigned char>(b);
        }
        return table;
    };
    static const std::unique_ptr<ReverseTable> windows = build(Mojibake::Encoding::Windows1252);
    static const std::unique_ptr<ReverseTable> mac = build(Mojibake::Encoding::MacRoman);
    return encoding == Mojibake::Encoding::MacRoman ? *mac : *windows;
}

int sequenceLength(unsigned char lead)
{
    return lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// The run's bytes under `encoding` read as UTF-8: the text when every byte belongs to a
// complete, well-formed sequence; an empty string when not.
QString decodeExactly(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = sequenceLength(static_cast<unsigned char>(bytes.at(i)));
        if (length == 0 || i + length > bytes.size())
            return {};
        for (int k = 1; k < length; ++k) {
            if (!isContinuation(static_cast<unsigned char>(bytes.at(i + k))))
                return {};
        }
        i += length;
    }
    const QString text = QString::fromUtf8(bytes);
    return text.contains(QChar::ReplacementCharacter) ? QString() : text;
}

// Looks like UTF-8 that lost bytes on the way: a lead byte followed by continuation bytes.
bool looksTruncated(const QByteArray &bytes)
{
    return bytes.size() >= 2 && sequenceLength(static_cast<unsigned char>(bytes.at(0))) > 0
        && isContinuation(static_cast<unsigned char>(bytes.at(1)));
}

} // namespace

QString Mojibake::encodingName(Encoding encoding)
{
    return encoding == Encoding::Windows1252 ? QStringLiteral("Windows-1252") : QStringLiteral("Mac OS Roman");
}

QVector<Mojibake::Run> Mojibake::find(QStringView text)
{
    QVector<Run> runs;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i).unicode() < 0x80) {
            ++i;
            continue;
        }
        std::optional<Run> best;
        for (const Encoding encoding : {Encoding::Windows1252, Encoding::MacRoman}) {
            const ReverseTable &table = reverseTable(encoding);
            QByteArray bytes;
            qsizetype end = i;
            while (end < text.size() && table[text.at(end).unicode()] != 0)
                bytes.append(char(table[text.at(end++).unicode()]));
            if (bytes.size() < 2)
                continue;
            const QString repaired = decodeExactly(bytes);
            if (!repaired.isEmpty()) {
                best = Run{i, end, encoding, repaired};
                break;
            }
            if (!best && looksTruncated(bytes))
                best = Run{i, end, encoding, QString()};
        }
        if (best) {
            runs.append(*best);
            i = best->end;
        } else {
            ++i;
        }
    }
    return runs;
}

} // namespace Agentry
