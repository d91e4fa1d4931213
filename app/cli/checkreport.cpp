// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkreport.h"

#include "validation/agentvalidator.h"
#include "validation/crossagentvalidator.h"
#include "validation/rule.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <charconv>
#include <iterator>

namespace Agentry {

namespace {

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

// A file path as a SARIF artifact URI: relative paths stay relative, with '/' and escapes.
QString artifactUri(const QString &path)
{
    const QString slashed = QDir::fromNativeSeparators(path);
    if (QDir::isAbsolutePath(slashed))
        return QUrl::fromLocalFile(slashed).toString(QUrl::FullyEncoded);
    return QString::fromUtf8(QUrl::toPercentEncoding(slashed, "/"));
}

QJsonObject reportingDescriptor(const QString &id, const QString &title, Severity severity)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), title},
        {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), title}}},
        {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), sarifLevel(severity)}}},
        {QStringLiteral("helpUri"), QString(QStringLiteral("https://example.invalid/agentry/docs/rules.md#") + id.toLower())},
    };
}

// `text` as a JSON string, quotes included. Escaping concerns ASCII bytes only, and UTF-8
// sequences hold none, so the UTF-8 bytes are escaped as they come.
void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    // The runs between the bytes JSON escapes go in whole: most text has none of them.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8.at(i));
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(utf8.constData() + run, i - run);
        run = i + 1;
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u == '\n') {
            out += "\\n";
        } else if (u == '\t') {
            out += "\\t";
        } else {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        }
    }
    out.append(utf8.constData() + run, utf8.size() - run);
    out += '"';
}

void appendNumber(QByteArray &out, int number)
{
    char digits[12];
    const std::to_chars_result written = std::to_chars(std::begin(digits), std::end(digits), number);
    out.append(digits, written.ptr - digits);
}

// Writes the "line" and "column" members that a diagnostic and each of its places begin with.
void appendPosition(QByteArray &out, int line, int column)
{
    out += "\"line\": ";
    appendNumber(out, line);
    out += ", \"column\": ";
    appendNumber(out, column);
}

// About the size of a file's JSON object, so that it is written into one allocation.
qsizetype jsonObjectSize(const CheckedFile &file)
{
    qsizetype size = 320 + file.shown.size() + 160 * file.alsoReadBy.size();
    for (const AgentReading &other : file.alsoReadBy)
        size += other.project.reason.size();
    for (const Diagnostic &d : file.diagnostics) {
        size += 120 + d.code.size() + d.message.size() + d.field.size();
        for (const DiagnosticPlace &place : d.places)
            size += 48 + place.note.size();
    }
    return size;
}

} // namespace

QString CheckReport::text(const QVector<CheckedFile> &files)
{
    QString out;
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (const CheckedFile &file : files) {
        for (const Diagnostic &d : file.diagnostics) {
            out += QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                       .arg(file.shown)
                       .arg(d.line)
                       .arg(d.column)
                       .arg(QLatin1String(severityName(d.severity)), d.message, d.code);
            (d.severity == Severity::Error ? errors : d.severity == Severity::Warning ? warnings : notes) += 1;
        }
    }
    out += tr("%n file(s) checked: ", nullptr, int(files.size())) + tr("%n error(s), ", nullptr, errors) + tr("%n warning(s), ", nullptr, warnings)
        + tr("%n note(s).", nullptr, notes) + u'\n';
    return out;
}

void CheckReport::writeJson(const QVector<QByteArray> &objects, const std::function<void(const QByteArray &)> &write)
{
    constexpr qsizetype pieceSize = 1 << 20;
    // One buffer for every piece, with room for the object that ends a piece: a buffer let go
    // after each write had its memory faulted in again, page by page, for the next.
    QByteArray piece;
    piece.reserve(2 * pieceSize);
    piece += "{\n    \"files\": [";
    for (qsizetype f = 0; f < objects.size(); ++f) {
        piece += f == 0 ? "\n" : ",\n";
        piece += objects.at(f);
        if (piece.size() >= pieceSize) {
            write(piece);
            piece.truncate(0);
        }
    }
    piece += objects.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    write(piece);
}

