// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/crossagentrule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace Agentry {

namespace {

// AG502: a user agent whose name a project agent also uses: in that project the project's
// agent wins and the user's is not available.
class ShadowedNameRule : public CrossAgentRule
{
    Q_DECLARE_TR_FUNCTIONS(ShadowedNameRule)

public:
    QString code() const override { return QStringLiteral("AG502"); }
    Severity defaultSeverity() const override { return Severity::Info; }
    QString title() const override { return tr("Name shadowed by another scope"); }

    void check(const LibraryContext &context, QVector<LibraryFinding> &out) const override
    {
        QHash<QString, int> project;
        for (int i = 0; i < context.entries().size(); ++i) {
            if (context.entries().at(i).scope == AgentScope::Project && !context.loadedName(i).isEmpty())
                project.insert(context.loadedName(i), i);
        }
        for (int i = 0; i < context.entries().size(); ++i) {
            const QString name = context.loadedName(i);
            if (context.entries().at(i).scope != AgentScope::User || !project.contains(name))
                continue;
            out.append({i, context.onField(i, code(), Severity::Info,
                                           tr("The project agent %1 is also named \"%2\"; in that project it wins and this user agent is "
                                              "not available.").arg(QFileInfo(context.entries().at(project.value(name)).path).fileName(), name),
                                           QStringLiteral("name"))});
        }
    }
};

} // namespace

std::unique_ptr<CrossAgentRule> Rules::shadowedName()
{
    return std::make_unique<ShadowedNameRule>();
}

} // namespace Agentry
