// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/frontmatterpatcher.h"

#include "text/toollist.h"
#include "text/yamljson.h"
#include "text/yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QLocale>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace Agentry {

namespace {

using YamlScalar::Context;

const QStringList &commaListKeys()
{
    // Keys whose value the client also reads as a comma- or space-separated string.
    static const QStringList keys{QStringLiteral("tools"), QStringLiteral("disallowedTools"), QStringLiteral("skills")};
    return keys;
}

QString spaces(int count)
{
    return QString(qMax(0, count), u' ');
}

bool isScalarStyle(ValueStyle style)
{
    return style == ValueStyle::Plain || style == ValueStyle::SingleQuoted || style == ValueStyle::DoubleQuoted;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7F || u == 0xFEFF || u == 0x85 || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

QString scalarText(const QJsonValue &value, Context context)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest); // 0.3, not 0.29999999999999999
    }
    case QJsonValue::String:
        return YamlScalar::quotedIfNeeded(value.toString(), context);
    default:
        return {};
    }
}

bool isScalar(const QJsonValue &value)
{
    return value.isBool() || value.isDouble() || value.isString();
}

YAML::Node toYaml(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        YAML::Node node(YAML::NodeType::Sequence);
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            node.push_back(toYaml(item));
        return node;
    }
    case QJsonValue::Object: {
        YAML::Node node(YAML::NodeType::Map);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            node[it.key().toStdString()] = toYaml(it.value());
        return node;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return YAML::Node(YAML::NodeType::Null);
    default:
        return YAML::Node(scalarText(value, Context::Block).toStdString());
    }
}

} // namespace

struct FrontmatterPatcher::Rendered
{
    QString inlinePart; // after `key: ` on the key's line
    QStringList lines;  // following lines, already indented
    QJsonValue reads = QJsonValue(QJsonValue::Undefined); // what YAML reads back, when not the value asked for

    // `tail` (a comment) stays on the key's line, after the inline part.
    QByteArray bytes(const QByteArray &separator, const QByteArray &eol, const QByteArray &tail = {}) const
    {
        QByteArray out;
        if (!inlinePart.isEmpty())
            out += separator + inlinePart.toUtf8();
        out += tail;
        for (const QString &line : lines)
            out += eol + line.toUtf8();
        return out;
    }
};

FrontmatterPatcher::FrontmatterPatcher(const AgentText &text)
    : m_text(text)
{
}

const QStringList &FrontmatterPatcher::canonicalOrder()
{
    static const QStringList order{
        QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tools"), QStringLiteral("disallowedTools"),
        QStringLiteral("model"), QStringLiteral("color"), QStringLiteral("effort"), QStringLiteral("permissionMode"),
        QStringLiteral("maxTurns"), QStringLiteral("memory"), QStringLiteral("background"), QStringLiteral("isolation"),
        QStringLiteral("skills"), QStringLiteral("mcpServers"), QStringLiteral("hooks"), QStringLiteral("initialPrompt"),
    };
    return order;
}

std::optional<QString> FrontmatterPatcher::refusal() const
{
    if (!m_text.facts.validUtf8)
        return tr("The file is not valid UTF-8; it is left as it is.");
    const FrontmatterBlock &block = m_text.block;
    if (block.shape == FrontmatterBlock::Shape::None)
        return std::nullopt;
    if (!block.isClosed())
        return tr("The frontmatter is not a closed --- block at the top of the file (%1); fix it in the source first.")
            .arg(QLatin1String(FrontmatterBlock::shapeName(block.shape)));
    if (const auto &error = m_text.frontmatter.error())
        return tr("The frontmatter does not parse (line %1, column %2: %3); fix it in the source first.")
            .arg(error->line)
            .arg(error->column)
            .arg(error->message);
    if (!m_text.frontmatter.isEditable())
        return tr("The frontmatter is written as one {…} mapping; edit it in the source.");
    return std::nullopt;
}

