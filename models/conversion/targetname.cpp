// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversion/targetname.h"

#include "runtime/runtimespec.h"

#include <QRegularExpression>

namespace Agentry {

namespace {

constexpr int kQwenMinimum = 2;
constexpr int kQwenMaximum = 50;
constexpr int kClaudeMaximum = 256;

bool isSlug(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]+$"));
    return pattern.match(name).hasMatch();
}

bool isReserved(Runtime runtime, const QString &name)
{
    const RuntimeSpec *spec = RuntimeSpec::of(runtime);
    return spec && spec->reservedNames().contains(name, Qt::CaseInsensitive);
}

} // namespace

bool TargetName::isValid(Runtime runtime, const QString &name)
{
    if (name.trimmed().isEmpty() || isReserved(runtime, name))
        return false;
    switch (runtime) {
    case Runtime::ClaudeCode:
        return !name.startsWith(u'-') && !name.contains(u':') && name.size() <= kClaudeMaximum && name == name.trimmed();
    case Runtime::GeminiCli:
    case Runtime::FactoryDroid:
        return isSlug(name);
    case Runtime::QwenCode: {
        static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}_-]+$"));
        return name.size() >= kQwenMinimum && name.size() <= kQwenMaximum && pattern.match(name).hasMatch()
            && !QStringView(u"-_").contains(name.front()) && !QStringView(u"-_").contains(name.back());
    }
    case Runtime::OpenCode:
    case Runtime::Copilot:
        // The file's name is the agent's: keep to names every file system takes.
        return fileStem(name) == name;
    }
    return false;
}

QString TargetName::of(Runtime runtime, const QString &name, QSet<QString> *taken)
{
    QString base = isValid(runtime, name) ? name : slug(name);
    if (runtime == Runtime::QwenCode) {
        base = base.left(kQwenMaximum);
        while (base.endsWith(u'-') || base.endsWith(u'_'))
            base.chop(1);
        if (base.size() < kQwenMinimum)
            base = QStringLiteral("agent-") + base;
    }
    if (isReserved(runtime, base))
        base += QStringLiteral("-agent");
    QString result = base;
    for (int n = 2; taken && taken->contains(result.toLower()); ++n)
        result = QStringLiteral("%1-%2").arg(base).arg(n);
    if (taken)
        taken->insert(result.toLower());
    return result;
}

QString TargetName::relativePath(Runtime runtime, const QString &name)
{
    const QString stem = fileStem(name);
    switch (runtime) {
    case Runtime::ClaudeCode:
        return QStringLiteral(".claude/agents/%1.md").arg(stem);
    case Runtime::Copilot:
        return QStringLiteral(".github/agents/%1.agent.md").arg(stem);
    case Runtime::OpenCode:
        return QStringLiteral(".opencode/agent/%1.md").arg(stem);
    case Runtime::GeminiCli:
        return QStringLiteral(".gemini/agents/%1.md").arg(stem);
    case Runtime::QwenCode:
        return QStringLiteral(".qwen/agents/%1.md").arg(stem);
    case Runtime::FactoryDroid:
        return QStringLiteral(".factory/droids/%1.md").arg(stem);
    }
    return {};
}

QString TargetName::slug(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9') || lower == u'_')
            out += lower;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-') || out.endsWith(u'_'))
        out.chop(1);
    while (out.startsWith(u'-') || out.startsWith(u'_'))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("agent") : out;
}

QString TargetName::fileStem(const QString &name)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return safe.match(name).hasMatch() && !name.endsWith(u'.') ? name : slug(name);
}

} // namespace Agentry
