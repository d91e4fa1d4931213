// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "runtime/frontmatterrepair.h"
#include "runtime/runtimereader.h"
#include "validation/rule.h"
#include "validation/rules/rulehelpers.h"

#include <string_view>

namespace Agentry {

namespace {

// AG107: ` #` in a one-line plain value starts a YAML comment: the client reads the text
// before it and silently drops the rest. (A value that is all comment reads as empty; for
// name and description AG201 and AG205 say what that does.)
class CommentCutsValueRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(CommentCutsValueRule)

public:
    QString code() const override { return QStringLiteral("AG107"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("A # cuts a value short"); }

    void check(const RuleContext &context, QVector<Diagnostic> &out) const override
    {
        if (context.reading.outcome != AgentReading::Outcome::Ok)
            return;
        for (const FieldLocator::Field &field : context.fields.fields()) {
            const std::string_view written(context.text.bytes.constData() + field.valueStart, size_t(field.valueEnd - field.valueStart));
            if (written.empty() || std::string_view("\"'[{|>&!*").find(written.front()) != std::string_view::npos)
                continue;
            const auto at = [&written](std::string_view comment) {
                const size_t found = written.find(comment);
                return found == std::string_view::npos ? qsizetype(-1) : qsizetype(found);
            };
            const qsizetype hash = written.front() == '#' ? 0 : std::max(at(" #"), at("\t#"));
            if (hash < 0 || context.fields.find(field.key) != &field)
                continue;
            const QByteArray writtenBytes = QByteArray::fromRawData(written.data(), int(written.size()));
            const QJsonValue read = context.reading.fields.value(field.key);
            const QByteArray before = writtenBytes.left(hash).trimmed();
            const bool empty = before.isEmpty();
            if (empty && (field.key == QLatin1String("name") || field.key == QLatin1String("description")))
                continue; // AG201, AG205
            if (empty ? !read.isNull() : read != QJsonValue(QString::fromUtf8(before)))
                continue; // not a one-line plain value
            const QString message = empty
                ? tr("The client reads \"%1\" as empty: \"#\" starts a YAML comment, so \"%2\" is dropped.").arg(field.key, QString::fromUtf8(writtenBytes))
                : tr("The client reads \"%1\" as \"%2\": \" #\" starts a YAML comment, so \"%3\" is dropped.")
                      .arg(field.key, QString::fromUtf8(before), QString::fromUtf8(writtenBytes.mid(hash).trimmed()));
            Diagnostic d = context.diagnostic(code(), Severity::Warning, message, field.valueStart + hash, field.valueEnd, field.key);
            if (!context.wantsFixes()) {
                out.append(d);
                continue;
            }
            const QString text = QString::fromUtf8(writtenBytes);
            const ByteEdit edit{field.valueStart, field.valueEnd - field.valueStart,
                                FrontmatterRepair::scalar(text, context.text.facts.preferredEol())};
            const AgentReading after = RuntimeReader(context.profile).read(edit.appliedTo(context.text.bytes));
            if (after.outcome == AgentReading::Outcome::Ok && after.fields.value(field.key) == QJsonValue(text))
                d.fixes.append({tr("Quote the whole value"), edit, Fix::Safety::Safe});
            out.append(d);
        }
    }
};

} // namespace

std::unique_ptr<Rule> Rules::commentCutsValue()
{
    return std::make_unique<CommentCutsValueRule>();
}

} // namespace Agentry
