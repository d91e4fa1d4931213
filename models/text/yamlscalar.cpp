// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/yamlscalar.h"

#include <cctype>

namespace Agentry {

namespace YamlScalar {

namespace {

bool isNull(std::string_view t)
{
    return t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL";
}

bool isDigits(std::string_view t, int (*accept)(int))
{
    if (t.empty())
        return false;
    for (const char c : t) {
        if (!accept(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

int isOctal(int c)
{
    return c >= '0' && c <= '7';
}

std::string_view unsigned_(std::string_view t)
{
    if (!t.empty() && (t.front() == '-' || t.front() == '+'))
        t.remove_prefix(1);
    return t;
}

bool isInteger(std::string_view t)
{
    if (t.size() > 2 && t[0] == '0' && t[1] == 'o')
        return isDigits(t.substr(2), isOctal);
    if (t.size() > 2 && t[0] == '0' && t[1] == 'x')
        return isDigits(t.substr(2), isxdigit);
    return isDigits(unsigned_(t), isdigit);
}

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool isFloat(std::string_view t)
{
    t = unsigned_(t);
    size_t i = 0;
    size_t digits = 0;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])))
        ++i, ++digits;
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])))
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '-' || t[i] == '+'))
            ++i;
        const size_t expStart = i;
        while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])))
            ++i;
        if (i == expStart)
            return false;
    }
    return i == t.size();
}

bool isSpecialFloat(std::string_view t)
{
    const std::string_view u = unsigned_(t);
    return u == ".inf" || u == ".Inf" || u == ".INF" || t == ".nan" || t == ".NaN" || t == ".NAN";
}

bool isIndicator(QChar c)
{
    return QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(c);
}

} // namespace

QJsonValue resolvePlain(std::string_view t)
{
    if (isNull(t))
        return QJsonValue(QJsonValue::Null);
    if (t == "true" || t == "True" || t == "TRUE")
        return true;
    if (t == "false" || t == "False" || t == "FALSE")
        return false;
    if (isInteger(t)) {
        bool ok = false;
        const QString s = QString::fromUtf8(t.data(), int(t.size()));
        const int base = t.size() > 2 && t[0] == '0' && (t[1] == 'o' || t[1] == 'x') ? (t[1] == 'o' ? 8 : 16) : 10;
        const qlonglong n = (base == 10 ? s : s.mid(2)).toLongLong(&ok, base);
        if (ok)
            return double(n);
    }
    if (isFloat(t)) {
        bool ok = false;
        const double d = QString::fromUtf8(t.data(), int(t.size())).toDouble(&ok);
        if (ok)
            return d;
    }
    if (isSpecialFloat(t))
        return QString::fromUtf8(t.data(), int(t.size())); // JSON has no inf/nan: keep the text
    return QString::fromUtf8(t.data(), int(t.size()));
}

bool canBePlain(const QString &text, Context context)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF) || c == QChar(0x85) || c == QChar(0x2028) || c == QChar(0x2029))
            return false;
        if (context == Context::Flow && QStringView(u",[]{}").contains(c))
            return false;
    }
    const QChar first = text.front();
    if (isIndicator(first)) {
        // `-`, `?` and `:` may start a plain scalar when followed by a safe character.
        const bool mayStart = (first == u'-' || first == u'?' || first == u':') && text.size() > 1 && !text.at(1).isSpace()
            && !(context == Context::Flow && QStringView(u",[]{}").contains(text.at(1)));
        if (!mayStart)
            return false;
    }
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.endsWith(u':'))
        return false;
    if (text == QLatin1String("---") || text == QLatin1String("..."))
        return false;
    const QByteArray utf8 = text.toUtf8();
    return resolvePlain(std::string_view(utf8.constData(), size_t(utf8.size()))).isString()
        && !isSpecialFloat(std::string_view(utf8.constData(), size_t(utf8.size())));
}

QString singleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString doubleQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF))
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString quotedIfNeeded(const QString &text, Context context)
{
    if (canBePlain(text, context))
        return text;
    // Single quotes read best; text with a quote or a control character needs double quotes.
    bool single = !text.contains(u'\'');
    for (const QChar c : text)
        single = single && c.unicode() >= 0x20 && c.unicode() != 0x7F && c != QChar(0xFEFF);
    return single ? singleQuoted(text) : doubleQuoted(text);
}

} // namespace YamlScalar

} // namespace Agentry
