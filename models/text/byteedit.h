// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace Agentry {

// A replacement of the bytes [start, start + length) of a file by `text`.
struct ByteEdit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QByteArray text;

    QByteArray appliedTo(const QByteArray &bytes) const
    {
        QByteArray result = bytes;
        result.replace(start, length, text);
        return result;
    }
    bool operator==(const ByteEdit &other) const = default;

    // The smallest edit that turns `before` into `after`, widened to whole characters and
    // whole CRLF pairs, so that views counting characters can follow it.
    static ByteEdit between(const QByteArray &before, const QByteArray &after)
    {
        const qsizetype shorter = qMin(before.size(), after.size());
        qsizetype prefix = 0;
        while (prefix < shorter && before.at(prefix) == after.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
            ++suffix;
        const auto splits = [](const QByteArray &bytes, qsizetype at) {
            if (at <= 0 || at >= bytes.size())
                return false;
            const auto byte = static_cast<unsigned char>(bytes.at(at));
            return (byte & 0xC0) == 0x80 || (byte == '\n' && bytes.at(at - 1) == '\r');
        };
        while (splits(before, prefix) || splits(after, prefix))
            --prefix;
        while (suffix > 0 && (splits(before, before.size() - suffix) || splits(after, after.size() - suffix)))
            --suffix;
        return ByteEdit{prefix, before.size() - suffix - prefix, after.mid(prefix, after.size() - suffix - prefix)};
    }
};

} // namespace Agentry
