// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Agentry {

namespace JsonText {

QByteArray quoted(const QString &text)
{
    // QJsonDocument escapes exactly as JSON requires; take the string out of a one-item list.
    const QByteArray list = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return list.mid(1, list.size() - 2);
}

QByteArray object(const QVector<std::pair<QString, QByteArray>> &members, const QByteArray &indent, int level)
{
    if (members.isEmpty())
        return QByteArrayLiteral("{}");
    QByteArray text = "{\n";
    for (int i = 0; i < members.size(); ++i) {
        text += indent.repeated(level + 1) + quoted(members.at(i).first) + ": " + members.at(i).second;
        text += i + 1 < members.size() ? ",\n" : "\n";
    }
    return text + indent.repeated(level) + '}';
}

QByteArray stringList(const QStringList &items)
{
    QByteArrayList quotedItems;
    for (const QString &item : items)
        quotedItems.append(quoted(item));
    return '[' + quotedItems.join(", ") + ']';
}

} // namespace JsonText

} // namespace Agentry
