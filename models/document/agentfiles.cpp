// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentfiles.h"

#include "document/filewriter.h"
#include "text/yamlscalar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Agentry {

QString AgentFiles::slug(const QString &name)
{
    QString slug;
    bool pendingHyphen = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            if (pendingHyphen && !slug.isEmpty())
                slug += u'-';
            slug += c.toLower();
            pendingHyphen = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingHyphen = true;
        }
    }
    return slug.isEmpty() ? QStringLiteral("agent") : slug;
}

QString AgentFiles::freePath(const QString &folder, const QString &base)
{
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".md"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.md").arg(base).arg(n));
    return path;
}

QByteArray AgentFiles::fromTemplate(const QByteArray &templ, const QString &name, const QString &description)
{
    QByteArray bytes = templ;
    // The frontmatter needs YAML quoting; the body takes the name as it is.
    const qsizetype bodyStart = bytes.indexOf("\n---\n") + 5;
    QByteArray frontmatter = bytes.left(bodyStart);
    QByteArray body = bytes.mid(bodyStart);
    frontmatter.replace("%NAME%", YamlScalar::quotedIfNeeded(name, YamlScalar::Context::Block).toUtf8());
    frontmatter.replace("%DESCRIPTION%", YamlScalar::quotedIfNeeded(description, YamlScalar::Context::Block).toUtf8());
    body.replace("%NAME%", name.toUtf8());
    return frontmatter + body;
}

QString AgentFiles::create(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo::exists(path))
        return tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    return FileWriter::write(path, bytes);
}

QString AgentFiles::rename(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return tr("%1 already exists.").arg(QDir::toNativeSeparators(to));
    QFile file(from);
    if (!file.rename(to))
        return tr("Cannot rename %1: %2").arg(QDir::toNativeSeparators(from), file.errorString());
    return {};
}

QString AgentFiles::moveToTrash(const QString &path)
{
    QFile file(path);
    if (!file.moveToTrash())
        return tr("Cannot move %1 to the trash: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace Agentry
