// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "validation/rule.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Agentry {

// Small shared pieces of the rules: fixes through FrontmatterPatcher, nearest values, quoting
// a value for a message.
namespace RuleHelpers {

// A fix setting `key` to `value` with the minimal edit FrontmatterPatcher finds; nothing when
// the frontmatter cannot be edited line by line yet (it does not parse strictly).
// `wanted`, or the first of `wanted-2`, `wanted-3`, … that no other agent of the folder loads under.
QString freeName(const RuleContext &context, const QString &wanted, int maxLength = 256);
std::optional<Fix> setField(const RuleContext &context, const QString &key, const QJsonValue &value, const QString &title,
                            Fix::Safety safety = Fix::Safety::Safe);
// A fix removing every occurrence of `key`.
std::optional<Fix> removeField(const RuleContext &context, const QString &key, const QString &title,
                               Fix::Safety safety = Fix::Safety::Safe);
// A fix replacing the bytes [start, end) by `text`.
Fix replace(qsizetype start, qsizetype end, const QByteArray &text, const QString &title, Fix::Safety safety = Fix::Safety::Safe);

// The candidate closest to `value` (ignoring case, then by edit distance up to `maxDistance`,
// then by prefix), or an empty string.
QString nearest(const QString &value, const QStringList &candidates, int maxDistance = 3);
int editDistance(const QString &a, const QString &b);

// A JSON value as a short text for a message: strings as they are, others in YAML spelling.
QString shown(const QJsonValue &value);

// The text of `key`'s value as written (its key line after `key:`), or an empty string.
QString writtenValue(const RuleContext &context, const QString &key);

// The byte ranges [start, end) of [from, to) made of bytes ≥ 0x80, that is the non-ASCII text:
// mojibake, invisible characters and U+FFFD all live there, so the body rules look only at it.
QVector<std::pair<qsizetype, qsizetype>> nonAsciiRuns(const QByteArray &bytes, qsizetype from = 0, qsizetype to = -1);

// The usual cause, in words, of a YAML error on 0-based `line` of the file: an unquoted `: `,
// an <example> dialogue, lines that go on unindented, an unclosed quote, CRLF line endings.
QString yamlCause(const RuleContext &context, int line, const QString &parserMessage);

} // namespace RuleHelpers

} // namespace Agentry
