// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// What an invisible character is, and what to write instead (nothing, or a space).
struct Invisible
{
    char16_t c;
    const char *name;
    const char *replacement;
};

constexpr Invisible kInvisibles[] = {
    {0x200B, QT_TRANSLATE_NOOP("InvisibleCharacterRule", "zero-width space"), ""},
    {0x2060, QT_TRANSLATE_NOOP("InvisibleCharacterRule", "word joiner"), ""},
    {0xFEFF, QT_TRANSLATE_NOOP("InvisibleCharacterRule", "byte order mark"), ""},
    {0x202E, QT_TRANSLATE_NOOP("InvisibleCharacterRule", "right-to-left override"), ""},
    {0x202D, QT_TRANSLATE_NOOP("InvisibleCharacterRule", "left-to-right override"), ""},
    {0x00A0, QT_TRANSLATE_NOOP("InvisibleCharacterRule", "no-break space"), " "},
};

// AG404: characters nobody sees: zero-width spaces, a byte order mark inside the text,
// direction overrides (which make text read differently from what it says), and no-break
// spaces in the frontmatter, where YAML does not take them for spaces.
class InvisibleCharacterRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(InvisibleCharacterRule)

public:
    QString code() const override { return QStringLiteral("AG404"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Invisible characters"); }
    bool appliesTo(Runtime) const override { return true; } // the body reads the same everywhere

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.text.facts.validUtf8)
            return;
        const QByteArray &bytes = context.text.bytes;
        const qsizetype origin = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a leading BOM is the encoding's mark, not text
        const qsizetype frontmatterEnd = context.reading.hasBlock() ? context.reading.blockEnd : 0;
        struct Found
        {
            qsizetype start;
            qsizetype end;
            const Invisible *what;
        };
        QVector<Found> found;
        for (auto [start, end] : context.nonAsciiRuns) {
            start = std::max(start, origin);
            if (start >= end)
                continue;
            const QString text = QString::fromUtf8(bytes.constData() + start, int(end - start));
            qsizetype at = start;
            for (const QChar c : text) {
                const qsizetype length = c.unicode() < 0x800 ? 2 : QChar::isSurrogate(c.unicode()) ? 2 : 3; // a surrogate half is half of 4 bytes
                for (const Invisible &invisible : kInvisibles) {
                    if (c.unicode() == invisible.c && (invisible.c != 0x00A0 || at < frontmatterEnd))
                        found.append({at, at + length, &invisible});
                }
                at += length;
            }
        }
        if (found.isEmpty())
            return;
        // One finding for the file, with one fix for all its characters.
        QStringList names;
        QByteArray replacement;
        const qsizetype from = found.constFirst().start;
        qsizetype at = from;
        QVector<DiagnosticPlace> places;
        for (const Found &f : std::as_const(found)) {
            const QString name = tr(f.what->name);
            if (!names.contains(name))
                names.append(name);
            places.append(context.place(f.start, f.end, name));
            replacement += bytes.mid(at, f.start - at) + QByteArray(f.what->replacement);
            at = f.end;
        }
        Diagnostic d = context.diagnostic(code(), Severity::Warning,
                                          tr("Invisible characters in %n place(s) (%1); they change how the text is read without "
                                             "showing.", nullptr, int(found.size())).arg(names.join(QLatin1String(", "))),
                                          from, found.constFirst().end);
        d.places = std::move(places);
        d.fixes.append({tr("Remove the invisible characters"), ByteEdit{from, at - from, replacement}, Fix::Safety::Safe});
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::invisibleCharacter()
{
    return std::make_unique<InvisibleCharacterRule>();
}

} // namespace Agentry