FieldPatch FrontmatterPatcher::setValue(const QString &key, const QJsonValue &value) const
{
    if (const auto why = refusal())
        return FieldPatch::refused(*why);
    const FrontmatterField *field = m_text.frontmatter.field(key);
    if (field && field->value == value)
        return FieldPatch::unchanged();
    const Rendered rendered = render(field, key, value);
    const QJsonValue reads = !rendered.reads.isUndefined() ? rendered.reads : value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    if (field && field->value == reads)
        return FieldPatch::unchanged();
    return verified(field ? replace(*field, rendered) : insert(key, rendered), key, reads);
}

FieldPatch FrontmatterPatcher::setYaml(const QString &key, const QString &yaml) const
{
    if (const auto why = refusal())
        return FieldPatch::refused(*why);
    QString error;
    const std::optional<QJsonValue> value = YamlJson::parse(yaml, &error);
    if (!value)
        return FieldPatch::refused(tr("The value is not valid YAML: %1").arg(error));
    const FrontmatterField *field = m_text.frontmatter.field(key);
    const Rendered rendered = renderYaml(field, yaml);
    return verified(field ? replace(*field, rendered) : insert(key, rendered), key, *value);
}

FieldPatch FrontmatterPatcher::remove(const QString &key) const
{
    if (m_text.block.shape == FrontmatterBlock::Shape::None)
        return FieldPatch::unchanged();
    if (const auto why = refusal())
        return FieldPatch::refused(*why);
    QVector<const FrontmatterField *> found;
    for (const FrontmatterField &field : m_text.frontmatter.fields()) {
        if (field.key == key)
            found.append(&field);
    }
    if (found.isEmpty())
        return FieldPatch::unchanged();
    // One edit from the first occurrence to the last, keeping the bytes between them.
    ByteEdit edit;
    edit.start = found.first()->start;
    edit.length = found.last()->end - edit.start;
    for (int i = 0; i + 1 < found.size(); ++i)
        edit.text += m_text.bytes.mid(found.at(i)->end, found.at(i + 1)->start - found.at(i)->end);
    return verified(FieldPatch::changed(edit), key, QJsonValue(QJsonValue::Undefined));
}

FieldPatch FrontmatterPatcher::apply(const FieldChange &change) const
{
    switch (change.kind) {
    case FieldChange::Kind::Set:
        return setValue(change.key, change.value);
    case FieldChange::Kind::SetYaml:
        return setYaml(change.key, change.yaml);
    case FieldChange::Kind::Remove:
        return remove(change.key);
    }
    return FieldPatch::unchanged();
}

FieldPatch FrontmatterPatcher::verified(const FieldPatch &result, const QString &key, const QJsonValue &expected) const
{
    if (result.status != FieldPatch::Status::Changed)
        return result;
    const AgentText after = AgentText::fromBytes(result.edit.appliedTo(m_text.bytes));
    QJsonObject want = m_text.frontmatter.toJson();
    if (expected.isUndefined())
        want.remove(key);
    else
        want.insert(key, expected);
    if (!after.block.isClosed() || !after.frontmatter.isParsed() || after.frontmatter.toJson() != want)
        return FieldPatch::refused(tr("This value cannot be written into \"%1\" without changing other fields; "
                                           "edit it in the source.").arg(key));
    return result;
}

FieldPatch FrontmatterPatcher::replace(const FrontmatterField &field, const Rendered &rendered) const
{
    const QByteArray &bytes = m_text.bytes;
    qsizetype keyLineEnd = bytes.indexOf('\n', field.start);
    keyLineEnd = keyLineEnd < 0 ? bytes.size() : keyLineEnd;
    if (keyLineEnd > field.start && bytes.at(keyLineEnd - 1) == '\r')
        --keyLineEnd;
    qsizetype first = field.valueStart;
    while (first < keyLineEnd && (bytes.at(first) == ' ' || bytes.at(first) == '\t'))
        ++first;
    const bool valueOnKeyLine = first < keyLineEnd && bytes.at(first) != '#';

    // A comment on the key's line stays there, after the new value or block header.
    qsizetype tailStart = keyLineEnd;
    if (field.line == field.lastLine)
        tailStart = field.valueEnd;
    else if (!valueOnKeyLine)
        tailStart = field.valueStart;
    QByteArray tail = bytes.mid(tailStart, keyLineEnd - tailStart);
    if (!tail.contains('#'))
        tail.clear();
    const qsizetype end = std::max(field.valueEnd, tail.isEmpty() ? field.valueEnd : keyLineEnd);

    // Keep the author's spacing after the colon when the value stays on the key's line.
    const QByteArray separator = valueOnKeyLine && field.line == field.lastLine ? bytes.mid(field.valueStart, first - field.valueStart) : QByteArray(" ");
    const QByteArray text = rendered.bytes(separator, eolAt(field.start), tail);
    if (bytes.mid(field.valueStart, end - field.valueStart) == text)
        return FieldPatch::unchanged();
    return FieldPatch::changed(ByteEdit{field.valueStart, end - field.valueStart, text});
}

