// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/runtimereader.h"
#include "validation/rule.h"

namespace Agentry {

namespace {

// AG102: a frontmatter that is not where the client looks: after blank lines, indented, or in
// a ```yaml fence. The client finds no block, so the file is treated as having none.
class MisplacedFrontmatterRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(MisplacedFrontmatterRule)

public:
    QString code() const override { return QStringLiteral("AG102"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Frontmatter not on line 1"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        const FrontmatterBlock &block = context.text.block;
        const FrontmatterBlock::Shape shape = block.shape;
        if (context.reading.hasBlock()
            || (shape != FrontmatterBlock::Shape::NotAtStart && shape != FrontmatterBlock::Shape::Indented && shape != FrontmatterBlock::Shape::Fenced))
            return;
        const QByteArray &bytes = context.text.bytes;
        const int openLine = context.lines.lineOf(block.openStart);
        const QString where = shape == FrontmatterBlock::Shape::Fenced ? tr("is in a ```yaml fence")
            : shape == FrontmatterBlock::Shape::Indented               ? tr("starts with an indented ---")
                                                                       : tr("starts on line %1, after blank lines").arg(openLine + 1);
        Diagnostic d = context.diagnostic(code(), context.isPlugin() ? Severity::Warning : Severity::Error,
                                          tr("The frontmatter %1; Claude Code only reads a --- block that starts on the first line, "
                                             "so it sees no frontmatter at all.").arg(where),
                                          block.openStart, context.lines.lineEnd(openLine));
        if (!context.wantsFixes())
            return out.append(d);
        const qsizetype origin = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        ByteEdit edit;
        if (shape == FrontmatterBlock::Shape::Fenced) {
            if (block.closeLine < 0)
                return out.append(d);
            const qsizetype closeStart = context.lines.lineStart(block.closeLine);
            const QByteArray eol = context.text.facts.preferredEol();
            edit = ByteEdit{origin, context.lines.lineEnd(block.closeLine) - origin,
                            "---" + eol + bytes.mid(block.contentStart, closeStart - block.contentStart) + "---"};
        } else {
            // Drop what stands before the `---`: blank lines and its indentation.
            edit = ByteEdit{origin, bytes.indexOf("---", block.openStart) - origin, {}};
        }
        if (RuntimeReader(context.profile).read(edit.appliedTo(bytes)).hasBlock())
            d.fixes.append({tr("Move the frontmatter to the first line"), edit, Fix::Safety::Safe});
        out.append(d);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::misplacedFrontmatter()
{
    return std::make_unique<MisplacedFrontmatterRule>();
}

} // namespace Agentry
