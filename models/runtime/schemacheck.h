// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimespec.h"
#include "runtime/yamlvalue.h"

#include <QString>
#include <QVector>

namespace Agentry {

// Checks a frontmatter mapping against the fields of a runtime spec, as that runtime's
// schema library does, and words each problem as the runtime does: zod's "tools.0: Invalid
// tool name" for Gemini CLI and Copilot, Effect's `Expected number | undefined, got "hot"`
// for OpenCode, Qwen Code's own sentences.
class SchemaCheck
{
public:
    struct Problem
    {
        QString field;   // the top-level key
        QString path;    // where in it: "tools.0", "permission.bash"
        QString message; // the runtime's words, without the path
        int line = 0;    // 0-based, in the YAML text
        bool dropped = false; // the runtime leaves the value out instead of refusing the file
        bool typeError = false; // a wrong type or a missing value, not a refined rule
        QString value;          // a refused tool name: the name
    };

    explicit SchemaCheck(const RuntimeSpec &spec);

    QVector<Problem> check(const YamlValue &frontmatter) const;
    // The keys of `frontmatter` the spec does not know, in the file's order.
    QVector<const std::pair<QString, YamlValue> *> unknownKeys(const YamlValue &frontmatter) const;

private:
    void checkValue(const RuntimeSpec::Field &field, const YamlValue &value, QVector<Problem> &problems) const;
    void checkTools(const RuntimeSpec::Field &field, const YamlValue &value, QVector<Problem> &problems) const;
    void checkPermission(const RuntimeSpec::Field &field, const YamlValue &value, QVector<Problem> &problems) const;
    QString expected(const QString &what, const YamlValue &got) const;

    const RuntimeSpec &m_spec;
};

} // namespace Agentry