FieldPatch FrontmatterPatcher::insert(const QString &key, const Rendered &rendered) const
{
    const Frontmatter &frontmatter = m_text.frontmatter;
    const QByteArray keyText = (spaces(frontmatter.keyIndent()) + YamlScalar::quotedIfNeeded(key, Context::Block) + u':').toUtf8();

    if (m_text.block.shape == FrontmatterBlock::Shape::None) {
        const QByteArray eol = m_text.facts.preferredEol();
        const QByteArray text = "---" + eol + keyText + rendered.bytes(" ", eol) + eol + "---" + eol;
        return FieldPatch::changed(ByteEdit{m_text.block.openStart, 0, text});
    }

    const QVector<FrontmatterField> &fields = frontmatter.fields();
    const QStringList &order = canonicalOrder();
    const int rank = order.indexOf(key);
    qsizetype position = fields.isEmpty() ? m_text.block.contentEnd : fields.last().end;
    if (rank >= 0) {
        const FrontmatterField *after = nullptr;
        const FrontmatterField *before = nullptr;
        for (const FrontmatterField &field : fields) {
            const int r = order.indexOf(field.key);
            if (r >= 0 && r < rank && (!after || r >= order.indexOf(after->key)))
                after = &field;
            if (r > rank && !before)
                before = &field;
        }
        if (after)
            position = after->end;
        else if (before)
            position = before->start;
    }
    // A new line ends like the line it follows.
    const QByteArray &bytes = m_text.bytes;
    const QByteArray eol = position > 0 && bytes.at(position - 1) == '\n'
        ? (position > 1 && bytes.at(position - 2) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"))
        : m_text.facts.preferredEol();
    return FieldPatch::changed(ByteEdit{position, 0, keyText + rendered.bytes(" ", eol) + eol});
}

QByteArray FrontmatterPatcher::eolAt(qsizetype lineStart) const
{
    const qsizetype newline = m_text.bytes.indexOf('\n', lineStart);
    if (newline < 0)
        return m_text.facts.preferredEol();
    return newline > 0 && m_text.bytes.at(newline - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

int FrontmatterPatcher::blockIndent(const FrontmatterField *field) const
{
    const int keyIndent = m_text.frontmatter.keyIndent();
    if (field && field->itemIndent > keyIndent)
        return field->itemIndent;
    if (field && field->style == ValueStyle::BlockSequence && field->itemIndent >= 0)
        return field->itemIndent;
    return keyIndent + 2;
}

FrontmatterPatcher::Rendered FrontmatterPatcher::render(const FrontmatterField *field, const QString &key, const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return renderString(field, value.toString());
    case QJsonValue::Array: {
        const QJsonArray items = value.toArray();
        if (std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return isScalar(item); }))
            return renderList(field, key, items);
        break;
    }
    case QJsonValue::Object:
        if (value.toObject().isEmpty())
            return {QStringLiteral("{}"), {}};
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        return {scalarText(value, Context::Block), {}};
    }
    YAML::Emitter emitter;
    emitter.SetIndent(2);
    emitter << toYaml(value);
    return renderYaml(field, QString::fromUtf8(emitter.c_str()));
}

