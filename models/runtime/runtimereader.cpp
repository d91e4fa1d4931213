// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/runtimereader.h"

#include "runtime/bunyaml.h"
#include "text/lineindex.h"
#include "text/textfacts.h"
#include "text/utf8.h"

#include <QJsonArray>

#include <cstring>

namespace Agentry {

namespace {

// `byteColumn` of a line of `text` as UTF-16 units.
int utf16Column(const QByteArray &text, int line, int byteColumn)
{
    qsizetype start = 0;
    for (int l = 0; l < line && start >= 0; ++l) {
        start = text.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    if (start < 0)
        return byteColumn;
    const qsizetype length = std::min<qsizetype>(byteColumn, text.size() - start);
    return int(Utf8::decode(text.constData() + start, length).size());
}

bool isFalsy(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isBool() && !value.toBool()) || (value.isDouble() && value.toDouble() == 0)
        || (value.isString() && value.toString().isEmpty());
}

} // namespace

const char *AgentReading::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return "ok";
    case Outcome::Lenient:
        return "lenient";
    case Outcome::Broken:
        return "broken";
    case Outcome::Missing:
        return "missing";
    }
    return "missing";
}

RuntimeReader::RuntimeReader(const RuntimeProfile &profile)
    : m_profile(profile)
{
}

std::optional<QString> RuntimeReader::retryText(const QString &yaml, QVector<AgentReading::RewrittenLine> *rewrittenLines) const
{
    const std::optional<RuntimeProfile::Retry> &retry = m_profile.retry();
    if (!retry)
        return std::nullopt;
    // The client's `tu`: quote each `key: value` line whose value holds an indicator and is
    // neither wholly quoted nor a valid [...] list.
    QStringList lines = yaml.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QRegularExpressionMatch match = retry->line.match(line);
        if (!match.hasMatch())
            continue;
        const QString key = match.captured(1);
        const QString value = match.captured(2);
        if (key.isEmpty() || value.isEmpty())
            continue;
        if ((value.startsWith(u'"') && value.endsWith(u'"')) || (value.startsWith(u'\'') && value.endsWith(u'\'')))
            continue;
        if (value.startsWith(u'[') && value.endsWith(u']')) {
            const BunYaml::Result list = BunYaml::parse(value.toUtf8());
            if (list.isParsed() && list.value->isArray())
                continue;
        }
        if (!retry->indicators.matches(value))
            continue;
        // By hand: replace() sets up a string search for each of the two characters.
        QString quoted = key + QLatin1String(": \"");
        quoted.reserve(quoted.size() + value.size() + 16);
        qsizetype run = 0;
        for (qsizetype at = 0; at < value.size(); ++at) {
            if (value.at(at) != u'\\' && value.at(at) != u'"')
                continue;
            quoted.append(value.constData() + run, at - run);
            quoted += u'\\';
            run = at;
        }
        quoted.append(value.constData() + run, value.size() - run);
        quoted += u'"';
        lines[i] = quoted;
        if (rewrittenLines)
            rewrittenLines->append({i, key});
    }
    QString text = lines.join(u'\n');
    if (!text.contains(u'\t'))
        return text;
    // `.replace(/^\t+/gm, …)`: a JavaScript multiline `^` also follows \r, U+2028 and U+2029.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool lineStart = i == 0 || QStringView(u"\n\r\u2028\u2029").contains(text.at(i - 1));
        if (c == u'\t' && lineStart) {
            qsizetype run = 0;
            while (i + run < text.size() && text.at(i + run) == u'\t')
                ++run;
            out += QString(run * retry->tabIndent, u' ');
            if (rewrittenLines) {
                const int line = int(text.left(i).count(u'\n'));
                if (std::none_of(rewrittenLines->cbegin(), rewrittenLines->cend(),
                                 [line](const AgentReading::RewrittenLine &r) { return r.line == line; }))
                    rewrittenLines->append({line, QString()});
            }
            i += run - 1;
            continue;
        }
        out += text.at(i);
    }
    return out;
}

