// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/crossagentrule.h"
#include "validation/nameclashes.h"

#include <QCoreApplication>

namespace Agentry {

namespace {

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// AG501: two files in one agents folder load under the same name. The client keeps the last
// in path order and drops the others without a word.
class DuplicateNameRule : public CrossAgentRule
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateNameRule)

public:
    QString code() const override { return QStringLiteral("AG501"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    QString title() const override { return tr("Same name twice in one folder"); }

    void check(const LibraryContext &context, QVector<LibraryFinding> &out) const override
    {
        for (const QVector<int> &group : context.clashes().groups()) {
            const int kept = group.last();
            const QString keptFile = fileName(context.entries().at(kept).path);
            const QString name = context.loadedName(kept);
            QStringList dropped;
            for (const int i : std::as_const(group)) {
                if (i != kept)
                    dropped.append(fileName(context.entries().at(i).path));
            }
            for (const int i : std::as_const(group)) {
                const Diagnostic d = i == kept
                    ? context.onField(i, code(), Severity::Warning,
                                      tr("\"%1\" is also the name of %2 in this folder; Claude Code keeps this file (the last in path order) "
                                         "and silently drops the other.").arg(name, dropped.join(QLatin1String(", "))),
                                      QStringLiteral("name"))
                    : context.onField(i, code(), Severity::Error,
                                      tr("%1 in this folder is also named \"%2\"; Claude Code keeps that one (the last in path order) and "
                                         "silently drops this agent.").arg(keptFile, name),
                                      QStringLiteral("name"));
                out.append({i, d});
            }
        }
    }
};

} // namespace

std::unique_ptr<CrossAgentRule> Rules::duplicateName()
{
    return std::make_unique<DuplicateNameRule>();
}

} // namespace Agentry
