#pragma once

#include <QByteArray>

// A replacement of the bytes [start, start + length) of a file by `text`.
struct TextEdit
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
    bool operator==(const TextEdit &other) const = default;
};
