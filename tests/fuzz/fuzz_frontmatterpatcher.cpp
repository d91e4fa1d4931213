// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/agentdocument.h"
#include "fuzzproperty.h"
#include "minimaledit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fuzzer/FuzzedDataProvider.h>

#include <vector>

using namespace Agentry;

namespace {

// Values YAML reads in more than one way, or that need quoting, escaping or a block.
const QStringList kTrickyValues = {
    QString(), QStringLiteral(" "), QStringLiteral("a: b"), QStringLiteral("#x"), QStringLiteral("a #x"), QStringLiteral("- x"),
    QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("|"), QStringLiteral(">"), QStringLiteral("[a, b]"),
    QStringLiteral("{a: 1}"), QStringLiteral("yes"), QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("0x1F"),
    QStringLiteral("1e3"), QStringLiteral("multi\nline"), QStringLiteral("tab\there"), QStringLiteral("trailing "),
    QStringLiteral(" leading"), QStringLiteral("---"), QStringLiteral("..."), QStringLiteral("é ✅"), QStringLiteral("cr\r\nlf"),
    QStringLiteral("*alias"), QStringLiteral("&a x"), QStringLiteral("!tag x"), QStringLiteral("%x"), QStringLiteral("@x"),
    QStringLiteral("`x"), QStringLiteral("Read, Grep"), QStringLiteral("Bash(git *)"), QStringLiteral("\\"),
};

// One change asked for, as numbers taken from the input; they pick keys and values once the
// file they apply to is known.
struct FuzzedStep
{
    bool remove = false;
    uint8_t keyKind = 0;
    uint8_t valueKind = 0;
    uint16_t a = 0;
    uint16_t b = 0;
    uint16_t c = 0;

    static FuzzedStep take(FuzzedDataProvider &input)
    {
        return {input.ConsumeBool(), input.ConsumeIntegral<uint8_t>(), input.ConsumeIntegral<uint8_t>(),
                input.ConsumeIntegral<uint16_t>(), input.ConsumeIntegral<uint16_t>(), input.ConsumeIntegral<uint16_t>()};
    }

    // A piece of the file's own text, so that keys and values look like the file's.
    static QString piece(const QByteArray &bytes, uint16_t at, uint16_t length)
    {
        return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes.mid(at % bytes.size(), length));
    }

    QString key(const AgentText &text) const
    {
        const QVector<FrontmatterField> &fields = text.frontmatter.fields();
        switch (keyKind % 3) {
        case 0:
            if (!fields.isEmpty())
                return fields.at(a % fields.size()).key;
            [[fallthrough]];
        case 1:
            return FrontmatterPatcher::canonicalOrder().at(a % FrontmatterPatcher::canonicalOrder().size());
        default:
            return piece(text.bytes, a, 1 + b % 12);
        }
    }

    QString text(const QByteArray &bytes, uint16_t seed) const
    {
        return seed % 2 ? kTrickyValues.at(seed / 2 % kTrickyValues.size()) : piece(bytes, seed, c % 40);
    }

    QJsonValue value(const QByteArray &bytes) const
    {
        switch (valueKind % 6) {
        case 0:
            return text(bytes, b);
        case 1:
            return double(int16_t(b)) / (c % 3 ? 1 : 4);
        case 2:
            return bool(b % 2);
        case 3:
            return QJsonValue(QJsonValue::Null);
        case 4: {
            QJsonArray items;
            for (int i = 0; i < c % 4; ++i)
                items.append(text(bytes, uint16_t(b + 7 * i)));
            return items;
        }
        default:
            return QJsonObject{{text(bytes, b), text(bytes, uint16_t(b + 1))}};
        }
    }
};

} // namespace

// The minimal-edit editor as the application uses it, through the document: on any file, keys
// set and removed (picked from the input) are either refused, leaving the bytes alone, or give a
// file that re-parses, reads the key as asked and every other field as before. Undoing every
// step gives the file back byte for byte, and redoing them the edited one.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    std::vector<FuzzedStep> steps(input.ConsumeIntegralInRange<size_t>(1, 4));
    for (FuzzedStep &step : steps)
        step = FuzzedStep::take(input);
    const std::string file = input.ConsumeRemainingBytesAsString();
    const QByteArray original(file.data(), qsizetype(file.size()));

    AgentDocument document(QStringLiteral("agent.md"), AgentText::fromBytes(original));
    for (const FuzzedStep &step : steps) {
        const AgentText before = document.text();
        const QString key = step.key(before);
        const QJsonValue value = step.remove ? QJsonValue(QJsonValue::Undefined) : step.value(before.bytes);
        const FieldPatch patch = document.change(step.remove ? FieldChange::remove(key) : FieldChange::set(key, value));
        if (patch.status != FieldPatch::Status::Changed) {
            requireProperty(document.text().bytes == before.bytes, "a refused or empty change leaves the bytes alone", [&] { return key; });
            continue;
        }
        requireProperty(document.text().bytes == patch.edit.appliedTo(before.bytes), "the document applies the patcher's edit", [&] { return key; });
        const QString problem = MinimalEdit::readBack(before, document.text(), key, value);
        const auto json = [](const QJsonValue &v) { return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)); };
        requireProperty(problem.isEmpty(), "the edited file reads the key as asked and every other field as before",
                        [&] { return QString(key + QStringLiteral(": ") + problem + QStringLiteral(", set to ") + json(value) + QStringLiteral("\nbefore: ")
                            + json(before.frontmatter.toJson()) + QStringLiteral("\nafter: ") + json(document.text().frontmatter.toJson())); });
    }

    const QByteArray edited = document.text().bytes;
    while (document.history()->canUndo())
        document.undo();
    requireProperty(document.text().bytes == original, "undoing every step gives the file back");
    while (document.history()->canRedo())
        document.redo();
    requireProperty(document.text().bytes == edited, "redoing every step gives the edited file");
    return 0;
}