QByteArray CheckReport::jsonObject(const CheckedFile &file)
{
    // Written by hand: for ten thousand files QJsonDocument takes longer than checking them.
    QByteArray out;
    out.reserve(jsonObjectSize(file));
    out += "        {\n";
    out += "            \"file\": ";
    appendJsonString(out, file.shown);
    out += ",\n            \"runtime\": \"";
    out += Runtimes::id(file.reading.runtime).toLatin1();
    out += "\",\n            \"frontmatter\": \"";
    out += AgentReading::outcomeName(file.reading.outcome);
    out += "\",\n            \"loads\": {\"project\": ";
    out += file.reading.project.loads ? "true" : "false";
    if (file.reading.runtime == Runtime::ClaudeCode) {
        out += ", \"plugin\": ";
        out += file.reading.plugin.loads ? "true" : "false";
    } else {
        out += ", \"without_settings\": ";
        out += file.reading.project.withoutSettings ? "true" : "false";
        out += ", \"needs_acknowledging\": ";
        out += file.reading.project.needsAcknowledging ? "true" : "false";
    }
    out += ", \"breaks_runtime\": ";
    out += file.reading.project.breaksRuntime ? "true" : "false";
    out += '}';
    if (!file.alsoReadBy.isEmpty()) {
        out += ",\n            \"also_read_by\": [";
        for (qsizetype r = 0; r < file.alsoReadBy.size(); ++r) {
            const AgentReading &other = file.alsoReadBy.at(r);
            out += r == 0 ? "{\"runtime\": \"" : ", {\"runtime\": \"";
            out += Runtimes::id(other.runtime).toLatin1();
            out += "\", \"loads\": {\"project\": ";
            out += other.project.loads ? "true" : "false";
            out += ", \"breaks_runtime\": ";
            out += other.project.breaksRuntime ? "true" : "false";
            out += "}, \"reason\": ";
            if (other.project.loads)
                out += "null";
            else
                appendJsonString(out, other.project.reason);
            out += '}';
        }
        out += ']';
    }
    out += ",\n            \"diagnostics\": [";
    for (qsizetype i = 0; i < file.diagnostics.size(); ++i) {
        const Diagnostic &d = file.diagnostics.at(i);
        out += i == 0 ? "\n                {" : ",\n                {";
        appendPosition(out, d.line, d.column);
        out += ", \"severity\": \"";
        out += severityName(d.severity);
        out += "\", \"code\": ";
        appendJsonString(out, d.code);
        out += ", \"message\": ";
        appendJsonString(out, d.message);
        out += ", \"field\": ";
        if (d.field.isEmpty())
            out += "null";
        else
            appendJsonString(out, d.field);
        if (!d.places.isEmpty()) {
            out += ", \"places\": [";
            for (qsizetype p = 0; p < d.places.size(); ++p) {
                const DiagnosticPlace &place = d.places.at(p);
                out += p == 0 ? "{" : ", {";
                appendPosition(out, place.line, place.column);
                out += ", \"note\": ";
                appendJsonString(out, place.note);
                out += '}';
            }
            out += ']';
        }
        out += '}';
    }
    out += file.diagnostics.isEmpty() ? "]\n        }" : "\n            ]\n        }";
    return out;
}

