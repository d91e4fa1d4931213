// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/yamljson.h"

#include "text/yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Agentry {

namespace YamlJson {

namespace {

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), int(s.size()));
}

} // namespace

QJsonValue fromNode(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar:
        // yaml-cpp tags plain scalars "?"; quoted and block scalars "!" (always strings).
        if (node.Tag() == "?")
            return YamlScalar::resolvePlain(node.Scalar());
        return toQString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(fromNode(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node) {
            const QString key = entry.first.IsScalar() ? toQString(entry.first.Scalar()) : toQString(YAML::Dump(entry.first));
            object.insert(key, fromNode(entry.second));
        }
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

std::optional<QJsonValue> parse(const QString &text, QString *error)
{
    try {
        return fromNode(YAML::Load(text.toStdString()));
    } catch (const YAML::Exception &e) {
        if (error)
            *error = toQString(e.msg);
        return std::nullopt;
    }
}

} // namespace YamlJson

} // namespace Agentry
