// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/crossagentrule.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Agentry {

namespace {

// AG503: agents with the same description. The description is all Claude reads to choose an
// agent to delegate to; with two alike it cannot tell them apart.
// FNV-1a over the text lowercased, with each run of white space as one space and none at the ends.
quint64 foldedHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    bool pendingSpace = false;
    bool started = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = started;
            continue;
        }
        const char16_t units[2] = {u' ', c.toLower().unicode()};
        for (int k = pendingSpace ? 0 : 1; k < 2; ++k) {
            hash ^= units[k];
            hash *= 1099511628211ULL;
        }
        pendingSpace = false;
        started = true;
    }
    return hash;
}

const quint64 kEmptyHash = foldedHash(QString());

class SameDescriptionRule : public CrossAgentRule
{
    // Agents that a session offers side by side: a user's and a project's, one plugin's,
    // one loose folder's. Two plugins with the same agent are rarely installed together.
    static QString together(const CrossAgentEntry &entry)
    {
        if (entry.scope == AgentScope::Project || entry.scope == AgentScope::User)
            return QStringLiteral("session");
        return LibraryContext::clashFolder(entry);
    }

    Q_DECLARE_TR_FUNCTIONS(SameDescriptionRule)

public:
    QString code() const override { return QStringLiteral("AG503"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    QString title() const override { return tr("Same description as another agent"); }

    void check(const LibraryContext &context, QVector<LibraryFinding> &out) const override
    {
        // Grouped by a hash of the description with case and runs of white space folded, which
        // is much cheaper on ten thousand long descriptions than folded copies of them.
        QHash<std::pair<QString, quint64>, QVector<int>> groups;
        for (int i = 0; i < context.entries().size(); ++i) {
            const QJsonValue description = context.entries().at(i).description;
            if (!description.isString() || context.loadedName(i).isEmpty())
                continue;
            const quint64 hash = foldedHash(description.toString());
            if (hash != kEmptyHash)
                groups[{together(context.entries().at(i)), hash}].append(i);
        }
        for (const QVector<int> &group : std::as_const(groups)) {
            if (group.size() < 2)
                continue;
            // A hash groups likely twins; the folded texts decide.
            const auto folded = [&context](int i) {
                return context.entries().at(i).description.toString().simplified().toLower();
            };
            const QString first = folded(group.first());
            QVector<int> same;
            QStringList names;
            for (const int i : group) {
                if (folded(i) != first)
                    continue;
                same.append(i);
                if (!names.contains(context.loadedName(i)))
                    names.append(context.loadedName(i));
            }
            if (names.size() < 2)
                continue; // the same agent twice is AG501's business
            for (const int i : std::as_const(same)) {
                QStringList others = names;
                others.removeAll(context.loadedName(i));
                out.append({i, context.onField(i, code(), Severity::Warning,
                                               tr("\"%1\" has the same description as %2; Claude cannot tell them apart when it delegates.")
                                                   .arg(context.loadedName(i), u'"' + others.join(QLatin1String("\", \"")) + u'"'),
                                               QStringLiteral("description"))});
            }
        }
    }
};

} // namespace

std::unique_ptr<CrossAgentRule> Rules::sameDescription()
{
    return std::make_unique<SameDescriptionRule>();
}

} // namespace Agentry
