#pragma once

#include "clientprofile.h"
#include "clientreading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads agent files the way one Claude Code version does: its block pattern (the first
// `---` anywhere closes the block), its strict YAML parse, its quoting retry, its load rules.
class ClientReader
{
    Q_DECLARE_TR_FUNCTIONS(ClientReader)

public:
    // `profile` must outlive the reader.
    explicit ClientReader(const ClientProfile &profile);

    // `fileName` (without folders) names a plugin agent whose frontmatter has no name.
    ClientReading read(const QByteArray &bytes, const QString &fileName = QString()) const;

    // The client's retry rewrite of a frontmatter text; nothing when this client has no retry.
    // `rewrittenLines` gets the 0-based lines it changed and the key each one holds.
    std::optional<QString> retryText(const QString &yaml, QVector<ClientReading::RewrittenLine> *rewrittenLines = nullptr) const;

    // Why the hooks of these fields keep an agent in .claude/agents/ from loading (a guard hook
    // at the top level, `hooks` failing the schema), or nothing.
    std::optional<QString> hooksProblem(const QJsonObject &fields) const;

    const ClientProfile &profile() const { return m_profile; }

private:
    LoadVerdict projectVerdict(const ClientReading &reading, qsizetype size) const;
    LoadVerdict pluginVerdict(const ClientReading &reading, qsizetype size, const QString &fileName) const;

    const ClientProfile &m_profile;
};
