// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/bodymetadata.h"

#include "document/agentfiles.h"
#include "runtime/frontmatterrepair.h"
#include "text/yamlscalar.h"

#include <QRegularExpression>
#include <QStringList>

namespace Agentry {

namespace {

// `**Agent ID:** backend-python`, `Agent ID: …`, `- **Name**: …`: the label and the value.
std::optional<std::pair<QString, QString>> labelled(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^[-*]?\\s*\\*{0,2}([A-Za-z][A-Za-z ]{1,30}?)\\*{0,2}\\s*:\\s*\\*{0,2}\\s*(\\S.*)$"));
    const QRegularExpressionMatch match = pattern.match(line.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString value = match.captured(2).trimmed();
    if (value.startsWith(QLatin1String("**")))
        value = value.mid(2).trimmed();
    return std::make_pair(match.captured(1).trimmed().toLower(), value);
}

bool isProse(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.startsWith(u'#') || t.startsWith(u'|') || t.startsWith(u'>') || t.startsWith(QLatin1String("```"))
        || t.startsWith(QLatin1String("~~~")) || t.startsWith(QLatin1String("- ")) || t.startsWith(QLatin1String("* "))
        || t.startsWith(QLatin1String("+ ")) || t.startsWith(QLatin1String("---")) || t.startsWith(QLatin1String("***"))
        || t.startsWith(QLatin1String("___")) || t.startsWith(QLatin1String("<")))
        return false;
    if (t.size() > 2 && t.at(0).isDigit() && (t.at(1) == u'.' || (t.at(1).isDigit() && t.size() > 3 && t.at(2) == u'.')))
        return false;
    return !(t.startsWith(QLatin1String("**")) && t.contains(QLatin1String(":**")));
}

} // namespace

std::optional<BodyMetadata> BodyMetadata::find(const QByteArray &bytes, const QString &fileName)
{
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    const QStringList lines = text.split(u'\n');
    BodyMetadata found;
    QString heading;
    bool inFence = false;
    QStringList paragraph;
    for (const QString &raw : lines) {
        const QString line = raw.endsWith(u'\r') ? raw.chopped(1) : raw;
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (heading.isEmpty() && t.startsWith(QLatin1String("# ")))
            heading = t.mid(2).trimmed();
        if (const auto label = labelled(line)) {
            // A name is short; a long value or one with another `label:` in it is a run-together line.
            const bool nameLike = label->second.size() <= 64 && !label->second.contains(QLatin1String(": "));
            if ((label->first == QLatin1String("agent id") || label->first == QLatin1String("id") || label->first == QLatin1String("name"))
                && found.name.isEmpty() && nameLike)
                found.name = label->second;
            else if ((label->first == QLatin1String("description") || label->first == QLatin1String("purpose")) && found.description.isEmpty())
                found.description = label->second;
            continue;
        }
        if (found.description.isEmpty()) {
            if (isProse(line)) {
                paragraph.append(t);
            } else if (!paragraph.isEmpty()) {
                found.description = paragraph.join(u' ');
                paragraph.clear();
            }
        }
    }
    if (found.description.isEmpty() && !paragraph.isEmpty())
        found.description = paragraph.join(u' ');
    if (found.description.isEmpty())
        return std::nullopt;
    if (found.name.isEmpty()) {
        static const QRegularExpression agentPrefix(QStringLiteral("^(agent|subagent)\\s*:\\s*"), QRegularExpression::CaseInsensitiveOption);
        QString base = fileName;
        if (base.endsWith(QLatin1String(".md")))
            base.chop(3);
        found.name = heading.isEmpty() ? base : QString(heading).remove(agentPrefix);
    }
    found.name = AgentFiles::slug(found.name);
    return found;
}

QByteArray BodyMetadata::frontmatter(const QByteArray &eol) const
{
    const auto value = [&eol](const QString &text) {
        return YamlScalar::canBePlain(text, YamlScalar::Context::Block) && !text.contains(QLatin1String("---")) ? text.toUtf8()
                                                                                                               : FrontmatterRepair::scalar(text, eol);
    };
    return "---" + eol + "name: " + value(name) + eol + "description: " + value(description) + eol + "---" + eol;
}

} // namespace Agentry
