// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "conversion/agentconversion.h"
#include "runtime/runtimes.h"
#include "validation/agentvalidator.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace Agentry {

class AgentGrants;
class ConversionTable;
class ConvertedFrontmatter;
class ToolCatalog;

// Writes an agent of one runtime as a file another runtime loads: the name made valid for it,
// description and prompt carried over unchanged, tools through the catalog's table of each
// runtime's names, model family, permission mode, colour and turn limit where the target can
// say them. Whatever it cannot say is a finding; the result is read back by the target's own
// reader, which must load it with the same description and says which grants the mapping
// widened or narrowed.
class AgentConverter
{
    Q_DECLARE_TR_FUNCTIONS(AgentConverter)

public:
    // `catalog` and `table` must outlive the converter.
    explicit AgentConverter(Runtime target);
    AgentConverter(Runtime target, const ToolCatalog &catalog, const ConversionTable &table);

    Runtime target() const { return m_target; }

    // `scope`: where the source lies (a plugin's agents load by the plugin rules). `from`: the
    // runtime the source is read as; by default the one its folder and frontmatter say. Names
    // in `taken` (lower case) are avoided, and the new one is added to it.
    AgentConversion convert(const QString &path, const QByteArray &bytes, AgentScope scope = AgentScope::Project,
                            std::optional<Runtime> from = std::nullopt, QSet<QString> *taken = nullptr) const;

private:
    void writeTools(const AgentGrants &grants, ConvertedFrontmatter &out, AgentConversion &result) const;
    void writeSettings(const QJsonObject &fields, ConvertedFrontmatter &out, AgentConversion &result, QStringList *carried) const;
    // The grants of the source and of the new file side by side; the columns in `always` (a
    // runtime gives them to every agent) are neither widened nor narrowed.
    QVector<GrantChange> compareGrants(const AgentGrants &before, const AgentGrants &after, const QStringList &always) const;
    // Reads `result.bytes` as the target and records its verdict and the grants it changed.
    void readBack(const AgentGrants &before, const QString &description, AgentConversion &result) const;

    Runtime m_target;
    const ToolCatalog &m_catalog;
    const ConversionTable &m_table;
    AgentValidator m_validator;
};

} // namespace Agentry
