// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversion/convertedfrontmatter.h"

#include "text/yamlscalar.h"

namespace Agentry {

namespace {

// Words YAML 1.1 (js-yaml 3, OpenCode) reads as booleans or null though YAML 1.2 does not.
bool isYaml11Word(const QString &text)
{
    static const QStringList words{QStringLiteral("y"),  QStringLiteral("n"),   QStringLiteral("yes"), QStringLiteral("no"),
                                   QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("~")};
    return words.contains(text, Qt::CaseInsensitive);
}

} // namespace

QString ConvertedFrontmatter::scalar(const QString &text, bool inFlow)
{
    // A leading digit, sign or dot could be read as a number, a date or a time by some parser.
    const bool plain = YamlScalar::canBePlain(text, inFlow ? YamlScalar::Context::Flow : YamlScalar::Context::Block)
        && text.front().isLetter() && !isYaml11Word(text);
    if (plain)
        return text;
    bool single = !text.contains(u'\'');
    for (const QChar c : text)
        single = single && c.unicode() >= 0x20 && c.unicode() != 0x7F && c != QChar(0xFEFF) && c != QChar(0x85) && c != QChar(0x2028)
            && c != QChar(0x2029);
    return single ? YamlScalar::singleQuoted(text) : YamlScalar::doubleQuoted(text);
}

void ConvertedFrontmatter::setScalar(const QString &key, const QString &text)
{
    set({key, scalar(text), {}});
}

void ConvertedFrontmatter::setNumber(const QString &key, double number)
{
    set({key, QString::number(number, 'g', 17), {}});
}

void ConvertedFrontmatter::setFlowList(const QString &key, const QStringList &items)
{
    QStringList written;
    for (const QString &item : items)
        written.append(scalar(item, true));
    set({key, QLatin1Char('[') + written.join(QLatin1String(", ")) + QLatin1Char(']'), {}});
}

void ConvertedFrontmatter::setCommaList(const QString &key, const QStringList &items)
{
    set({key, items.join(QLatin1String(", ")), {}});
}

void ConvertedFrontmatter::setBlock(const QString &key, const QStringList &lines)
{
    set({key, {}, lines});
}

bool ConvertedFrontmatter::contains(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.key == key)
            return true;
    }
    return false;
}

void ConvertedFrontmatter::set(Entry entry)
{
    for (Entry &existing : m_entries) {
        if (existing.key == entry.key) {
            existing = std::move(entry);
            return;
        }
    }
    m_entries.append(std::move(entry));
}

QByteArray ConvertedFrontmatter::render(const QByteArray &eol) const
{
    QByteArray out = "---" + eol;
    for (const Entry &entry : m_entries) {
        out += scalar(entry.key).toUtf8() + ':';
        if (!entry.value.isEmpty())
            out += ' ' + entry.value.toUtf8();
        out += eol;
        for (const QString &line : entry.lines)
            out += "  " + line.toUtf8() + eol;
    }
    return out + "---" + eol;
}

} // namespace Agentry
