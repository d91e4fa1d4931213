// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

namespace Agentry {

namespace {

// AG206: a literal `\n` in the description. Claude Code turns each into a line break; other
// tools and GitHub show the backslashes.
class DescriptionEscapesRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(DescriptionEscapesRule)

public:
    QString code() const override { return QStringLiteral("AG206"); }
    Severity defaultSeverity() const override { return Severity::Info; }
    QString title() const override { return tr("Literal \\n in the description"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QString description = context.reading.fields.value(QLatin1String("description")).toString();
        const int count = int(description.count(QLatin1String("\\n")));
        if (count == 0)
            return;
        out.append(context.onField(code(), Severity::Info,
                                   tr("The description holds %n literal \"\\n\"; Claude Code turns them into line breaks, other tools "
                                      "show them as written.", nullptr, count),
                                   QStringLiteral("description")));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::descriptionEscapes()
{
    return std::make_unique<DescriptionEscapesRule>();
}

} // namespace Agentry
