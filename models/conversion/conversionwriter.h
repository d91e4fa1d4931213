// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "conversion/agentconversion.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Agentry {

// Puts converted agents into a project folder, each at its runtime's place
// (`<root>/.gemini/agents/<name>.md`): all of them or, when one write fails, none.
class ConversionWriter
{
    Q_DECLARE_TR_FUNCTIONS(ConversionWriter)

public:
    enum class Existing { Refuse, Overwrite };

    // The paths under `root` the converted agents (those without errors) would take that
    // already hold a file.
    static QStringList existing(const QVector<AgentConversion> &conversions, const QString &root);
    // Writes the converted agents without errors; with Existing::Refuse nothing is written
    // when one would replace a file. Returns the error, or empty; `written` gets the paths.
    static QString write(const QVector<AgentConversion> &conversions, const QString &root, Existing existing, QStringList *written);
};

} // namespace Agentry
