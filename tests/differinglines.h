// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

// The lines of `before` and `after` between their common first and last lines: what an edit
// removed and added, for tests that check an edit touched only the lines it must.
inline std::pair<QList<QByteArray>, QList<QByteArray>> differingLines(const QByteArray &before, const QByteArray &after)
{
    QList<QByteArray> removed = before.split('\n');
    QList<QByteArray> added = after.split('\n');
    while (!removed.isEmpty() && !added.isEmpty() && removed.first() == added.first()) {
        removed.removeFirst();
        added.removeFirst();
    }
    while (!removed.isEmpty() && !added.isEmpty() && removed.last() == added.last()) {
        removed.removeLast();
        added.removeLast();
    }
    return {removed, added};
}
