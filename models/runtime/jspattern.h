// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Agentry {

// A JavaScript regular expression (as the Claude Code client writes it) run with JavaScript's
// meaning on QString's UTF-16 text: `\s` is JavaScript's white space (NBSP, U+FEFF, the
// Unicode spaces and line terminators), `.` stops at \n, \r, U+2028 and U+2029, `$` is the
// end of the text. Client profiles keep their patterns in this form, copied from the client.
class JsPattern
{
public:
    // Nothing, with a message in `error`, when the pattern uses something this translation
    // does not cover (flags, `\S` inside a class other than `[\s\S]`) or PCRE rejects it.
    static std::optional<JsPattern> compile(const QString &source, QString *error);

    // `text` is decoded from UTF-8 or cut from such text at a match, so it is well-formed UTF-16
    // and PCRE need not check all of it again at each match (it would, without the option).
    QRegularExpressionMatch match(const QString &text) const { return m_regex.match(text, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption); }
    bool matches(const QString &text) const { return match(text).hasMatch(); }

private:
    QRegularExpression m_regex;
};

} // namespace Agentry