QByteArray CheckReport::sarif(const QVector<CheckedFile> &files, const AgentValidator &validator, const CrossAgentValidator &library)
{
    QJsonArray rules;
    QStringList ids;
    for (const std::unique_ptr<Rule> &rule : validator.rules()) {
        rules.append(reportingDescriptor(rule->code(), rule->title(), rule->defaultSeverity()));
        ids.append(rule->code());
    }
    for (const std::unique_ptr<CrossAgentRule> &rule : library.rules()) {
        rules.append(reportingDescriptor(rule->code(), rule->title(), rule->defaultSeverity()));
        ids.append(rule->code());
    }

    QJsonArray results;
    QJsonArray artifacts;
    for (int f = 0; f < files.size(); ++f) {
        const CheckedFile &file = files.at(f);
        const QJsonObject location{{QStringLiteral("uri"), artifactUri(file.shown)}, {QStringLiteral("index"), f}};
        artifacts.append(QJsonObject{{QStringLiteral("location"), QJsonObject{{QStringLiteral("uri"), artifactUri(file.shown)}}}});
        for (const Diagnostic &d : file.diagnostics) {
            QJsonObject result{
                {QStringLiteral("ruleId"), d.code},
                {QStringLiteral("level"), sarifLevel(d.severity)},
                {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), d.message}}},
                {QStringLiteral("locations"),
                 QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"),
                                         QJsonObject{{QStringLiteral("artifactLocation"), location},
                                                     {QStringLiteral("region"),
                                                      QJsonObject{{QStringLiteral("startLine"), d.line},
                                                                  {QStringLiteral("startColumn"), d.column},
                                                                  {QStringLiteral("endLine"), d.endLine},
                                                                  {QStringLiteral("endColumn"), std::max(d.endColumn, d.endLine == d.line ? d.column : 1)}}}}}}}},
            };
            const qsizetype index = ids.indexOf(d.code);
            if (index >= 0)
                result.insert(QStringLiteral("ruleIndex"), int(index));
            if (const Fix *fix = d.safeFix()) {
                const QJsonObject replacement{
                    {QStringLiteral("deletedRegion"), QJsonObject{{QStringLiteral("byteOffset"), double(fix->edit.start)},
                                                                  {QStringLiteral("byteLength"), double(fix->edit.length)}}},
                    {QStringLiteral("insertedContent"), QJsonObject{{QStringLiteral("text"), QString::fromUtf8(fix->edit.text)}}},
                };
                result.insert(QStringLiteral("fixes"),
                              QJsonArray{QJsonObject{{QStringLiteral("description"), QJsonObject{{QStringLiteral("text"), fix->title}}},
                                                     {QStringLiteral("artifactChanges"),
                                                      QJsonArray{QJsonObject{{QStringLiteral("artifactLocation"), location},
                                                                             {QStringLiteral("replacements"), QJsonArray{replacement}}}}}}});
            }
            if (!d.field.isEmpty())
                result.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("field"), d.field}});
            if (!d.places.isEmpty()) {
                QJsonArray related;
                for (const DiagnosticPlace &place : d.places)
                    related.append(QJsonObject{{QStringLiteral("id"), int(related.size())},
                                               {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), place.note}}},
                                               {QStringLiteral("physicalLocation"),
                                                QJsonObject{{QStringLiteral("artifactLocation"), location},
                                                            {QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), place.line},
                                                                                                   {QStringLiteral("startColumn"), place.column},
                                                                                                   {QStringLiteral("endLine"), place.endLine},
                                                                                                   {QStringLiteral("endColumn"), place.endColumn}}}}}});
                result.insert(QStringLiteral("relatedLocations"), related);
            }
            results.append(result);
        }
    }
    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("agentry")},
        {QStringLiteral("version"), QStringLiteral(AGENTRY_VERSION)},
        {QStringLiteral("informationUri"), QStringLiteral("https://example.invalid/agentry")},
        {QStringLiteral("rules"), rules},
    };
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
        {QStringLiteral("artifacts"), artifacts},
        {QStringLiteral("results"), results},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("client"), validator.profile().version()}}},
    };
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                             {QStringLiteral("version"), QStringLiteral("2.1.0")},
                             {QStringLiteral("runs"), QJsonArray{run}},
                         })
        .toJson(QJsonDocument::Indented);
}

} // namespace Agentry
