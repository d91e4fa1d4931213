// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Agentry {

// Parses YAML the way the Claude Code client's parser (Bun's YAML.parse) does, with yaml-cpp
// doing the reading. yaml-cpp is more forgiving than Bun in places and stricter in others;
// this class finds those places (measured against Bun on the corpus and on generated
// variants, see docs/rules.md) and decides them as Bun does. Values follow Bun too: YAML 1.2
// core schema, tags other than the core ones read as strings, `<<` merge keys, the last of
// duplicate keys wins.
class BunYaml
{
    Q_DECLARE_TR_FUNCTIONS(BunYaml)

public:
    struct Error
    {
        int line = 0;   // 0-based, in the parsed text
        int column = 0; // 0-based, in bytes
        QString message;
    };

    // The value, or the first error Bun would stop at (positions are yaml-cpp's or ours: Bun
    // reports none worth showing).
    struct Result
    {
        std::optional<QJsonValue> value;
        Error error;

        bool isParsed() const { return value.has_value(); }
    };

    static Result parse(const QByteArray &utf8);
    // The same without FlatYaml's shortcut for the common shape: always yaml-cpp and the checks.
    // parse() must always agree with it; the tests hold them to that.
    static Result fullParse(const QByteArray &utf8);
};

} // namespace Agentry
