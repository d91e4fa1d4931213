// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rule.h"

namespace Agentry {

namespace {

// AG204: the name differs from the file name. The client goes by the name; people look for
// the file. Worth knowing when two agents seem to swap.
class NameFileMismatchRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NameFileMismatchRule)

public:
    QString code() const override { return QStringLiteral("AG204"); }
    Severity defaultSeverity() const override { return Severity::Info; }
    QString title() const override { return tr("Name differs from the file name"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const QJsonValue value = context.reading.fields.value(QLatin1String("name"));
        QString base = context.fileName;
        if (!base.endsWith(QLatin1String(".md")) || !context.reading.isParsed() || !value.isString() || value.toString().isEmpty())
            return;
        base.chop(3);
        if (value.toString() == base)
            return;
        out.append(context.onField(code(), Severity::Info,
                                   tr("The agent is called \"%1\" but its file is %2; Claude Code goes by the name.").arg(value.toString(), context.fileName),
                                   QStringLiteral("name")));
    }
};

} // namespace

std::unique_ptr<Rule> Rules::nameFileMismatch()
{
    return std::make_unique<NameFileMismatchRule>();
}

} // namespace Agentry
