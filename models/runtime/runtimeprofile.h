// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/jspattern.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Agentry {

struct ToolInfo;

// How one Claude Code release reads agent files, as data (resources/runtimes/claude-code-<version>.json,
// schema in docs/rules.md): how it finds the frontmatter block, whether it retries a failed
// parse with its quoting rewrite, which agents it refuses to load, the values it accepts.
// A new client release is a new file plus tests, not new code.
class RuntimeProfile
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeProfile)

public:
    // The client's rewrite of a frontmatter that strict YAML rejected (2.1.330: `tu`).
    struct Retry
    {
        JsPattern line;       // a `key: value` line it may quote; group 1 the key, group 2 the value
        JsPattern indicators; // values holding one of these get quoted
        int tabIndent = 2;    // spaces per leading tab
    };

    // When a file under .claude/agents/ (or a plugin's agents/) is skipped.
    struct LoadRules
    {
        int nameMaxLength = 0;           // 0: no limit
        QString nameForbiddenStart;      // "-"
        QStringList nameForbiddenNfkc;   // looked for after NFKC normalisation: ":"
        bool descriptionRequired = true; // a non-empty string
        QStringList topLevelHookGuards;  // these keys outside `hooks` make the agent unloadable
        bool hooksSchemaGuard = false;   // `hooks` failing the schema makes it unloadable
        qint64 maxFileBytes = 0;         // larger files are skipped; 0: no limit
        QStringList pluginIgnores;       // keys a plugin agent may not set (ignored with a warning)
        QStringList pluginIsolation;     // the `isolation` values a plugin agent keeps
    };

    // The keys of the agent schema and the values the client accepts for them.
    struct FieldSets
    {
        QStringList keys;
        QStringList models; // aliases; full model ids are accepted too
        QStringList colors;
        QStringList efforts;
        QStringList permissionModes;
        QStringList memory;
        QStringList isolation;
        QStringList hookEvents;
        int autoCompactWindowMin = 0;
    };

    // The keys `claude plugin validate` knows in a plugin.json and in a marketplace entry; any
    // other key is a warning ("Unknown field"), so `--strict` fails. All empty: not recorded.
    struct PluginKeys
    {
        QStringList manifest; // plugin.json's schema; a marketplace entry takes them too
        QStringList listing;  // directory listing fields plugin.json may hold without a word
        QStringList entry;    // a marketplace entry's own: source, strict, ...
    };

    enum class ToolAvailability { Available, NotYet, Removed };

    // The profiles built into the application, by version; null for an unknown version.
    static const RuntimeProfile *find(const QString &version);
    // The newest built-in profile: what `--client` defaults to.
    static const RuntimeProfile &latest();
    // The profile of `version`, or the latest when `version` is empty or unknown.
    static const RuntimeProfile &findOrLatest(const QString &version);
    static QStringList versions(); // built-in ones, oldest first
    static std::optional<RuntimeProfile> fromJson(const QByteArray &json, QString *error);

    // -1, 0 or 1 as dotted version `a` is older than, equal to or newer than `b`.
    static int compareVersions(const QString &a, const QString &b);

    const QString &version() const { return m_version; }
    bool dropsBom() const { return m_dropBom; }
    const JsPattern &blockPattern() const { return *m_block; }
    const std::optional<Retry> &retry() const { return m_retry; }
    const LoadRules &load() const { return m_load; }
    const FieldSets &fields() const { return m_fields; }
    const PluginKeys &pluginKeys() const { return m_pluginKeys; }
    // "every name in `tools` unknown: the client refuses to spawn the agent" (since 2.1.208).
    bool refusesZeroTools() const { return m_refuseZeroTools; }

    // Whether this client offers `tool` (by the catalog's since/removed-in versions).
    ToolAvailability availability(const ToolInfo &tool) const;

private:
    QString m_version;
    bool m_dropBom = true;
    std::optional<JsPattern> m_block;
    std::optional<Retry> m_retry;
    LoadRules m_load;
    FieldSets m_fields;
    PluginKeys m_pluginKeys;
    bool m_refuseZeroTools = false;
};

} // namespace Agentry
