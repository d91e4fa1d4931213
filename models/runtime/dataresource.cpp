// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/dataresource.h"

#include <QJsonArray>
#include <QtGlobal>

// Q_INIT_RESOURCE declares its function in the enclosing namespace, so this stays global.
static void initDataResource()
{
    Q_INIT_RESOURCE(data);
}

namespace Agentry {

void loadDataResource()
{
    static const bool loaded = (initDataResource(), true);
    Q_UNUSED(loaded);
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

std::optional<QStringList> jsonNames(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

} // namespace Agentry
