// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/displayname.h"

#include "runtime/agentreading.h"
#include "text/agenttext.h"
#include "text/frontmatter.h"

#include <QFileInfo>

namespace Agentry {

QString writtenName(const AgentReading *reading, const Frontmatter *frontmatter)
{
    if (reading) {
        const QJsonValue name = reading->fields.value(QLatin1String("name"));
        if (name.isString() && !name.toString().isEmpty())
            return name.toString();
    }
    const FrontmatterField *field = frontmatter ? frontmatter->field(QStringLiteral("name")) : nullptr;
    return field && field->value.isString() ? field->value.toString() : QString();
}

QString displayName(const AgentReading *reading, const Frontmatter *frontmatter, const QString &path)
{
    const QString written = writtenName(reading, frontmatter);
    return written.isEmpty() ? QFileInfo(path).completeBaseName() : written;
}

QString displayName(const AgentReading &reading, const QByteArray &bytes, const QString &path)
{
    const QString written = writtenName(&reading, nullptr);
    if (!written.isEmpty())
        return written;
    const AgentText text = AgentText::fromBytes(bytes);
    return displayName(nullptr, &text.frontmatter, path);
}

} // namespace Agentry
