// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "text/mojibake.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

#include <algorithm>

namespace Agentry {

namespace {

// AG402: UTF-8 that was read as Windows-1252 or Mac OS Roman and saved again (`âœ…` for ✅).
// The model reads the garbled text. Where every byte survived, the fix restores the original;
// where the conversion lost bytes (Windows-1252 has five unassigned ones), it cannot.
class MojibakeRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(MojibakeRule)

public:
    QString code() const override { return QStringLiteral("AG402"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Garbled characters (mojibake)"); }
    bool appliesTo(Runtime) const override { return true; } // the body reads the same everywhere

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (!context.text.facts.validUtf8)
            return;
        const QByteArray &bytes = context.text.bytes;
        // Garbled text is all non-ASCII, so it lies inside one run of bytes ≥ 0x80.
        struct Found
        {
            qsizetype start;
            qsizetype end;
            Mojibake::Run run;
            QString shown;
        };
        QVector<Found> found;
        for (const auto &[start, end] : context.nonAsciiRuns) {
            const QString text = QString::fromUtf8(bytes.constData() + start, int(end - start));
            for (const Mojibake::Run &run : Mojibake::find(text)) {
                const qsizetype from = start + QStringView(text).left(run.start).toUtf8().size();
                const QString shown = text.mid(run.start, run.end - run.start);
                found.append({from, from + shown.toUtf8().size(), run, shown});
            }
        }
        if (found.isEmpty())
            return;
        // One finding for the file: a pasted text garbles dozens of places, and one fix restores
        // every place that can be restored.
        const Found &first = found.constFirst();
        const int lost = int(std::count_if(found.cbegin(), found.cend(), [](const Found &f) { return f.run.repaired.isEmpty(); }));
        const int count = int(found.size());
        const QString encoding = Mojibake::encodingName(first.run.encoding);
        QString message;
        if (lost == count) {
            message = tr("Garbled characters in %n place(s), such as \"%1\": UTF-8 read as %2, and bytes were lost on the way; "
                         "the original cannot be restored exactly.", nullptr, count).arg(first.shown, encoding);
        } else {
            const auto example = std::find_if(found.cbegin(), found.cend(), [](const Found &f) { return !f.run.repaired.isEmpty(); });
            message = tr("Garbled characters in %n place(s): UTF-8 read as %1 and saved again, such as \"%2\" for \"%3\".", nullptr, count)
                          .arg(Mojibake::encodingName(example->run.encoding), example->shown, example->run.repaired);
            if (lost > 0)
                message += u' ' + tr("In %n of them bytes were lost on the way; those cannot be restored exactly.", nullptr, lost);
        }
        Diagnostic d = context.diagnostic(code(), Severity::Warning, message, first.start, first.end);
        QByteArray replacement;
        qsizetype from = -1;
        qsizetype at = -1;
        for (const Found &f : std::as_const(found)) {
            d.places.append(context.place(f.start, f.end, f.run.repaired.isEmpty() ? tr("\"%1\": bytes lost").arg(f.shown)
                                                                                     : tr("\"%1\" was \"%2\"").arg(f.shown, f.run.repaired)));
            if (f.run.repaired.isEmpty())
                continue;
            if (from < 0)
                from = at = f.start;
            replacement += bytes.mid(at, f.start - at) + f.run.repaired.toUtf8();
            at = f.end;
        }
        if (from >= 0)
            d.fixes.append({tr("Restore the original characters in %n place(s)", nullptr, count - lost), ByteEdit{from, at - from, replacement},
                            Fix::Safety::Safe});
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::mojibake()
{
    return std::make_unique<MojibakeRule>();
}

} // namespace Agentry
