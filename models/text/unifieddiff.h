// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace Agentry {

// A unified diff (`diff -u` style) of two texts, line by line, for people to read.
namespace UnifiedDiff {

// Empty when the texts are equal. `context` lines surround each change.
QString make(const QByteArray &before, const QByteArray &after, const QString &beforeName, const QString &afterName, int context = 3);

} // namespace UnifiedDiff

} // namespace Agentry