AgentReading RuntimeReader::read(const QByteArray &bytes, const QString &fileName) const
{
    AgentReading reading;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype origin = bom && m_profile.dropsBom() ? 3 : 0;
    // A client that keeps a byte order mark sees it as text, so it is decoded with the rest.
    // The pattern ends at the first `---` after the opening one and the blanks after it (the
    // client looks for that `---` before matching, too): only that much of a long file is decoded.
    const qsizetype from = std::min<qsizetype>((bom ? 3 : 0) + 3, bytes.size());
    // memmem: several times faster than QByteArray::indexOf on a three-byte needle.
    const auto *found = static_cast<const char *>(memmem(bytes.constData() + from, size_t(bytes.size() - from), "---", 3));
    const qsizetype second = found ? found - bytes.constData() : -1;
    qsizetype window = bytes.size();
    if (second < 0) {
        window = 0;
    } else {
        window = second + 3;
        const auto blank = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || static_cast<unsigned char>(c) >= 0x80; };
        while (window < bytes.size() && blank(bytes.at(window)))
            ++window;
    }
    // The text the client's pattern sees, decoded as the client decodes it, so that every
    // position it finds maps back onto a byte of the file.
    window = std::max(window, origin);
    const char *const data = bytes.constData() + origin;
    const qsizetype size = window - origin;
    const QString text = Utf8::decode(data, size);
    const QRegularExpressionMatch match = m_profile.blockPattern().match(text);
    if (match.hasMatch()) {
        // Where each step of the decoding is one byte to one unit (ASCII, the usual case) the
        // text is as long as the bytes and its offsets are theirs.
        const auto byteAt = [&](qsizetype units) { return origin + (text.size() == size ? units : Utf8::byteOffset(data, size, units)); };
        reading.contentStart = byteAt(match.capturedStart(1));
        reading.contentEnd = byteAt(match.capturedEnd(1));
        reading.blockEnd = byteAt(match.capturedEnd(0));
        reading.contentLine = LineIndex::lineOf(bytes, reading.contentStart);
        reading.close.line = LineIndex::lineOf(bytes, reading.contentEnd);
        const qsizetype closeLineStart = bytes.lastIndexOf('\n', reading.contentEnd - 1) + 1;
        reading.close.column = int(Utf8::decode(bytes.constData() + closeLineStart, reading.contentEnd - closeLineStart).size());

        const QString yaml = match.captured(1);
        const bool exact = isValidUtf8(bytes.constData() + reading.contentStart, reading.contentEnd - reading.contentStart);
        const QByteArray yamlBytes = exact ? bytes.mid(reading.contentStart, reading.contentEnd - reading.contentStart) : yaml.toUtf8();
        const auto position = [&](const QByteArray &parsed, const BunYaml::Error &error) {
            return AgentReading::ParseError{{reading.contentLine + error.line, utf16Column(parsed, error.line, error.column)}, error.message};
        };

        BunYaml::Result result = BunYaml::parse(yamlBytes);
        reading.outcome = AgentReading::Outcome::Ok;
        if (!result.isParsed()) {
            reading.strictError = position(yamlBytes, result.error);
            reading.outcome = AgentReading::Outcome::Broken;
            QVector<AgentReading::RewrittenLine> rewritten;
            if (const std::optional<QString> retried = retryText(yaml, &rewritten)) {
                const QByteArray retriedBytes = retried->toUtf8();
                result = BunYaml::parse(retriedBytes);
                if (result.isParsed()) {
                    reading.outcome = AgentReading::Outcome::Lenient;
                    for (AgentReading::RewrittenLine &line : rewritten)
                        line.line += reading.contentLine;
                    reading.rewritten = rewritten;
                } else {
                    reading.retryError = position(retriedBytes, result.error);
                }
            }
        }
        if (result.isParsed()) {
            reading.mapping = result.value->isObject() || result.value->isNull();
            reading.fields = result.value->toObject();
        }
    }
    reading.project = projectVerdict(reading, bytes.size());
    reading.plugin = pluginVerdict(reading, bytes.size(), fileName);
    return reading;
}

std::optional<QString> RuntimeReader::hooksProblem(const QJsonObject &fields) const
{
    const RuntimeProfile::LoadRules &rules = m_profile.load();
    for (const QString &guard : rules.topLevelHookGuards) {
        const QJsonValue value = fields.value(guard);
        if (!value.isUndefined() && !value.isNull() && !(value.isArray() && value.toArray().isEmpty()))
            return tr("%1 stands at the top level instead of under \"hooks\"; the client refuses to load an agent with "
                      "a guard hook it cannot place.").arg(guard);
    }
    if (!rules.hooksSchemaGuard)
        return std::nullopt;
    const QJsonValue hooks = fields.value(QLatin1String("hooks"));
    if (isFalsy(hooks))
        return std::nullopt;
    if (!hooks.isObject())
        return tr("\"hooks\" must map event names to lists of matchers; %1 makes the client skip the agent.")
            .arg(hooks.isArray() ? tr("a list (even an empty one)") : tr("a single value"));
    const QJsonObject events = hooks.toObject();
    const QStringList &known = m_profile.fields().hookEvents;
    const bool anyEvent = std::any_of(known.cbegin(), known.cend(), [&events](const QString &event) { return events.contains(event); });
    if (!anyEvent && (events.contains(QLatin1String("matcher")) || !events.value(QLatin1String("hooks")).toArray().isEmpty()))
        return tr("\"hooks\" holds a single matcher; it must map event names (PreToolUse, Stop, ...) to lists of them.");
    for (auto it = events.begin(); it != events.end(); ++it) {
        if (!known.contains(it.key()) || it.value().isArray())
            continue;
        if (rules.topLevelHookGuards.contains(it.key()) && !it.value().isNull())
            return tr("\"hooks.%1\" must be a list of matchers; the client skips an agent whose guard hook it cannot read.").arg(it.key());
    }
    return std::nullopt;
}

