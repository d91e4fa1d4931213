// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "text/mojibake.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

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
        for (const auto &[start, end] : RuleHelpers::nonAsciiRuns(bytes)) {
            const QString text = QString::fromUtf8(bytes.constData() + start, int(end - start));
            for (const Mojibake::Run &run : Mojibake::find(text)) {
                const qsizetype from = start + QStringView(text).left(run.start).toUtf8().size();
                const QString shown = text.mid(run.start, run.end - run.start);
                found.append({from, from + shown.toUtf8().size(), run, shown});
            }
        }
        // One finding per line, its fix restoring the runs of that line that can be restored.
        for (qsizetype i = 0; i < found.size();) {
            const int line = context.lines.lineOf(found.at(i).start);
            qsizetype j = i;
            while (j < found.size() && context.lines.lineOf(found.at(j).start) == line)
                ++j;
            const Found &first = found.at(i);
            QString message = first.run.repaired.isEmpty()
                ? tr("\"%1\" looks like UTF-8 read as %2, and bytes were lost on the way; the original cannot be restored exactly.")
                      .arg(first.shown, Mojibake::encodingName(first.run.encoding))
                : tr("\"%1\" is UTF-8 read as %2 and saved again; it was \"%3\".").arg(first.shown, Mojibake::encodingName(first.run.encoding), first.run.repaired);
            if (j - i > 1)
                message += u' ' + tr("%n more on this line.", nullptr, int(j - i - 1));
            Diagnostic d = context.diagnostic(code(), Severity::Warning, message, first.start, found.at(j - 1).end);
            qsizetype from = -1;
            qsizetype to = -1;
            for (qsizetype k = i; k < j; ++k) {
                if (!found.at(k).run.repaired.isEmpty()) {
                    from = from < 0 ? found.at(k).start : from;
                    to = found.at(k).end;
                }
            }
            if (from >= 0) {
                QByteArray replacement;
                qsizetype at = from;
                for (qsizetype k = i; k < j; ++k) {
                    const Found &f = found.at(k);
                    if (f.start < from || f.end > to)
                        continue;
                    replacement += bytes.mid(at, f.start - at) + (f.run.repaired.isEmpty() ? bytes.mid(f.start, f.end - f.start) : f.run.repaired.toUtf8());
                    at = f.end;
                }
                d.fixes.append({tr("Restore the original characters"), ByteEdit{from, to - from, replacement}, Fix::Safety::Safe});
            }
            out.append(d);
            i = j;
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::mojibake()
{
    return std::make_unique<MojibakeRule>();
}

} // namespace Agentry
