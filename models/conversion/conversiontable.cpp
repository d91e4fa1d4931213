// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversion/conversiontable.h"

#include "runtime/dataresource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Agentry {

namespace {

std::optional<QHash<Runtime, QString>> byRuntime(const QJsonObject &object, QString *error)
{
    QHash<Runtime, QString> values;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::optional<Runtime> runtime = Runtimes::fromId(it.key());
        if (!runtime || !it.value().isString()) {
            *error = QStringLiteral("conversion table: bad entry \"%1\"").arg(it.key());
            return std::nullopt;
        }
        values.insert(*runtime, it.value().toString());
    }
    return values;
}

} // namespace

const ConversionTable &ConversionTable::builtin()
{
    static const ConversionTable table = [] {
        loadDataResource();
        QFile file(QStringLiteral(":/agentry/conversion.json"));
        QString error;
        std::optional<ConversionTable> read = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : std::nullopt;
        Q_ASSERT_X(read, "ConversionTable::builtin", qPrintable(error));
        return read ? *read : ConversionTable();
    }();
    return table;
}

std::optional<ConversionTable> ConversionTable::fromJson(const QByteArray &json, QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QLatin1String("schema")).toInt() != 1) {
        *error = QStringLiteral("conversion table: schema 1 expected");
        return std::nullopt;
    }
    ConversionTable table;
    const QJsonObject models = root.value(QLatin1String("models")).toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        std::optional<QHash<Runtime, QString>> ids = byRuntime(it.value().toObject(), error);
        if (!ids)
            return std::nullopt;
        table.m_models.insert(it.key(), *ids);
    }
    const QJsonObject colors = root.value(QLatin1String("colors")).toObject();
    for (auto it = colors.begin(); it != colors.end(); ++it)
        table.m_hex.insert(it.key(), it.value().toString());
    for (const QJsonValue &mode : root.value(QLatin1String("permissionModes")).toArray()) {
        std::optional<QHash<Runtime, QString>> names = byRuntime(mode.toObject(), error);
        if (!names)
            return std::nullopt;
        table.m_permissionModes.append(*names);
    }
    return table;
}

QString ConversionTable::modelFamily(Runtime runtime, const QString &model) const
{
    const QString value = model.trimmed();
    for (auto it = m_models.begin(); it != m_models.end(); ++it) {
        if (it->value(runtime).compare(value, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    for (auto it = m_models.begin(); it != m_models.end(); ++it) {
        if (value.contains(it.key(), Qt::CaseInsensitive))
            return it.key();
    }
    return {};
}

QString ConversionTable::modelFor(const QString &family, Runtime runtime) const
{
    return m_models.value(family).value(runtime);
}

QString ConversionTable::hexOf(const QString &color) const
{
    return m_hex.value(color.toLower());
}

QString ConversionTable::colorOfHex(const QString &hex) const
{
    for (auto it = m_hex.begin(); it != m_hex.end(); ++it) {
        if (it.value().compare(hex, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

QString ConversionTable::permissionMode(const QString &mode, Runtime from, Runtime to) const
{
    for (const QHash<Runtime, QString> &names : m_permissionModes) {
        if (names.value(from) == mode && names.contains(to))
            return names.value(to);
    }
    return {};
}

} // namespace Agentry
