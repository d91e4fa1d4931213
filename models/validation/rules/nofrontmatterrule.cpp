// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/runtimereader.h"
#include "validation/bodymetadata.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

namespace Agentry {

namespace {

// AG101: no frontmatter at all. In .claude/agents/ such a file is not an agent (the client
// skips it as a document); in a plugin it loads under its file name with a stock description.
class NoFrontmatterRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NoFrontmatterRule)

public:
    QString code() const override { return QStringLiteral("AG101"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("No frontmatter"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (context.reading.hasBlock() || context.text.block.shape != FrontmatterBlock::Shape::None)
            return;
        const QString message = context.isPlugin()
            ? tr("The file has no frontmatter: the plugin agent loads as \"%1\" with a stock description, so delegation "
                 "cannot tell when to use it.").arg(context.reading.plugin.name)
            : tr("The file has no frontmatter (--- on the first line, name and description), so Claude Code does not "
                 "load it as an agent.");
        const qsizetype origin = context.text.block.openStart;
        Diagnostic d = context.diagnostic(code(), context.isPlugin() ? Severity::Warning : Severity::Error, message, origin,
                                          context.lines.lineEnd(context.lines.lineOf(origin)));
        if (const std::optional<BodyMetadata> metadata = context.wantsFixes() ? BodyMetadata::find(context.text.bytes, context.fileName) : std::nullopt) {
            const QByteArray block = metadata->frontmatter(context.text.facts.preferredEol());
            const ByteEdit edit{origin, 0, block};
            // Offered only when the client then reads exactly these two fields.
            const AgentReading after = RuntimeReader(context.profile).read(edit.appliedTo(context.text.bytes));
            if (after.outcome == AgentReading::Outcome::Ok && after.fields.value(QLatin1String("name")).toString() == metadata->name
                && after.fields.value(QLatin1String("description")).toString() == metadata->description)
                d.fixes.append({tr("Create a frontmatter from the body: name \"%1\"").arg(metadata->name), edit, Fix::Safety::Safe});
        }
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::noFrontmatter()
{
    return std::make_unique<NoFrontmatterRule>();
}

} // namespace Agentry
