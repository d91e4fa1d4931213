#include "filewriter.h"

#include <QCoreApplication>
#include <QSaveFile>

QString FileWriter::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("FileWriter", "Cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("FileWriter", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}
