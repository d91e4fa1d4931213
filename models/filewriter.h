#pragma once

#include <QByteArray>
#include <QString>

// Writes whole files atomically: the old bytes stay on disk until the new ones are complete.
class FileWriter
{
public:
    // Returns an empty string on success, else a message naming the file and the reason.
    static QString write(const QString &path, const QByteArray &bytes);
};
