// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/toollist.h"

#include <QJsonArray>

namespace Agentry {

namespace ToolList {

std::optional<QStringList> fromValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringList();
    case QJsonValue::String:
        return split(value.toString());
    case QJsonValue::Array: {
        QStringList entries;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            if (!item.isString())
                return std::nullopt;
            entries.append(item.toString());
        }
        return entries;
    }
    default:
        return std::nullopt;
    }
}

QStringList split(const QString &text)
{
    QStringList entries;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            depth = qMax(0, depth - 1);
        if (depth == 0 && (c == u',' || c.isSpace())) {
            if (!current.isEmpty())
                entries.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        entries.append(current);
    return entries;
}

QStringList commaParts(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts;
}

} // namespace ToolList

} // namespace Agentry