FrontmatterPatcher::Rendered FrontmatterPatcher::renderString(const FrontmatterField *field, const QString &text) const
{
    const ValueStyle style = field ? field->style : ValueStyle::Empty;
    if (hasControlCharacters(text))
        return {YamlScalar::doubleQuoted(text), {}};

    const int indent = blockIndent(field);
    if (text.contains(u'\n')) {
        QStringList lines = text.split(u'\n');
        int trailing = 0;
        while (trailing < text.size() && text.at(text.size() - 1 - trailing) == u'\n')
            ++trailing;
        if (trailing > 0)
            lines.removeLast();
        const auto firstText = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return !l.isEmpty(); });
        if (firstText == lines.cend())
            return {YamlScalar::doubleQuoted(text), {}};
        QString header = QStringLiteral("|");
        if (firstText->startsWith(u' '))
            header += QString::number(indent - m_text.frontmatter.keyIndent());
        header += trailing == 0 ? QStringLiteral("-") : trailing == 1 ? QString() : QStringLiteral("+");
        for (QString &line : lines) {
            if (!line.isEmpty())
                line.prepend(spaces(indent));
        }
        return {header, lines};
    }

    switch (style) {
    case ValueStyle::Literal:
    case ValueStyle::Folded:
        if (!text.isEmpty() && !text.front().isSpace())
            return {style == ValueStyle::Literal ? QStringLiteral("|-") : QStringLiteral(">-"), {spaces(indent) + text}};
        break;
    case ValueStyle::DoubleQuoted:
        return {YamlScalar::doubleQuoted(text), {}};
    case ValueStyle::SingleQuoted:
        return {YamlScalar::singleQuoted(text), {}};
    default:
        break;
    }
    return {YamlScalar::quotedIfNeeded(text, Context::Block), {}};
}

FrontmatterPatcher::Rendered FrontmatterPatcher::renderList(const FrontmatterField *field, const QString &key, const QJsonArray &items) const
{
    if (items.isEmpty())
        return {QStringLiteral("[]"), {}};
    const ValueStyle style = field ? field->style : ValueStyle::Empty;
    const bool commaKey = commaListKeys().contains(key);

    if (style == ValueStyle::FlowSequence) {
        QStringList parts;
        for (const QJsonValue &item : items)
            parts += scalarText(item, Context::Flow);
        return {u'[' + parts.join(QStringLiteral(", ")) + u']', {}};
    }

    // A comma string, with the separator the author used, when the client splits it back into
    // exactly these entries; entries holding a separator or none at all need a block list.
    QString separator = QStringLiteral(", ");
    if (field && field->value.isString()) {
        const QString current = field->value.toString();
        if (!current.contains(QLatin1String(", ")) && current.contains(u','))
            separator = QStringLiteral(",");
        else if (!current.contains(u',') && current.contains(u' '))
            separator = QStringLiteral(" ");
    }
    QStringList parts;
    for (const QJsonValue &item : items)
        parts += item.toString();
    const QString joined = parts.join(separator);
    const bool commaString = commaKey && style != ValueStyle::BlockSequence && (!field || isScalarStyle(style) || style == ValueStyle::Empty)
        && std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return item.isString(); }) && ToolList::split(joined) == parts;
    if (!commaString) {
        const int indent = blockIndent(field);
        QStringList lines;
        for (const QJsonValue &item : items)
            lines += spaces(indent) + QStringLiteral("- ") + scalarText(item, Context::Block);
        return {QString(), lines};
    }
    Rendered rendered = renderString(field, joined);
    rendered.reads = joined;
    return rendered;
}

FrontmatterPatcher::Rendered FrontmatterPatcher::renderYaml(const FrontmatterField *field, const QString &yaml) const
{
    QStringList lines = yaml.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return {};

    Rendered rendered;
    const QString head = lines.first().trimmed();
    // A one-line block map or list (`bash: allow`, `- a`) cannot follow `key:` on its line.
    const auto blockCollection = [&head] {
        const std::optional<QJsonValue> reads = YamlJson::parse(head, nullptr);
        return reads && (reads->isObject() || reads->isArray()) && !head.startsWith(u'{') && !head.startsWith(u'[');
    };
    if ((lines.size() == 1 && !blockCollection()) || head.startsWith(u'|') || head.startsWith(u'>'))
        rendered.inlinePart = lines.takeFirst().trimmed();

    int common = INT_MAX;
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        int leading = 0;
        while (leading < line.size() && line.at(leading) == u' ')
            ++leading;
        common = qMin(common, leading);
    }
    const int indent = blockIndent(field);
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? QString() : spaces(indent) + line.mid(common);
    rendered.lines = lines;
    return rendered;
}

} // namespace Agentry
