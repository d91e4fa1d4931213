// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/jspattern.h"

#include <QCoreApplication>

namespace Agentry {

namespace {

// ECMAScript WhiteSpace and LineTerminator, as PCRE class items.
const QLatin1String kSpaceItems("\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}");

QString translate(const QString &source, QString *error)
{
    QString out;
    bool inClass = false;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == u'\\' && i + 1 < source.size()) {
            const QChar next = source.at(i + 1);
            ++i;
            if (next == u's') {
                out += inClass ? QString(kSpaceItems) : u'[' + QString(kSpaceItems) + u']';
            } else if (next == u'S') {
                if (!inClass) {
                    out += QStringLiteral("[^") + kSpaceItems + u']';
                } else if (source.mid(i - 4, 6) == QLatin1String("[\\s\\S]")) {
                    out += QStringLiteral("\\S"); // `[\s\S]`, any character: PCRE's own \s\S pair covers all
                } else {
                    *error = QCoreApplication::translate("JsPattern", "\\S inside a character class is not supported: %1").arg(source);
                    return {};
                }
            } else if (next == u'u' && i + 4 < source.size()) {
                out += QStringLiteral("\\x{") + source.mid(i + 1, 4) + u'}'; // `\uFEFF`: PCRE writes code points as \x{...}
                i += 4;
            } else {
                out += u'\\';
                out += next;
            }
            continue;
        }
        if (!inClass && c == u'[') {
            inClass = true;
            out += c;
            // `]` or `^]` right after the opening bracket is literal in PCRE but ends an empty class in JS.
            if (source.mid(i + 1, 1) == QLatin1String("]") || source.mid(i + 1, 2) == QLatin1String("^]")) {
                *error = QCoreApplication::translate("JsPattern", "An empty character class is not supported: %1").arg(source);
                return {};
            }
            continue;
        }
        if (inClass && c == u']') {
            inClass = false;
            out += c;
            continue;
        }
        if (!inClass && c == u'.') {
            out += QStringLiteral("[^\\n\\r\\x{2028}\\x{2029}]");
            continue;
        }
        if (!inClass && c == u'$') {
            out += QStringLiteral("\\z");
            continue;
        }
        if (inClass && c == u'[') {
            out += QStringLiteral("\\["); // literal in JS; PCRE could read `[:` as a POSIX class
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

std::optional<JsPattern> JsPattern::compile(const QString &source, QString *error)
{
    QString message;
    const QString pcre = translate(source, &message);
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    JsPattern pattern;
    pattern.m_regex = QRegularExpression(pcre);
    if (!pattern.m_regex.isValid()) {
        if (error)
            *error = QCoreApplication::translate("JsPattern", "Not a valid pattern (%1): %2").arg(pattern.m_regex.errorString(), source);
        return std::nullopt;
    }
    pattern.m_regex.optimize();
    return pattern;
}

} // namespace Agentry
