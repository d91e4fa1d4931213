// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/agentscope.h"
#include "runtime/jspattern.h"
#include "runtime/runtimes.h"
#include "runtime/yamlvalue.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Agentry {

// How one release of a runtime other than Claude Code reads agent files, as data
// (resources/runtimes/<id>-<version>.json, schema in docs/runtimes.md): where it looks, the
// block pattern, its YAML library's typing, its fields, what it does with unknown keys and
// which tool names it knows. What its loader does beyond data (OpenCode's retry, Qwen's
// line parser) is its reader's code. Claude Code's own releases are RuntimeProfile's.
class RuntimeSpec
{
public:
    // `<root>/<folder>/<agents>/...`: where the runtime looks for agent files.
    struct Location
    {
        AgentScope scope = AgentScope::Project; // Project, or User under the home folder
        QString folder;                         // ".opencode"
        QStringList agents;                     // "agent", "agents"
        bool recursive = false;
        QString skipPrefix; // files whose name starts with it are not read
        QStringList markers; // "/.opencode/agent/" for each of `agents`: what the path of a file in it holds
    };

    struct Field
    {
        QString key;
        QString type; // string, text, scalarText, number, finiteNumber, positiveInteger, boolean,
                      // choice, object, booleanMap, stringList, stringOrList, toolList, modelList,
                      // permission, any
        QStringList values;     // choice (or string with a pattern: either matches)
        QString pattern;        // the string must match it
        QString patternMessage; // the runtime's words when it does not
        bool required = false;
        bool nullable = false;
        bool droppedWhenInvalid = false; // the runtime drops a wrong value instead of refusing the file
    };

    enum class UnknownKeys {
        Keep,   // loaded into the agent's options (OpenCode)
        Reject, // the file is refused (Gemini CLI)
        Warn,   // ignored with a warning (Copilot)
        Ignore, // ignored without a word (Qwen Code, Factory Droid)
    };

    // The built-in spec of `runtime` (its newest release); null for Claude Code.
    static const RuntimeSpec *of(Runtime runtime);
    static std::optional<RuntimeSpec> fromJson(const QByteArray &json, QString *error);

    Runtime runtime() const { return m_runtime; }
    const QString &version() const { return m_version; }
    const QVector<Location> &locations() const { return m_locations; }
    const std::optional<JsPattern> &blockPattern() const { return m_block; }
    YamlValue::Schema yamlSchema() const { return m_yaml; }
    UnknownKeys unknownKeys() const { return m_unknownKeys; }
    const QVector<Field> &fields() const { return m_fields; }
    const Field *field(const QString &key) const;
    const QStringList &reservedNames() const { return m_reservedNames; }
    const QStringList &modelAuthTypes() const { return m_modelAuthTypes; }
    const QStringList &permissionActions() const { return m_permissionActions; }
    // The permission names the runtime knows: those that take patterns, those that take an
    // action only. Other names (MCP tools, wildcards) take patterns too.
    const QStringList &rulePermissions() const { return m_rulePermissions; }
    const QStringList &actionOnlyPermissions() const { return m_actionOnlyPermissions; }
    qint64 maxFileBytes() const { return m_maxFileBytes; } // 0: no limit

    // Whether `name` in `tools` names a tool of this runtime (built-in, alias or MCP).
    bool knowsTool(const QString &name) const;
    // This runtime's name for a Claude Code tool name, or empty when it has none.
    QString toolFromClaude(const QString &claudeName) const;

private:
    Runtime m_runtime = Runtime::OpenCode;
    QString m_version;
    QVector<Location> m_locations;
    std::optional<JsPattern> m_block;
    YamlValue::Schema m_yaml = YamlValue::Schema::Core;
    UnknownKeys m_unknownKeys = UnknownKeys::Ignore;
    QVector<Field> m_fields;
    QStringList m_reservedNames;
    QStringList m_modelAuthTypes;
    QStringList m_permissionActions;
    QStringList m_rulePermissions;
    QStringList m_actionOnlyPermissions;
    qint64 m_maxFileBytes = 0;
    QStringList m_tools;
    QStringList m_toolPrefixes;
    bool m_toolsCaseInsensitive = false;
    QRegularExpression m_mcpTool;
    QHash<QString, QString> m_fromClaude;
};

} // namespace Agentry