ScopeVerdict RuntimeReader::projectVerdict(const AgentReading &reading, qsizetype size) const
{
    const RuntimeProfile::LoadRules &rules = m_profile.load();
    ScopeVerdict verdict;
    if (rules.maxFileBytes > 0 && size > rules.maxFileBytes) {
        verdict.reason = tr("The file is larger than %1 bytes; the client does not read it.").arg(rules.maxFileBytes);
        return verdict;
    }
    const QJsonValue name = reading.fields.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty()) {
        verdict.field = QStringLiteral("name");
        switch (reading.outcome) {
        case AgentReading::Outcome::Missing:
            verdict.reason = tr("The file has no frontmatter the client finds, so it has no name: the client treats it as a "
                                "document beside the agents and skips it.");
            break;
        case AgentReading::Outcome::Broken:
            verdict.reason = tr("The frontmatter does not parse, so the client sees no name and skips the file as a "
                                "document beside the agents.");
            break;
        default:
            verdict.reason = tr("There is no text \"name\", so the client skips the file as a document beside the agents.");
        }
        return verdict;
    }
    verdict.name = name.toString();
    if (!rules.nameForbiddenStart.isEmpty() && verdict.name.startsWith(rules.nameForbiddenStart)) {
        verdict.reason = tr("The name starts with \"%1\"; the client refuses to load it.").arg(rules.nameForbiddenStart);
        return verdict;
    }
    if (rules.nameMaxLength > 0 && verdict.name.size() > rules.nameMaxLength) {
        verdict.reason = tr("The name is longer than %1 characters; the client refuses to load it.").arg(rules.nameMaxLength);
        return verdict;
    }
    const QString normalized = verdict.name.normalized(QString::NormalizationForm_KC);
    for (const QString &forbidden : rules.nameForbiddenNfkc) {
        if (normalized.contains(forbidden)) {
            verdict.reason = tr("The name contains \"%1\", which the client reserves for plugin names; it refuses to load it.").arg(forbidden);
            return verdict;
        }
    }
    const QJsonValue description = reading.fields.value(QLatin1String("description"));
    if (rules.descriptionRequired && (!description.isString() || description.toString().isEmpty())) {
        verdict.field = QStringLiteral("description");
        verdict.reason = description.isUndefined() ? tr("There is no description; the client refuses to load the agent.")
            : description.isString()               ? tr("The description is empty; the client refuses to load the agent.")
            : description.isNull()                 ? tr("The client reads the description as empty (null); it refuses to load the agent.")
                                                   : tr("The description is not text; the client refuses to load the agent.");
        return verdict;
    }
    if (const std::optional<QString> problem = hooksProblem(reading.fields)) {
        verdict.field = QStringLiteral("hooks");
        verdict.reason = *problem;
        return verdict;
    }
    verdict.loads = true;
    return verdict;
}

ScopeVerdict RuntimeReader::pluginVerdict(const AgentReading &reading, qsizetype size, const QString &fileName) const
{
    const RuntimeProfile::LoadRules &rules = m_profile.load();
    ScopeVerdict verdict;
    if (rules.maxFileBytes > 0 && size > rules.maxFileBytes) {
        verdict.reason = tr("The file is larger than %1 bytes; the client does not read it.").arg(rules.maxFileBytes);
        return verdict;
    }
    // A plugin agent always loads: its name falls back to the file name, its description to a default.
    verdict.loads = true;
    QString baseName = fileName;
    if (baseName.endsWith(QLatin1String(".md")))
        baseName.chop(3);
    const QJsonValue name = reading.fields.value(QLatin1String("name"));
    const QString written = name.isString() ? name.toString() : name.isDouble() ? QString::number(name.toDouble()) : name.isBool() ? (name.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    verdict.name = !written.isEmpty() && (rules.nameMaxLength <= 0 || written.size() <= rules.nameMaxLength) ? written : baseName;
    if (reading.outcome == AgentReading::Outcome::Broken)
        verdict.reason = tr("The frontmatter does not parse: the agent loads under its file name with every other field dropped.");
    else if (reading.outcome == AgentReading::Outcome::Missing)
        verdict.reason = tr("There is no frontmatter: the agent loads under its file name with a default description.");
    return verdict;
}

} // namespace Agentry
