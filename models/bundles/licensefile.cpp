// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/licensefile.h"

#include "runtime/dataresource.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QVector>

#include <algorithm>
#include <utility>

namespace Agentry {

namespace {

// SPDX identifier → its text in :/agentry/licenses/, the usual ones first; the two GPL 3.0
// identifiers share one text.
const QVector<std::pair<QString, QString>> &texts()
{
    static const QVector<std::pair<QString, QString>> list{
        {QStringLiteral("MIT"), QStringLiteral("MIT")},
        {QStringLiteral("Apache-2.0"), QStringLiteral("Apache-2.0")},
        {QStringLiteral("BSD-3-Clause"), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("GPL-3.0-only"), QStringLiteral("GPL-3.0")},
        {QStringLiteral("GPL-3.0-or-later"), QStringLiteral("GPL-3.0")},
    };
    return list;
}

} // namespace

const QStringList &LicenseFile::withText()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const auto &[spdx, resource] : texts())
            list.append(spdx);
        return list;
    }();
    return ids;
}

QByteArray LicenseFile::text(const QString &spdx, int year, const QString &holder)
{
    const auto found = std::find_if(texts().cbegin(), texts().cend(), [&spdx](const auto &entry) { return entry.first == spdx; });
    if (found == texts().cend())
        return {};
    loadDataResource();
    QFile file(QStringLiteral(":/agentry/licenses/%1.txt").arg(found->second));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The copyright line as MIT's text writes it (BSD's has a comma). Only that line: GPL's text
    // shows `<year>` in its how-to, which stays as it is.
    static const QRegularExpression copyright(QStringLiteral("<year>(,? )<copyright holders>"));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(copyright, QString::number(year) + QLatin1String("\\1") + QString(holder).replace(u'\\', QLatin1String("\\\\")));
    return text.toUtf8();
}

int LicenseFile::currentYear()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date().year() : QDate::currentDate().year();
}

} // namespace Agentry
