// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/crossagentrule.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QtConcurrentMap>

#include <utility>
#include <vector>

namespace Agentry {

namespace {

// AG503: agents with the same description. The description is all Claude reads to choose an
// agent to delegate to; with two alike it cannot tell them apart.
// The text lowercased, with each run of white space as one space and none at the ends, one
// character at a time, without making the folded copy.
class Folded
{
public:
    explicit Folded(const QString &text)
        : m_text(text)
    {
    }

    // The next folded character, or 0 at the end.
    char16_t next()
    {
        if (m_pending != 0)
            return std::exchange(m_pending, 0);
        bool space = false;
        for (; m_at < m_text.size(); ++m_at) {
            const char16_t c = m_text.at(m_at).unicode();
            if (c < 0x80 ? (c == u' ' || (c >= u'\t' && c <= u'\r')) : QChar(c).isSpace()) {
                space = m_started;
                continue;
            }
            m_started = true;
            ++m_at;
            // ASCII, most of every description, without the Unicode tables.
            const char16_t lower = c < 0x80 ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : QChar(c).toLower().unicode();
            if (!space)
                return lower;
            m_pending = lower;
            return u' ';
        }
        return 0;
    }

private:
    const QString &m_text;
    qsizetype m_at = 0;
    char16_t m_pending = 0;
    bool m_started = false;
};

// FNV-1a over the folded text.
quint64 foldedHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    Folded folded(text);
    for (char16_t c = folded.next(); c != 0; c = folded.next()) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

bool foldedEqual(const QString &a, const QString &b)
{
    Folded x(a);
    Folded y(b);
    for (;;) {
        const char16_t c = x.next();
        if (c != y.next())
            return false;
        if (c == 0)
            return true;
    }
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
        // The hashes are made on every core: this rule runs after all files are checked.
        std::vector<quint64> hashes(size_t(context.entries().size()), kEmptyHash);
        QtConcurrent::blockingMap(hashes.begin(), hashes.end(), [&](quint64 &hash) {
            const QJsonValue &description = context.entries().at(qsizetype(&hash - hashes.data())).description;
            if (description.isString())
                hash = foldedHash(description.toString());
        });
        QHash<std::pair<QString, quint64>, QVector<int>> groups;
        for (int i = 0; i < context.entries().size(); ++i) {
            const quint64 hash = hashes[size_t(i)];
            if (hash != kEmptyHash && !context.loadedName(i).isEmpty())
                groups[{together(context.entries().at(i)), hash}].append(i);
        }
        for (const QVector<int> &group : std::as_const(groups)) {
            if (group.size() < 2)
                continue;
            // A hash groups likely twins; the folded texts decide.
            const QString first = context.entries().at(group.first()).description.toString();
            QVector<int> same;
            QStringList names;
            for (const int i : group) {
                // Copies of one file, the usual twins, have the very same text: no folding needed.
                const QString description = context.entries().at(i).description.toString();
                if (description != first && !foldedEqual(description, first))
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
