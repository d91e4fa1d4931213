// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/marketplacefile.h"
#include "fuzzproperty.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>

using namespace Agentry;

namespace {

// A value for one of the entry's fields, picked by `choice`: empty, one of the file's own
// plugin names, or a text that needs escaping in JSON.
QString pickedText(uint8_t choice, const QJsonArray &plugins)
{
    static const QStringList texts = {QStringLiteral("p"), QStringLiteral("./plugins/p"), QStringLiteral("q \"quoted\" \\ é ✅"),
                                      QStringLiteral("line\nbreak\ttab"), QStringLiteral("\u0001"), QStringLiteral("1.0.0")};
    if (choice % 3 == 0)
        return {};
    if (choice % 3 == 1 && !plugins.isEmpty())
        return plugins.at(choice / 3 % plugins.size()).toObject().value(QLatin1String("name")).toString();
    return texts.at(choice / 3 % texts.size());
}

} // namespace

// A plugin's entry added to or updated in any marketplace.json text. It is refused exactly when
// the text is not a JSON object with a list (or nothing) as "plugins"; otherwise the result is
// JSON whose other members and other entries are as they were, and whose first entry of that
// name (appended when there was none) holds the entry's values, keeping those left empty.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzzBytes(data, size);
    QJsonParseError parseError;
    const QJsonDocument before = QJsonDocument::fromJson(text, &parseError);
    const QJsonObject object = before.object();
    const QJsonArray plugins = object.value(QLatin1String("plugins")).toArray();
    // The whole input is the file; the entry's values are picked by a hash of it, so that every
    // change of the file may meet another entry.
    const size_t hash = qHash(text, 0);
    const auto picked = [&](int field) { return pickedText(uint8_t(hash >> (8 * field)), plugins); };
    const MarketplaceEntry entry{picked(0), picked(1), picked(2), picked(3)};

    QString error;
    const std::optional<QByteArray> updated = MarketplaceFile::update(text, entry, &error);
    const bool valid = parseError.error == QJsonParseError::NoError && before.isObject()
        && (object.value(QLatin1String("plugins")).isUndefined() || object.value(QLatin1String("plugins")).isArray());
    requireProperty(updated.has_value() == valid, "refused exactly when not a marketplace.json", [&] { return error; });
    if (!updated)
        return 0;

    const QJsonDocument after = QJsonDocument::fromJson(*updated, &parseError);
    requireProperty(parseError.error == QJsonParseError::NoError && after.isObject(), "the result is a JSON object",
                    [&] { return QString::fromUtf8(*updated); });
    QJsonObject want = object;
    QJsonArray wantPlugins = plugins;
    qsizetype at = 0;
    while (at < plugins.size() && plugins.at(at).toObject().value(QLatin1String("name")) != QJsonValue(entry.name))
        ++at;
    QJsonObject wantEntry = at < plugins.size() ? plugins.at(at).toObject() : QJsonObject();
    wantEntry.insert(QStringLiteral("name"), entry.name);
    wantEntry.insert(QStringLiteral("source"), entry.source);
    if (!entry.description.isEmpty())
        wantEntry.insert(QStringLiteral("description"), entry.description);
    if (!entry.version.isEmpty())
        wantEntry.insert(QStringLiteral("version"), entry.version);
    if (at < plugins.size())
        wantPlugins.replace(at, wantEntry);
    else
        wantPlugins.append(wantEntry);
    want.insert(QStringLiteral("plugins"), wantPlugins);
    requireProperty(after.object() == want, "only the entry changes, to its values",
                    [&] { return QString(QString::fromUtf8(text) + QStringLiteral("\n=>\n") + QString::fromUtf8(*updated)); });
    return 0;
}
