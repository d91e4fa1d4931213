// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/unifieddiff.h"

#include <QList>
#include <QVector>

namespace Agentry {

namespace {

enum class Op { Same, Removed, Added };

struct Line
{
    Op op;
    int before; // 0-based line in `before`, or -1
    int after;  // 0-based line in `after`, or -1
};

// The edit script between the middles of two line lists (their common ends already
// stripped) by longest common subsequence; too large a middle is one block of change.
QVector<Line> script(const QList<QByteArray> &a, const QList<QByteArray> &b, int prefix, int suffix)
{
    QVector<Line> out;
    for (int i = 0; i < prefix; ++i)
        out.append({Op::Same, i, i});
    const int n = int(a.size()) - prefix - suffix;
    const int m = int(b.size()) - prefix - suffix;
    if (qint64(n) * m <= 4'000'000) {
        QVector<int> lcs((n + 1) * (m + 1), 0);
        const auto at = [m](int i, int j) { return i * (m + 1) + j; };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j)
                lcs[at(i, j)] = a.at(prefix + i) == b.at(prefix + j) ? lcs[at(i + 1, j + 1)] + 1 : qMax(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                out.append({Op::Same, prefix + i++, prefix + j++});
            } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                out.append({Op::Removed, prefix + i++, -1}); // removals first, as diff prints them
            } else {
                out.append({Op::Added, -1, prefix + j++});
            }
        }
    } else {
        for (int i = 0; i < n; ++i)
            out.append({Op::Removed, prefix + i, -1});
        for (int j = 0; j < m; ++j)
            out.append({Op::Added, -1, prefix + j});
    }
    for (int k = 0; k < suffix; ++k)
        out.append({Op::Same, int(a.size()) - suffix + k, int(b.size()) - suffix + k});
    return out;
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> result = text.split('\n');
    if (text.endsWith('\n'))
        result.removeLast();
    return result;
}

} // namespace

QString UnifiedDiff::make(const QByteArray &before, const QByteArray &after, const QString &beforeName, const QString &afterName, int context)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = lines(before);
    const QList<QByteArray> b = lines(after);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const QVector<Line> ops = script(a, b, prefix, suffix);

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    int k = 0;
    while (k < ops.size()) {
        if (ops.at(k).op == Op::Same) {
            ++k;
            continue;
        }
        // A hunk: this change and every later one less than 2 × context lines away.
        int lastChange = k;
        for (int j = k + 1; j < ops.size() && j - lastChange <= 2 * context; ++j) {
            if (ops.at(j).op != Op::Same)
                lastChange = j;
        }
        const int start = qMax(0, k - context);
        const int end = qMin(int(ops.size()), lastChange + context + 1);
        int beforeStart = -1, afterStart = -1, beforeCount = 0, afterCount = 0;
        QString body;
        for (int i = start; i < end; ++i) {
            const Line &line = ops.at(i);
            if (line.before >= 0) {
                beforeStart = beforeStart < 0 ? line.before : beforeStart;
                ++beforeCount;
            }
            if (line.after >= 0) {
                afterStart = afterStart < 0 ? line.after : afterStart;
                ++afterCount;
            }
            const QChar mark = line.op == Op::Same ? u' ' : line.op == Op::Removed ? u'-' : u'+';
            const QByteArray &text = line.op == Op::Added ? b.at(line.after) : a.at(line.before);
            body += mark + QString::fromUtf8(text.endsWith('\r') ? text.chopped(1) : text) + u'\n';
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(beforeStart + 1).arg(beforeCount).arg(afterStart + 1).arg(afterCount) + body;
        k = end;
    }
    return out;
}

} // namespace Agentry
